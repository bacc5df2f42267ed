package org.ganstudio.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the UI thread and hands the result back on it. ViewModels use only this, so they never touch a
 * bound property from a worker thread, and tests can run everything on one thread ({@link SameThreadRunner}).
 */
public interface BackgroundRunner extends AutoCloseable {

    /**
     * Runs {@code work} in the background, then exactly one of {@code onSuccess} (with its result) or
     * {@code onFailure} (with what it threw) on the UI thread.
     */
    <T> void run(Callable<? extends T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Runs {@code action} on the UI thread, e.g. to publish progress from inside {@code work}. */
    void runOnUiThread(Runnable action);

    /** Stops accepting work and interrupts running work. */
    @Override
    void close();
}
