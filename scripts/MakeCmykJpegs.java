import java.awt.color.ColorSpace;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.File;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes a CMYK and a YCCK JPEG (Adobe APP14 segment, inverted inks, as Photoshop writes them) into a folder, with
 * nothing but the JDK: scripts/check-installer.sh feeds them, with the WebP test fixtures, to the packaged app.
 *
 *   java scripts/MakeCmykJpegs.java FOLDER
 */
public class MakeCmykJpegs {

    public static void main(String[] args) throws Exception {
        File folder = new File(args[0]);
        folder.mkdirs();
        write(new File(folder, "poster-cmyk.jpg"), false);
        write(new File(folder, "poster-ycck.jpg"), true);
    }

    /** 32×32: red ink on the left, cyan ink on the right, the bottom quarter black. */
    private static void write(File file, boolean ycck) throws Exception {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 32, 32, 4, null);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 32; x++) {
                int c = x < 16 ? 0 : 255;
                int m = x < 16 ? 255 : 0;
                int ye = m;
                int k = y >= 24 ? 255 : 0;
                int[] px = ycck
                        ? new int[] {luma(c, m, ye), chroma(c, m, ye, -0.168736, -0.331264, 0.5),
                                chroma(c, m, ye, 0.5, -0.418688, -0.081312), 255 - k}
                        : new int[] {255 - c, 255 - m, 255 - ye, 255 - k};
                raster.setPixel(x, y, px);
            }
        }
        ImageWriter writer = null;
        for (Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("jpeg"); it.hasNext(); ) {
            ImageWriter w = it.next();
            if (w.getClass().getName().startsWith("com.sun.imageio.")) {
                writer = w;
            }
        }
        ImageWriteParam param = writer.getDefaultWriteParam();
        // default metadata for a four-channel colour space: no JFIF, an Adobe segment, four components
        ImageTypeSpecifier type = ImageTypeSpecifier.createInterleaved(new Cmyk(), new int[] {0, 1, 2, 3},
                DataBuffer.TYPE_BYTE, false, false);
        IIOMetadata metadata = writer.getDefaultImageMetadata(type, param);
        String format = "javax_imageio_jpeg_image_1.0";
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
        ((IIOMetadataNode) root.getElementsByTagName("app14Adobe").item(0)).setAttribute("transform", ycck ? "2" : "0");
        metadata.setFromTree(format, root);
        file.delete();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(raster, null, metadata), param);
        }
        writer.dispose();
    }

    private static int luma(int r, int g, int b) {
        return clamp(0.299 * r + 0.587 * g + 0.114 * b);
    }

    private static int chroma(int r, int g, int b, double kr, double kg, double kb) {
        return clamp(128 + kr * r + kg * g + kb * b);
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    /** Only its type and component count matter to the writer's default metadata. */
    private static final class Cmyk extends ColorSpace {
        Cmyk() {
            super(TYPE_CMYK, 4);
        }

        @Override
        public float[] toRGB(float[] v) {
            return new float[] {(1 - v[0]) * (1 - v[3]), (1 - v[1]) * (1 - v[3]), (1 - v[2]) * (1 - v[3])};
        }

        @Override
        public float[] fromRGB(float[] rgb) {
            float k = 1 - Math.max(rgb[0], Math.max(rgb[1], rgb[2]));
            float d = k >= 1 ? 1 : 1 - k;
            return new float[] {(1 - rgb[0] - k) / d, (1 - rgb[1] - k) / d, (1 - rgb[2] - k) / d, k};
        }

        @Override
        public float[] toCIEXYZ(float[] v) {
            return getInstance(CS_sRGB).toCIEXYZ(toRGB(v));
        }

        @Override
        public float[] fromCIEXYZ(float[] xyz) {
            return fromRGB(getInstance(CS_sRGB).fromCIEXYZ(xyz));
        }
    }
}
