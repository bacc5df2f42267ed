package org.ganstudio.ui.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.ganstudio.ui.common.BackgroundRunner;

/** Holds background work until the test runs it, in any order: for testing states while work is pending. */
final class QueueRunner implements BackgroundRunner {

    private final List<Runnable> pending = new ArrayList<>();

    @Override
    public <T> void run(Callable<? extends T> work, Consumer<? super T> onSuccess,
                        Consumer<? super Throwable> onFailure) {
        pending.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
    }

    @Override
    public void runOnUiThread(Runnable action) {
        action.run();
    }

    int pendingCount() {
        return pending.size();
    }

    /** Runs the pending work at {@code index} (0 = oldest). */
    void runAt(int index) {
        pending.remove(index).run();
    }

    void runAll() {
        while (!pending.isEmpty()) {
            runAt(0);
        }
    }

    @Override
    public void close() {
        pending.clear();
    }
}
