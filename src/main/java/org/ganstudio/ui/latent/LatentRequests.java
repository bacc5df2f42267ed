package org.ganstudio.ui.latent;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pacing and bookkeeping of latent render requests: a change goes out at once when nothing was sent within the last
 * frame, otherwise it waits for the next frame (newest wins). Each request has a tag; an answer is shown only if it
 * is newer than the one on screen, and the time from the change to its answer is the explorer's latency. The
 * session may answer one request twice: at once with the generator it has at hand, then again with the generator
 * after the next training step; the second answer (same tag, later step) replaces the first.
 */
final class LatentRequests {

    private final long minIntervalNanos;
    private boolean dirty;
    private long changedAt = -1;
    private long lastTag;
    private long shownTag;
    private long shownStep = -1;
    private long lastSent = Long.MIN_VALUE / 2;
    private final Map<Long, Long> changeTimes = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Long> eldest) {
            return size() > 64;
        }
    };

    LatentRequests(long minIntervalNanos) {
        this.minIntervalNanos = minIntervalNanos;
    }

    /** The user changed something at {@code now}; returns whether to send at once (the leading edge). */
    boolean changed(long now) {
        if (changedAt < 0) {
            changedAt = now;
        }
        dirty = true;
        return now - lastSent >= minIntervalNanos;
    }

    /** Something other than the user (new weights, a new experiment) makes the images stale. */
    void stale() {
        dirty = true;
    }

    boolean dirty() {
        return dirty;
    }

    /** A request goes out at {@code now}; returns its tag. */
    long send(long now) {
        dirty = false;
        lastSent = now;
        long tag = ++lastTag;
        if (changedAt >= 0) {
            changeTimes.put(tag, changedAt);
            changedAt = -1;
        }
        return tag;
    }

    /** Answers to requests sent so far are old: only newer ones are shown. */
    void forgetShown() {
        shownTag = lastTag;
        shownStep = Long.MAX_VALUE;
    }

    /** Whether an answer with {@code tag}, drawn by the generator of {@code step}, should replace what is shown. */
    boolean accepts(long tag, long step) {
        return tag <= lastTag && (tag > shownTag || (tag == shownTag && step > shownStep));
    }

    /**
     * The answer with {@code tag} (generator of {@code step}) is on screen at {@code now}: milliseconds since its
     * change, or NaN if unknown (or already counted).
     */
    double shown(long tag, long step, long now) {
        shownTag = tag;
        shownStep = step;
        Long changed = changeTimes.remove(tag);
        return changed == null ? Double.NaN : (now - changed) / 1e6;
    }
}
