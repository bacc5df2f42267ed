package org.ganstudio.cli;

import org.ganstudio.model.QualityFigures;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code quality.csv} beside {@code metrics.csv}: one line per quality measurement (they come every few hundred
 * steps, so a separate file keeps metrics.csv one row per step), plus a line on the terminal, and the share of
 * training time the measurements took.
 */
final class QualityCsv implements AutoCloseable {

    private final BufferedWriter csv;
    private final PrintStream out;
    private long millis;
    private int count;

    QualityCsv(Path file, PrintStream out) throws IOException {
        this.csv = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        this.out = out;
        csv.write(QualityFigures.CSV_HEADER);
        csv.newLine();
        csv.flush();
    }

    void write(QualityFigures q) {
        try {
            csv.write(q.csvLine());
            csv.newLine();
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        millis += q.millis();
        count++;
        out.printf(Locale.ROOT, "quality at step %d: fid %.2f  kid %.4f  precision %.2f  recall %.2f  "
                        + "grid diversity %.2f  (%d ms)%n", q.step(), q.fid(), q.kid(), q.precision(), q.recall(),
                q.diversity(), q.millis());
    }

    /** A summary line: how many measurements, and their share of {@code trainingMillis}. */
    String summary(double trainingMillis) {
        return String.format(Locale.ROOT, "quality: %d measurements took %.1f s, %.1f %% of the loop's time",
                count, millis / 1000.0, 100.0 * millis / Math.max(1e-9, millis + trainingMillis));
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
