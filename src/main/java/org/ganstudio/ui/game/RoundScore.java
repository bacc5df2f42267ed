package org.ganstudio.ui.game;

/**
 * The outcome of one round, as counts of votes: from one player's clicks (one vote per image) or from a class's
 * show of hands (many votes per image). The fool rate is the share of the votes on fakes that said "real"; the
 * accuracy is the share of all votes that were right. Both are NaN when there were no such votes (the view says
 * "—", never NaN).
 *
 * @param fakeCalledReal votes that called a generated image real (the generator fooled someone)
 * @param fakeCalledFake votes that saw through a generated image
 * @param realCalledReal votes that recognised a training image
 * @param realCalledFake votes that took a training image for a fake
 */
public record RoundScore(long step, int fakeCalledReal, int fakeCalledFake, int realCalledReal, int realCalledFake) {

    public RoundScore {
        if (fakeCalledReal < 0 || fakeCalledFake < 0 || realCalledReal < 0 || realCalledFake < 0) {
            throw new IllegalArgumentException("vote counts cannot be negative");
        }
    }

    public int votes() {
        return fakeCalledReal + fakeCalledFake + realCalledReal + realCalledFake;
    }

    public int correct() {
        return fakeCalledFake + realCalledReal;
    }

    public double foolRate() {
        int onFakes = fakeCalledReal + fakeCalledFake;
        return onFakes == 0 ? Double.NaN : (double) fakeCalledReal / onFakes;
    }

    public double accuracy() {
        return votes() == 0 ? Double.NaN : (double) correct() / votes();
    }

    /** This score with the votes on one more image added. */
    RoundScore plus(boolean imageIsReal, int saidReal, int saidFake) {
        return imageIsReal
                ? new RoundScore(step, fakeCalledReal, fakeCalledFake, realCalledReal + saidReal, realCalledFake + saidFake)
                : new RoundScore(step, fakeCalledReal + saidReal, fakeCalledFake + saidFake, realCalledReal, realCalledFake);
    }
}
