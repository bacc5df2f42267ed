package org.ganstudio.session;

import org.ganstudio.engine.ExperimentFile;
import org.ganstudio.model.ConfigJson;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.FollowedRun;
import org.ganstudio.model.MetricsHistory;
import org.ganstudio.model.QualityFigures;
import org.ganstudio.model.QualityHistory;
import org.ganstudio.model.StepMetrics;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows a folder that {@code train} writes (here or on another machine, through a synced or shared folder):
 * {@code config.json}, {@code metrics.csv}, {@code quality.csv}, {@code samples/step-NNNNNNN.png},
 * {@code experiment.ganstudio} and, when present, alarm lines in {@code alarms.txt} or {@code train.log}. It polls
 * (file-change notifications do not work on network shares) on its own thread and publishes an immutable
 * {@link FollowedRun} (newest wins). Whatever is partly written is skipped until it is complete: a line without its
 * newline, a PNG without its end chunk, a checkpoint whose size or time still changes or that does not read whole.
 * {@link #poll()} runs one poll on the caller's thread (tests, and the scheduled polls).
 */
public final class FolderFollower implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(FolderFollower.class.getName());

    /** How often the folder is looked at unless told otherwise. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);

    static final String METRICS = "metrics.csv";
    static final String QUALITY = "quality.csv";
    static final String CONFIG = "config.json";
    static final String CHECKPOINT = "experiment.ganstudio";
    static final List<String> ALARM_FILES = List.of("alarms.txt", "train.log");
    private static final Pattern GRID = Pattern.compile("step-(\\d{1,12})\\.png");
    private static final Pattern ALARM = Pattern.compile("alarm: step (\\d+) ([^:\\s]+): (.+)");
    private static final byte[] PNG_END = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};
    private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final Path folder;
    private final AtomicReference<FollowedRun> latest;
    private ScheduledExecutorService poller;

    // poller state
    private final CsvTail metricsTail;
    private final CsvTail qualityTail;
    private final Map<String, CsvTail> alarmTails = new TreeMap<>();
    private MetricsHistory metrics = new MetricsHistory();
    private QualityHistory quality = QualityHistory.EMPTY;
    private final TreeMap<Long, FollowedRun.Grid> grids = new TreeMap<>();
    private final List<FollowedRun.Alarm> alarms = new ArrayList<>();
    private ExperimentConfig config;
    private long configModified = -1;
    private long checkpointStep = -1;
    private Path checkpoint;
    private String checkpointProblem;
    /** Size and time of the checkpoint file at the previous poll, and of the one last read. */
    private long[] checkpointSeen = {-1, -1};
    private long[] checkpointRead = {-1, -1};
    private long version;
    private long lastChange;

    public FolderFollower(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
        this.latest = new AtomicReference<>(FollowedRun.nothingYet(this.folder));
        this.metricsTail = new CsvTail(this.folder.resolve(METRICS));
        this.qualityTail = new CsvTail(this.folder.resolve(QUALITY));
        for (String f : ALARM_FILES) {
            alarmTails.put(f, new CsvTail(this.folder.resolve(f), true));
        }
    }

    public Path folder() {
        return folder;
    }

    /** Polls every {@code interval} on a daemon thread of its own until {@link #close()}. */
    public synchronized void start(Duration interval) {
        if (poller != null) {
            return;
        }
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "follow-" + folder.getFileName());
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(this::pollQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The newest state of the folder (any thread). */
    public FollowedRun latest() {
        return latest.get();
    }

    @Override
    public synchronized void close() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "following " + folder + " failed once", e);
        }
    }

    /** Looks at the folder once and publishes what is new; returns the published state. */
    public synchronized FollowedRun poll() {
        boolean exists = Files.isDirectory(folder);
        boolean changed = exists != latest.get().folderExists();
        if (exists) {
            changed |= readConfig();
            changed |= readMetrics();
            changed |= readQuality();
            changed |= readGrids();
            changed |= readAlarms();
            changed |= readCheckpoint();
        }
        if (changed) {
            version++;
            lastChange = System.currentTimeMillis();
            latest.set(new FollowedRun(folder, version, exists, config, metrics.view(), extraColumns(), quality,
                    List.copyOf(grids.values()), List.copyOf(alarms), checkpointStep, checkpoint, checkpointProblem,
                    lastChange));
        }
        return latest.get();
    }

    private boolean readConfig() {
        Path f = folder.resolve(CONFIG);
        try {
            long modified = Files.getLastModifiedTime(f).toMillis() ^ Files.size(f);
            if (modified == configModified) {
                return false;
            }
            configModified = modified;
            config = ConfigJson.parse(Files.readString(f));
            return true;
        } catch (IOException | RuntimeException e) {
            return false;   // missing or being written: the next poll tries again
        }
    }

    private static final String[] METRIC_COLUMNS = MetricsHistory.CSV_HEADER.split(",");

    private boolean readMetrics() {
        CsvTail.Rows r;
        try {
            r = metricsTail.read();
        } catch (IOException e) {
            return false;
        }
        if (r.restarted()) {
            metrics = new MetricsHistory();
        }
        int[] at = new int[METRIC_COLUMNS.length];
        for (int i = 0; i < at.length; i++) {
            at[i] = metricsTail.column(METRIC_COLUMNS[i]);
        }
        if (at[0] < 0) {
            return r.restarted();
        }
        int alarmColumn = metricsTail.column("alarm");
        for (String[] row : r.rows()) {
            try {
                long step = Long.parseLong(row[at[0]]);
                double[] v = new double[at.length];
                for (int i = 1; i < at.length; i++) {
                    v[i] = at[i] >= 0 && at[i] < row.length ? parse(row[at[i]]) : Double.NaN;
                }
                metrics.add(new StepMetrics(step, v[1], v[2], v[3], v[4], v[5], v[6], v[7]));
                if (alarmColumn >= 0 && alarmColumn < row.length && !row[alarmColumn].isBlank()) {
                    alarms.add(new FollowedRun.Alarm(step, row[alarmColumn], row[alarmColumn]));
                }
            } catch (RuntimeException e) {
                // a malformed line (not a cut one: those wait for their newline) is left out
            }
        }
        return r.restarted() || !r.rows().isEmpty();
    }

    private static double parse(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    private List<String> extraColumns() {
        List<String> known = Arrays.asList(METRIC_COLUMNS);
        return metricsTail.header().stream().filter(h -> !known.contains(h) && !h.isEmpty()).toList();
    }

    private static final String[] QUALITY_COLUMNS = QualityFigures.CSV_HEADER.split(",");

    private boolean readQuality() {
        CsvTail.Rows r;
        try {
            r = qualityTail.read();
        } catch (IOException e) {
            return false;
        }
        if (r.restarted()) {
            quality = QualityHistory.EMPTY;
        }
        int[] at = new int[QUALITY_COLUMNS.length];
        for (int i = 0; i < at.length; i++) {
            at[i] = qualityTail.column(QUALITY_COLUMNS[i]);
        }
        for (String[] row : r.rows()) {
            try {
                double[] v = new double[at.length];
                for (int i = 0; i < at.length; i++) {
                    v[i] = at[i] >= 0 && at[i] < row.length ? parse(row[at[i]]) : 0;
                }
                quality = quality.with(new QualityFigures((long) v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8],
                        (int) v[9], (long) v[10]));
            } catch (RuntimeException e) {
                // malformed or non-finite: left out
            }
        }
        return r.restarted() || !r.rows().isEmpty();
    }

    private boolean readGrids() {
        Path samples = folder.resolve("samples");
        if (!Files.isDirectory(samples)) {
            boolean had = !grids.isEmpty();
            grids.clear();
            return had;
        }
        boolean changed = false;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(samples)) {
            for (Path p : ds) {
                Matcher m = GRID.matcher(p.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                long step = Long.parseLong(m.group(1));
                if (!grids.containsKey(step) && completePng(p)) {
                    grids.put(step, new FollowedRun.Grid(step, p));
                    changed = true;
                }
            }
        } catch (IOException e) {
            return changed;
        }
        return changed;
    }

    /** A PNG whose first bytes are the signature and whose last 12 are the IEND chunk: written to the end. */
    static boolean completePng(Path p) {
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "r")) {
            long n = f.length();
            if (n < PNG_START.length + PNG_END.length) {
                return false;
            }
            byte[] head = new byte[PNG_START.length];
            f.readFully(head);
            byte[] tail = new byte[PNG_END.length];
            f.seek(n - PNG_END.length);
            f.readFully(tail);
            return Arrays.equals(head, PNG_START) && Arrays.equals(tail, PNG_END);
        } catch (IOException e) {
            return false;
        }
    }

    private boolean readAlarms() {
        boolean changed = false;
        for (CsvTail tail : alarmTails.values()) {
            try {
                for (String[] row : tail.read().rows()) {
                    Matcher m = ALARM.matcher(row[0]);
                    if (m.find()) {
                        alarms.add(new FollowedRun.Alarm(Long.parseLong(m.group(1)), m.group(2), m.group(3).strip()));
                        changed = true;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // unreadable this time
            }
        }
        return changed;
    }

    /**
     * Reads the checkpoint once its size and time have stayed the same for two polls, and keeps it only when it
     * reads whole (a copy in progress or a damaged file is skipped; the previous checkpoint stays).
     */
    private boolean readCheckpoint() {
        Path f = folder.resolve(CHECKPOINT);
        long[] now;
        try {
            now = new long[]{Files.size(f), Files.getLastModifiedTime(f).toMillis()};
        } catch (IOException e) {
            checkpointSeen = new long[]{-1, -1};
            return false;
        }
        boolean stable = Arrays.equals(now, checkpointSeen);
        checkpointSeen = now;
        if (!stable || Arrays.equals(now, checkpointRead)) {
            return false;
        }
        checkpointRead = now;
        try {
            ExperimentFile.Contents c = ExperimentFile.read(f);
            checkpointStep = c.step();
            checkpoint = f;
            checkpointProblem = null;
        } catch (IOException | RuntimeException e) {
            checkpointProblem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return true;
    }
}
