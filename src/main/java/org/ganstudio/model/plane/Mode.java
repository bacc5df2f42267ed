package org.ganstudio.model.plane;

/** One component of a Gaussian mixture: its centre and (isotropic) standard deviation. */
public record Mode(double x, double y, double sigma) {
}
