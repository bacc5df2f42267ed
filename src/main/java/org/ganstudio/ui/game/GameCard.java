package org.ganstudio.ui.game;

import org.ganstudio.imaging.ArgbRaster;

/**
 * One card of the round as the view draws it.
 *
 * @param guess    the player's answer, or null (single-player mode)
 * @param votes    whether the class's hands were counted for it (projector mode)
 * @param real     whether it is a training image: null until the round is revealed
 */
public record GameCard(int index, ArgbRaster image, Guess guess, boolean votes, int saidReal, int saidFake,
                       Boolean real) {

    /** Right or wrong once revealed (single-player mode); null before or without an answer. */
    public Boolean right() {
        if (real == null || guess == null) {
            return null;
        }
        return real == (guess == Guess.REAL);
    }
}
