package org.ganstudio.ui.lessons;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.Lesson;
import org.ganstudio.model.LessonChange;
import org.ganstudio.model.LocalText;

/**
 * The lessons a lab offers and the one open now: its texts in the chosen language, and its "try this" changes. What
 * opening a lesson or applying a change does to the rest of the lab (dataset, settings form, lock) is the lab's
 * wiring ({@code LabWindow}), given as {@code opened} and {@code applied}.
 */
public final class LessonsViewModel {

    private final List<Lesson> lessons;
    private final String language;
    private final Consumer<Lesson> opened;
    private final Consumer<ExperimentConfig> applied;
    private final ReadOnlyObjectWrapper<Lesson> current = new ReadOnlyObjectWrapper<>(this, "current");

    /** {@code chinese}: the language the lesson texts are shown in (the app's, {@code Texts.isChinese()}). */
    public LessonsViewModel(List<Lesson> lessons, boolean chinese, Consumer<Lesson> opened,
                            Consumer<ExperimentConfig> applied) {
        this.lessons = List.copyOf(lessons);
        this.language = chinese ? LocalText.CHINESE : LocalText.ENGLISH;
        this.opened = Objects.requireNonNull(opened);
        this.applied = Objects.requireNonNull(applied);
    }

    public List<Lesson> lessons() {
        return lessons;
    }

    /** The lesson's title in the chosen language, for the menu. */
    public String title(Lesson l) {
        return l.title().in(language);
    }

    /** A "try this" button's label in the chosen language. */
    public String label(LessonChange c) {
        return c.label().in(language);
    }

    public void open(Lesson l) {
        current.set(Objects.requireNonNull(l));
        opened.accept(l);
    }

    /** Applies the open lesson's change {@code changeId} (its whole config, the lesson's with the change merged in). */
    public void tryThis(String changeId) {
        Lesson l = current.get();
        if (l == null) {
            throw new IllegalStateException("no lesson is open");
        }
        applied.accept(l.change(changeId).config());
    }

    public void close() {
        current.set(null);
    }

    public ReadOnlyObjectProperty<Lesson> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public StringBinding watchText() {
        return text(Lesson::watch);
    }

    public StringBinding changeText() {
        return text(Lesson::change);
    }

    public StringBinding expectText() {
        return text(Lesson::expect);
    }

    public StringBinding titleText() {
        return text(Lesson::title);
    }

    private StringBinding text(java.util.function.Function<Lesson, LocalText> part) {
        return Bindings.createStringBinding(() -> current.get() == null ? "" : part.apply(current.get()).in(language),
                current);
    }
}
