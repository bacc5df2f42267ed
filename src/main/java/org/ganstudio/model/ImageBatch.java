package org.ganstudio.model;


/**
 * Generated images as 8-bit pixels, channels-first per image ({@code count x channels x h x w}),
 * ready for display without touching ND4J. Immutable by convention: never write to {@code pixels}.
 *
 * @param step the training step the generator had completed when these were drawn
 * @param tag  what the images are for (e.g. a latent-walk request id); 0 for the sample grid
 */
public record ImageBatch(long step, long tag, ImageShape shape, int count, byte[] pixels) {

    /** Converts tanh output in [-1, 1] to bytes via (x+1)/2. */
    public static ImageBatch fromTanh(long step, long tag, ImageShape shape, int count, float[] images) {
        byte[] px = new byte[count * shape.size()];
        for (int i = 0; i < px.length; i++) {
            float v = (images[i] + 1f) * 127.5f;
            px[i] = (byte) Math.max(0, Math.min(255, Math.round(v)));
        }
        return new ImageBatch(step, tag, shape, count, px);
    }

    /** Pixel (x, y) of image {@code i} as opaque ARGB. */
    public int argb(int i, int x, int y) {
        int hw = shape.height() * shape.width();
        int base = i * shape.size() + y * shape.width() + x;
        int r = pixels[base] & 0xff;
        if (shape.channels() == 1) {
            return 0xff000000 | r << 16 | r << 8 | r;
        }
        int g = pixels[base + hw] & 0xff;
        int b = pixels[base + 2 * hw] & 0xff;
        return 0xff000000 | r << 16 | g << 8 | b;
    }
}
