package org.ganstudio.session;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a CSV file that another process appends to, a poll at a time: only lines that end with a newline (a line
 * cut mid-way waits for the rest), columns by header name. When the file is replaced or rewritten (it shrank, or
 * the bytes before the read position changed: a resumed run rewrites its history), the next read starts over and
 * says so. Not thread-safe: one poller owns it.
 */
final class CsvTail {

    /** New rows since the last read; {@code restarted} when they replace everything read before. */
    record Rows(List<String[]> rows, boolean restarted) {
    }

    /** At most this much is read per poll; the rest comes with the next ones. */
    static final int MAX_READ_BYTES = 8 << 20;

    private final Path file;
    private long offset;
    private String[] header;
    /** The last complete line read and where it starts: checked on each read to notice a rewritten file. */
    private byte[] lastLine = new byte[0];
    private long lastLineStart;

    /** Plain lines (no header, no columns): each row is the one whole line. */
    private final boolean plainLines;

    CsvTail(Path file) {
        this(file, false);
    }

    CsvTail(Path file, boolean plainLines) {
        this.file = file;
        this.plainLines = plainLines;
    }

    /** Index of {@code name} in the header, -1 when absent or before the header arrived. */
    int column(String name) {
        if (header == null) {
            return -1;
        }
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    List<String> header() {
        return header == null ? List.of() : List.of(header);
    }

    Rows read() throws IOException {
        boolean restarted = false;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < offset || !unchangedBefore(ch)) {
                offset = 0;
                header = null;
                lastLine = new byte[0];
                lastLineStart = 0;
                restarted = true;
            }
            int want = (int) Math.min(MAX_READ_BYTES, size - offset);
            if (want <= 0) {
                return new Rows(List.of(), restarted);
            }
            ByteBuffer buf = ByteBuffer.allocate(want);
            while (buf.hasRemaining() && ch.read(buf, offset + buf.position()) > 0) {
                // read until full or the end
            }
            byte[] bytes = Arrays.copyOf(buf.array(), buf.position());
            int end = lastNewline(bytes);
            if (end < 0) {
                return new Rows(List.of(), restarted);
            }
            List<String[]> rows = new ArrayList<>();
            int start = 0;
            for (int i = 0; i <= end; i++) {
                if (bytes[i] == '\n') {
                    line(bytes, start, i, rows);
                    lastLineStart = offset + start;
                    lastLine = Arrays.copyOfRange(bytes, start, i + 1);
                    start = i + 1;
                }
            }
            offset += end + 1;
            return new Rows(rows, restarted);
        } catch (NoSuchFileException e) {
            if (offset > 0) {
                offset = 0;
                header = null;
                lastLine = new byte[0];
                return new Rows(List.of(), true);
            }
            return new Rows(List.of(), false);
        }
    }

    private boolean unchangedBefore(FileChannel ch) throws IOException {
        if (lastLine.length == 0) {
            return true;
        }
        ByteBuffer b = ByteBuffer.allocate(lastLine.length);
        while (b.hasRemaining() && ch.read(b, lastLineStart + b.position()) > 0) {
            // read the whole line
        }
        return Arrays.equals(b.array(), lastLine);
    }

    private void line(byte[] bytes, int from, int to, List<String[]> rows) {
        String text = new String(bytes, from, to - from, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            return;
        }
        if (plainLines) {
            rows.add(new String[]{text});
            return;
        }
        String[] fields = text.split(",", -1);
        for (int i = 0; i < fields.length; i++) {
            fields[i] = fields[i].strip();
        }
        if (header == null) {
            header = fields;
        } else {
            rows.add(fields);
        }
    }

    private static int lastNewline(byte[] b) {
        for (int i = b.length - 1; i >= 0; i--) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
