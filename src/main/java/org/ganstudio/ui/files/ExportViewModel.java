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
import org.ganstudio.ui.common.Texts;

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
            notifier.error(Texts.get("files.export.nothing"), Texts.get("files.export.noGrid"));
            return;
        }
        choose(Texts.get("files.export.grid"), Texts.get("files.export.png"), ".png").ifPresent(file -> write(file,
                () -> ImageFiles.writePng(file, ImageFiles.toImage(grid))));
    }

    /** A picture of the charts (taken by the view on the FX thread) as PNG. */
    public void exportChartImage(BufferedImage image) {
        choose(Texts.get("files.export.charts"), Texts.get("files.export.png"), ".png").ifPresent(file -> write(file,
                () -> ImageFiles.writePng(file, image)));
    }

    public void exportMetrics(MetricsView metrics) {
        if (metrics == null || metrics.size() == 0) {
            notifier.error(Texts.get("files.export.nothing"), Texts.get("files.export.noMetrics"));
            return;
        }
        choose(Texts.get("files.export.metrics"), Texts.get("files.export.csv"), ".csv").ifPresent(file -> write(file, () -> Exports.writeCsv(file, metrics)));
    }

    public void exportTimelapse(List<ImageBatch> grids) {
        if (grids == null || grids.isEmpty()) {
            notifier.error(Texts.get("files.export.nothing"), Texts.get("files.export.noGrids"));
            return;
        }
        List<ImageBatch> frames = List.copyOf(grids);
        choose(Texts.get("files.export.timelapse"), Texts.get("files.export.gif"), ".gif").ifPresent(file -> write(file,
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
        notifier.info(Texts.get("files.export.writing", file.getFileName().toString()));
        runner.run(() -> {
            writing.run();
            return file;
        }, done -> notifier.outcome(Texts.get("files.export.done", done.getFileName().toString())),
                failure -> notifier.error(Texts.get("files.export.failed"),
                        Texts.get("files.export.couldNot", file.getFileName().toString(), Failures.reason(failure))));
    }
}
