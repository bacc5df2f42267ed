package org.ganstudio.dataset;

import java.util.Locale;

/** Formats byte counts for messages ("3.2 GB"), using powers of 1024. */
public final class ByteSize {

    private static final String[] UNITS = {"bytes", "KB", "MB", "GB", "TB"};

    private ByteSize() {
    }

    public static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }
}
