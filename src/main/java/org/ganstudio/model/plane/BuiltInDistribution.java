package org.ganstudio.model.plane;


import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/** The shipped 2-D distributions, all within [-1.5, 1.5]. */
public enum BuiltInDistribution implements PlaneDistribution {
    /** Eight Gaussians on a circle of radius 1: the classic picture of mode collapse. */
    RING8("ring8", ring(8, 1.0, 0.05)),
    /** A 5 x 5 grid of Gaussians 0.5 apart. */
    GRID25("grid25", grid(5, 0.5, 0.04)),
    TWO_MOONS("moons", List.of()),
    SPIRAL("spiral", List.of()),
    /** A thin line segment from (-1, -0.5) to (1, 0.5). */
    LINE("line", List.of()),
    /** One Gaussian off the origin, so G has to move there. */
    GAUSSIAN("gaussian", List.of(new Mode(0.4, -0.3, 0.3)));

    private final String id;
    private final List<Mode> modes;

    BuiltInDistribution(String id, List<Mode> modes) {
        this.id = id;
        this.modes = Collections.unmodifiableList(modes);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<Mode> modes() {
        return modes;
    }

    public static Optional<BuiltInDistribution> byId(String id) {
        for (BuiltInDistribution d : values()) {
            if (d.id.equals(id.toLowerCase(Locale.ROOT))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The ids, for help texts and error messages. */
    public static String ids() {
        StringBuilder b = new StringBuilder();
        for (BuiltInDistribution d : values()) {
            b.append(b.isEmpty() ? "" : ", ").append(d.id);
        }
        return b.toString();
    }

    @Override
    public void sample(Random rng, double[] out, int n) {
        for (int i = 0; i < n; i++) {
            double x;
            double y;
            switch (this) {
                case TWO_MOONS -> {
                    // two interleaved half circles of radius 0.8, jittered
                    double t = Math.PI * rng.nextDouble();
                    if (rng.nextBoolean()) {
                        x = 0.8 * Math.cos(t) - 0.4;
                        y = 0.8 * Math.sin(t) - 0.2;
                    } else {
                        x = 0.8 * (1 - Math.cos(t)) - 0.4;
                        y = 0.8 * (0.5 - Math.sin(t)) - 0.2;
                    }
                    x += 0.05 * rng.nextGaussian();
                    y += 0.05 * rng.nextGaussian();
                }
                case SPIRAL -> {
                    // one arm, two turns; radius grows linearly with the angle
                    double t = 0.5 + (4 * Math.PI - 0.5) * Math.sqrt(rng.nextDouble());
                    double r = 1.4 * t / (4 * Math.PI);
                    x = r * Math.cos(t) + 0.03 * rng.nextGaussian();
                    y = r * Math.sin(t) + 0.03 * rng.nextGaussian();
                }
                case LINE -> {
                    double t = 2 * rng.nextDouble() - 1;
                    x = t + 0.02 * rng.nextGaussian();
                    y = 0.5 * t + 0.02 * rng.nextGaussian();
                }
                default -> {
                    Mode m = modes.get(modes.size() == 1 ? 0 : rng.nextInt(modes.size()));
                    x = m.x() + m.sigma() * rng.nextGaussian();
                    y = m.y() + m.sigma() * rng.nextGaussian();
                }
            }
            out[2 * i] = x;
            out[2 * i + 1] = y;
        }
    }

    private static List<Mode> ring(int k, double radius, double sigma) {
        List<Mode> m = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double a = 2 * Math.PI * i / k;
            m.add(new Mode(radius * Math.cos(a), radius * Math.sin(a), sigma));
        }
        return m;
    }

    private static List<Mode> grid(int side, double spacing, double sigma) {
        List<Mode> m = new ArrayList<>();
        double start = -spacing * (side - 1) / 2;
        for (int i = 0; i < side; i++) {
            for (int j = 0; j < side; j++) {
                m.add(new Mode(start + i * spacing, start + j * spacing, sigma));
            }
        }
        return m;
    }
}
