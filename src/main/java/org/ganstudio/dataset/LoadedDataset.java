package org.ganstudio.dataset;

import java.util.List;
import java.util.Objects;

import org.ganstudio.model.ImageShape;

/**
 * Prepared training images in memory: {@code count} images of {@code shape}, contiguous NCHW floats in [-1, 1]
 * (pixel / 127.5 − 1), with optional class labels. Immutable by contract: the pixel array is shared, not copied,
 * and must not be modified.
 */
public final class LoadedDataset {

    private final ImageShape shape;
    private final int count;
    private final float[] pixels;
    private final List<String> classNames;
    private final int[] labels;
    private final LoadReport report;

    /**
     * @param labels per-image class index into {@code classNames}, or −1 everywhere when there are no classes
     */
    public LoadedDataset(ImageShape shape, int count, float[] pixels, List<String> classNames, int[] labels,
                         LoadReport report) {
        this.shape = Objects.requireNonNull(shape, "shape");
        this.count = count;
        this.pixels = Objects.requireNonNull(pixels, "pixels");
        this.classNames = List.copyOf(classNames);
        this.labels = Objects.requireNonNull(labels, "labels");
        this.report = Objects.requireNonNull(report, "report");
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive, was " + count);
        }
        if ((long) count * shape.size() != pixels.length) {
            throw new IllegalArgumentException("pixels has " + pixels.length + " floats, expected " + count + " × "
                    + shape.size());
        }
        if (labels.length != count) {
            throw new IllegalArgumentException("labels has " + labels.length + " entries, expected " + count);
        }
    }

    public ImageShape shape() {
        return shape;
    }

    public int count() {
        return count;
    }

    /** All images, NCHW, values in [-1, 1]. Shared: do not modify. */
    public float[] pixels() {
        return pixels;
    }

    /** Class names in label order; empty when the source has no classes. */
    public List<String> classNames() {
        return classNames;
    }

    public boolean hasClasses() {
        return !classNames.isEmpty();
    }

    /** Class index of image {@code index}, or −1 when there are no classes. */
    public int label(int index) {
        return labels[index];
    }

    /** Copies image {@code index} (CHW) into {@code dst} at {@code offset}. */
    public void copyImage(int index, float[] dst, int offset) {
        int size = shape.size();
        System.arraycopy(pixels, index * size, dst, offset, size);
    }

    public LoadReport report() {
        return report;
    }

    @Override
    public String toString() {
        return "LoadedDataset[" + count + " × " + shape + ", " + classNames.size() + " classes]";
    }
}
