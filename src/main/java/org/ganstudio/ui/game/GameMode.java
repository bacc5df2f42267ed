package org.ganstudio.ui.game;

/** Who plays: one player at the screen, or a class in front of a projector. */
public enum GameMode {
    /** A grid of cards; the player clicks (or types R/F) on each. */
    SINGLE(8),
    /** Large images one at a time; the teacher types in the show of hands for each. */
    PROJECTOR(3);

    private final int imagesOfEachKind;

    GameMode(int imagesOfEachKind) {
        this.imagesOfEachKind = imagesOfEachKind;
    }

    /** Real images per round, and as many fakes. */
    public int imagesOfEachKind() {
        return imagesOfEachKind;
    }
}
