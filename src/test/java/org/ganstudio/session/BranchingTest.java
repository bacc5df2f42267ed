package org.ganstudio.session;

import org.ganstudio.engine.ExperimentFile;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.MetricsView;
import org.ganstudio.model.RunInfo;
import org.ganstudio.model.RunTree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Branching in the session: train to k+m, branch at k changing nothing, train m steps: parameters, statistics,
 * optimiser state and every figure equal the original's bit for bit; both runs go on; a changed branch differs.
 */
class BranchingTest {

    private static final int K = 10;
    private static final int M = 6;

    private final TrainingSession session = new TrainingSession();

    @AfterEach
    void close() {
        session.close();
    }

    private void trainTo(long step) throws InterruptedException {
        session.setStopAt(step);
        session.start();
        Snapshots.await(session, s -> s.state() == SessionState.PAUSED && s.step() == step);
    }

    private Map<String, float[]> saved(Path file) throws Exception {
        session.save(file).get(60, TimeUnit.SECONDS);
        return ExperimentFile.read(file).arrays();
    }

    @Test
    void branchingWithoutChangesIsBitIdenticalAndBothRunsGoOn(@TempDir Path dir) throws Exception {
        session.setSampleInterval(4);
        session.setKeepEvery(5);
        session.newExperiment(TrainingSessionTest.config(), TrainingSessionTest.data(dir, 0.8f), null);
        trainTo(K + M);
        Map<String, float[]> original = saved(dir.resolve("original.ganstudio"));
        RunInfo root = session.runs().active();
        assertEquals(1, root.id());
        assertArrayEquals(new long[]{0, 5, 10, 15}, root.keptSteps());

        int id = session.branch(1, K, null).get(60, TimeUnit.SECONDS);
        assertEquals(2, id);
        Snapshots.await(session, s -> s.step() == K && session.runs().runs().size() == 2);
        RunTree tree = session.runs();
        assertEquals(2, tree.active().id());
        assertEquals(1, tree.active().parentId());
        assertEquals(K, tree.active().parentStep());
        assertEquals(K, tree.active().metrics().size(), "the branch carries its parent's history up to the branch");
        assertTrue(tree.active().grids().stream().allMatch(g -> g.step() <= K));
        assertFalse(tree.byId(1).active());
        assertEquals(K + M, tree.byId(1).step(), "the parent waits where it stopped");

        trainTo(K + M);
        Map<String, float[]> branched = saved(dir.resolve("branch.ganstudio"));
        assertEquals(original.keySet(), branched.keySet());
        for (String key : original.keySet()) {
            assertArrayEquals(original.get(key), branched.get(key), key + " differs after the branch");
        }
        tree = session.runs();
        MetricsView a = tree.byId(1).metrics();
        MetricsView b = tree.byId(2).metrics();
        assertEquals(K + M, b.size());
        for (int i = 0; i < K + M; i++) {
            assertEquals(a.step(i), b.step(i));
            for (int col = 0; col < MetricsView.STEP_MS; col++) {
                assertEquals(Double.doubleToLongBits(a.value(col, i)), Double.doubleToLongBits(b.value(col, i)),
                        "column " + col + " of step " + i);
            }
        }

        // the original goes on where it stopped, from exactly its own state
        session.switchRun(1);
        Snapshots.await(session, s -> session.runs().active() != null && session.runs().active().id() == 1);
        trainTo(K + M + 4);
        assertEquals(K + M + 4, session.runs().byId(1).step());
        assertEquals(K + M, session.runs().byId(2).step());
        Map<String, float[]> resumed = saved(dir.resolve("resumed.ganstudio"));

        // the same run trained straight through in another session: waiting and switching back changed nothing
        try (TrainingSession straight = new TrainingSession()) {
            straight.setSampleInterval(4);
            straight.newExperiment(TrainingSessionTest.config(), TrainingSessionTest.data(dir, 0.8f), null);
            straight.setStopAt(K + M + 4);
            straight.start();
            Snapshots.await(straight, s -> s.state() == SessionState.PAUSED && s.step() == K + M + 4);
            Path f = dir.resolve("straight.ganstudio");
            straight.save(f).get(60, TimeUnit.SECONDS);
            Map<String, float[]> expected = ExperimentFile.read(f).arrays();
            for (String key : expected.keySet()) {
                assertArrayEquals(expected.get(key), resumed.get(key), key + " differs after waiting and switching back");
            }
        }
    }

    @Test
    void aChangedBranchDiffersAndBadBranchesAreRefused(@TempDir Path dir) throws Exception {
        session.setSampleInterval(1000);
        session.setKeepEvery(5);
        ExperimentConfig c = TrainingSessionTest.config();
        session.newExperiment(c, TrainingSessionTest.data(dir, 0.8f), null);
        trainTo(10);
        ExperimentConfig slower = c.withOptimizers(c.generatorOptimizer(),
                c.discriminatorOptimizer().withLearningRate(c.discriminatorOptimizer().learningRate() / 4));
        int id = session.branch(1, 5, slower).get(60, TimeUnit.SECONDS);
        Snapshots.await(session, s -> s.step() == 5);
        assertEquals(slower.discriminatorOptimizer().learningRate(), session.snapshot().discriminatorLearningRate(),
                1e-12);
        trainTo(10);
        MetricsView a = session.runs().byId(1).metrics();
        MetricsView b = session.runs().byId(id).metrics();
        assertEquals(Double.doubleToLongBits(a.value(MetricsView.D_LOSS, 4)),
                Double.doubleToLongBits(b.value(MetricsView.D_LOSS, 4)), "shared history before the branch");
        assertNotEquals(a.value(MetricsView.D_LOSS, 7), b.value(MetricsView.D_LOSS, 7));
        assertEquals(c.discriminatorOptimizer().learningRate() / 4,
                session.runs().byId(id).config().discriminatorOptimizer().learningRate(), 1e-12);

        ExecutionException notKept = assertThrows(ExecutionException.class,
                () -> session.branch(1, 7, null).get(60, TimeUnit.SECONDS));
        assertEquals(SessionException.Kind.NO_KEPT_STATE,
                assertInstanceOf(SessionException.class, notKept.getCause()).kind());
        ExperimentConfig wider = c.withNetworks(c.latentSize() + 2, c.generator(), c.discriminator());
        ExecutionException other = assertThrows(ExecutionException.class,
                () -> session.branch(1, 5, wider).get(60, TimeUnit.SECONDS));
        assertEquals(SessionException.Kind.INVALID_BRANCH,
                assertInstanceOf(SessionException.class, other.getCause()).kind());
        assertEquals(2, session.runs().runs().size(), "nothing was added by the refused branches");
    }
}
