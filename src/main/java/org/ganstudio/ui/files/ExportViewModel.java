package org.ganstudio.ui.files;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.ganstudio.model.MetricsView;
import org.ganstudio.model.ImageBatch;
import org.ganstudio.imaging.ArgbRaster;
import org.ganstudio.imaging.ImageFiles;
import org.ganstudio.ui.common.BackgroundRunner;
import org.ganstudio.ui.common.FileDialogs;
import org.ganstudio.ui.common.Notifier;

/** File → Export: asks where, then writes in the background and reports the outcome in plain words. */
public final class ExportViewModel {

    private final BackgroundRunner runner;
    private final FileDialogs dialogs;
    private final Notifier notifier;
    private final Supplier<Path> initialDirectory;

    public ExportViewModel(BackgroundRunner runner, FileDialogs dialogs, Notifier notifier, Supplier<Path> initialDirectory) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.initialDirectory = Objects.requireNonNull(initialDirectory, "initialDirectory");
    }

    /** The sample grid on screen as PNG. */
    public void exportGrid(ArgbRaster grid) {
        if (grid == null) {
            notifier.error("Nothing to export", "There is no sample grid yet: train for a while first.");
            return;
        }
        choose("Export sample grid", "PNG images", ".png").ifPresent(file -> write(file,
                () -> ImageFiles.writePng(file, ImageFiles.toImage(grid))));
    }

    /** A picture of the charts (taken by the view on the FX thread) as PNG. */
    public void exportChartImage(BufferedImage image) {
        choose("Export charts as image", "PNG images", ".png").ifPresent(file -> write(file,
                () -> ImageFiles.writePng(file, image)));
    }

    public void exportMetrics(MetricsView metrics) {
        if (metrics == null || metrics.size() == 0) {
            notifier.error("Nothing to export", "There are no metrics yet: train for a while first.");
            return;
        }
        choose("Export metrics", "CSV files", ".csv").ifPresent(file -> write(file, () -> Exports.writeCsv(file, metrics)));
    }

    public void exportTimelapse(List<ImageBatch> grids) {
        if (grids == null || grids.isEmpty()) {
            notifier.error("Nothing to export", "There are no sample grids yet: train for a while first.");
            return;
        }
        List<ImageBatch> frames = List.copyOf(grids);
        choose("Export timelapse", "Animated GIF images", ".gif").ifPresent(file -> write(file,
                () -> ImageFiles.writeTimelapse(file, frames)));
    }

    private java.util.Optional<Path> choose(String title, String description, String extension) {
        return dialogs.chooseSave(title, description, extension, initialDirectory.get());
    }

    /** A write that may fail with an I/O error. */
    @FunctionalInterface
    interface Writing {
        void run() throws Exception;
    }

    private void write(Path file, Writing writing) {
        notifier.info("Writing " + file.getFileName() + "…");
        runner.run(() -> {
            writing.run();
            return file;
        }, done -> notifier.outcome("Exported " + done.getFileName()),
                failure -> notifier.error("Export failed", "Could not write " + file.getFileName() + ": "
                        + Failures.reason(failure)));
    }
}
