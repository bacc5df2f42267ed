package org.ganstudio.dataset;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.function.IntBinaryOperator;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/** Writes real image files (and deliberately broken ones) for the loader tests. */
final class TestImages {

    private TestImages() {
    }

    /** An RGB image whose pixel (x, y) is {@code argb.applyAsInt(x, y)}. */
    static BufferedImage rgb(int w, int h, IntBinaryOperator argb) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, argb.applyAsInt(x, y));
            }
        }
        return img;
    }

    static BufferedImage solid(int w, int h, int rgb) {
        return rgb(w, h, (x, y) -> 0xFF000000 | rgb);
    }

    /** Writes {@code img} in {@code format} ("png", "jpg", "bmp", "gif", "tiff"), dropping alpha where needed. */
    static Path write(Path file, BufferedImage img, String format) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        BufferedImage out = img;
        if (!format.equals("png") && !format.equals("tiff") && img.getColorModel().hasAlpha()) {
            out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
            out.getGraphics().drawImage(img, 0, 0, null);
        }
        if (format.equals("gif")) {
            BufferedImage indexed = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_INDEXED);
            indexed.getGraphics().drawImage(out, 0, 0, null);
            out = indexed;
        }
        if (!ImageIO.write(out, format, file.toFile())) {
            throw new IOException("no writer for " + format);
        }
        return file;
    }

    static Path png(Path file, BufferedImage img) throws IOException {
        return write(file, img, "png");
    }

    /** A gray image stored as 8-bit gray (TYPE_BYTE_GRAY). */
    static Path gray8Png(Path file, int w, int h, int value) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster r = img.getRaster();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                r.setSample(x, y, 0, value);
            }
        }
        return png(file, img);
    }

    /** A 16-bit gray PNG with every sample {@code value16}. */
    static Path gray16Png(Path file, int w, int h, int value16) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_USHORT_GRAY);
        WritableRaster r = img.getRaster();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                r.setSample(x, y, 0, value16);
            }
        }
        return png(file, img);
    }

    /** A gray+alpha PNG (colour type 4). */
    static Path grayAlphaPng(Path file, int w, int h, int gray, int alpha) throws IOException {
        ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), true, false,
                Transparency.TRANSLUCENT, DataBuffer.TYPE_BYTE);
        WritableRaster r = cm.createCompatibleWritableRaster(w, h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                r.setSample(x, y, 0, gray);
                r.setSample(x, y, 1, alpha);
            }
        }
        return png(file, new BufferedImage(cm, r, false, null));
    }

    /** A palette PNG. */
    static Path palettePng(Path file, int w, int h, int rgb) throws IOException {
        byte[] r = {(byte) (rgb >> 16), 0};
        byte[] g = {(byte) (rgb >> 8), 0};
        byte[] b = {(byte) rgb, 0};
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY, new IndexColorModel(1, 2, r, g, b));
        return png(file, img); // every pixel is index 0
    }

    /** A valid PNG signature and IHDR claiming {@code w × h}, with a tiny IDAT: decoding it would need gigabytes. */
    static Path pngHeaderOnly(Path file, int w, int h) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13);
        ihdr.putInt(w).putInt(h).put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(bytes, "IHDR", ihdr.array());
        Deflater d = new Deflater();
        d.setInput(new byte[1000]);
        d.finish();
        byte[] buf = new byte[2000];
        int n = d.deflate(buf);
        chunk(bytes, "IDAT", Arrays.copyOf(buf, n));
        chunk(bytes, "IEND", new byte[0]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.write(file, bytes.toByteArray());
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(data.length);
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }

    /** Keeps only the first {@code fraction} of a file's bytes. */
    static Path truncate(Path file, double fraction) throws IOException {
        byte[] all = Files.readAllBytes(file);
        return Files.write(file, Arrays.copyOf(all, (int) (all.length * fraction)));
    }

    /**
     * A CMYK JPEG as Photoshop writes them: an Adobe APP14 segment (transform 0 = CMYK, or 2 = YCCK) and inverted
     * ink values, no ICC profile. {@code ink.applyAsInt(x, y)} is 0xCCMMYYKK with 255 meaning full ink. Written with
     * the JDK's own JPEG writer from a raw raster, so the file does not depend on the reader under test.
     */
    static Path adobeCmykJpeg(Path file, int w, int h, IntBinaryOperator ink, boolean ycck) throws IOException {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, 4, null);
        int[] px = new int[4];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = ink.applyAsInt(x, y);
                int c = v >>> 24;
                int m = (v >>> 16) & 0xFF;
                int ye = (v >>> 8) & 0xFF;
                int k = v & 0xFF;
                if (ycck) {
                    // libjpeg's YCCK: YCbCr of (C, M, Y) read as R, G, B after un-inverting; K stays inverted
                    px[0] = clamp(0.299 * c + 0.587 * m + 0.114 * ye);
                    px[1] = clamp(128 - 0.168736 * c - 0.331264 * m + 0.5 * ye);
                    px[2] = clamp(128 + 0.5 * c - 0.418688 * m - 0.081312 * ye);
                } else {
                    px[0] = 255 - c;
                    px[1] = 255 - m;
                    px[2] = 255 - ye;
                }
                px[3] = 255 - k;
                raster.setPixel(x, y, px);
            }
        }
        ImageWriter writer = null;
        for (Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("jpeg"); it.hasNext(); ) {
            ImageWriter candidate = it.next();
            if (candidate.getClass().getName().startsWith("com.sun.imageio.")) {
                writer = candidate;
            }
        }
        if (writer == null) {
            throw new IOException("the JDK's JPEG writer is not registered");
        }
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.95f);
        // Default metadata for a 4-channel colour space: no JFIF, an Adobe segment and four components.
        ImageTypeSpecifier fourChannels = ImageTypeSpecifier.createInterleaved(new NaiveCmyk(), new int[] {0, 1, 2, 3},
                DataBuffer.TYPE_BYTE, false, false);
        IIOMetadata metadata = writer.getDefaultImageMetadata(fourChannels, param);
        String format = "javax_imageio_jpeg_image_1.0";
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
        ((IIOMetadataNode) root.getElementsByTagName("app14Adobe").item(0))
                .setAttribute("transform", ycck ? "2" : "0");
        metadata.setFromTree(format, root);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(raster, null, metadata), param);
        } finally {
            writer.dispose();
        }
        return file;
    }

    /** A CMYK colour space for the writer's default metadata, which looks only at its type and component count. */
    private static final class NaiveCmyk extends ColorSpace {
        NaiveCmyk() {
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

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    /**
     * A small but complete ICC profile (v2, output class, CMYK to Lab through a lut8 A2B0 table with two grid points
     * per ink, and a rough B2A0 back): each corner of the CMYK cube maps to the sRGB colour of the naive conversion R = (1 − C)(1 − K),
     * G = (1 − M)(1 − K), B = (1 − Y)(1 − K). Photoshop's CMYK JPEGs embed a profile like this, and with one the
     * JDK's JPEG reader gives up ("Unsupported Image Type"); pure inks then have known colours.
     */
    static byte[] cmykProfile() {
        ByteBuffer lut = ByteBuffer.allocate(48 + 256 * 4 + 16 * 3 + 256 * 3);
        lut.put(new byte[] {'m', 'f', 't', '1'}).putInt(0);
        lut.put((byte) 4).put((byte) 3).put((byte) 2).put((byte) 0);
        for (int i = 0; i < 9; i++) {
            lut.putInt(i % 4 == 0 ? 0x10000 : 0); // identity matrix (used only with XYZ input)
        }
        for (int ch = 0; ch < 4; ch++) {
            for (int i = 0; i < 256; i++) {
                lut.put((byte) i);
            }
        }
        ColorSpace srgb = ColorSpace.getInstance(ColorSpace.CS_sRGB);
        for (int c = 0; c < 2; c++) { // the first input channel varies slowest
            for (int m = 0; m < 2; m++) {
                for (int y = 0; y < 2; y++) {
                    for (int k = 0; k < 2; k++) {
                        float[] rgb = {(1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)};
                        float[] lab = lab(srgb.toCIEXYZ(rgb));
                        lut.put((byte) Math.round(lab[0] * 255 / 100)).put((byte) Math.round(lab[1] + 128))
                                .put((byte) Math.round(lab[2] + 128));
                    }
                }
            }
        }
        for (int ch = 0; ch < 3; ch++) {
            for (int i = 0; i < 256; i++) {
                lut.put((byte) i);
            }
        }
        // B2A0, Lab to CMYK, for colour management systems that want both directions: the naive inverse at the
        // corners of the Lab cube (a, b from -128 to 127), through sRGB.
        ByteBuffer back = ByteBuffer.allocate(48 + 256 * 3 + 8 * 4 + 256 * 4);
        back.put(new byte[] {'m', 'f', 't', '1'}).putInt(0);
        back.put((byte) 3).put((byte) 4).put((byte) 2).put((byte) 0);
        for (int i = 0; i < 9; i++) {
            back.putInt(i % 4 == 0 ? 0x10000 : 0);
        }
        for (int ch = 0; ch < 3; ch++) {
            for (int i = 0; i < 256; i++) {
                back.put((byte) i);
            }
        }
        for (int l = 0; l < 2; l++) {
            for (int a = 0; a < 2; a++) {
                for (int b = 0; b < 2; b++) {
                    float[] rgb = srgb.fromCIEXYZ(xyz(new float[] {l * 100f, a * 255f - 128, b * 255f - 128}));
                    float r = clamp01(rgb[0]);
                    float g = clamp01(rgb[1]);
                    float bl = clamp01(rgb[2]);
                    float k = 1 - Math.max(r, Math.max(g, bl));
                    float d = k >= 1 ? 1 : 1 - k;
                    back.put((byte) Math.round((1 - r - k) / d * 255)).put((byte) Math.round((1 - g - k) / d * 255))
                            .put((byte) Math.round((1 - bl - k) / d * 255)).put((byte) Math.round(k * 255));
                }
            }
        }
        for (int ch = 0; ch < 4; ch++) {
            for (int i = 0; i < 256; i++) {
                back.put((byte) i);
            }
        }
        String name = "GAN Studio test CMYK";
        ByteBuffer desc = ByteBuffer.allocate(align4(12 + name.length() + 1 + 8 + 3 + 67));
        desc.put(new byte[] {'d', 'e', 's', 'c'}).putInt(0).putInt(name.length() + 1)
                .put(name.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).put((byte) 0);
        ByteBuffer white = ByteBuffer.allocate(20);
        white.put(new byte[] {'X', 'Y', 'Z', ' '}).putInt(0).putInt(0xF6D6).putInt(0x10000).putInt(0xD32D);
        ByteBuffer copyright = ByteBuffer.allocate(align4(8 + 10));
        copyright.put(new byte[] {'t', 'e', 'x', 't'}).putInt(0)
                .put("no rights".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).put((byte) 0);
        byte[][] tags = {desc.array(), white.array(), copyright.array(), lut.array(), back.array()};
        String[] signatures = {"desc", "wtpt", "cprt", "A2B0", "B2A0"};
        int offset = 128 + 4 + 12 * tags.length;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        ByteBuffer table = ByteBuffer.allocate(4 + 12 * tags.length).putInt(tags.length);
        for (int i = 0; i < tags.length; i++) {
            table.put(signatures[i].getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(offset + body.size())
                    .putInt(tags[i].length);
            body.write(tags[i], 0, tags[i].length);
            while (body.size() % 4 != 0) {
                body.write(0);
            }
        }
        int size = offset + body.size();
        ByteBuffer header = ByteBuffer.allocate(128);
        header.putInt(size).putInt(0).putInt(0x02100000).put(ascii("prtr")).put(ascii("CMYK")).put(ascii("Lab "));
        header.putShort((short) 2024).putShort((short) 1).putShort((short) 1).putShort((short) 0).putShort((short) 0)
                .putShort((short) 0);
        header.put(ascii("acsp"));
        header.position(68);
        header.putInt(0xF6D6).putInt(0x10000).putInt(0xD32D); // D50
        ByteBuffer all = ByteBuffer.allocate(size);
        all.put(header.array()).put(table.array()).put(body.toByteArray());
        return all.array();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static int align4(int n) {
        return (n + 3) & ~3;
    }

    private static float clamp01(float v) {
        return Math.max(0f, Math.min(1f, v));
    }

    /** XYZ (D50) of a CIE L*a*b* colour. */
    private static float[] xyz(float[] lab) {
        double[] white = {0.9642, 1.0, 0.8249};
        double fy = (lab[0] + 16) / 116.0;
        double[] f = {fy + lab[1] / 500.0, fy, fy - lab[2] / 200.0};
        float[] out = new float[3];
        for (int i = 0; i < 3; i++) {
            double t = f[i] * f[i] * f[i] > 216.0 / 24389 ? f[i] * f[i] * f[i] : (116 * f[i] - 16) * 27 / 24389.0;
            out[i] = (float) Math.max(0, t * white[i]);
        }
        return out;
    }

    /** CIE L*a*b* of an XYZ colour relative to D50 (Java's profile connection space). */
    private static float[] lab(float[] xyz) {
        double[] white = {0.9642, 1.0, 0.8249};
        double[] f = new double[3];
        for (int i = 0; i < 3; i++) {
            double t = xyz[i] / white[i];
            f[i] = t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
        }
        return new float[] {(float) (116 * f[1] - 16), (float) (500 * (f[0] - f[1])), (float) (200 * (f[1] - f[2]))};
    }

    /** Inserts {@code profile} as an APP2 ICC_PROFILE segment (one chunk) right after the JPEG's SOI. */
    static Path withIccProfile(Path jpeg, byte[] profile) throws IOException {
        byte[] src = Files.readAllBytes(jpeg);
        byte[] tag = {'I', 'C', 'C', '_', 'P', 'R', 'O', 'F', 'I', 'L', 'E', 0, 1, 1};
        int length = 2 + tag.length + profile.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(src, 0, 2);
        out.write(0xFF);
        out.write(0xE2);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(tag);
        out.write(profile);
        out.write(src, 2, src.length - 2);
        return Files.write(jpeg, out.toByteArray());
    }

    /** Inserts an EXIF APP1 segment with the given orientation right after the JPEG's SOI/APP0. */
    static Path withExifOrientation(Path jpeg, int orientation, boolean littleEndian) throws IOException {
        byte[] src = Files.readAllBytes(jpeg);
        ByteArrayOutputStream app1 = new ByteArrayOutputStream();
        app1.write(new byte[] {'E', 'x', 'i', 'f', 0, 0});
        ByteBuffer tiff = ByteBuffer.allocate(26)
                .order(littleEndian ? java.nio.ByteOrder.LITTLE_ENDIAN : java.nio.ByteOrder.BIG_ENDIAN);
        tiff.put(littleEndian ? (byte) 'I' : (byte) 'M').put(littleEndian ? (byte) 'I' : (byte) 'M');
        tiff.putShort((short) 42).putInt(8);
        tiff.putShort((short) 1); // one entry
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0); // no next IFD
        app1.write(tiff.array());
        byte[] payload = app1.toByteArray();
        int insertAt = 2;
        if ((src[2] & 0xFF) == 0xFF && (src[3] & 0xFF) == 0xE0) { // keep JFIF APP0 first
            insertAt = 4 + (((src[4] & 0xFF) << 8) | (src[5] & 0xFF));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(src, 0, insertAt);
        out.write(0xFF);
        out.write(0xE1);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.write(payload);
        out.write(src, insertAt, src.length - insertAt);
        return Files.write(jpeg, out.toByteArray());
    }

    /** Writes an IDX3 unsigned-byte image file; image i has every pixel {@code pixel.applyAsInt(i, p)}. */
    static Path idxImages(Path file, int count, int rows, int cols, IntBinaryOperator pixel, boolean gzip)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(bytes);
        d.writeInt(0x00000803);
        d.writeInt(count);
        d.writeInt(rows);
        d.writeInt(cols);
        for (int i = 0; i < count; i++) {
            for (int p = 0; p < rows * cols; p++) {
                d.writeByte(pixel.applyAsInt(i, p));
            }
        }
        return writeMaybeGzip(file, bytes.toByteArray(), gzip);
    }

    static Path idxLabels(Path file, int[] labels, boolean gzip) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(bytes);
        d.writeInt(0x00000801);
        d.writeInt(labels.length);
        for (int l : labels) {
            d.writeByte(l);
        }
        return writeMaybeGzip(file, bytes.toByteArray(), gzip);
    }

    private static Path writeMaybeGzip(Path file, byte[] data, boolean gzip) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (!gzip) {
            return Files.write(file, data);
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(data);
        }
        return file;
    }
}
