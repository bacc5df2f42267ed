package org.ganstudio.model;

import java.util.List;

/**
 * What the health monitor can diagnose. The id is what the CLI prints and the experiment file keeps; it never
 * changes once released. Each kind lists the remedies offered for it, most helpful first.
 */
public enum AlarmKind {
    D_TOO_STRONG("d-too-strong", List.of(Remedy.LOWER_D_LEARNING_RATE, Remedy.D_TO_SGD, Remedy.LABEL_SMOOTHING,
            Remedy.LEAST_SQUARES_LOSS, Remedy.ROLL_BACK)),
    MODE_COLLAPSE("mode-collapse", List.of(Remedy.ROLL_BACK, Remedy.LOWER_G_LEARNING_RATE, Remedy.LEAST_SQUARES_LOSS,
            Remedy.LABEL_SMOOTHING)),
    OSCILLATION("oscillation", List.of(Remedy.LOWER_D_LEARNING_RATE, Remedy.D_TO_SGD, Remedy.LOWER_G_LEARNING_RATE,
            Remedy.ROLL_BACK)),
    D_OVERFITTING("d-overfitting", List.of(Remedy.LABEL_SMOOTHING, Remedy.LOWER_D_LEARNING_RATE, Remedy.ROLL_BACK)),
    EXPLODING_GRADIENTS("exploding-gradients", List.of(Remedy.ROLL_BACK, Remedy.LOWER_D_LEARNING_RATE,
            Remedy.LOWER_G_LEARNING_RATE, Remedy.LEAST_SQUARES_LOSS)),
    DIVERGENCE("divergence", List.of(Remedy.LOWER_D_LEARNING_RATE, Remedy.LOWER_G_LEARNING_RATE,
            Remedy.LEAST_SQUARES_LOSS, Remedy.LABEL_SMOOTHING));

    private final String id;
    private final List<Remedy> remedies;

    AlarmKind(String id, List<Remedy> remedies) {
        this.id = id;
        this.remedies = remedies;
    }

    public String id() {
        return id;
    }

    public List<Remedy> remedies() {
        return remedies;
    }

    /** The kind with this id, or null. */
    public static AlarmKind ofId(String id) {
        for (AlarmKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        return null;
    }
}
