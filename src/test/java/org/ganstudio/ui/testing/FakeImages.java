package org.ganstudio.ui.testing;

import org.ganstudio.dataset.LoadReport;
import org.ganstudio.dataset.LoadedDataset;
import org.ganstudio.model.ExperimentConfig;
import org.ganstudio.model.ImageShape;
import org.ganstudio.model.ImageBatch;

/** Synthetic images and datasets for UI tests. */
public final class FakeImages {

    private FakeImages() {
    }

    /** 64 images whose blobs sharpen as {@code step} grows, different per cell. */
    public static ImageBatch grid(long step, ExperimentConfig c) {
        ImageShape s = c.imageShape();
        int count = 64;
        float[] px = new float[count * s.size()];
        double sharp = 1 - Math.exp(-step / 300.0);
        int plane = s.width() * s.height();
        for (int i = 0; i < count; i++) {
            double cx = s.width() * (0.3 + 0.4 * ((i * 37) % 11) / 10.0);
            double cy = s.height() * (0.3 + 0.4 * ((i * 53) % 7) / 6.0);
            double r = s.width() * (0.15 + 0.1 * (i % 3));
            for (int ch = 0; ch < s.channels(); ch++) {
                for (int y = 0; y < s.height(); y++) {
                    for (int x = 0; x < s.width(); x++) {
                        double d = Math.hypot(x - cx, y - cy) / r;
                        double inside = d < 1 ? 1 : 0;
                        double noise = Math.sin((x * 7 + y * 13 + i * 3 + step) * 0.7);
                        double v = sharp * (2 * inside - 1) + (1 - sharp) * noise * (ch + 1) / s.channels();
                        px[i * s.size() + ch * plane + y * s.width() + x] = (float) Math.max(-1, Math.min(1, v));
                    }
                }
            }
        }
        return ImageBatch.fromTanh(step, 0, s, count, px);
    }

    /** Images that depend on every latent value, so any change of a vector changes its image. */
    public static ImageBatch fromLatents(long step, long tag, ExperimentConfig c, float[] z, int count) {
        ImageShape s = c.imageShape();
        int n = c.latentSize();
        float[] px = new float[count * s.size()];
        for (int i = 0; i < count; i++) {
            for (int p = 0; p < s.size(); p++) {
                px[i * s.size() + p] = (float) Math.tanh(z[i * n + p % n]);
            }
        }
        return ImageBatch.fromTanh(step, tag, s, count, px);
    }

    /** A tiny in-memory dataset of {@code count} images of {@code shape}. */
    public static LoadedDataset dataset(ImageShape shape, int count) {
        float[] px = new float[count * shape.size()];
        for (int i = 0; i < px.length; i++) {
            px[i] = (float) Math.sin(i * 0.37);
        }
        int[] labels = new int[count];
        java.util.Arrays.fill(labels, -1);
        LoadReport report = new LoadReport(java.nio.file.Path.of("fake-data"), org.ganstudio.dataset.SourceKind.IMAGE_FOLDER,
                org.ganstudio.dataset.PrepareOptions.defaults().withImageSize(shape.width()), shape, count, count, 0,
                java.util.List.of(), java.util.List.of(), java.util.Map.of(), 1);
        return new LoadedDataset(shape, count, px, java.util.List.of(), labels, report);
    }
}
