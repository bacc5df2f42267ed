package org.ganstudio.ui.dataset;

import java.util.regex.Pattern;

import org.ganstudio.ui.common.SentenceShapes;
import org.ganstudio.ui.common.Texts;

/**
 * The dataset loader's refusals in the lab's language. The loader writes them in English (the CLI prints them, the
 * report and the log keep them); each sentence shape is matched here and said again from the dataset bundle with its
 * paths and numbers. A sentence without a shape (a rarer IDX
 * header problem, say) is shown as it is, so nothing is lost.
 */
final class DatasetMessages {

    /** Followed by RGB or grayscale, as the loader writes them. */
    private static final String CHANNEL_KEYS = "dataset.error.channels.";

    private static final SentenceShapes SHAPES = new SentenceShapes("dataset.error.", Pattern.DOTALL)
            .shape("Folder (.+) is empty", "empty")
            .shape("Folder (.+) contains no images \\((\\d+) files? skipped: see report\\)", "noImages")
            .shape("Folder (.+) contains no usable images \\((\\d+) files? skipped: see report\\)", "noUsableImages")
            .shape("Only 1 usable image; at least (\\d+) are needed for a batch", "onlyOne")
            .shape("Folder (.+) cannot be read \\(no permission\\)", "folderNoPermission")
            .shape("Folder (.+) cannot be read \\((.+)\\)", "folderUnreadable")
            .shape("IDX file (.+) holds no complete images", "idxEmpty")
            .shape("IDX file (.+) cannot be read \\((.+)\\)", "idxUnreadable")
            .shape("No dataset folder has been chosen", "noneChosen")
            .shape("Link (.+) points to something that does not exist", "brokenLink")
            .shape("Folder (.+) does not exist", "missing")
            .shape("File (.+) cannot be read \\(no permission\\)", "fileNoPermission")
            .shape("File (.+) is neither an image folder nor an IDX image file", "notADataset")
            .shape("(.+) is neither a folder nor a file", "neither")
            .shape("(.+) is a single image; choose the folder that contains your images", "singleImage")
            .shape("Loading (\\d+) images at (\\d+)×\\d+ (RGB|grayscale) needs (.+), budget is (.+); "
                    + "lower the image size or the cap", "overBudget")
            .shape("Loading (\\d+) images at (\\d+)×\\d+ (RGB|grayscale) needs (.+), but Java may use only (.+) of "
                    + "memory; lower the image size or the cap", "overHeap")
            .shape("Not enough memory to prepare the images; lower the image size or the cap", "outOfMemory")
            .shape("Preparing the images failed unexpectedly \\((.+)\\)", "unexpected")
            .shape("Loading cancelled", "cancelled");

    private DatasetMessages() {
    }

    /** {@code english} in the chosen language; null and "" stay as they are. */
    static String localize(String english) {
        return SHAPES.localize(english, (i, g) -> "RGB".equals(g) || "grayscale".equals(g)
                ? Texts.get(CHANNEL_KEYS + g)
                : g.matches("\\d{1,9}") ? (Object) Integer.valueOf(g) : g);
    }
}
