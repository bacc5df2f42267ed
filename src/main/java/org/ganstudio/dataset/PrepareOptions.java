package org.ganstudio.dataset;

import java.util.List;
import java.util.Objects;

/**
 * How source images are turned into training tensors.
 *
 * @param imageSize    side of the square output images, one of {@link #SUPPORTED_SIZES}
 * @param channelMode  grayscale, RGB, or decided from the data
 * @param fitMode      how non-square images are made square
 * @param background   colour under transparent pixels and padding
 * @param maxImages    at most this many images are used; larger sources are sampled evenly
 * @param memoryBudgetBytes loading is refused when the float tensor would be larger than this
 */
public record PrepareOptions(int imageSize, ChannelMode channelMode, FitMode fitMode, AlphaBackground background,
                             int maxImages, long memoryBudgetBytes) {

    /** Output sizes the networks are built for. */
    public static final List<Integer> SUPPORTED_SIZES = List.of(28, 32, 64);
    public static final int DEFAULT_MAX_IMAGES = 100_000;
    public static final long DEFAULT_MEMORY_BUDGET = 1L << 30;

    public PrepareOptions {
        if (!SUPPORTED_SIZES.contains(imageSize)) {
            throw new IllegalArgumentException("image size must be one of " + SUPPORTED_SIZES + ", was " + imageSize);
        }
        Objects.requireNonNull(channelMode, "channelMode");
        Objects.requireNonNull(fitMode, "fitMode");
        Objects.requireNonNull(background, "background");
        if (maxImages < 1) {
            throw new IllegalArgumentException("maxImages must be at least 1, was " + maxImages);
        }
        if (memoryBudgetBytes < 1) {
            throw new IllegalArgumentException("memory budget must be positive, was " + memoryBudgetBytes);
        }
    }

    /** 32×32, channels from the data, centre crop, white background, 100 000 images, 1 GiB. */
    public static PrepareOptions defaults() {
        return new PrepareOptions(32, ChannelMode.AUTO, FitMode.CENTER_CROP, AlphaBackground.WHITE,
                DEFAULT_MAX_IMAGES, DEFAULT_MEMORY_BUDGET);
    }

    public PrepareOptions withImageSize(int size) {
        return new PrepareOptions(size, channelMode, fitMode, background, maxImages, memoryBudgetBytes);
    }

    public PrepareOptions withChannelMode(ChannelMode mode) {
        return new PrepareOptions(imageSize, mode, fitMode, background, maxImages, memoryBudgetBytes);
    }

    public PrepareOptions withFitMode(FitMode fit) {
        return new PrepareOptions(imageSize, channelMode, fit, background, maxImages, memoryBudgetBytes);
    }

    public PrepareOptions withBackground(AlphaBackground bg) {
        return new PrepareOptions(imageSize, channelMode, fitMode, bg, maxImages, memoryBudgetBytes);
    }

    public PrepareOptions withMaxImages(int max) {
        return new PrepareOptions(imageSize, channelMode, fitMode, background, max, memoryBudgetBytes);
    }

    public PrepareOptions withMemoryBudget(long bytes) {
        return new PrepareOptions(imageSize, channelMode, fitMode, background, maxImages, bytes);
    }

    /** Bytes of the float tensor for {@code count} images with {@code channels} channels. */
    public long tensorBytes(long count, int channels) {
        return count * channels * (long) imageSize * imageSize * Float.BYTES;
    }
}
