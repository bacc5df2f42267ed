package org.ganstudio.model;

import java.util.Objects;

/**
 * Images for one round of "Real or fake?": {@code count} training images and {@code count} images the generator
 * drew at {@code step} (inference mode) from the latent vectors {@code latent}. Which is which is in the field
 * names only; the game's round logic mixes them and keeps the answer to itself.
 *
 * @param latent the fakes' latent vectors, {@code count x latentSize}, row-major (so a test can redraw them)
 */
public record RealAndFake(long step, ImageBatch real, ImageBatch fake, float[] latent) {

    public RealAndFake {
        Objects.requireNonNull(real, "real");
        Objects.requireNonNull(fake, "fake");
        if (real.count() != fake.count() || !real.shape().equals(fake.shape())) {
            throw new IllegalArgumentException("real and fake images must match in number and shape");
        }
    }

    /** Images of each kind. */
    public int count() {
        return real.count();
    }
}
