package org.ganstudio.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work and its callbacks at once on the calling thread: for ViewModel tests without a JavaFX toolkit. */
public final class SameThreadRunner implements BackgroundRunner {

    @Override
    public <T> void run(Callable<? extends T> work, Consumer<? super T> onSuccess,
                        Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void runOnUiThread(Runnable action) {
        action.run();
    }

    @Override
    public void close() {
        // nothing runs in the background
    }
}
