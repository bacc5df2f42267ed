package org.ganstudio.dataset;

/** Receives loading progress; called on the thread that called {@code load}, at most about 20 times a second. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total) -> { };

    /** {@code done} of {@code total} work items (files or images) are finished. */
    void progress(int done, int total);
}
