package org.ganstudio.engine.device;

/** What the engine actually computes on. */
public enum Device {
    CPU, GPU
}
