package org.ganstudio.session;

import java.time.Duration;
import java.util.function.Predicate;

/** Waiting in tests for a session to publish a snapshot that satisfies a condition (bounded, never a fixed sleep). */
final class Snapshots {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    private Snapshots() {
    }

    static SessionSnapshot await(TrainingControl session, Predicate<SessionSnapshot> condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            SessionSnapshot s = session.snapshot();
            if (condition.test(s)) {
                return s;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("condition not reached in " + LIMIT.toSeconds() + " s; last snapshot "
                + session.snapshot());
    }
}
