package org.ganstudio.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The settings table of a comparison lists exactly what differs; the CSV holds every run's every step. */
class RunComparisonTest {

    private static final ExperimentConfig BASE = Presets.reference(new ImageShape(1, 28, 28));

    @Test
    void onlyTheSettingsThatDifferAreListedWithEveryRunsValue() {
        ExperimentConfig slowD = BASE.withOptimizers(BASE.generatorOptimizer(),
                BASE.discriminatorOptimizer().withLearningRate(5e-5));
        ExperimentConfig lsgan = BASE.withLoss(LossKind.LEAST_SQUARES).withSeed(7);
        List<RunComparison.Difference> d = RunComparison.differingSettings(List.of(BASE, slowD, lsgan));
        assertEquals(List.of("loss", "discriminatorOptimizer.learningRate", "seed"),
                d.stream().map(RunComparison.Difference::field).toList());
        assertEquals(List.of(BASE.loss().name(), BASE.loss().name(), "LEAST_SQUARES"), d.get(0).values());
        assertEquals(List.of(RunComparison.number(BASE.discriminatorOptimizer().learningRate()), "0.00005",
                RunComparison.number(BASE.discriminatorOptimizer().learningRate())), d.get(1).values());
        assertTrue(RunComparison.differingSettings(List.of(BASE, BASE)).isEmpty());
    }

    @Test
    void blockSettingsAreNamedByBlock() {
        BlockSpec first = BASE.discriminator().blocks().get(0);
        List<BlockSpec> blocks = new java.util.ArrayList<>(BASE.discriminator().blocks());
        blocks.set(1, new BlockSpec(blocks.get(1).filters() * 2, blocks.get(1).kernel(), blocks.get(1).stride(),
                blocks.get(1).batchNorm(), blocks.get(1).activation(), blocks.get(1).slope(), blocks.get(1).dropout()));
        ExperimentConfig wider = BASE.withNetworks(BASE.latentSize(), BASE.generator(), new DiscriminatorSpec(blocks));
        RunComparison.Difference d = RunComparison.differingSettings(List.of(BASE, wider)).get(0);
        assertEquals("discriminator.blocks[1].filters", d.field());
        assertEquals("discriminator.blocks.filters", d.genericField());
        assertEquals(2, d.blockNumber());
        assertEquals(first, wider.discriminator().blocks().get(0));
    }

    @Test
    void theCsvHasAHeaderAndOneLinePerRunAndStepWithQualityWhereMeasured() {
        MetricsHistory a = new MetricsHistory();
        MetricsHistory b = new MetricsHistory();
        for (int i = 0; i < 3; i++) {
            a.add(new StepMetrics(i, 1.0 + i, 2.0, 0.5, 0.4, 3.0, 4.0, 500));
            b.add(new StepMetrics(i, 9.0, 8.0, 0.5, 0.4, 3.0, Double.NaN, 250));
        }
        QualityHistory q = QualityHistory.EMPTY.with(new QualityFigures(2, 12.5, 0.01, 0.001, 0.6, 0.5, 1, 0.7, 0.9,
                512, 40));
        String csv = RunComparison.csv(List.of(new ComparedRun("run 1", BASE, a.view(), q, List.of()),
                new ComparedRun("b, the second", BASE, b.view(), null, List.of())));
        List<String> lines = csv.lines().toList();
        assertEquals(RunComparison.CSV_HEADER, lines.get(0));
        assertEquals(7, lines.size());
        assertEquals("run 1,0,0.500,1.0,2.0,0.5,0.4,3.0,4.0,500.0,,,,,", lines.get(1));
        assertEquals("run 1,1,1.000,2.0,2.0,0.5,0.4,3.0,4.0,500.0,12.5000,0.010000,0.6000,0.5000,0.9000", lines.get(2));
        assertEquals("\"b, the second\",2,0.750,9.0,8.0,0.5,0.4,3.0,,250.0,,,,,", lines.get(6),
                "a name with a comma is quoted, a NaN is empty");
    }
}
