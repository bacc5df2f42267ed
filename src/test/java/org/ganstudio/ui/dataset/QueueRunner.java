package org.ganstudio.ui.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.ganstudio.ui.common.BackgroundRunner;
import org.ganstudio.ui.common.SameThreadRunner;

/** Holds background work until the test runs it, in any order: for testing states while work is pending. */
final class QueueRunner implements BackgroundRunner {

    private static final SameThreadRunner RUN_NOW = new SameThreadRunner();

    private final List<Runnable> pending = new ArrayList<>();

    @Override
    public <T> void run(Callable<? extends T> work, Consumer<? super T> onSuccess,
                        Consumer<? super Throwable> onFailure) {
        pending.add(() -> RUN_NOW.run(work, onSuccess, onFailure));
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
