package org.ganstudio.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

/**
 * GAN Studio's version, written once in the pom: Maven copies {@code ${project.version}} into
 * {@code version.properties} beside this class (so it is there in {@code target/classes} for tests as
 * well as in the jar), and into the jar manifest's {@code Implementation-Version}, read as a fallback.
 */
public final class AppVersion {

    static final String RESOURCE = "version.properties";

    private AppVersion() {
    }

    /** e.g. "0.1.0"; empty only when neither the resource nor the manifest carries a version. */
    public static Optional<String> current() {
        return fromResource(AppVersion.class.getResourceAsStream(RESOURCE))
                .or(() -> Optional.ofNullable(AppVersion.class.getPackage().getImplementationVersion()));
    }

    /** "0.1.0", or "development build" when the version is unknown. */
    public static String describe() {
        return current().orElse("development build");
    }

    /** The {@code version} of a properties stream, unless missing or left unfiltered. */
    static Optional<String> fromResource(InputStream in) {
        if (in == null) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (in) {
            p.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        String v = p.getProperty("version", "").strip();
        return v.isEmpty() || v.startsWith("${") ? Optional.empty() : Optional.of(v);
    }
}
