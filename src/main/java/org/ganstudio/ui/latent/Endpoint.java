package org.ganstudio.ui.latent;

/** The two ends of the latent walk. */
public enum Endpoint {
    A, B
}
