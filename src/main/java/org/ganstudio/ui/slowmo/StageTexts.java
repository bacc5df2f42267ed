package org.ganstudio.ui.slowmo;

import java.util.Locale;

import org.ganstudio.model.StepTrace;
import org.ganstudio.model.UpdateOrder;
import org.ganstudio.ui.common.Texts;

/** The words and numbers of each slow-motion stage, for one trace. */
final class StageTexts {

    /** Keys built from a loss kind or stage (one per kind/stage in the bundle; the bundle test checks them). */
    private static final String LOSS_TEXT = "slowmo.stage.losses.text.";
    private static final String STAGE = "slowmo.stage.";

    static String titleKey(SlowMotionStage s) {
        return STAGE + s.key() + ".title";
    }

    private StageTexts() {
    }

    static String explanation(SlowMotionStage s, StepTrace t) {
        return switch (s) {
            case LATENT -> Texts.get("slowmo.stage.latent.text", t.latentSize());
            case FAKES -> Texts.get("slowmo.stage.fakes.text");
            case SCORES -> Texts.get(t.probabilistic() ? "slowmo.stage.scores.text.prob" : "slowmo.stage.scores.text.raw");
            case LOSSES -> Texts.get(LOSS_TEXT + t.loss().name().toLowerCase(Locale.ROOT));
            case GRADIENTS -> Texts.get("slowmo.stage.gradients.text");
            case UPDATES -> Texts.get(t.order() == UpdateOrder.SEQUENTIAL ? "slowmo.stage.updates.text.sequential"
                    : "slowmo.stage.updates.text.simultaneous");
        };
    }

    static String detail(SlowMotionStage s, StepTrace t) {
        return switch (s) {
            case LATENT -> Texts.get("slowmo.stage.latent.detail", t.shown(), t.batchSize(), mean(t.latent()),
                    sd(t.latent()));
            case FAKES -> Texts.get("slowmo.stage.fakes.detail", t.shown(), t.batchSize());
            case SCORES -> t.discriminatorUpdated()
                    ? Texts.get("slowmo.stage.scores.detail", number(mean(t.realOutputs())),
                            number(mean(t.fakeOutputs())))
                    : Texts.get("slowmo.stage.scores.onlyFakes", number(mean(t.generatorOutputs())));
            case LOSSES -> Texts.get("slowmo.stage.losses.detail", number(t.metrics().dLoss()),
                    number(t.metrics().gLoss()));
            case GRADIENTS -> Texts.get("slowmo.stage.gradients.detail", number(t.metrics().dGradNorm()),
                    number(t.metrics().gGradNorm()));
            case UPDATES -> Texts.get("slowmo.stage.updates.detail",
                    t.discriminatorUpdated() ? number(t.discriminatorUpdateNorm()) : Texts.get("slowmo.notUpdated"),
                    t.generatorUpdated() ? number(t.generatorUpdateNorm()) : Texts.get("slowmo.notUpdated"),
                    t.discriminatorSteps());
        };
    }

    /** A figure with three significant digits, or "not computed" for NaN (a network that had no part in the step). */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return Texts.get("slowmo.notComputed");
        }
        if (v != 0 && Math.abs(v) < 1e-3) {
            return String.format(Locale.ROOT, "%.2e", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** "2 Conv" → "2 卷积" in Chinese; unknown kinds stay as they are. */
    static String layerName(String name) {
        int space = name.indexOf(' ');
        String kind = space < 0 ? name : name.substring(space + 1);
        String key = "slowmo.layer." + kind;
        return Texts.has(key) ? (space < 0 ? "" : name.substring(0, space + 1)) + Texts.get(key) : name;
    }

    static double mean(float[] v) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (float x : v) {
            s += x;
        }
        return s / v.length;
    }

    static double sd(float[] v) {
        double m = mean(v);
        double s = 0;
        for (float x : v) {
            s += (x - m) * (x - m);
        }
        return v.length < 2 ? 0 : Math.sqrt(s / (v.length - 1));
    }
}
