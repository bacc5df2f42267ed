package org.ganstudio.model;

import java.util.List;
import java.util.Objects;

/**
 * A lesson: an experiment to run for a number of steps on a dataset, with a short explanation in each language (what
 * to watch, what to change, what should happen and after about how long), the "try this" changes a button can
 * apply, and the teacher's lock. Read and written by {@link LessonJson}; immutable.
 *
 * @param steps       how many steps the lesson runs (the form's "stop at")
 * @param sampleEvery steps between two sample grids
 */
public record Lesson(String id, LocalText title, LocalText summary, LocalText watch, LocalText change,
                     LocalText expect, LessonDataset dataset, ExperimentConfig config, int steps, int sampleEvery,
                     List<LessonChange> tryThis, LessonLock lock) {

    public static final int MAX_STEPS = 1_000_000;

    public Lesson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(watch, "watch");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(expect, "expect");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(config, "config");
        tryThis = List.copyOf(tryThis);
        lock = lock == null ? LessonLock.NONE : lock;
        if (steps < 1 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("steps must be between 1 and " + MAX_STEPS + ", was " + steps);
        }
        if (sampleEvery < 1 || sampleEvery > 100_000) {
            throw new IllegalArgumentException("sampleEvery must be between 1 and 100000, was " + sampleEvery);
        }
    }

    /** This lesson with {@code c} as its settings (e.g. the form's, when a teacher saves it with a lock). */
    public Lesson withConfig(ExperimentConfig c) {
        return new Lesson(id, title, summary, watch, change, expect, dataset, c, steps, sampleEvery, tryThis, lock);
    }

    public Lesson withLock(LessonLock l) {
        return new Lesson(id, title, summary, watch, change, expect, dataset, config, steps, sampleEvery, tryThis, l);
    }

    /** The "try this" change with {@code changeId}; throws for an unknown id. */
    public LessonChange change(String changeId) {
        return tryThis.stream().filter(c -> c.id().equals(changeId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("lesson " + id + " has no change " + changeId));
    }
}
