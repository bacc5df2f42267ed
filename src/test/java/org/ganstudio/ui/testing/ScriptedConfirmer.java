package org.ganstudio.ui.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.ganstudio.ui.common.Confirmer;

/** Answers every question with {@link #answer} and remembers the questions' titles. */
public final class ScriptedConfirmer implements Confirmer {
    public final List<String> asked = new CopyOnWriteArrayList<>();
    public volatile boolean answer = true;

    @Override
    public boolean confirm(String title, String message, String action) {
        asked.add(title);
        return answer;
    }
}
