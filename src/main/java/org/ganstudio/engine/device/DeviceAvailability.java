package org.ganstudio.engine.device;

/**
 * What this build and machine offer.
 *
 * @param cudaBackend ND4J's CUDA backend (Java classes and native library) is on the class path
 * @param nvidiaDriver an NVIDIA driver is installed and loaded
 * @param evidence what the driver check found, for diagnostics
 */
public record DeviceAvailability(boolean cudaBackend, boolean nvidiaDriver, String evidence) {
}
