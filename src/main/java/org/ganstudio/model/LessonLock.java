package org.ganstudio.model;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which settings of the form a teacher has taken out of the students' hands for a lesson: {@code locked} ones are
 * shown but cannot be changed, {@code hidden} ones are not shown at all; the rest stay open. The ids are the form's
 * setting ids ({@code dLearningRate}, {@code loss}, ...). {@code pin} unlocks them; without one ({@code null}) the
 * lesson has no lock.
 */
public record LessonLock(Set<String> locked, Set<String> hidden, PinHash pin) {

    public static final LessonLock NONE = new LessonLock(Set.of(), Set.of(), null);

    public LessonLock {
        locked = Set.copyOf(new TreeSet<>(Objects.requireNonNull(locked, "locked")));
        hidden = Set.copyOf(new TreeSet<>(Objects.requireNonNull(hidden, "hidden")));
        for (String id : hidden) {
            if (locked.contains(id)) {
                throw new IllegalArgumentException("setting '" + id + "' is both locked and hidden");
            }
        }
        if (pin == null && (!locked.isEmpty() || !hidden.isEmpty())) {
            throw new IllegalArgumentException("locked or hidden settings need a PIN to unlock them");
        }
    }

    /** Whether anything is locked or hidden. */
    public boolean active() {
        return pin != null && (!locked.isEmpty() || !hidden.isEmpty());
    }

    /** Whether {@code id} is locked or hidden. */
    public boolean restricts(String id) {
        return locked.contains(id) || hidden.contains(id);
    }
}
