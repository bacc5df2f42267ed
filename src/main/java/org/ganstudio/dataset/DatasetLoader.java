package org.ganstudio.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.ganstudio.model.ImageShape;

/**
 * Loads a dataset source into memory as a {@link LoadedDataset}. A source is a folder of images (searched
 * recursively; top-level subfolders become classes), an IDX image file (MNIST format, plain or gzip), or a folder
 * holding IDX files. Unusable files are skipped and listed in the {@link LoadReport}; problems with the source as a
 * whole raise a {@link DatasetException} whose message is one sentence for the user.
 *
 * <p>Decoding runs on a private pool (one thread per core, at most 8) that lives only for one call. Stateless
 * otherwise; one instance may serve several loads, also concurrently.
 */
public final class DatasetLoader {

    /** Fewest images a dataset may have: a batch needs at least two. */
    public static final int MIN_IMAGES = 2;

    private static final long PROGRESS_INTERVAL_MS = 50;

    private final int threads;

    public DatasetLoader() {
        this(Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors())));
    }

    public DatasetLoader(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.threads = threads;
    }

    /**
     * Counts what loading {@code source} would use, without decoding images: lists the folder or reads the IDX
     * header. Quick enough for the UI to call on every option change (a folder of 100 000 files takes about a
     * second).
     */
    public DatasetEstimate estimate(Path source, PrepareOptions options) throws DatasetException {
        Resolved r = resolve(source);
        if (r.kind == SourceKind.IDX_FILE) {
            IdxFile.Header h;
            try {
                h = IdxFile.readHeader(r.path);
            } catch (IOException e) {
                throw unreadableIdx(r.path, e);
            }
            IdxFile.requireImages(h, r.path);
            int channels = options.channelMode() == ChannelMode.RGB ? 3 : 1;
            return new DatasetEstimate(r.path, r.kind, h.count(), Math.min(h.count(), options.maxImages()),
                    channels, channels, options);
        }
        ImageFolderScanner.Scan scan = scanFolder(r.path, () -> false);
        int found = scan.images().size();
        int min = options.channelMode() == ChannelMode.RGB ? 3 : 1;
        int max = options.channelMode() == ChannelMode.GRAYSCALE ? 1 : 3;
        return new DatasetEstimate(r.path, r.kind, found, Math.min(found, options.maxImages()), min, max, options);
    }

    /**
     * Loads and prepares all images of {@code source}.
     *
     * @param progress  told done/total images from the calling thread; total 0 means still listing files
     * @param cancelled polled between files, also from the loader's worker threads: must be thread-safe
     * @throws LoadCancelledException when {@code cancelled} became true
     * @throws DatasetException       when the source cannot give a dataset; the message says why
     */
    public LoadedDataset load(Path source, PrepareOptions options, ProgressListener progress, BooleanSupplier cancelled)
            throws DatasetException {
        long start = System.nanoTime();
        progress = progress == null ? ProgressListener.NONE : progress;
        cancelled = cancelled == null ? () -> false : cancelled;
        if (cancelled.getAsBoolean()) {
            throw new LoadCancelledException();
        }
        Resolved r = resolve(source);
        return r.kind == SourceKind.IDX_FILE
                ? loadIdx(r.path, options, progress, cancelled, start)
                : loadFolder(r.path, options, progress, cancelled, start);
    }

    // ---- image folders ----

    private LoadedDataset loadFolder(Path folder, PrepareOptions options, ProgressListener progress,
                                     BooleanSupplier cancelled, long start) throws DatasetException {
        progress.progress(0, 0);
        ImageFolderScanner.Scan scan = scanFolder(folder, cancelled);
        List<ImageFolderScanner.Candidate> found = scan.images();
        List<SkippedFile> skipped = new ArrayList<>(scan.skipped());
        List<String> warnings = new ArrayList<>();
        if (found.isEmpty()) {
            LoadReport report = report(folder, SourceKind.IMAGE_FOLDER, options, null, 0, 0, 0, skipped, warnings,
                    Map.of(), start);
            if (scan.entriesSeen() == 0) {
                throw new DatasetException("Folder " + folder + " is empty", report);
            }
            throw new DatasetException("Folder " + folder + " contains no images (" + skipped.size()
                    + plural(skipped.size(), " file", " files") + " skipped: see report)", report);
        }
        int[] selected = evenSelection(found.size(), options.maxImages());
        int leftOut = found.size() - selected.length;
        int minChannels = options.channelMode() == ChannelMode.RGB ? 3 : 1;
        checkBudget(selected.length, minChannels, options);

        ImageFileDecoder.Decoded[] decoded = new ImageFileDecoder.Decoded[selected.length];
        String[] reasons = new String[selected.length];
        runParallel(selected.length, i -> {
            Path file = found.get(selected[i]).path();
            try {
                decoded[i] = ImageFileDecoder.decode(file, options);
            } catch (UnusableImageException e) {
                reasons[i] = e.getMessage();
            }
        }, progress, cancelled);

        List<PreparedImage> images = new ArrayList<>(selected.length);
        List<Integer> labels = new ArrayList<>(selected.length);
        boolean anyColour = false;
        for (int i = 0; i < selected.length; i++) {
            Path file = found.get(selected[i]).path();
            if (decoded[i] == null) {
                skipped.add(new SkippedFile(file, reasons[i] == null ? "could not be decoded" : reasons[i]));
                continue;
            }
            if (decoded[i].warning() != null) {
                warnings.add(folder.relativize(file) + ": " + decoded[i].warning());
            }
            images.add(decoded[i].image());
            labels.add(found.get(selected[i]).classIndex());
            anyColour |= decoded[i].image().colour();
            decoded[i] = null;
        }
        List<String> classNames = scan.classNames();
        if (images.size() < MIN_IMAGES) {
            LoadReport report = report(folder, SourceKind.IMAGE_FOLDER, options, null, found.size(), images.size(),
                    leftOut, skipped, warnings, classCounts(classNames, labels), start);
            if (images.isEmpty()) {
                throw new DatasetException("Folder " + folder + " contains no usable images (" + skipped.size()
                        + plural(skipped.size(), " file", " files") + " skipped: see report)", report);
            }
            throw new DatasetException("Only 1 usable image; at least " + MIN_IMAGES + " are needed for a batch",
                    report);
        }
        int channels = switch (options.channelMode()) {
            case RGB -> 3;
            case GRAYSCALE -> 1;
            case AUTO -> anyColour ? 3 : 1;
        };
        if (channels != minChannels) {
            checkBudget(images.size(), channels, options);
        }
        ImageShape shape = new ImageShape(channels, options.imageSize(), options.imageSize());
        float[] pixels = assemble(images, shape);
        int[] labelArray = labels.stream().mapToInt(Integer::intValue).toArray();
        LoadReport report = report(folder, SourceKind.IMAGE_FOLDER, options, shape, found.size(), images.size(),
                leftOut, skipped, warnings, classCounts(classNames, labels), start);
        return new LoadedDataset(shape, images.size(), pixels, classNames, labelArray, report);
    }

    private static ImageFolderScanner.Scan scanFolder(Path folder, BooleanSupplier cancelled)
            throws DatasetException {
        try {
            return ImageFolderScanner.scan(folder, cancelled);
        } catch (LoadCancelledException e) {
            throw e;
        } catch (IOException e) {
            throw new DatasetException("Folder " + folder + " cannot be read (" + e.getClass().getSimpleName() + ")",
                    null, e);
        }
    }

    // ---- IDX ----

    private LoadedDataset loadIdx(Path file, PrepareOptions options, ProgressListener progress,
                                  BooleanSupplier cancelled, long start) throws DatasetException {
        progress.progress(0, 0);
        IdxFile.Header header;
        try {
            header = IdxFile.readHeader(file);
        } catch (IOException e) {
            throw unreadableIdx(file, e);
        }
        IdxFile.requireImages(header, file);
        int channels = options.channelMode() == ChannelMode.RGB ? 3 : 1;
        checkBudget(Math.min(header.count(), options.maxImages()), channels, options);
        IdxFile.Images idx;
        try {
            idx = IdxFile.readImages(file, cancelled);
        } catch (IOException e) {
            throw unreadableIdx(file, e);
        }
        List<String> warnings = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        if (idx.complete() < header.count()) {
            skipped.add(new SkippedFile(file, "file is cut off: the header promises " + header.count()
                    + " images but only " + idx.complete() + " are complete; those are used"));
        }
        int available = idx.complete();
        if (available < MIN_IMAGES) {
            LoadReport report = report(file, SourceKind.IDX_FILE, options, null, header.count(), available, 0,
                    skipped, warnings, Map.of(), start);
            throw new DatasetException(available == 0
                    ? "IDX file " + file + " holds no complete images"
                    : "Only 1 usable image; at least " + MIN_IMAGES + " are needed for a batch", report);
        }
        byte[] fileLabels = readIdxLabels(file, available, warnings);
        int[] selected = evenSelection(available, options.maxImages());
        int rows = idx.rows();
        int cols = idx.cols();
        int imageBytes = rows * cols;
        PreparedImage[] prepared = new PreparedImage[selected.length];
        byte[] data = idx.data();
        runParallel(selected.length,
                i -> prepared[i] = ImagePreparer.fromGray(data, selected[i] * imageBytes, cols, rows, options),
                progress, cancelled);

        List<String> classNames = List.of();
        int[] labels = new int[selected.length];
        java.util.Arrays.fill(labels, -1);
        if (fileLabels != null) {
            int max = 0;
            for (byte b : fileLabels) {
                max = Math.max(max, b & 0xFF);
            }
            List<String> names = new ArrayList<>();
            for (int c = 0; c <= max; c++) {
                names.add(Integer.toString(c));
            }
            classNames = names;
            for (int i = 0; i < selected.length; i++) {
                labels[i] = fileLabels[selected[i]] & 0xFF;
            }
        }
        ImageShape shape = new ImageShape(channels, options.imageSize(), options.imageSize());
        float[] pixels = assemble(java.util.Arrays.asList(prepared), shape);
        List<Integer> labelList = new ArrayList<>(labels.length);
        for (int l : labels) {
            labelList.add(l);
        }
        LoadReport report = report(file, SourceKind.IDX_FILE, options, shape, header.count(), selected.length,
                available - selected.length, skipped, warnings, classCounts(classNames, labelList), start);
        return new LoadedDataset(shape, selected.length, pixels, classNames, labels, report);
    }

    private static byte[] readIdxLabels(Path imagesFile, int count, List<String> warnings) {
        Optional<Path> labelFile = IdxFile.labelsFor(imagesFile);
        if (labelFile.isEmpty()) {
            return null;
        }
        try {
            Optional<byte[]> labels = IdxFile.readLabels(labelFile.get(), count);
            if (labels.isEmpty()) {
                warnings.add(labelFile.get().getFileName() + ": not a label file for these " + count
                        + " images; classes ignored");
                return null;
            }
            return labels.get();
        } catch (IOException | DatasetException e) {
            warnings.add(labelFile.get().getFileName() + ": cannot be read (" + e.getMessage() + "); classes ignored");
            return null;
        }
    }

    private static DatasetException unreadableIdx(Path file, IOException e) {
        String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new DatasetException("IDX file " + file + " cannot be read (" + what + ")", null, e);
    }

    // ---- shared ----

    private record Resolved(SourceKind kind, Path path) {
    }

    private static Resolved resolve(Path source) throws DatasetException {
        if (source == null) {
            throw new DatasetException("No dataset folder has been chosen");
        }
        if (!Files.exists(source)) {
            if (Files.isSymbolicLink(source)) {
                throw new DatasetException("Link " + source + " points to something that does not exist");
            }
            throw new DatasetException("Folder " + source + " does not exist");
        }
        if (Files.isDirectory(source)) {
            if (!Files.isReadable(source) || !Files.isExecutable(source)) {
                throw new DatasetException("Folder " + source + " cannot be read (no permission)");
            }
            try {
                Optional<Path> idx = IdxFile.findImagesIn(source);
                if (idx.isPresent()) {
                    return new Resolved(SourceKind.IDX_FILE, idx.get());
                }
            } catch (IOException e) {
                throw new DatasetException("Folder " + source + " cannot be read (" + e.getClass().getSimpleName()
                        + ")", null, e);
            }
            return new Resolved(SourceKind.IMAGE_FOLDER, source);
        }
        if (!Files.isRegularFile(source)) {
            throw new DatasetException(source + " is neither a folder nor a file");
        }
        if (!Files.isReadable(source)) {
            throw new DatasetException("File " + source + " cannot be read (no permission)");
        }
        if (IdxFile.looksLikeIdx(source)) {
            return new Resolved(SourceKind.IDX_FILE, source);
        }
        if (ImageFolderScanner.IMAGE_EXTENSIONS.contains(ImageFileDecoder.extension(source))) {
            throw new DatasetException(source.getFileName() + " is a single image; choose the folder that contains "
                    + "your images");
        }
        throw new DatasetException("File " + source + " is neither an image folder nor an IDX image file");
    }

    /** Refuses before decoding when the tensor would exceed the budget or the Java heap. */
    private static void checkBudget(int count, int channels, PrepareOptions options) throws DatasetException {
        long bytes = options.tensorBytes(count, channels);
        int size = options.imageSize();
        String what = "Loading " + count + " images at " + size + "×" + size + (channels == 3 ? " RGB" : " grayscale")
                + " needs " + ByteSize.format(bytes);
        if (bytes > options.memoryBudgetBytes()) {
            throw new DatasetException(what + ", budget is " + ByteSize.format(options.memoryBudgetBytes())
                    + "; lower the image size or the cap");
        }
        long heap = Runtime.getRuntime().maxMemory();
        // The byte planes held during decoding add a quarter on top of the floats.
        if (bytes + bytes / 4 > heap * 8 / 10 || bytes / Float.BYTES > Integer.MAX_VALUE - 8) {
            throw new DatasetException(what + ", but Java may use only " + ByteSize.format(heap)
                    + " of memory; lower the image size or the cap");
        }
    }

    /** {@code cap} indices spread evenly over {@code n} (all of them when {@code n <= cap}). */
    static int[] evenSelection(int n, int cap) {
        int k = Math.min(n, cap);
        int[] idx = new int[k];
        for (int i = 0; i < k; i++) {
            idx[i] = (int) ((long) i * n / k);
        }
        return idx;
    }

    private static float[] assemble(List<PreparedImage> images, ImageShape shape) {
        float[] lut = new float[256];
        for (int v = 0; v < 256; v++) {
            lut[v] = v / 127.5f - 1f;
        }
        int m = shape.height() * shape.width();
        int size = shape.size();
        float[] pixels = new float[images.size() * size];
        for (int i = 0; i < images.size(); i++) {
            PreparedImage p = images.get(i);
            byte[] planes = p.planes();
            int base = i * size;
            if (p.channels() == shape.channels()) {
                for (int k = 0; k < size; k++) {
                    pixels[base + k] = lut[planes[k] & 0xFF];
                }
            } else { // a gray image in an RGB dataset
                for (int c = 0; c < shape.channels(); c++) {
                    int off = base + c * m;
                    for (int k = 0; k < m; k++) {
                        pixels[off + k] = lut[planes[k] & 0xFF];
                    }
                }
            }
            images.set(i, null); // let the bytes go while the floats fill up
        }
        return pixels;
    }

    private static Map<String, Integer> classCounts(List<String> classNames, List<Integer> labels) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (classNames.isEmpty()) {
            return counts;
        }
        int[] n = new int[classNames.size()];
        for (int l : labels) {
            if (l >= 0 && l < n.length) {
                n[l]++;
            }
        }
        for (int c = 0; c < n.length; c++) {
            counts.put(classNames.get(c), n[c]);
        }
        return counts;
    }

    private static LoadReport report(Path source, SourceKind kind, PrepareOptions options, ImageShape shape, int found,
                                     int used, int leftOut, List<SkippedFile> skipped, List<String> warnings,
                                     Map<String, Integer> classCounts, long start) {
        long ms = (System.nanoTime() - start) / 1_000_000;
        return new LoadReport(source, kind, options, shape, found, used, leftOut, skipped, warnings, classCounts, ms);
    }

    private static String plural(int n, String one, String many) {
        return n == 1 ? one : many;
    }

    // ---- parallel work ----

    @FunctionalInterface
    private interface IndexTask {
        void run(int index);
    }

    /**
     * Runs {@code task} for 0..n−1 on a private pool. The calling thread reports progress every
     * {@value #PROGRESS_INTERVAL_MS} ms and watches {@code cancelled}, so a cancel returns promptly even while a
     * worker is inside a slow decode (the abandoned workers finish their current file and stop).
     */
    private void runParallel(int n, IndexTask task, ProgressListener progress, BooleanSupplier cancelled)
            throws DatasetException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        int workers = Math.min(threads, n);
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "dataset-loader-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>(workers);
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(() -> {
                    while (!stop.get()) {
                        if (cancelled.getAsBoolean()) {
                            stop.set(true);
                            return;
                        }
                        int i = next.getAndIncrement();
                        if (i >= n) {
                            return;
                        }
                        task.run(i);
                        done.incrementAndGet();
                    }
                }));
            }
            progress.progress(0, n);
            int lastReported = 0;
            for (Future<?> f : futures) {
                while (true) {
                    try {
                        f.get(PROGRESS_INTERVAL_MS, TimeUnit.MILLISECONDS);
                        break;
                    } catch (TimeoutException e) {
                        if (cancelled.getAsBoolean()) {
                            stop.set(true);
                            throw new LoadCancelledException();
                        }
                        int d = done.get();
                        if (d != lastReported) {
                            progress.progress(d, n);
                            lastReported = d;
                        }
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadCancelledException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof OutOfMemoryError) {
                throw new DatasetException("Not enough memory to prepare the images; lower the image size or the cap",
                        null, cause);
            }
            throw new DatasetException("Preparing the images failed unexpectedly (" + cause + ")", null, cause);
        } finally {
            stop.set(true);
            pool.shutdownNow();
        }
        if (done.get() < n) {
            throw new LoadCancelledException();
        }
        progress.progress(n, n);
    }
}
