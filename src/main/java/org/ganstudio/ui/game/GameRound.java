package org.ganstudio.ui.game;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.ganstudio.imaging.ArgbRaster;
import org.ganstudio.model.RealAndFake;

/**
 * One round of "Real or fake?": the real and generated images of a {@link RealAndFake} shuffled from a seed into
 * one row of cards, and the votes given on each card. Which card is real stays in here: {@link #isReal} answers
 * only once the round is revealed, so no view can show it early by mistake.
 */
final class GameRound {

    private final long step;
    private final List<ArgbRaster> images;
    private final boolean[] real;
    private final int[] saidReal;
    private final int[] saidFake;
    private final boolean[] voted;
    private boolean revealed;

    private GameRound(long step, List<ArgbRaster> images, boolean[] real) {
        this.step = step;
        this.images = List.copyOf(images);
        this.real = real;
        this.saidReal = new int[real.length];
        this.saidFake = new int[real.length];
        this.voted = new boolean[real.length];
    }

    /**
     * Deals the images of {@code draw} (all of them, real and fake) in an order drawn from {@code seed}, each
     * enlarged to at least {@code minSide} pixels.
     */
    static GameRound deal(RealAndFake draw, long seed, int minSide) {
        int n = draw.count();
        int side = Math.max(draw.real().shape().width(), draw.real().shape().height());
        int scale = ArgbRaster.scaleFor(side, minSide);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 2 * n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        List<ArgbRaster> images = new ArrayList<>(2 * n);
        boolean[] real = new boolean[2 * n];
        for (int k = 0; k < order.size(); k++) {
            int i = order.get(k);
            real[k] = i < n;
            images.add(i < n ? ArgbRaster.single(draw.real(), i, scale) : ArgbRaster.single(draw.fake(), i - n, scale));
        }
        return new GameRound(draw.step(), images, real);
    }

    long step() {
        return step;
    }

    int size() {
        return images.size();
    }

    ArgbRaster image(int card) {
        return images.get(card);
    }

    /** One player's answer on {@code card}, replacing an earlier one. */
    void guess(int card, Guess guess) {
        vote(card, guess == Guess.REAL ? 1 : 0, guess == Guess.FAKE ? 1 : 0);
    }

    /** A class's show of hands on {@code card}, replacing an earlier count. */
    void vote(int card, int real, int fake) {
        if (revealed) {
            throw new IllegalStateException("the round is over");
        }
        if (real < 0 || fake < 0) {
            throw new IllegalArgumentException("vote counts cannot be negative");
        }
        saidReal[card] = real;
        saidFake[card] = fake;
        voted[card] = true;
    }

    boolean hasVote(int card) {
        return voted[card];
    }

    int saidReal(int card) {
        return saidReal[card];
    }

    int saidFake(int card) {
        return saidFake[card];
    }

    boolean allVoted() {
        return votedCount() == voted.length;
    }

    int votedCount() {
        int c = 0;
        for (boolean v : voted) {
            c += v ? 1 : 0;
        }
        return c;
    }

    void reveal() {
        revealed = true;
    }

    boolean revealed() {
        return revealed;
    }

    /** Whether {@code card} shows a training image; only after {@link #reveal}. */
    boolean isReal(int card) {
        if (!revealed) {
            throw new IllegalStateException("the answer is shown only after the round");
        }
        return real[card];
    }

    int realCount() {
        int c = 0;
        for (boolean r : real) {
            c += r ? 1 : 0;
        }
        return c;
    }

    /** The votes so far, counted against the truth (only after {@link #reveal}). */
    RoundScore score() {
        if (!revealed) {
            throw new IllegalStateException("the score is counted only after the round");
        }
        RoundScore s = new RoundScore(step, 0, 0, 0, 0);
        for (int i = 0; i < real.length; i++) {
            s = s.plus(real[i], saidReal[i], saidFake[i]);
        }
        return s;
    }

    @Override
    public String toString() {
        // never the answers: this may end up in a log
        return "GameRound[step=" + step + ", cards=" + images.size() + ", voted=" + Arrays.toString(voted) + "]";
    }
}
