package org.ganstudio.dataset;

/** Colour that transparent pixels (and padding) are composited onto. */
public enum AlphaBackground {
    WHITE(0xFFFFFF),
    BLACK(0x000000);

    private final int rgb;

    AlphaBackground(int rgb) {
        this.rgb = rgb;
    }

    /** The colour as 0xRRGGBB. */
    public int rgb() {
        return rgb;
    }
}
