package org.ganstudio.model;

/**
 * Shape of one image as the networks see it: channels-first, values in [-1, 1].
 */
public record ImageShape(int channels, int height, int width) {

    public ImageShape {
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("channels must be 1 or 3, was " + channels);
        }
        if (height < 4 || width < 4 || height > 512 || width > 512) {
            throw new IllegalArgumentException("image size must be between 4 and 512 pixels, was " + height + "x" + width);
        }
    }

    /** Number of floats in one image. */
    public int size() {
        return channels * height * width;
    }

    @Override
    public String toString() {
        return width + "x" + height + "x" + channels;
    }
}
