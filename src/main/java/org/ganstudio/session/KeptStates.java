package org.ganstudio.session;

import org.ganstudio.engine.GanTrainer;
import org.ganstudio.engine.TrainerState;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The trainer states a run keeps so that it can be branched from an earlier step: one every {@code every} steps,
 * in memory, at most {@code maxBytes} in all. When a new state would pass the bound, every second older state is
 * dropped (the first and the newest stay), so the kept steps keep covering the whole run, more sparsely. One state
 * of the default 64x64 network costs what {@link TrainerState#bytes()} says (about 3 parameter copies of G and D:
 * parameters and Adam's two moments; measured in the README). Engine thread only.
 */
final class KeptStates {

    /** Keep a state every this many steps unless told otherwise. */
    static final int DEFAULT_EVERY = 100;
    /** Memory the kept states of one run may take unless told otherwise. */
    static final long DEFAULT_MAX_BYTES = 256L << 20;

    private final TreeMap<Long, TrainerState> states;
    private int every;
    private final long maxBytes;
    private long bytes;

    KeptStates(int every, long maxBytes) {
        this(new TreeMap<>(), every, maxBytes);
    }

    private KeptStates(TreeMap<Long, TrainerState> states, int every, long maxBytes) {
        if (every < 1) {
            throw new IllegalArgumentException("keep a state every 1 or more steps, was " + every);
        }
        this.states = states;
        this.every = every;
        this.maxBytes = maxBytes;
        for (TrainerState s : states.values()) {
            bytes += s.bytes();
        }
    }

    /** Keeps the trainer's state when its step is on the interval and not kept yet. */
    void offer(GanTrainer t) {
        long step = t.completedSteps();
        if (step % every != 0 || states.containsKey(step)) {
            return;
        }
        put(TrainerState.capture(t));
    }

    void put(TrainerState s) {
        TrainerState old = states.put(s.step(), s);
        if (old != null) {
            bytes -= old.bytes();
        }
        bytes += s.bytes();
        while (bytes > maxBytes && states.size() > 2) {
            thin();
        }
    }

    /** Drops every second state between the first and the newest. */
    private void thin() {
        List<Long> steps = new ArrayList<>(states.keySet());
        for (int i = 1; i < steps.size() - 1; i += 2) {
            bytes -= states.remove(steps.get(i)).bytes();
        }
    }

    /** The state kept at exactly {@code step}, or null. */
    TrainerState at(long step) {
        return states.get(step);
    }

    /** The kept steps, ascending. */
    long[] steps() {
        return states.keySet().stream().mapToLong(Long::longValue).toArray();
    }

    long bytes() {
        return bytes;
    }

    int every() {
        return every;
    }

    void setEvery(int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("keep a state every 1 or more steps, was " + steps);
        }
        every = steps;
    }

    /** A new set holding the states up to and including {@code step} (shared: states are immutable). */
    KeptStates upTo(long step) {
        TreeMap<Long, TrainerState> copy = new TreeMap<>();
        for (Map.Entry<Long, TrainerState> e : states.headMap(step, true).entrySet()) {
            copy.put(e.getKey(), e.getValue());
        }
        return new KeptStates(copy, every, maxBytes);
    }
}
