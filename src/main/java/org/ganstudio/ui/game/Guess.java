package org.ganstudio.ui.game;

/** What a player says an image is. */
public enum Guess {
    REAL,
    FAKE
}
