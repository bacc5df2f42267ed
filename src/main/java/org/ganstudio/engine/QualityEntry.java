package org.ganstudio.engine;

import org.ganstudio.model.QualityFigures;
import org.ganstudio.model.QualityHistory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The quality measurements in an experiment file: an optional {@code quality.csv} entry ({@link
 * QualityFigures#CSV_HEADER} and one line per measurement). Files saved before it existed have none and read as an
 * empty history. Read leniently and bounded: a line that does not parse is left out, the entry is read up to
 * {@link #MAX_BYTES}.
 */
public final class QualityEntry {

    static final String NAME = "quality.csv";
    static final int MAX_BYTES = 1 << 20;

    private QualityEntry() {
    }

    static String csv(QualityHistory h) {
        StringBuilder sb = new StringBuilder(QualityFigures.CSV_HEADER).append('\n');
        for (QualityFigures q : h.points()) {
            sb.append(q.csvLine()).append('\n');
        }
        return sb.toString();
    }

    /** The measurements saved in {@code file}; empty when it holds none or they cannot be read. */
    public static QualityHistory read(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry e = zip.getEntry(NAME);
            if (e == null) {
                return QualityHistory.EMPTY;
            }
            try (InputStream in = zip.getInputStream(e)) {
                return parse(new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException e) {
            return QualityHistory.EMPTY;
        }
    }

    static QualityHistory parse(String csv) {
        QualityHistory h = QualityHistory.EMPTY;
        String[] lines = csv.split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].trim().split(",");
            if (f.length != 11) {
                continue;
            }
            try {
                h = h.with(new QualityFigures(Long.parseLong(f[0]), d(f[1]), d(f[2]), d(f[3]), d(f[4]), d(f[5]),
                        d(f[6]), d(f[7]), d(f[8]), Integer.parseInt(f[9]), Long.parseLong(f[10])));
            } catch (RuntimeException e) {
                // left out
            }
        }
        return h;
    }

    private static double d(String s) {
        return Double.parseDouble(s);
    }
}
