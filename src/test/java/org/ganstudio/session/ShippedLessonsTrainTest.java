package org.ganstudio.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.ganstudio.model.Alarm;
import org.ganstudio.model.AlarmKind;
import org.ganstudio.model.Lesson;
import org.ganstudio.model.LessonCatalog;
import org.ganstudio.model.LessonJson;
import org.ganstudio.model.QualityFigures;
import org.ganstudio.model.StepMetrics;
import org.junit.jupiter.api.Test;

/**
 * Each shipped lesson, run headless through the one training loop for its stated number of steps, shows what its
 * explanation promises, and its "try this" change measurably does what the lesson says. Figures are printed so a
 * reader can see by how much.
 */
class ShippedLessonsTrainTest {

    private static Lesson lesson(String file) {
        return LessonCatalog.load(file, LessonJson.SHIPPED_DATASETS);
    }

    private static void print(String what, LessonRun r, String figures) {
        System.out.printf(Locale.ROOT, "lesson %s: %d steps in %.1f s%s; %s%n", what, r.steps.size(), r.millis / 1000.0,
                r.diverged() ? " (diverged)" : "", figures);
    }

    @Test
    void firstGanTurnsNoiseIntoPicturesWithNeitherNetworkWinning() throws Exception {
        Lesson l = lesson("01-first-gan.lesson.json");
        LessonRun r = LessonRun.of(l);
        assertFalse(r.diverged());
        QualityFigures start = r.quality(r.grid(0));
        QualityFigures end = r.quality(r.lastGrid());
        double dFake = r.mean(100, 150, StepMetrics::dFake);
        double dReal = r.mean(100, 150, StepMetrics::dReal);
        print("first GAN", r, String.format(Locale.ROOT, "FID of the grid %.0f -> %.0f, D(x) %.2f, D(G(z)) %.2f",
                start.fid(), end.fid(), dReal, dFake));
        assertTrue(end.fid() < 0.5 * start.fid(), "the pictures move towards the data");
        assertTrue(dFake > 0.1 && dFake < 0.9 && dReal > 0.1 && dReal < 0.9, "neither network wins");
    }

    @Test
    void fastGeneratorCollapsesTheGridAndEqualRatesKeepItVaried() throws Exception {
        Lesson l = lesson("02-mode-collapse.lesson.json");
        LessonRun fast = LessonRun.of(l);
        LessonRun equal = LessonRun.of(l, l.change("equal-rates").config());
        double peak = fast.grids.stream().filter(g -> g.step() > 0).mapToDouble(g -> diversity(fast, g)).max()
                .orElseThrow();
        double end = diversity(fast, fast.lastGrid());
        double equalEnd = diversity(equal, equal.lastGrid());
        print("mode collapse", fast, String.format(Locale.ROOT, "grid diversity peak %.2f -> end %.2f; alarms %s",
                peak, end, fast.alarms.stream().map(a -> a.kind() + "@" + a.step()).toList()));
        print("mode collapse, equal rates", equal, String.format(Locale.ROOT, "grid diversity at the end %.2f",
                equalEnd));
        assertFalse(fast.diverged() || equal.diverged());
        assertTrue(end < 0.6 * peak, "grid diversity falls from its peak: " + peak + " -> " + end);
        assertTrue(equalEnd > 1.5 * end, "equal rates keep the grid more varied: " + equalEnd + " vs " + end);
        assertTrue(fast.alarm(AlarmKind.MODE_COLLAPSE).isPresent(), "the health monitor sees it: " + fast.alarms);
        assertTrue(equal.alarm(AlarmKind.MODE_COLLAPSE).isEmpty(), "not with equal rates: " + equal.alarms);
    }

    private static double diversity(LessonRun r, org.ganstudio.model.ImageBatch grid) {
        try {
            return r.quality(grid).diversity();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void strongDiscriminatorRejectsEveryFakeAndBothFixesHelp() throws Exception {
        Lesson l = lesson("03-strong-discriminator.lesson.json");
        LessonRun strong = LessonRun.of(l);
        double dFake = strong.mean(20, 150, StepMetrics::dFake);
        double gLoss = strong.mean(100, 150, StepMetrics::gLoss);
        print("strong D", strong, String.format(Locale.ROOT, "D(G(z)) %.4f, G loss %.2f", dFake, gLoss));
        assertTrue(dFake < 0.02, "D(G(z)) near 0 from step 20 on: " + dFake);
        Alarm alarm = strong.alarm(AlarmKind.D_TOO_STRONG).orElseThrow(
                () -> new AssertionError("the health monitor raises 'D too strong'; alarms: " + strong.alarms));
        System.out.printf(Locale.ROOT, "lesson strong D: alarm at step %d: %s%n", alarm.step(), alarm.sentence());
        assertTrue(alarm.step() <= l.steps(), "within the lesson's steps");
        for (String fix : new String[] {"lower-d-rate", "sgd-for-d"}) {
            LessonRun fixed = LessonRun.of(l, l.change(fix).config());
            double fixedFake = fixed.mean(20, 150, StepMetrics::dFake);
            double fixedLoss = fixed.mean(100, 150, StepMetrics::gLoss);
            print("strong D, " + fix, fixed, String.format(Locale.ROOT, "D(G(z)) %.4f, G loss %.2f", fixedFake,
                    fixedLoss));
            assertTrue(fixedFake > 0.1, fix + ": D(G(z)) rises well above 0: " + fixedFake);
            assertTrue(fixedLoss < 0.5 * gLoss, fix + ": G loss falls: " + fixedLoss + " vs " + gLoss);
            assertTrue(fixed.alarm(AlarmKind.D_TOO_STRONG).isEmpty(), fix + ": no 'D too strong' alarm: "
                    + fixed.alarms);
        }
    }

    @Test
    void tooHighALearningRateMakesTheLossesSwingAndALowerOneDoesNot() throws Exception {
        Lesson l = lesson("04-learning-rate-too-high.lesson.json");
        LessonRun high = LessonRun.of(l);
        LessonRun low = LessonRun.of(l, l.change("lower-rate").config());
        assertFalse(low.diverged());
        int to = high.steps.size();
        double swingHigh = high.std(10, to, StepMetrics::gLoss);
        double swingLow = low.std(10, 150, StepMetrics::gLoss);
        double maxHigh = high.steps.stream().skip(10).mapToDouble(StepMetrics::gLoss).max().orElse(0);
        print("lr too high", high, String.format(Locale.ROOT, "G loss std %.2f, max %.1f", swingHigh, maxHigh));
        print("lr too high, lower rate", low, String.format(Locale.ROOT, "G loss std %.2f", swingLow));
        assertTrue(high.diverged() || swingHigh > 5 * swingLow, "the losses swing (or diverge) at 0.05");
        assertTrue(high.diverged() || maxHigh > 20, "the G loss leaps to tens: " + maxHigh);
    }

    @Test
    void nonSaturatingLossPushesTheGeneratorHarderEarlyThanMinimax() throws Exception {
        Lesson l = lesson("05-loss-functions.lesson.json");
        LessonRun minimax = LessonRun.of(l);
        LessonRun ns = LessonRun.of(l, l.change("non-saturating").config());
        double gMinimax = minimax.mean(1, 50, StepMetrics::gGradNorm);
        double gNs = ns.mean(1, 50, StepMetrics::gGradNorm);
        print("losses, minimax", minimax, String.format(Locale.ROOT, "G grad norm, steps 1-50: %.2f", gMinimax));
        print("losses, non-saturating", ns, String.format(Locale.ROOT, "G grad norm, steps 1-50: %.2f", gNs));
        assertFalse(minimax.diverged() || ns.diverged());
        assertTrue(gNs > 2 * gMinimax, "non-saturating pushes G several times harder early on");
        QualityFigures start = minimax.quality(minimax.grid(0));
        assertTrue(ns.quality(ns.lastGrid()).fid() < 0.5 * start.fid(), "non-saturating learns");
        assertTrue(minimax.quality(minimax.lastGrid()).fid() < 0.5 * start.fid(), "minimax learns too, later");
    }

    @Test
    void transposedConvolutionPaintsACheckerboardAndResizeConvolutionDoesNot() throws Exception {
        Lesson l = lesson("06-checkerboard.lesson.json");
        LessonRun transposed = LessonRun.of(l);
        LessonRun resize = LessonRun.of(l, l.change("resize-conv").config());
        double t0 = LessonRun.checkerboardShare(transposed.grid(0));
        double t = LessonRun.checkerboardShare(transposed.lastGrid());
        double r = LessonRun.checkerboardShare(resize.lastGrid());
        double real = LessonRun.realCheckerboardShare(l.dataset().shipped(), l.config().imageShape());
        print("checkerboard", transposed, String.format(Locale.ROOT, "share of detail at period 2: step 0 %.3f, "
                + "end %.3f; resize+conv %.3f; real images %.3f", t0, t, r, real));
        assertTrue(t0 > 2 * real, "the pattern is there from step 0");
        double r0 = LessonRun.checkerboardShare(resize.grid(0));
        System.out.printf(Locale.ROOT, "lesson checkerboard, resize+conv at step 0: %.3f%n", r0);
        assertTrue(t0 > 2 * r0, "resize + convolution has no pattern from the start");
        assertTrue(t < t0, "training weakens the pattern (measured: it fades by step 150)");
    }
}
