package org.ganstudio.ui.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.model.ImageShape;

/**
 * One small image for the preview grid as non-premultiplied ARGB ints, so that the ViewModel stays free of
 * {@code javafx.scene} and the view can write it into a {@code WritableImage} in one call. Do not modify the array.
 *
 * @param label class name, or "" when the dataset has no classes
 */
public record PreviewImage(int width, int height, int[] argb, String label) {

    public PreviewImage {
        Objects.requireNonNull(argb, "argb");
        Objects.requireNonNull(label, "label");
        if (argb.length != width * height) {
            throw new IllegalArgumentException("argb has " + argb.length + " pixels, expected " + width * height);
        }
    }

    /** Up to {@code limit} images spread evenly over {@code ds}, converted from [-1, 1] floats to ARGB. */
    public static List<PreviewImage> sample(LoadedDataset ds, int limit) {
        int n = Math.min(limit, ds.count());
        ImageShape s = ds.shape();
        int plane = s.width() * s.height();
        float[] px = ds.pixels();
        List<PreviewImage> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            int index = (int) ((long) k * ds.count() / n);
            int base = index * s.size();
            int[] argb = new int[plane];
            for (int i = 0; i < plane; i++) {
                int r = toByte(px[base + i]);
                int g = s.channels() == 3 ? toByte(px[base + plane + i]) : r;
                int b = s.channels() == 3 ? toByte(px[base + 2 * plane + i]) : r;
                argb[i] = 0xFF000000 | r << 16 | g << 8 | b;
            }
            int label = ds.label(index);
            out.add(new PreviewImage(s.width(), s.height(), argb, label >= 0 ? ds.classNames().get(label) : ""));
        }
        return out;
    }

    private static int toByte(float v) {
        int i = Math.round((v + 1f) * 127.5f);
        return Math.max(0, Math.min(255, i));
    }
}
