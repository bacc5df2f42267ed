package org.ganstudio.ui.hyperparameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import org.ganstudio.model.LessonLock;
import org.ganstudio.model.PinHash;

/**
 * The teacher's lock over the settings form: applies a lesson's {@link LessonLock} to the form's settings (each
 * {@link Setting#lockedProperty()} / {@link Setting#hiddenProperty()}), lifts it with the right PIN, and builds the
 * lock a teacher saves with a lesson. Kept beside the ViewModel so the form's own code is untouched.
 */
public final class TeacherLock {

    /** What students may do with one setting under the lock a teacher saves. */
    public enum Access { OPEN, LOCKED, HIDDEN }

    /** What an unlock attempt did. */
    public enum Unlock { UNLOCKED, WRONG_PIN, NOTHING_LOCKED }

    private final HyperparametersViewModel form;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active", false);
    private LessonLock lock = LessonLock.NONE;

    public TeacherLock(HyperparametersViewModel form) {
        this.form = form;
    }

    /**
     * Locks and hides the settings {@code l} names, opens all others; returns the ids it names that the form does not
     * have (a teacher's file written for another version), which stay ignored.
     */
    public List<String> apply(LessonLock l) {
        lock = l == null ? LessonLock.NONE : l;
        List<String> known = new ArrayList<>();
        for (Setting.Group g : form.groups()) {
            for (Setting s : g.settings()) {
                known.add(s.id());
                s.setLock(lock.active() && lock.locked().contains(s.id()),
                        lock.active() && lock.hidden().contains(s.id()));
            }
        }
        active.set(lock.active());
        return java.util.stream.Stream.concat(lock.locked().stream(), lock.hidden().stream())
                .filter(id -> !known.contains(id)).toList();
    }

    /** Lifts the lock when {@code pin} is the teacher's; a wrong PIN changes nothing. */
    public Unlock unlock(String pin) {
        if (!lock.active()) {
            return Unlock.NOTHING_LOCKED;
        }
        if (pin == null || !lock.pin().matches(pin)) {
            return Unlock.WRONG_PIN;
        }
        apply(LessonLock.NONE);
        return Unlock.UNLOCKED;
    }

    /** The lock a teacher saves with a lesson: these settings locked, those hidden, opened by {@code pin}. */
    public static LessonLock create(Set<String> locked, Set<String> hidden, String pin) {
        if (locked.isEmpty() && hidden.isEmpty()) {
            return LessonLock.NONE;
        }
        return new LessonLock(locked, hidden, PinHash.of(pin));
    }

    /** The lock a teacher saves, from a choice per setting id (absent ids stay open). */
    public static LessonLock create(java.util.Map<String, Access> access, String pin) {
        Set<String> locked = new java.util.TreeSet<>();
        Set<String> hidden = new java.util.TreeSet<>();
        access.forEach((id, a) -> {
            if (a == Access.LOCKED) {
                locked.add(id);
            } else if (a == Access.HIDDEN) {
                hidden.add(id);
            }
        });
        return create(locked, hidden, pin);
    }

    /** How {@code s} is held now: hidden, locked or open. */
    public static Access accessOf(Setting s) {
        return s.hiddenProperty().get() ? Access.HIDDEN : s.lockedProperty().get() ? Access.LOCKED : Access.OPEN;
    }

    /** The lock in force now ({@link LessonLock#NONE} once unlocked). */
    public LessonLock current() {
        return lock;
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }
}
