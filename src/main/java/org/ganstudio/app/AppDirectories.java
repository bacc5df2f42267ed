package org.ganstudio.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the app keeps its own files: settings such as the recent-files list in the configuration folder, the
 * autosave and dataset reports in the data folder (XDG folders on Linux, AppData on Windows, Application Support
 * on macOS).
 */
public record AppDirectories(Path config, Path data) {

    static final String APP = "gan-studio";

    public AppDirectories {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(data, "data");
    }

    public static AppDirectories standard() {
        Path home = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path appData = env("APPDATA", home.resolve("AppData").resolve("Roaming"));
            Path local = env("LOCALAPPDATA", home.resolve("AppData").resolve("Local"));
            return new AppDirectories(appData.resolve("GAN Studio"), local.resolve("GAN Studio"));
        }
        if (os.contains("mac")) {
            Path support = home.resolve("Library").resolve("Application Support").resolve("GAN Studio");
            return new AppDirectories(support, support);
        }
        return new AppDirectories(env("XDG_CONFIG_HOME", home.resolve(".config")).resolve(APP),
                env("XDG_DATA_HOME", home.resolve(".local").resolve("share")).resolve(APP));
    }

    private static Path env(String name, Path fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : Path.of(v);
    }

    public Path recentFiles() {
        return config.resolve("recent-files.txt");
    }

    public Path autosave() {
        return data.resolve("autosave.ganstudio");
    }

    public Path reports() {
        return data.resolve("reports");
    }
}
