package org.ganstudio.ui.lab;

/** The words of the Help menu. */
final class HelpTexts {

    private HelpTexts() {
    }

    static final String HOW_TO_USE = """
            1. Data — on the Dataset tab pick a shipped dataset (or a folder of images) and press Load.

            2. Settings — the Settings tab starts from the reference DCGAN for the image size. Hover over a \
            label to see what it does. Learning rates, D steps per G step and the sample interval marked \
            "live" apply at once, also while training; other changes ask to start again from step 0.

            3. Train — Start (Ctrl+Enter). Space pauses and resumes. Step D / Step G / Step run single \
            updates so you can watch one network move at a time.

            4. Watch — the losses and the discriminator's outputs D(x) on real and D(G(z)) on generated \
            images; the samples come from the same 64 noise vectors every time, so you see the generator \
            learn. Drag the History slider to go back in time.

            5. Explore — click a sample to enlarge it or make it endpoint A or B of the latent walk, then move \
            the A–B slider or single latent dimensions.

            6. Keep — Ctrl+S saves the experiment (.ganstudio); File → Export writes the grid, the charts, the \
            metrics or a timelapse GIF. Unsaved training is autosaved every 5 minutes and on exit.

            If training diverges (a loss becomes NaN), the lab pauses and says what to try: usually a lower \
            learning rate.""";
}
