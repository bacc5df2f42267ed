package org.ganstudio.ui.training;

import java.util.regex.Pattern;

import org.ganstudio.ui.common.SentenceShapes;

/**
 * The session's status sentences in the lab's language. The session writes them in English (the CLI prints them and
 * the log keeps them); each sentence shape is matched here and said again from the training bundle with its file
 * names and numbers. A sentence without a shape is shown as it is, so nothing is lost.
 */
final class SessionMessages {

    private static final SentenceShapes SHAPES = new SentenceShapes("training.session.", Pattern.DOTALL)
            .shape("Saved (.+) at step (\\d+)", "saved")
            .shape("Opened (.+) at step (\\d+)", "opened")
            .shape("Already at step (\\d+); raise or clear \"stop at\" to go on\\.", "alreadyAt")
            .shape("Reset: networks re-initialised from seed (-?\\d+)", "reset")
            .shape("Stopped at step (\\d+), as asked\\.", "stoppedAt")
            .shape("Training diverged at step (\\d+): a loss or gradient became NaN\\..*", "divergedNan")
            .shape("Training diverged at step (\\d+): a loss or gradient became infinite\\..*", "divergedInfinite")
            .shape("Could not do that: (.+)", "couldNot")
            .shape("The engine stopped: (.+)", "engineStopped")
            .shape("(.+) Training is paused\\.", "paused");

    private SessionMessages() {
    }

    /** {@code english} in the chosen language; null and "" stay as they are. */
    static String localize(String english) {
        return SHAPES.localize(english);
    }
}
