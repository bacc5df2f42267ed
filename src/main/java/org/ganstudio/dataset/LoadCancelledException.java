package org.ganstudio.dataset;

/** Loading stopped because the caller asked to cancel. */
public class LoadCancelledException extends DatasetException {

    public LoadCancelledException() {
        super("Loading cancelled");
    }
}
