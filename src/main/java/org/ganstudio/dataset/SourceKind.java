package org.ganstudio.dataset;

/** What a dataset source turned out to be. */
public enum SourceKind {
    IMAGE_FOLDER("image folder"),
    IDX_FILE("IDX image file");

    private final String description;

    SourceKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
