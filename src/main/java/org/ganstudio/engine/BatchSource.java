package org.ganstudio.engine;

/**
 * Real images for training: batch number {@code index} as {@code batchSize} images, channels-first,
 * values in [-1, 1]. Must be a pure function of the index so a resumed run sees the same data.
 */
@FunctionalInterface
public interface BatchSource {
    void fill(long index, int batchSize, float[] out);
}
