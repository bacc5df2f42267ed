package org.ganstudio.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.ganstudio.model.ImageShape;

/**
 * What a load did: which source, how many images were used, which files were skipped and why, images per class and
 * time taken. {@link #writeTo(Path)} writes it as plain text for the user to open.
 */
public final class LoadReport {

    private final Path source;
    private final SourceKind kind;
    private final PrepareOptions options;
    private final ImageShape shape;
    private final int found;
    private final int used;
    private final int leftOutByCap;
    private final List<SkippedFile> skipped;
    private final List<String> warnings;
    private final Map<String, Integer> classCounts;
    private final long elapsedMillis;

    /**
     * @param shape null when loading failed before the shape was known
     */
    public LoadReport(Path source, SourceKind kind, PrepareOptions options, ImageShape shape, int found, int used,
                      int leftOutByCap, List<SkippedFile> skipped, List<String> warnings,
                      Map<String, Integer> classCounts, long elapsedMillis) {
        this.source = Objects.requireNonNull(source, "source");
        this.kind = kind;
        this.options = Objects.requireNonNull(options, "options");
        this.shape = shape;
        this.found = found;
        this.used = used;
        this.leftOutByCap = leftOutByCap;
        this.skipped = List.copyOf(skipped);
        this.warnings = List.copyOf(warnings);
        this.classCounts = Collections.unmodifiableMap(new LinkedHashMap<>(classCounts));
        this.elapsedMillis = elapsedMillis;
    }

    public Path source() {
        return source;
    }

    /** Null when the source was never recognised. */
    public SourceKind kind() {
        return kind;
    }

    public PrepareOptions options() {
        return options;
    }

    /** Null when loading failed before the shape was known. */
    public ImageShape shape() {
        return shape;
    }

    /** Candidate image files found (or images in the IDX file), before the cap. */
    public int foundCount() {
        return found;
    }

    public int usedCount() {
        return used;
    }

    /** Candidates not decoded because of {@link PrepareOptions#maxImages()}. */
    public int leftOutByCap() {
        return leftOutByCap;
    }

    public List<SkippedFile> skipped() {
        return skipped;
    }

    /** Problems that did not stop a file from being used, e.g. a damaged but readable JPEG. */
    public List<String> warnings() {
        return warnings;
    }

    /** Used images per class in class order; empty when the source has no classes. */
    public Map<String, Integer> classCounts() {
        return classCounts;
    }

    public long elapsedMillis() {
        return elapsedMillis;
    }

    /** The report as plain text. */
    public String toText() {
        String nl = System.lineSeparator();
        StringBuilder sb = new StringBuilder();
        sb.append("GAN Studio dataset report").append(nl).append(nl);
        sb.append("Source:          ").append(source).append(nl);
        if (kind != null) {
            sb.append("Kind:            ").append(kind.description()).append(nl);
        }
        sb.append("Prepared as:     ");
        if (shape != null) {
            sb.append(shape.width()).append('×').append(shape.height())
                    .append(shape.channels() == 3 ? " RGB" : " grayscale");
        } else {
            sb.append(options.imageSize()).append('×').append(options.imageSize()).append(' ')
                    .append(options.channelMode().name().toLowerCase());
        }
        sb.append(", ").append(options.fitMode() == FitMode.PAD ? "padded" : "centre-cropped")
                .append(", transparency on ").append(options.background().name().toLowerCase()).append(nl);
        sb.append("Images found:    ").append(found).append(nl);
        sb.append("Images used:     ").append(used).append(nl);
        sb.append("Left out by cap: ").append(leftOutByCap)
                .append(" (cap is ").append(options.maxImages()).append(')').append(nl);
        sb.append("Skipped:         ").append(skipped.size()).append(nl);
        sb.append("Time:            ").append(elapsedMillis).append(" ms").append(nl);
        if (!classCounts.isEmpty()) {
            sb.append(nl).append("Classes (").append(classCounts.size()).append("):").append(nl);
            classCounts.forEach((name, n) -> sb.append("  ").append(name).append(": ").append(n).append(nl));
        }
        if (!skipped.isEmpty()) {
            sb.append(nl).append("Skipped files (").append(skipped.size()).append("):").append(nl);
            for (SkippedFile s : skipped) {
                sb.append("  ").append(displayPath(s.path())).append(" — ").append(s.reason()).append(nl);
            }
        }
        if (!warnings.isEmpty()) {
            sb.append(nl).append("Warnings (").append(warnings.size()).append("):").append(nl);
            for (String w : warnings) {
                sb.append("  ").append(w).append(nl);
            }
        }
        return sb.toString();
    }

    /** Writes {@link #toText()} as UTF-8, creating parent folders. */
    public void writeTo(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, toText(), StandardCharsets.UTF_8);
    }

    private String displayPath(Path p) {
        if (p.startsWith(source) && !p.equals(source)) {
            return source.relativize(p).toString();
        }
        return p.toString();
    }

    @Override
    public String toString() {
        return "LoadReport[" + source + ", used " + used + ", skipped " + skipped.size() + "]";
    }
}
