package org.ganstudio.session;

/** Where a training session is. */
public enum SessionState {
    /** No experiment built yet. */
    EMPTY,
    /** Data is being loaded or an experiment file opened. */
    LOADING,
    /** Built and ready; not running. */
    READY,
    TRAINING,
    PAUSED,
    /** A step produced a non-finite loss; training paused itself (see the snapshot's message). */
    DIVERGED,
    CLOSED;

    public boolean canTrain() {
        return this == READY || this == PAUSED || this == DIVERGED;
    }
}
