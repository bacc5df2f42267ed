package org.ganstudio.dataset;

import java.nio.file.Path;

/**
 * What loading a source would take, found without decoding any image: counts come from the folder listing or the
 * IDX header. With {@link ChannelMode#AUTO} on an image folder the channel count is only known after decoding, so
 * the estimate is a range from grayscale to RGB.
 *
 * @param source      the file or folder examined (for IDX folders, the IDX file chosen)
 * @param kind        image folder or IDX file
 * @param found       candidate image files, or images in the IDX header
 * @param toLoad      how many would be decoded after the cap
 * @param minChannels fewest channels the tensor may get (1 or 3)
 * @param maxChannels most channels the tensor may get (1 or 3)
 * @param options     the options estimated for
 */
public record DatasetEstimate(Path source, SourceKind kind, int found, int toLoad, int minChannels, int maxChannels,
                              PrepareOptions options) {

    /** Tensor bytes if every image is used and the fewest channels suffice. */
    public long minBytes() {
        return options.tensorBytes(toLoad, minChannels);
    }

    /** Tensor bytes if every image is used with the most channels. */
    public long maxBytes() {
        return options.tensorBytes(toLoad, maxChannels);
    }

    /** True when even the smallest possible tensor exceeds the memory budget: loading would be refused. */
    public boolean exceedsBudget() {
        return minBytes() > options.memoryBudgetBytes();
    }

    /** One line for the UI, e.g. "2000 images found; needs 24.0 MB as 32×32 RGB". */
    public String summary() {
        if (found == 0) {
            return kind == SourceKind.IDX_FILE ? "The IDX file holds no images" : "No image files found";
        }
        StringBuilder sb = new StringBuilder();
        sb.append(found).append(kind == SourceKind.IDX_FILE ? " images in IDX file" : " image files found");
        if (toLoad < found) {
            sb.append(", ").append(toLoad).append(" used (cap)");
        }
        int size = options.imageSize();
        sb.append("; needs ");
        if (minChannels == maxChannels) {
            sb.append(ByteSize.format(maxBytes())).append(" as ").append(size).append('×').append(size)
                    .append(maxChannels == 3 ? " RGB" : " grayscale");
        } else {
            sb.append(ByteSize.format(minBytes())).append(" as ").append(size).append('×').append(size)
                    .append(" grayscale or ").append(ByteSize.format(maxBytes())).append(" as RGB");
        }
        if (exceedsBudget()) {
            sb.append("; over the ").append(ByteSize.format(options.memoryBudgetBytes())).append(" budget");
        }
        return sb.toString();
    }
}
