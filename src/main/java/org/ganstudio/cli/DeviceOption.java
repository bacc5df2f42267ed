package org.ganstudio.cli;

import java.util.Map;
import java.util.Optional;

import org.ganstudio.engine.device.DevicePreference;

import picocli.CommandLine.Option;

/**
 * {@code --device auto|cpu|gpu}: one definition, mixed into the app's command line and into every command
 * that computes ({@code train}, {@code sample}, {@code bench}).
 */
public final class DeviceOption {

    @Option(names = "--device", paramLabel = "auto|cpu|gpu",
            description = "where to compute (default auto: the GPU when usable; GANSTUDIO_DEVICE sets it too)")
    private DevicePreference device;

    /** The device named on the command line (the last one, when given twice). */
    public Optional<DevicePreference> given() {
        return Optional.ofNullable(device);
    }

    /**
     * The CLI's rule: {@code --device}, else {@code GANSTUDIO_DEVICE}, else auto; a bad value in the
     * environment is bad input too.
     */
    public DevicePreference resolve(Map<String, String> env) throws CliException {
        if (device != null) {
            return device;
        }
        String v = env.get(DevicePreference.ENVIRONMENT_VARIABLE);
        if (v == null || v.isBlank()) {
            return DevicePreference.AUTO;
        }
        return DevicePreference.parse(v).orElseThrow(() -> new CliException(DevicePreference.ENVIRONMENT_VARIABLE
                + " must be one of " + OptionValues.words(DevicePreference.class) + ", got '" + v + "'"));
    }
}
