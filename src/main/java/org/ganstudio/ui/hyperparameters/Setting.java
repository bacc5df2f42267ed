package org.ganstudio.ui.hyperparameters;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One field of the hyperparameter form, described without any control: the view picks a text field, a combo box or
 * a check box by subtype, binds it bidirectionally and draws {@link #errorProperty()} next to it.
 */
public abstract sealed class Setting permits Setting.Text, Setting.Choice, Setting.Flag {

    private final String id;
    private final String label;
    private final String help;
    private final boolean live;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper applicable = new ReadOnlyBooleanWrapper(this, "applicable", true);
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(this, "locked", false);
    private final ReadOnlyBooleanWrapper hidden = new ReadOnlyBooleanWrapper(this, "hidden", false);

    Setting(String id, String label, String help, boolean live) {
        this.id = Objects.requireNonNull(id);
        this.label = Objects.requireNonNull(label);
        this.help = Objects.requireNonNull(help);
        this.live = live;
    }

    /** Stable id, also the node id of its control in the view. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** A sentence or two for the tooltip. */
    public String help() {
        return help;
    }

    /** Whether a change applies to a running experiment without a reset. */
    public boolean live() {
        return live;
    }

    /** Why the current value is not accepted, or "". */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** False when the field does not matter with the other choices (e.g. beta1 for SGD). */
    public ReadOnlyBooleanProperty applicableProperty() {
        return applicable.getReadOnlyProperty();
    }

    /** True while a lesson's teacher's lock keeps this field out of the students' hands (shown, not editable). */
    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    /** True while a lesson's teacher's lock hides this field. */
    public ReadOnlyBooleanProperty hiddenProperty() {
        return hidden.getReadOnlyProperty();
    }

    void setLock(boolean isLocked, boolean isHidden) {
        locked.set(isLocked);
        hidden.set(isHidden);
    }

    void setError(String message) {
        error.set(message == null ? "" : message);
    }

    void setApplicable(boolean value) {
        applicable.set(value);
    }

    /** A typed value: a number or a comma-separated list of numbers. */
    public static final class Text extends Setting {
        private final StringProperty text = new SimpleStringProperty(this, "text", "");

        Text(String id, String label, String help, boolean live) {
            super(id, label, help, live);
        }

        public StringProperty textProperty() {
            return text;
        }

        String trimmed() {
            return text.get() == null ? "" : text.get().strip();
        }
    }

    /** One of a fixed list of values, each with a display name. */
    public static final class Choice<E> extends Setting {
        private final ObjectProperty<E> value = new SimpleObjectProperty<>(this, "value");
        private final List<E> options;
        private final Function<E, String> names;

        Choice(String id, String label, String help, List<E> options, Function<E, String> names) {
            super(id, label, help, false);
            this.options = List.copyOf(options);
            this.names = Objects.requireNonNull(names);
        }

        public ObjectProperty<E> valueProperty() {
            return value;
        }

        public List<E> options() {
            return options;
        }

        public String nameOf(E option) {
            return option == null ? "" : names.apply(option);
        }

        /** The chosen value, or {@code fallback} when none is chosen. */
        E valueOr(E fallback) {
            return value.get() == null ? fallback : value.get();
        }
    }

    /** On or off. */
    public static final class Flag extends Setting {
        private final BooleanProperty value = new SimpleBooleanProperty(this, "value");

        Flag(String id, String label, String help) {
            super(id, label, help, false);
        }

        public BooleanProperty valueProperty() {
            return value;
        }
    }

    /** A titled group of settings, drawn as one section of the form. */
    public record Group(String id, String title, List<Setting> settings) {
        public Group {
            settings = List.copyOf(settings);
        }
    }
}
