package org.ganstudio.model;

import java.nio.file.Path;

/**
 * The data a lesson trains on: one of the datasets shipped with the app, by folder name, or a folder of the
 * teacher's (resolved against the lesson file's folder when written as a relative path).
 */
public record LessonDataset(String shipped, Path folder) {

    public LessonDataset {
        if ((shipped == null) == (folder == null)) {
            throw new IllegalArgumentException("a lesson's dataset is either a shipped name or a folder");
        }
    }

    public static LessonDataset shipped(String name) {
        return new LessonDataset(name, null);
    }

    public static LessonDataset folder(Path folder) {
        return new LessonDataset(null, folder);
    }

    public boolean isShipped() {
        return shipped != null;
    }

    /** The name as a person reads it: the shipped name or the folder's name. */
    public String displayName() {
        return isShipped() ? shipped : String.valueOf(folder.getFileName());
    }
}
