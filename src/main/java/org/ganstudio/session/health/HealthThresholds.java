package org.ganstudio.session.health;

/**
 * Every threshold of the health alarms, in one place, with where it comes from. "Measured" figures come from runs
 * of the shipped datasets (datasets/shapes, datasets/fashion-mnist-small) with the default preset and with the
 * provoking settings of HealthAlarmsTrainingTest; the README's health section lists them.
 */
public final class HealthThresholds {

    private HealthThresholds() {
    }

    // ---- when the monitor looks ----

    /** Steps between two checks: the detectors read windows of tens of steps, so checking every step adds nothing. */
    public static final int CHECK_EVERY = 10;
    /**
     * No alarm before this step: in the first steps both networks are random and D wins easily (measured: with the
     * default preset D's accuracy on fakes is near 1 for the first ~50 steps on both datasets).
     */
    public static final int WARM_UP_STEPS = 100;
    /** A condition must hold at this many consecutive checks (30 steps) before its alarm fires: one bad batch is not a trend. */
    public static final int FIRE_AFTER_CHECKS = 3;
    /** After firing, an alarm re-arms only once its condition has been clear at this many consecutive checks (hysteresis). */
    public static final int CLEAR_AFTER_CHECKS = 10;

    // ---- D too strong / G's gradient vanishing ----

    /** Steps averaged. */
    public static final int STRONG_WINDOW = 50;
    /**
     * D calls at least this share of the fakes fake and of the reals real, on average over the window. A balanced
     * game keeps D's accuracy well below 1 (Goodfellow et al. 2014: at the equilibrium D outputs 1/2); measured with
     * the default preset after warm-up: 0.6-0.9 on fakes.
     */
    public static final double STRONG_ACCURACY = 0.97;
    /**
     * And D is certain (sigmoid within 1 % of its target) on at least this share of its outputs: there its gradient is
     * gone, and with the minimax loss G's too (Arjovsky and Bottou 2017, "Towards principled methods", section 2.2).
     * Sigmoid losses only; least squares and hinge use the accuracy alone.
     */
    public static final double STRONG_SATURATED = 0.6;

    // ---- mode collapse ----

    /** Fake-batch spread measurements (one every 10 steps) averaged. */
    public static final int COLLAPSE_WINDOW = 50;
    /**
     * The fakes' spread, relative to the real batch's, has fallen below this... (measured: 0.5-0.9 with the default
     * preset once G draws shapes; a collapsed G repeating one blob measured below 0.15).
     */
    public static final double COLLAPSE_DIVERSITY = 0.25;
    /** ...and below this share of its own peak so far (it fell: an untrained G's fakes are alike from the start). */
    public static final double COLLAPSE_FALL = 0.5;
    /** A peak below this never showed variety worth losing (an untrained G measures 0.05-0.3). */
    public static final double COLLAPSE_PEAK = 0.35;

    // ---- oscillation ----

    /** Steps examined. */
    public static final int OSCILLATION_WINDOW = 300;
    /** Moving average over this many steps before counting swings (single noisy batches are not swings). */
    public static final int OSCILLATION_SMOOTHING = 15;
    /**
     * The smoothed G loss swings by at least this (max - min in the window), in nats for the sigmoid losses; measured
     * with the default preset after warm-up: 0.3-0.8.
     */
    public static final double OSCILLATION_AMPLITUDE = 1.5;
    /** At least this many crossings of its mean: two full swings up and down. */
    public static final int OSCILLATION_CROSSINGS = 4;
    /**
     * Without progress: D's loss in the window's second half is not lower than in its first half by more than this
     * share of the amplitude.
     */
    public static final double OSCILLATION_PROGRESS = 0.25;

    // ---- D overfitting ----

    /** Held-out measurements (one every 10 steps) averaged: 100 steps. */
    public static final int OVERFIT_WINDOW = 100;
    /**
     * D's mean output on the training slice exceeds that on held-out images by this much (probability). Both slices
     * come from the same distribution, so a healthy D scores them alike (measured on the full shipped datasets:
     * gaps within +-0.05); Karras et al. 2020 (ADA) track the same sign of memorisation on small datasets.
     */
    public static final double OVERFIT_GAP = 0.15;
    /** The same for raw outputs (least squares, hinge), whose scale is about 1 between real and fake. */
    public static final double OVERFIT_GAP_RAW = 0.3;

    // ---- exploding gradients ----

    /** Exploding gradients fire at the first check that sees them: a few more steps and the run is NaN. */
    public static final int EXPLODE_FIRE_AFTER_CHECKS = 1;

    /** Newest steps averaged... */
    public static final int EXPLODE_RECENT = 10;
    /** ...against the median of this many steps before them. */
    public static final int EXPLODE_BASELINE = 300;
    /**
     * A network's gradient norm has grown by at least this factor over its recent baseline (measured: the default
     * preset's norms vary within a factor 3-4 after warm-up).
     */
    public static final double EXPLODE_FACTOR = 10;
    /**
     * Or an update moves the parameters by at least this share of their size in one step. Healthy training moves
     * them by about 1e-3 a step (the rule of thumb of Karpathy's CS231n notes); 0.1 is a hundred times that.
     */
    public static final double EXPLODE_UPDATE_RATIO = 0.1;
}
