package org.ganstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log file itself; that the launcher sends everything there is checked in {@link LauncherTest}. */
class AppLogTest {

    @TempDir
    Path tmp;

    /** Logs through System.Logger (as GAN Studio does) into a handler on a logger of its own. */
    private static void logTo(Handler file, String name, Runnable logging) {
        Logger jul = Logger.getLogger(name);
        jul.setUseParentHandlers(false);
        jul.addHandler(file);
        try {
            logging.run();
        } finally {
            jul.removeHandler(file);
            file.close();
        }
    }

    @Test
    void linesAndStackTracesGoToTheFileInTheDataFolder() throws IOException {
        AppDirectories dirs = new AppDirectories(tmp.resolve("config"), tmp.resolve("data"));
        Path log = AppLog.folder(dirs).resolve(AppLog.FILE);
        String name = "org.ganstudio.test.AppLogTest";
        logTo(AppLog.open(log), name, () -> {
            System.Logger l = System.getLogger(name);
            l.log(System.Logger.Level.WARNING, "disk is full: {0}", "autosave");
            l.log(System.Logger.Level.ERROR, "save failed", new IOException("no space left"));
        });
        String text = Files.readString(log, StandardCharsets.UTF_8);
        String pid = Long.toString(ProcessHandle.current().pid());
        assertTrue(text.matches("(?s)\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} " + pid
                + " WARNING \\[.+\\] " + name.replace(".", "\\.") + ": disk is full: autosave\\R.*"), text);
        assertTrue(text.contains(" SEVERE "), text);
        assertTrue(text.contains("java.io.IOException: no space left"), text);
        assertTrue(text.contains("\tat org.ganstudio.app.AppLogTest"), text);
    }

    @Test
    void theFileIsAppendedToAndALargeOneIsMovedAside() throws IOException {
        Path log = tmp.resolve("logs").resolve(AppLog.FILE);
        String name = "org.ganstudio.test.AppLogTest.rotation";
        logTo(AppLog.open(log), name, () -> System.getLogger(name).log(System.Logger.Level.INFO, "first run"));
        logTo(AppLog.open(log), name, () -> System.getLogger(name).log(System.Logger.Level.INFO, "second run"));
        String both = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(both.contains("first run") && both.contains("second run"), both);

        Files.write(log, new byte[(int) AppLog.ROTATE_BYTES + 1]);
        logTo(AppLog.open(log), name, () -> System.getLogger(name).log(System.Logger.Level.INFO, "third run"));
        assertEquals(AppLog.ROTATE_BYTES + 1, Files.size(log.resolveSibling(AppLog.OLD_FILE)));
        String fresh = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(fresh.contains("third run"), fresh);
        assertFalse(fresh.contains("second run"), fresh);
    }

    /** Runs {@link AppLogProbe} in a new JVM; returns its exit code and stderr. */
    private List<String> probe(String writer) throws IOException, InterruptedException {
        Path err = tmp.resolve("err-" + writer + ".txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), AppLogProbe.class.getName(), tmp.toString(), writer)
                .redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "probe did not finish");
        return List.of(String.valueOf(p.exitValue()), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void aCommandLogsEverythingToTheFileAndSaysOneLineOnStderr() throws Exception {
        List<String> r = probe("COMMAND");
        Path log = tmp.resolve("data").resolve("logs").resolve(AppLog.FILE);
        assertEquals("1", r.get(0));
        assertEquals("gan-studio: unexpected error (java.lang.IllegalStateException: boom); details in " + log,
                r.get(1).strip());
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(text.contains("INFO [main] org.ganstudio.probe: hello from System.Logger"), text);
        assertTrue(text.contains("WARNING [main] org.nd4j.probe: hello from SLF4J"), text);
        assertTrue(text.contains("SEVERE [main] org.ganstudio.app.AppLog: uncaught exception in thread main"), text);
        assertTrue(text.contains("java.lang.IllegalStateException: boom"), text);
    }

    @Test
    void theAppAlsoShowsWarningsOnStderr() throws Exception {
        List<String> r = probe("APP");
        assertEquals("1", r.get(0));
        assertTrue(r.get(1).contains("WARNING [main] org.nd4j.probe: hello from SLF4J"), r.get(1));
        assertTrue(r.get(1).contains("java.lang.IllegalStateException: boom"), r.get(1));
        assertFalse(r.get(1).contains("hello from System.Logger"), "INFO stays in the file: " + r.get(1));
        String text = Files.readString(tmp.resolve("data").resolve("logs").resolve(AppLog.FILE), StandardCharsets.UTF_8);
        assertTrue(text.contains("hello from System.Logger"), text);
    }
}
