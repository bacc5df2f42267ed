package org.ganstudio.dataset;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.IntBinaryOperator;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import javax.imageio.ImageIO;

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
