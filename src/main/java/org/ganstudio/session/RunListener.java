package org.ganstudio.session;

import org.ganstudio.model.ImageBatch;
import org.ganstudio.model.QualityFigures;
import org.ganstudio.model.StepMetrics;

import java.nio.file.Path;

/**
 * What a headless driver (the CLI) hears from the training loop, on the engine thread, in order. The app reads
 * snapshots instead and does not need one. Keep the work short: the next step waits for it.
 */
public interface RunListener {

    /** Why training stopped by itself. */
    enum Stop { TARGET_REACHED, DIVERGED, FAILED }

    RunListener NONE = new RunListener() {
    };

    /** A step completed and was kept (every step, not throttled). */
    default void stepped(StepMetrics metrics) {
    }

    /** As {@link #stepped(StepMetrics)}, with the step's health diagnostics (what the session calls). */
    default void stepped(StepMetrics metrics, org.ganstudio.model.StepDiagnostics diagnostics) {
        stepped(metrics);
    }

    /** A new sample grid from the fixed noise was drawn. */
    default void gridDrawn(ImageBatch grid) {
    }

    /** A quality measurement was taken (every few hundred steps, within its time budget). */
    default void quality(QualityFigures figures) {
    }

    /** The health monitor raised an alarm (at most a few per episode of trouble; see session.health). */
    default void alarm(org.ganstudio.model.Alarm alarm) {
    }

    /** The run was saved (a command or a checkpoint). */
    default void saved(Path file, long step) {
    }

    /** Training stopped by itself; {@code message} is the same sentence the app shows. */
    default void stopped(Stop reason, long step, String message) {
    }
}
