package org.ganstudio.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

import org.ganstudio.model.AppVersion;

/**
 * Where the log goes: {@code logs/gan-studio.log} in the app's data folder, for the app and the commands
 * alike, so a teacher can find it (Help → Open log folder) and send it. GAN Studio logs through
 * {@link System.Logger} and ND4J through SLF4J; both end up in {@code java.util.logging} (the JDK's
 * default System.Logger backend and the slf4j-jdk14 binding), configured here once, before anything logs.
 * Several processes (the app, a restarted app, a command) append to the same file; each line carries its
 * process id. Past {@link #ROTATE_BYTES} the file is moved to {@code gan-studio.old.log} at start.
 */
public final class AppLog {

    static final String FILE = "gan-studio.log";
    static final String OLD_FILE = "gan-studio.old.log";
    static final long ROTATE_BYTES = 5L << 20;
    private static final System.Logger LOG = System.getLogger(AppLog.class.getName());

    /** Who writes: the app also shows warnings on stderr (for developers), a command keeps stderr to itself. */
    public enum Writer {
        APP, COMMAND
    }

    private static Handler file;

    private AppLog() {
    }

    public static Path folder(AppDirectories dirs) {
        return dirs.data().resolve("logs");
    }

    /**
     * Sends all logging to the log file in {@code dirs} (replacing the JDK's console default) and logs
     * uncaught exceptions there. Once per process; later calls return the same file. If the file cannot be
     * opened, logging stays on stderr and this says why there.
     */
    public static synchronized Path start(AppDirectories dirs, Writer writer) {
        Path log = folder(dirs).resolve(FILE);
        if (file != null) {
            return log;
        }
        Logger root = LogManager.getLogManager().getLogger("");
        LogManager.getLogManager().reset();
        root.setLevel(Level.INFO);
        try {
            file = open(log);
            root.addHandler(file);
        } catch (IOException e) {
            System.err.println("gan-studio: cannot write the log file " + log + " (" + e.getMessage() + ")");
        }
        if (writer == Writer.APP || file == null) {
            ConsoleHandler console = new ConsoleHandler();
            console.setLevel(file == null ? Level.INFO : Level.WARNING);
            console.setFormatter(new LineFormatter());
            root.addHandler(console);
        }
        boolean quietConsole = writer == Writer.COMMAND && file != null;
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            LOG.log(System.Logger.Level.ERROR, "uncaught exception in thread " + thread.getName(), e);
            if (quietConsole) {
                // the JVM would have printed the stack trace here; a command says one line instead
                System.err.println("gan-studio: unexpected error (" + e + "); details in " + log);
            }
        });
        LOG.log(System.Logger.Level.INFO, () -> "GAN Studio " + AppVersion.describe() + " (" + writer.name()
                .toLowerCase(java.util.Locale.ROOT) + "), Java " + System.getProperty("java.version") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return log;
    }

    static Handler open(Path log) throws IOException {
        Files.createDirectories(log.getParent());
        try {
            if (Files.size(log) > ROTATE_BYTES) {
                Files.move(log, log.resolveSibling(OLD_FILE), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // missing (first start), or held open by another process (Windows): keep appending
        }
        OutputStream out = Files.newOutputStream(log, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        StreamHandler h = new StreamHandler(out, new LineFormatter()) {
            @Override
            public synchronized void publish(LogRecord record) {
                super.publish(record);
                flush(); // a crash must not lose the lines that explain it
            }
        };
        try {
            h.setEncoding(StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        h.setLevel(Level.ALL);
        return h;
    }

    /** {@code 2026-01-31 12:00:00.123 4711 WARNING [main] org.ganstudio.X: message}, then any stack trace. */
    static final class LineFormatter extends Formatter {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
                .withZone(ZoneId.systemDefault());
        private static final long PID = ProcessHandle.current().pid();

        @Override
        public String format(LogRecord r) {
            StringBuilder b = new StringBuilder();
            b.append(TIME.format(Instant.ofEpochMilli(r.getMillis()))).append(' ').append(PID).append(' ')
                    .append(r.getLevel().getName()).append(" [").append(Thread.currentThread().getName()).append("] ")
                    .append(r.getLoggerName()).append(": ").append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter w = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(w));
                b.append(w);
            }
            return b.toString();
        }
    }
}
