package org.ganstudio.ui.dataset;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ganstudio.ui.common.Texts;

/**
 * The dataset loader's refusals in the lab's language. The loader writes them in English (the CLI prints them, the
 * report and the log keep them); each sentence shape is matched here and said again from the dataset bundle with its
 * paths and numbers, as {@code SessionMessages} does for the session's. A sentence without a shape (a rarer IDX
 * header problem, say) is shown as it is, so nothing is lost.
 */
final class DatasetMessages {

    private record Shape(Pattern pattern, String key) {
    }

    private static final List<Shape> SHAPES = List.of(
            shape("Folder (.+) is empty", "empty"),
            shape("Folder (.+) contains no images \\((\\d+) files? skipped: see report\\)", "noImages"),
            shape("Folder (.+) contains no usable images \\((\\d+) files? skipped: see report\\)", "noUsableImages"),
            shape("Only 1 usable image; at least (\\d+) are needed for a batch", "onlyOne"),
            shape("Folder (.+) cannot be read \\(no permission\\)", "folderNoPermission"),
            shape("Folder (.+) cannot be read \\((.+)\\)", "folderUnreadable"),
            shape("IDX file (.+) holds no complete images", "idxEmpty"),
            shape("IDX file (.+) cannot be read \\((.+)\\)", "idxUnreadable"),
            shape("No dataset folder has been chosen", "noneChosen"),
            shape("Link (.+) points to something that does not exist", "brokenLink"),
            shape("Folder (.+) does not exist", "missing"),
            shape("File (.+) cannot be read \\(no permission\\)", "fileNoPermission"),
            shape("File (.+) is neither an image folder nor an IDX image file", "notADataset"),
            shape("(.+) is neither a folder nor a file", "neither"),
            shape("(.+) is a single image; choose the folder that contains your images", "singleImage"),
            shape("Loading (\\d+) images at (\\d+)×\\d+ (RGB|grayscale) needs (.+), budget is (.+); "
                    + "lower the image size or the cap", "overBudget"),
            shape("Loading (\\d+) images at (\\d+)×\\d+ (RGB|grayscale) needs (.+), but Java may use only (.+) of "
                    + "memory; lower the image size or the cap", "overHeap"),
            shape("Not enough memory to prepare the images; lower the image size or the cap", "outOfMemory"),
            shape("Preparing the images failed unexpectedly \\((.+)\\)", "unexpected"),
            shape("Loading cancelled", "cancelled"));

    /** Followed by RGB or grayscale, as the loader writes them. */
    private static final String CHANNEL_KEYS = "dataset.error.channels.";

    private DatasetMessages() {
    }

    private static Shape shape(String regex, String key) {
        return new Shape(Pattern.compile(regex, Pattern.DOTALL), "dataset.error." + key);
    }

    /** {@code english} in the chosen language; null and "" stay as they are. */
    static String localize(String english) {
        if (english == null || english.isEmpty()) {
            return english;
        }
        for (Shape s : SHAPES) {
            Matcher m = s.pattern().matcher(english);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    String g = m.group(i + 1);
                    args[i] = "RGB".equals(g) || "grayscale".equals(g) ? Texts.get(CHANNEL_KEYS + g)
                            : g.matches("\\d{1,9}") ? (Object) Integer.valueOf(g) : g;
                }
                return Texts.get(s.key(), args);
            }
        }
        return english;
    }
}
