package org.ganstudio.cli;

import org.ganstudio.engine.DeviceInfo;
import org.ganstudio.engine.device.ActiveDevice;
import org.ganstudio.engine.device.DevicePreference;
import org.ganstudio.engine.device.DeviceSelection;

import java.io.PrintStream;
import java.util.Map;

/** {@code --device auto|cpu|gpu} of the commands that compute: the same choice and messages as the app. */
final class CliDevice {

    static final String OPTION = "device";
    static final String HELP_LINE = "  --device auto|cpu|gpu   where to compute (default auto: the GPU when usable)\n";

    private CliDevice() {
    }

    /** The selection for this process; its note, if any, goes to stderr at once. */
    static DeviceSelection select(CliArgs args, PrintStream err) throws CliException {
        DevicePreference requested = requested(args, System.getenv());
        DeviceSelection selection = ActiveDevice.selectionFor(requested);
        if (selection.note() != null) {
            err.println("gan-studio: " + selection.note());
        }
        return selection;
    }

    /** {@code --device}, else {@code GANSTUDIO_DEVICE}, else auto; a bad value is bad input either way. */
    static DevicePreference requested(CliArgs args, Map<String, String> env) throws CliException {
        if (args.has(OPTION)) {
            return args.choice(OPTION, DevicePreference.class, DevicePreference.AUTO);
        }
        String v = env.get(DevicePreference.ENVIRONMENT_VARIABLE);
        if (v == null || v.isBlank()) {
            return DevicePreference.AUTO;
        }
        return DevicePreference.parse(v).orElseThrow(() -> new CliException(DevicePreference.ENVIRONMENT_VARIABLE
                + " must be one of auto, cpu, gpu, got '" + v + "'"));
    }

    /** The device ND4J actually came up on (loading it if need be), on stderr. */
    static void report(PrintStream err) {
        err.println("device: " + DeviceInfo.describe());
    }
}
