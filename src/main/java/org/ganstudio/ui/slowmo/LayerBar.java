package org.ganstudio.ui.slowmo;

/**
 * One bar of the gradient or update chart: a layer of D or G and a size (an L2 norm, finite and not negative).
 *
 * @param ofGenerator whether the layer belongs to G (else to D)
 */
public record LayerBar(String label, double value, boolean ofGenerator) {
}
