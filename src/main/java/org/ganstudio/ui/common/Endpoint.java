package org.ganstudio.ui.common;

/** The two ends of the latent walk. */
public enum Endpoint {
    A, B
}
