package org.ganstudio.dataset;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads IDX files (the MNIST format: big-endian magic {@code 0x0000TTDD} with type TT and DD dimensions, then the
 * dimension sizes, then the data), plain or gzip-compressed. Images are {@code n × rows × cols} unsigned bytes,
 * labels {@code n} unsigned bytes.
 */
final class IdxFile {

    private static final int TYPE_UBYTE = 0x08;
    private static final Pattern IMAGES_NAME = Pattern.compile("(?i).*images[.-]idx3-ubyte(\\.gz)?");

    private IdxFile() {
    }

    /** Header of an IDX file. */
    record Header(int type, int[] dims) {
        int count() {
            return dims[0];
        }

        boolean isImages() {
            return type == TYPE_UBYTE && dims.length == 3;
        }

        boolean isLabels() {
            return type == TYPE_UBYTE && dims.length == 1;
        }
    }

    /** Images read from an IDX file; {@code complete} may be less than the header count if the file is truncated. */
    record Images(Header header, byte[] data, int complete) {
        int rows() {
            return header.dims()[1];
        }

        int cols() {
            return header.dims()[2];
        }
    }

    /** True when the file starts with an IDX magic number (after gunzip if compressed). */
    static boolean looksLikeIdx(Path file) {
        try (DataInputStream in = open(file)) {
            return in.readUnsignedShort() == 0 && in.readUnsignedByte() >= 0x08 && in.readUnsignedByte() <= 4;
        } catch (IOException e) {
            return false;
        }
    }

    /** The IDX image file to use in a folder: {@code train-images*} first, else any {@code *images-idx3-ubyte}. */
    static Optional<Path> findImagesIn(Path folder) throws IOException {
        try (var stream = Files.list(folder)) {
            return stream.filter(Files::isRegularFile)
                    .filter(p -> IMAGES_NAME.matcher(p.getFileName().toString()).matches())
                    .min((a, b) -> {
                        boolean ta = a.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("train");
                        boolean tb = b.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("train");
                        return ta != tb ? (ta ? -1 : 1) : a.getFileName().toString().compareTo(b.getFileName().toString());
                    });
        }
    }

    /** The label file beside an image file ({@code train-images-idx3-ubyte.gz} → {@code train-labels-idx1-ubyte.gz}). */
    static Optional<Path> labelsFor(Path imagesFile) {
        String name = imagesFile.getFileName().toString();
        String labels = name.replaceFirst("(?i)images([.-])idx3", "labels$1idx1");
        if (labels.equals(name)) {
            return Optional.empty();
        }
        Path p = imagesFile.resolveSibling(labels);
        if (Files.isRegularFile(p)) {
            return Optional.of(p);
        }
        // The other compression: plain beside .gz or the reverse.
        Path other = labels.endsWith(".gz") ? imagesFile.resolveSibling(labels.substring(0, labels.length() - 3))
                : imagesFile.resolveSibling(labels + ".gz");
        return Files.isRegularFile(other) ? Optional.of(other) : Optional.empty();
    }

    static Header readHeader(Path file) throws IOException, DatasetException {
        try (DataInputStream in = open(file)) {
            return readHeader(in, file);
        }
    }

    private static Header readHeader(DataInputStream in, Path file) throws IOException, DatasetException {
        int magic;
        try {
            magic = in.readInt();
        } catch (EOFException e) {
            throw new DatasetException("IDX file " + file + " is too short to hold a header");
        }
        if ((magic >>> 16) != 0) {
            throw new DatasetException("File " + file + " is not an IDX file (wrong magic number)");
        }
        int type = (magic >>> 8) & 0xFF;
        int ndims = magic & 0xFF;
        if (ndims < 1 || ndims > 4) {
            throw new DatasetException("IDX file " + file + " has an invalid number of dimensions (" + ndims + ")");
        }
        int[] dims = new int[ndims];
        try {
            for (int i = 0; i < ndims; i++) {
                dims[i] = in.readInt();
                if (dims[i] < 0) {
                    throw new DatasetException("IDX file " + file + " has a negative dimension size");
                }
            }
        } catch (EOFException e) {
            throw new DatasetException("IDX file " + file + " is too short to hold its header");
        }
        return new Header(type, dims);
    }

    /** Checks that a header describes unsigned-byte images of a usable size. */
    static void requireImages(Header h, Path file) throws DatasetException {
        if (h.type() != TYPE_UBYTE) {
            throw new DatasetException(String.format(Locale.ROOT,
                    "IDX file %s holds data of type 0x%02X; only unsigned-byte images are supported", file, h.type()));
        }
        if (h.dims().length != 3) {
            throw new DatasetException("IDX file " + file + " has " + h.dims().length
                    + " dimensions; images need 3 (count, rows, columns)");
        }
        int rows = h.dims()[1];
        int cols = h.dims()[2];
        if (rows < 1 || cols < 1 || rows > ImageFileDecoder.MAX_SIDE || cols > ImageFileDecoder.MAX_SIDE) {
            throw new DatasetException("IDX file " + file + " has images of " + cols + "×" + rows
                    + " pixels, which is not a usable size");
        }
    }

    /** Reads all images (the data of a 60 000-image MNIST file is 47 MB). */
    static Images readImages(Path file, BooleanSupplier cancelled) throws IOException, DatasetException {
        try (DataInputStream in = open(file)) {
            Header h = readHeader(in, file);
            requireImages(h, file);
            int imageBytes = h.dims()[1] * h.dims()[2];
            long total = (long) h.count() * imageBytes;
            if (total > Integer.MAX_VALUE - 16) {
                throw new DatasetException("IDX file " + file + " is too large (" + h.count() + " images of "
                        + imageBytes + " bytes)");
            }
            byte[] data = new byte[(int) total];
            int read = 0;
            final int chunk = 1 << 20;
            while (read < data.length) {
                if (cancelled.getAsBoolean()) {
                    throw new LoadCancelledException();
                }
                int n;
                try {
                    n = in.read(data, read, Math.min(chunk, data.length - read));
                } catch (EOFException e) {
                    break; // a cut-off gzip stream: keep the complete images read so far
                }
                if (n < 0) {
                    break;
                }
                read += n;
            }
            int complete = read / imageBytes;
            return new Images(h, complete == h.count() ? data : Arrays.copyOf(data, complete * imageBytes), complete);
        }
    }

    /** Reads a label file; empty when it is not a label file or does not match {@code expectedCount}. */
    static Optional<byte[]> readLabels(Path file, int expectedCount) throws IOException, DatasetException {
        try (DataInputStream in = open(file)) {
            Header h = readHeader(in, file);
            if (!h.isLabels() || h.count() < expectedCount) {
                return Optional.empty();
            }
            byte[] labels = new byte[expectedCount];
            try {
                in.readFully(labels);
            } catch (EOFException e) {
                return Optional.empty();
            }
            return Optional.of(labels);
        }
    }

    /** Opens a file, transparently gunzipping it when it starts with the gzip magic. */
    private static DataInputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        PushbackInputStream pb = new PushbackInputStream(raw, 2);
        byte[] head = new byte[2];
        int n = pb.readNBytes(head, 0, 2);
        if (n > 0) {
            pb.unread(head, 0, n);
        }
        boolean gz = n == 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
        // No BufferedInputStream on top of the gzip stream: when a cut-off file ends in an EOFException, it would
        // drop the bytes it had already inflated, and the images before the cut are worth keeping.
        InputStream in = gz ? new GZIPInputStream(pb, 1 << 16) : pb;
        return new DataInputStream(in);
    }
}
