package org.ganstudio.ui.language;

import java.util.List;
import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import org.ganstudio.ui.common.Language;
import org.ganstudio.ui.common.Texts;

/**
 * The language setting: choosing saves the choice at once; the words on screen change at the next start, which the
 * note under the list says. The language in use is the one the texts were looked up in at start.
 */
public final class LanguageViewModel {

    private static final System.Logger LOG = System.getLogger(LanguageViewModel.class.getName());

    private final LanguageStore store;
    private final Language inUse;
    private final ObjectProperty<Language> choice = new SimpleObjectProperty<>(this, "choice");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final BooleanBinding restartNeeded;
    private Language saved;

    /** @param inUse what this process shows (the saved choice, or --lang) */
    public LanguageViewModel(LanguageStore store, Language inUse) {
        this.store = Objects.requireNonNull(store, "store");
        this.inUse = Objects.requireNonNull(inUse, "inUse");
        saved = store.load();
        choice.set(saved);
        Language initial = saved;
        // a change made here that shows other words than this window does (System may mean English or Chinese)
        restartNeeded = Bindings.createBooleanBinding(() -> choice.get() != null && choice.get() != initial
                && !sameWords(choice.get(), inUse), choice);
        choice.subscribe(this::chosen);
    }

    public List<Language> choices() {
        return List.of(Language.values());
    }

    public ObjectProperty<Language> choiceProperty() {
        return choice;
    }

    /** "" or why nothing changed yet (restart needed), or that saving failed. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public BooleanBinding restartNeededProperty() {
        return restartNeeded;
    }

    private void chosen(Language c) {
        if (c == null) {
            return;
        }
        if (c != saved) {
            try {
                store.save(c);
                saved = c;
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "cannot save the language", e);
                note.set(Texts.get("language.saveFailed", String.valueOf(e.getMessage())));
                return;
            }
        }
        note.set(restartNeeded.get() ? Texts.get("common.restartNeeded") : "");
    }

    /** System and the system's own language show the same words. */
    private static boolean sameWords(Language a, Language b) {
        return "zh".equals(a.locale().getLanguage()) == "zh".equals(b.locale().getLanguage());
    }
}
