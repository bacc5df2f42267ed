package org.ganstudio.dataset;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes one image file with {@code javax.imageio} into a {@link PreparedImage}. The header is read first so that
 * huge images are refused before any pixel memory is allocated, and large photos are subsampled while decoding
 * (to at least four times the target size, so the area-averaging resize still has detail to average).
 * Besides the JDK's readers, TwelveMonkeys' plugins read WebP and CMYK/YCCK JPEGs (converted to RGB with their
 * embedded ICC profile, or a generic CMYK conversion without one); see {@link ImageReaderPlugins}.
 */
final class ImageFileDecoder {

    static final int MAX_SIDE = 16_384;
    static final long MAX_PIXELS = 100_000_000L;
    private static final int OVERSAMPLING = 4;
    private static final long IN_MEMORY_LIMIT = 32L << 20;

    private ImageFileDecoder() {
    }

    /** A prepared image and, if the decoder complained but still produced pixels, its complaint. */
    record Decoded(PreparedImage image, String warning) {
    }

    static Decoded decode(Path file, PrepareOptions options) throws UnusableImageException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UnusableImageException("cannot read the file (" + e.getClass().getSimpleName() + ")");
        }
        if (size == 0) {
            throw new UnusableImageException("empty file (0 bytes)");
        }
        if (!Files.isReadable(file)) {
            throw new UnusableImageException("no permission to read the file");
        }
        ImageReaderPlugins.ensureRegistered();
        try (ImageInputStream in = open(file, size)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new UnusableImageException(notRecognised(file, in));
            }
            ImageReader reader = readers.next();
            try {
                return decodeWith(reader, in, file, options);
            } finally {
                reader.dispose();
            }
        } catch (AccessDeniedException e) {
            throw new UnusableImageException("no permission to read the file");
        } catch (FileNotFoundException e) {
            String msg = String.valueOf(e.getMessage());
            throw new UnusableImageException(msg.contains("Permission denied")
                    ? "no permission to read the file" : "cannot open the file (" + msg + ")");
        } catch (IOException e) {
            throw new UnusableImageException("cannot read the file (" + e.getMessage() + ")");
        }
    }

    /**
     * Small files are read whole into memory: FileImageInputStream reads through an unbuffered RandomAccessFile, and
     * the format probes and decoders make many tiny reads, which took most of the time for small PNGs.
     */
    private static ImageInputStream open(Path file, long size) throws IOException {
        if (size <= IN_MEMORY_LIMIT) {
            return new MemoryCacheImageInputStream(new ByteArrayInputStream(Files.readAllBytes(file)));
        }
        return new FileImageInputStream(file.toFile());
    }

    private static Decoded decodeWith(ImageReader reader, ImageInputStream in, Path file, PrepareOptions options)
            throws UnusableImageException {
        reader.setInput(in, true, true);
        String format = formatName(reader);
        int w;
        int h;
        try {
            w = reader.getWidth(0);
            h = reader.getHeight(0);
        } catch (IOException | RuntimeException e) {
            throw new UnusableImageException("damaged " + format + " header (" + message(e) + ")");
        }
        if (w <= 0 || h <= 0) {
            throw new UnusableImageException(format + " header says the image has no pixels");
        }
        if (w > MAX_SIDE || h > MAX_SIDE || (long) w * h > MAX_PIXELS) {
            throw new UnusableImageException("image is " + w + "×" + h + " pixels, over the limit of "
                    + MAX_SIDE + "×" + MAX_SIDE + " and " + (MAX_PIXELS / 1_000_000) + " megapixels");
        }
        ImageReadParam param = reader.getDefaultReadParam();
        int factor = Math.max(1, Math.min(w, h) / (OVERSAMPLING * options.imageSize()));
        if (factor > 1) {
            param.setSourceSubsampling(factor, factor, 0, 0);
        }
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> {
            if (!warnings.contains(warning) && !isRoutineNotice(warning)) {
                warnings.add(warning);
            }
        });
        BufferedImage img;
        try {
            img = reader.read(0, param);
        } catch (IIOException e) {
            String msg = message(e);
            if (msg.contains("Unsupported Image Type")) {
                throw new UnusableImageException("CMYK or YCCK " + format
                        + " is not supported by Java's decoder; save it as RGB");
            }
            throw new UnusableImageException("damaged or truncated " + format + " (" + msg + ")");
        } catch (IOException | RuntimeException e) {
            throw new UnusableImageException("damaged " + format + " (" + message(e) + ")");
        } catch (OutOfMemoryError e) {
            throw new UnusableImageException("not enough memory to decode this " + w + "×" + h + " image");
        }
        for (String warning : warnings) {
            String lower = warning.toLowerCase(Locale.ROOT);
            if (lower.contains("truncat") || lower.contains("premature end")) {
                throw new UnusableImageException("truncated " + format + " (" + warning + ")");
            }
        }
        int[] rgb = toOpaqueRgb(img, options.background().rgb());
        int iw = img.getWidth();
        int ih = img.getHeight();
        if ("JPEG".equals(format)) {
            JpegOrientation.Oriented o = JpegOrientation.apply(rgb, iw, ih, JpegOrientation.read(file));
            rgb = o.pixels();
            iw = o.width();
            ih = o.height();
        }
        PreparedImage prepared = ImagePreparer.fromRgb(rgb, iw, ih, options);
        String warning = warnings.isEmpty() ? null : format + " decoder: " + String.join("; ", warnings);
        return new Decoded(prepared, warning);
    }

    /**
     * Pixels as opaque 0xRRGGBB with alpha composited onto {@code background}. Gray and RGB component images are
     * read straight from the raster: Java2D's own conversion treats ImageIO's gray images as linear and brightens
     * them (gray 128 becomes 188), which would skew every grayscale dataset.
     */
    static int[] toOpaqueRgb(BufferedImage img, int background) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] out = new int[w * h];
        ColorModel cm = img.getColorModel();
        Raster raster = img.getRaster();
        int bgR = (background >>> 16) & 0xFF;
        int bgG = (background >>> 8) & 0xFF;
        int bgB = background & 0xFF;
        if (cm instanceof IndexColorModel icm) {
            int[] row = new int[w];
            for (int y = 0; y < h; y++) {
                raster.getSamples(0, y, w, 1, 0, row);
                for (int x = 0; x < w; x++) {
                    out[y * w + x] = composite(icm.getRGB(row[x]), bgR, bgG, bgB);
                }
            }
            return out;
        }
        int csType = cm.getColorSpace().getType();
        int colours = cm.getNumColorComponents();
        boolean integral = raster.getTransferType() == DataBuffer.TYPE_BYTE
                || raster.getTransferType() == DataBuffer.TYPE_USHORT
                || raster.getTransferType() == DataBuffer.TYPE_INT;
        boolean plain = (csType == ColorSpace.TYPE_GRAY && colours == 1) || (csType == ColorSpace.TYPE_RGB && colours == 3);
        if (cm instanceof ComponentColorModel && integral && plain) {
            readComponents(raster, cm, out, bgR, bgG, bgB);
            return out;
        }
        // Packed RGB (INT_RGB, BMP 565, ...) and other colour spaces (CMYK TIFF): let Java2D convert.
        img.getRGB(0, 0, w, h, out, 0, w);
        if (cm.hasAlpha()) {
            for (int i = 0; i < out.length; i++) {
                out[i] = composite(out[i], bgR, bgG, bgB);
            }
        } else {
            for (int i = 0; i < out.length; i++) {
                out[i] &= 0xFFFFFF;
            }
        }
        return out;
    }

    private static void readComponents(Raster raster, ColorModel cm, int[] out, int bgR, int bgG, int bgB) {
        int w = raster.getWidth();
        int h = raster.getHeight();
        int bands = raster.getNumBands();
        int colours = cm.getNumColorComponents();
        boolean alpha = cm.hasAlpha();
        boolean premultiplied = cm.isAlphaPremultiplied();
        float[] scale = new float[bands];
        for (int b = 0; b < bands; b++) {
            int bits = cm.getComponentSize(b);
            scale[b] = 1f / (float) ((1L << bits) - 1);
        }
        int[] row = new int[w * bands];
        float[] c = new float[3];
        int[] bg = {bgR, bgG, bgB};
        for (int y = 0; y < h; y++) {
            raster.getPixels(0, y, w, 1, row);
            for (int x = 0; x < w; x++) {
                int base = x * bands;
                for (int k = 0; k < 3; k++) {
                    int band = colours == 1 ? 0 : k;
                    c[k] = row[base + band] * scale[band];
                }
                int argb;
                if (alpha) {
                    float a = row[base + bands - 1] * scale[bands - 1];
                    int rgb = 0;
                    for (int k = 0; k < 3; k++) {
                        float v = premultiplied ? c[k] * 255f + (1 - a) * bg[k] : (c[k] * a * 255f + (1 - a) * bg[k]);
                        rgb = (rgb << 8) | clamp(v);
                    }
                    argb = rgb;
                } else {
                    argb = (clamp(c[0] * 255f) << 16) | (clamp(c[1] * 255f) << 8) | clamp(c[2] * 255f);
                }
                out[y * w + x] = argb;
            }
        }
    }

    private static int composite(int argb, int bgR, int bgG, int bgB) {
        int a = argb >>> 24;
        if (a == 255) {
            return argb & 0xFFFFFF;
        }
        float af = a / 255f;
        int r = clamp(((argb >>> 16) & 0xFF) * af + bgR * (1 - af));
        int g = clamp(((argb >>> 8) & 0xFF) * af + bgG * (1 - af));
        int b = clamp((argb & 0xFF) * af + bgB * (1 - af));
        return (r << 16) | (g << 8) | b;
    }

    private static int clamp(float v) {
        return v <= 0 ? 0 : Math.min(255, (int) (v + 0.5f));
    }

    /**
     * TwelveMonkeys' JPEG reader reports how it converts CMYK colours even when nothing is wrong: most CMYK JPEGs
     * from the web carry no ICC profile (it then uses a generic conversion, as Java's own reader did silently), and
     * Photoshop's profiles have a rendering intent it adjusts for Java's colour engine. Listing these for every file
     * would bury the warnings that matter; a damaged or mismatched profile is still reported.
     */
    private static boolean isRoutineNotice(String warning) {
        return warning.startsWith("No embedded ICC color profile") || warning.startsWith("ICC profile is Perceptual");
    }

    private static String formatName(ImageReader reader) {
        try {
            String name = reader.getFormatName().toUpperCase(Locale.ROOT);
            return switch (name) {
                case "JPG" -> "JPEG";
                case "TIF" -> "TIFF";
                case "WEBP" -> "WebP";
                default -> name;
            };
        } catch (IOException e) {
            return "image";
        }
    }

    private static String notRecognised(Path file, ImageInputStream in) {
        String ext = extension(file);
        String what = looksLikeText(in) ? "a text file" : "not a PNG, JPEG, WebP, BMP, GIF or TIFF image";
        if (ext.isEmpty()) {
            return "content is " + what;
        }
        return "named ." + ext + " but the content is " + what;
    }

    private static boolean looksLikeText(ImageInputStream in) {
        try {
            in.seek(0);
            byte[] head = new byte[256];
            int n = in.read(head);
            if (n <= 0) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                int b = head[i] & 0xFF;
                boolean text = b == '\n' || b == '\r' || b == '\t' || (b >= 0x20 && b != 0x7F);
                if (!text) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
