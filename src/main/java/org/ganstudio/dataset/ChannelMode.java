package org.ganstudio.dataset;

/** How many colour channels the prepared images get. */
public enum ChannelMode {
    /** RGB if any used image has visible colour, otherwise grayscale. */
    AUTO,
    GRAYSCALE,
    RGB
}
