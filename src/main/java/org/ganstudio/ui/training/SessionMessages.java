package org.ganstudio.ui.training;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ganstudio.ui.common.Texts;

/**
 * The session's status sentences in the lab's language. The session writes them in English (the CLI prints them and
 * the log keeps them); each sentence shape is matched here and said again from the training bundle with its file
 * names and numbers. A sentence without a shape is shown as it is, so nothing is lost.
 */
final class SessionMessages {

    private record Shape(Pattern pattern, String key) {
    }

    private static final List<Shape> SHAPES = List.of(
            shape("Saved (.+) at step (\\d+)", "saved"),
            shape("Opened (.+) at step (\\d+)", "opened"),
            shape("Already at step (\\d+); raise or clear \"stop at\" to go on\\.", "alreadyAt"),
            shape("Reset: networks re-initialised from seed (-?\\d+)", "reset"),
            shape("Stopped at step (\\d+), as asked\\.", "stoppedAt"),
            shape("Training diverged at step (\\d+): a loss or gradient became NaN\\..*", "divergedNan"),
            shape("Training diverged at step (\\d+): a loss or gradient became infinite\\..*", "divergedInfinite"),
            shape("Could not do that: (.+)", "couldNot"),
            shape("The engine stopped: (.+)", "engineStopped"),
            shape("(.+) Training is paused\\.", "paused"));

    private SessionMessages() {
    }

    private static Shape shape(String regex, String key) {
        return new Shape(Pattern.compile(regex, Pattern.DOTALL), "training.session." + key);
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
                    args[i] = m.group(i + 1);
                }
                return Texts.get(s.key(), args);
            }
        }
        return english;
    }
}
