package org.ganstudio.engine.device;

import java.util.Objects;

/**
 * The device chosen for a request, with the sentence that tells the user why when it is not what they
 * asked for ({@code note} is null when there is nothing to say).
 */
public record DeviceSelection(DevicePreference requested, Device device, String note) {

    private static final String ON_CPU = "; training on the CPU";

    public DeviceSelection {
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(device, "device");
    }

    /** The choice for a request on a machine: pure, so it can be tested without a GPU. */
    public static DeviceSelection choose(DevicePreference requested, DeviceAvailability available) {
        return switch (requested) {
            case CPU -> new DeviceSelection(requested, Device.CPU, null);
            case GPU -> {
                if (!available.cudaBackend()) {
                    yield new DeviceSelection(requested, Device.CPU,
                            "GPU requested but no CUDA backend in this build" + ON_CPU);
                }
                if (!available.nvidiaDriver()) {
                    yield new DeviceSelection(requested, Device.CPU,
                            "GPU requested but no NVIDIA driver found" + ON_CPU);
                }
                yield new DeviceSelection(requested, Device.GPU, null);
            }
            case AUTO -> {
                if (!available.cudaBackend()) {
                    // the usual CPU-only build: nothing to explain
                    yield new DeviceSelection(requested, Device.CPU, null);
                }
                if (!available.nvidiaDriver()) {
                    yield new DeviceSelection(requested, Device.CPU, "no NVIDIA driver found" + ON_CPU);
                }
                yield new DeviceSelection(requested, Device.GPU, null);
            }
        };
    }

    /** This selection after the CUDA backend failed to start, for the given reason. */
    public DeviceSelection fallBack(String reason) {
        String why = "the CUDA backend did not start (" + reason + ")" + ON_CPU;
        return new DeviceSelection(requested, Device.CPU,
                requested == DevicePreference.GPU ? "GPU requested but " + why : why);
    }
}
