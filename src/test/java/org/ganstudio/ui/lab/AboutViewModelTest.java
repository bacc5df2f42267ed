package org.ganstudio.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.ganstudio.ui.common.BackgroundRunner;
import org.junit.jupiter.api.Test;

/** About asks the engine for its device in the background, never on the calling (FX) thread. */
class AboutViewModelTest {

    /** Holds background work until the test runs it. */
    private static final class HeldRunner implements BackgroundRunner {
        final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void run(Callable<? extends T> work, Consumer<? super T> onSuccess,
                            Consumer<? super Throwable> onFailure) {
            held.add(() -> {
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

        @Override
        public void close() {
        }
    }

    @Test
    void showsAnEllipsisUntilTheEngineAnswersInTheBackground() {
        HeldRunner runner = new HeldRunner();
        List<String> askedOn = new ArrayList<>();
        AboutViewModel about = new AboutViewModel(() -> {
            askedOn.add(Thread.currentThread().getName());
            return "CPU (test, 2 threads)";
        }, runner);

        about.opened();
        assertEquals(AboutViewModel.ASKING, about.deviceTextProperty().get());
        assertEquals(List.of(), askedOn, "not asked on the caller's thread");
        runner.held.remove(0).run();
        assertEquals("CPU (test, 2 threads)", about.deviceTextProperty().get());

        about.opened();
        assertEquals(List.of(), runner.held, "asked once per run of the app");
    }

    @Test
    void anEngineThatCannotTellLeavesTheLineOut() {
        HeldRunner runner = new HeldRunner();
        AboutViewModel about = new AboutViewModel(() -> {
            throw new UnsatisfiedLinkError("no native library");
        }, runner);
        about.opened();
        runner.held.remove(0).run();
        assertEquals("", about.deviceTextProperty().get());
    }
}
