package org.ganstudio.ui.lab;

import java.util.List;

/**
 * The sections of the Help window, one per area of the lab window, in the order they appear on screen. Each section
 * has a title {@code lab.help.<id>.title} and a body {@code lab.help.<id>.body} in the lab bundle.
 */
final class HelpTexts {

    private HelpTexts() {
    }

    /** The first section is the six-step overview; then dataset, settings, training, charts ... as on screen. */
    static final List<String> SECTIONS = List.of("overview", "dataset", "settings", "presets", "training", "charts",
            "quality", "samples", "latent", "files", "plane", "lessons", "classroom", "language");

    static String titleKey(String section) {
        return "lab.help." + section + ".title";
    }

    static String bodyKey(String section) {
        return "lab.help." + section + ".body";
    }
}
