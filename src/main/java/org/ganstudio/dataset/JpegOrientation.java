package org.ganstudio.dataset;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the EXIF orientation tag (0x0112) of a JPEG file by walking its markers, and applies it to decoded pixels.
 * Java's JPEG decoder ignores the tag, so phone photos would otherwise come out sideways. Anything unexpected in
 * the file means "no rotation": the tag is a nicety, never a reason to reject an image.
 */
final class JpegOrientation {

    static final int NORMAL = 1;
    private static final int SOI = 0xD8;
    private static final int SOS = 0xDA;
    private static final int EOI = 0xD9;
    private static final int APP1 = 0xE1;
    private static final int ORIENTATION_TAG = 0x0112;
    private static final int MAX_SEGMENTS = 32;

    private JpegOrientation() {
    }

    /** The orientation 1..8 of the JPEG at {@code file}, or 1 when absent or unreadable. */
    static int read(Path file) {
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 8192))) {
            if (in.readUnsignedByte() != 0xFF || in.readUnsignedByte() != SOI) {
                return NORMAL;
            }
            for (int segment = 0; segment < MAX_SEGMENTS; segment++) {
                int b = in.readUnsignedByte();
                if (b != 0xFF) {
                    return NORMAL;
                }
                int marker = in.readUnsignedByte();
                while (marker == 0xFF) {
                    marker = in.readUnsignedByte();
                }
                if (marker == SOS || marker == EOI) {
                    return NORMAL;
                }
                int length = in.readUnsignedShort() - 2;
                if (length < 0) {
                    return NORMAL;
                }
                if (marker == APP1) {
                    byte[] payload = new byte[length];
                    in.readFully(payload);
                    int o = parseExif(payload);
                    if (o != 0) {
                        return o;
                    }
                } else {
                    in.skipNBytes(length);
                }
            }
        } catch (EOFException e) {
            return NORMAL;
        } catch (IOException | RuntimeException e) {
            return NORMAL;
        }
        return NORMAL;
    }

    /** Orientation from an APP1 payload, or 0 when it is not EXIF or has no valid tag. */
    static int parseExif(byte[] p) {
        if (p.length < 14 || p[0] != 'E' || p[1] != 'x' || p[2] != 'i' || p[3] != 'f' || p[4] != 0 || p[5] != 0) {
            return 0;
        }
        int tiff = 6;
        boolean little;
        if (p[tiff] == 'I' && p[tiff + 1] == 'I') {
            little = true;
        } else if (p[tiff] == 'M' && p[tiff + 1] == 'M') {
            little = false;
        } else {
            return 0;
        }
        if (u16(p, tiff + 2, little) != 42) {
            return 0;
        }
        long ifd = u32(p, tiff + 4, little);
        if (ifd < 8 || tiff + ifd + 2 > p.length) {
            return 0;
        }
        int pos = (int) (tiff + ifd);
        int entries = u16(p, pos, little);
        pos += 2;
        for (int i = 0; i < entries && pos + 12 <= p.length; i++, pos += 12) {
            if (u16(p, pos, little) == ORIENTATION_TAG) {
                int type = u16(p, pos + 2, little);
                if (type != 3) {
                    return 0;
                }
                int value = u16(p, pos + 8, little);
                return value >= 1 && value <= 8 ? value : 0;
            }
        }
        return 0;
    }

    private static int u16(byte[] p, int i, boolean little) {
        int a = p[i] & 0xFF;
        int b = p[i + 1] & 0xFF;
        return little ? (b << 8) | a : (a << 8) | b;
    }

    private static long u32(byte[] p, int i, boolean little) {
        long v = 0;
        for (int k = 0; k < 4; k++) {
            int byteIndex = little ? i + 3 - k : i + k;
            v = (v << 8) | (p[byteIndex] & 0xFF);
        }
        return v;
    }

    /** Pixels after applying an orientation. */
    record Oriented(int[] pixels, int width, int height) {
    }

    /** Rotates/mirrors {@code w × h} pixels so they display upright for EXIF orientation {@code o}. */
    static Oriented apply(int[] px, int w, int h, int o) {
        if (o <= NORMAL || o > 8) {
            return new Oriented(px, w, h);
        }
        boolean swap = o >= 5;
        int ow = swap ? h : w;
        int oh = swap ? w : h;
        int[] out = new int[px.length];
        for (int y = 0; y < oh; y++) {
            for (int x = 0; x < ow; x++) {
                int sx;
                int sy;
                switch (o) {
                    case 2 -> { sx = w - 1 - x; sy = y; }
                    case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }
                    case 4 -> { sx = x; sy = h - 1 - y; }
                    case 5 -> { sx = y; sy = x; }
                    case 6 -> { sx = y; sy = h - 1 - x; }
                    case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }
                    default -> { sx = w - 1 - y; sy = x; } // 8
                }
                out[y * ow + x] = px[sy * w + sx];
            }
        }
        return new Oriented(out, ow, oh);
    }
}
