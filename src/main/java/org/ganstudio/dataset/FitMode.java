package org.ganstudio.dataset;

/** How a non-square image is made square before scaling. */
public enum FitMode {
    /** Keep the centred square and drop the rest of the long side. */
    CENTER_CROP,
    /** Keep the whole image and fill the short side with the background colour. */
    PAD
}
