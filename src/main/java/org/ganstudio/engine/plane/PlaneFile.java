package org.ganstudio.engine.plane;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.ganstudio.model.plane.BuiltInDistribution;
import org.ganstudio.model.plane.PlaneDistribution;
import org.ganstudio.model.plane.PointCloud;
import org.ganstudio.model.plane.PlaneConfig;
import org.ganstudio.model.plane.PlaneQuality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A saved 2-D experiment ({@code .gan2d}): one JSON document with the config, the data (a built-in's id, or the
 * points themselves for brushed or loaded data), the networks' and optimisers' state and the quality history.
 * A few hundred KB for the default networks; written atomically.
 */
public final class PlaneFile {

    public static final String EXTENSION = ".gan2d";
    static final int FORMAT = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** What the file holds. {@code points} is null for a built-in distribution. */
    public record Contents(int format, PlaneConfig config, String dataset, double[] points, PlaneState state,
                           List<PlaneQuality> quality) {

        public PlaneDistribution distribution() throws IOException {
            if (points != null) {
                return new PointCloud(dataset, points);
            }
            return BuiltInDistribution.byId(dataset)
                    .orElseThrow(() -> new IOException("unknown 2-D dataset '" + dataset + "'"));
        }
    }

    private PlaneFile() {
    }

    public static void save(Path target, PlaneTrainer trainer, List<PlaneQuality> quality) throws IOException {
        PlaneDistribution d = trainer.data();
        double[] points = d instanceof PointCloud c ? c.points() : null;
        Contents c = new Contents(FORMAT, trainer.config(), d.id(), points, trainer.state(), quality);
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = Files.createTempFile(dir, ".gan2d-", ".tmp");
        try {
            Files.writeString(tmp, MAPPER.writeValueAsString(c), StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static Contents read(Path source) throws IOException {
        Contents c;
        try {
            c = MAPPER.readValue(Files.readString(source, StandardCharsets.UTF_8), Contents.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException("not a 2-D experiment file (" + e.getOriginalMessage() + ")", e);
        }
        if (c.format() != FORMAT) {
            throw new IOException("2-D file format " + c.format() + " is not supported (this version reads "
                    + FORMAT + ")");
        }
        if (c.config() == null || c.state() == null || c.dataset() == null) {
            throw new IOException("the file lacks its config, state or dataset");
        }
        return c;
    }

    public static boolean isPlaneFile(Path p) {
        return p.getFileName() != null && p.getFileName().toString().endsWith(EXTENSION);
    }
}
