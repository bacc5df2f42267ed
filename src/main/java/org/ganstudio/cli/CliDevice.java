package org.ganstudio.cli;

import org.ganstudio.engine.DeviceInfo;
import org.ganstudio.engine.device.ActiveDevice;
import org.ganstudio.engine.device.DevicePreference;
import org.ganstudio.engine.device.DeviceSelection;

import java.io.PrintStream;

/** The device of the commands that compute: the same choice and messages as the app. */
final class CliDevice {

    private CliDevice() {
    }

    /** The selection for this process; its note, if any, goes to stderr at once. */
    static DeviceSelection select(DeviceOption option, PrintStream err) throws CliException {
        DevicePreference requested = option.resolve(System.getenv());
        DeviceSelection selection = ActiveDevice.selectionFor(requested);
        if (selection.note() != null) {
            err.println("gan-studio: " + selection.note());
        }
        return selection;
    }

    /** The device ND4J actually came up on (loading it if need be), on stderr. */
    static void report(PrintStream err) {
        err.println("device: " + DeviceInfo.describe());
    }
}
