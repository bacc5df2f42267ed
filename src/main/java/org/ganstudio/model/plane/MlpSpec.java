package org.ganstudio.model.plane;

import org.ganstudio.model.Activation;

/** A plain multilayer perceptron: {@code hiddenLayers} layers of {@code units} with one activation, then a linear output. */
public record MlpSpec(int hiddenLayers, int units, Activation activation) {

    public MlpSpec withHiddenLayers(int n) {
        return new MlpSpec(n, units, activation);
    }

    public MlpSpec withUnits(int n) {
        return new MlpSpec(hiddenLayers, n, activation);
    }

    public MlpSpec withActivation(Activation a) {
        return new MlpSpec(hiddenLayers, units, a);
    }
}
