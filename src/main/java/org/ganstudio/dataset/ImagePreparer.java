package org.ganstudio.dataset;

/**
 * Turns decoded pixels into {@link PreparedImage}s: fit and scale to the target square, then pick the channels.
 */
final class ImagePreparer {

    /** A pixel counts as coloured when its channels differ by more than this (JPEG leaves a few levels on gray). */
    private static final int COLOUR_TOLERANCE = 16;

    private ImagePreparer() {
    }

    /** From opaque 0xRRGGBB pixels (alpha already composited). */
    static PreparedImage fromRgb(int[] rgb, int w, int h, PrepareOptions options) {
        int n = w * h;
        boolean grayInput = true;
        for (int i = 0; i < n && grayInput; i++) {
            int p = rgb[i];
            grayInput = ((p >>> 16) & 0xFF) == (p & 0xFF) && ((p >>> 8) & 0xFF) == (p & 0xFF);
        }
        if (grayInput) { // most gray datasets arrive as RGB: one plane instead of three
            float[] plane = new float[n];
            for (int i = 0; i < n; i++) {
                plane[i] = rgb[i] & 0xFF;
            }
            return grayResult(plane, w, h, options);
        }
        float[] r = new float[n];
        float[] g = new float[n];
        float[] b = new float[n];
        for (int i = 0; i < n; i++) {
            int p = rgb[i];
            r[i] = (p >>> 16) & 0xFF;
            g[i] = (p >>> 8) & 0xFF;
            b[i] = p & 0xFF;
        }
        int target = options.imageSize();
        int bg = options.background().rgb();
        ImageResampler.Geometry geo = ImageResampler.Geometry.of(w, h, target, options.fitMode());
        float[] rs = ImageResampler.fitPlane(r, w, h, target, geo, (bg >>> 16) & 0xFF);
        float[] gs = ImageResampler.fitPlane(g, w, h, target, geo, (bg >>> 8) & 0xFF);
        float[] bs = ImageResampler.fitPlane(b, w, h, target, geo, bg & 0xFF);
        int m = target * target;
        byte[] rgbPlanes = new byte[3 * m];
        int coloured = 0;
        for (int i = 0; i < m; i++) {
            int ri = toByte(rs[i]);
            int gi = toByte(gs[i]);
            int bi = toByte(bs[i]);
            rgbPlanes[i] = (byte) ri;
            rgbPlanes[m + i] = (byte) gi;
            rgbPlanes[2 * m + i] = (byte) bi;
            int spread = Math.max(ri, Math.max(gi, bi)) - Math.min(ri, Math.min(gi, bi));
            if (spread > COLOUR_TOLERANCE) {
                coloured++;
            }
        }
        // A handful of stray pixels (JPEG fringes) should not turn a gray dataset into RGB.
        boolean colour = coloured >= Math.max(1, m / 100);
        if (options.channelMode() == ChannelMode.RGB || (options.channelMode() == ChannelMode.AUTO && colour)) {
            return new PreparedImage(rgbPlanes, 3, colour);
        }
        byte[] gray = new byte[m];
        for (int i = 0; i < m; i++) {
            int ri = rgbPlanes[i] & 0xFF;
            int gi = rgbPlanes[m + i] & 0xFF;
            int bi = rgbPlanes[2 * m + i] & 0xFF;
            gray[i] = (byte) toByte(0.299f * ri + 0.587f * gi + 0.114f * bi);
        }
        return new PreparedImage(gray, 1, colour);
    }

    /** From 8-bit gray pixels, e.g. an IDX image starting at {@code offset}. */
    static PreparedImage fromGray(byte[] src, int offset, int w, int h, PrepareOptions options) {
        int target = options.imageSize();
        if (w == target && h == target) {
            byte[] gray = new byte[target * target];
            System.arraycopy(src, offset, gray, 0, gray.length);
            return grayResult(gray, options);
        }
        float[] plane = new float[w * h];
        for (int i = 0; i < plane.length; i++) {
            plane[i] = src[offset + i] & 0xFF;
        }
        return grayResult(plane, w, h, options);
    }

    private static PreparedImage grayResult(float[] plane, int w, int h, PrepareOptions options) {
        int target = options.imageSize();
        int bg = options.background().rgb();
        // Padding of a gray image: the background's luma, which is its gray level for white and black.
        float fill = 0.299f * ((bg >>> 16) & 0xFF) + 0.587f * ((bg >>> 8) & 0xFF) + 0.114f * (bg & 0xFF);
        float[] scaled = ImageResampler.fitPlane(plane, w, h, target, options.fitMode(), fill);
        byte[] gray = new byte[target * target];
        for (int i = 0; i < gray.length; i++) {
            gray[i] = (byte) toByte(scaled[i]);
        }
        return grayResult(gray, options);
    }

    private static PreparedImage grayResult(byte[] gray, PrepareOptions options) {
        if (options.channelMode() == ChannelMode.RGB) {
            int m = gray.length;
            byte[] rgb = new byte[3 * m];
            System.arraycopy(gray, 0, rgb, 0, m);
            System.arraycopy(gray, 0, rgb, m, m);
            System.arraycopy(gray, 0, rgb, 2 * m, m);
            return new PreparedImage(rgb, 3, false);
        }
        return new PreparedImage(gray, 1, false);
    }

    /** Rounds a sample to 0..255 (cheaper than Math.round, which dominated profiles). */
    private static int toByte(float v) {
        int i = (int) (v + 0.5f);
        return v <= 0 ? 0 : Math.min(255, i);
    }
}
