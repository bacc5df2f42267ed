package org.ganstudio.model;

public enum OptimizerKind {
    ADAM, SGD_MOMENTUM, RMSPROP
}
