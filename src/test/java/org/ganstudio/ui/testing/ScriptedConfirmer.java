package org.ganstudio.ui.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.ganstudio.ui.common.Confirmer;

/** Answers from {@link #next} while it has answers, then with {@link #answer}; remembers the questions' titles. */
public final class ScriptedConfirmer implements Confirmer {
    public final List<String> asked = new CopyOnWriteArrayList<>();
    public final java.util.Deque<Boolean> next = new java.util.concurrent.ConcurrentLinkedDeque<>();
    public volatile boolean answer = true;

    @Override
    public boolean confirm(String title, String message, String action) {
        asked.add(title);
        Boolean scripted = next.poll();
        return scripted != null ? scripted : answer;
    }
}
