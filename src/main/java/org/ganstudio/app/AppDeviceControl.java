package org.ganstudio.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.prefs.BackingStoreException;

import org.ganstudio.engine.device.ActiveDevice;
import org.ganstudio.engine.device.DevicePreference;
import org.ganstudio.engine.device.DeviceSelection;
import org.ganstudio.ui.device.DeviceControl;
import org.ganstudio.ui.common.Texts;

/** The lab's device setting over the launcher's pieces: the saved preference, the active selection, the relauncher. */
final class AppDeviceControl implements DeviceControl {

    private final DeviceSettings settings = new DeviceSettings();

    @Override
    public String current() {
        return ActiveDevice.launched().map(AppDeviceControl::describe)
                .orElse(Texts.get("device.noLauncher"));
    }

    private static String describe(DeviceSelection s) {
        return s.note() == null ? Texts.get("device.current", String.valueOf(s.device()))
                : Texts.get("device.currentWithNote", String.valueOf(s.device()), s.note());
    }

    @Override
    public DevicePreference saved() {
        return settings.load();
    }

    @Override
    public void save(DevicePreference choice) throws IOException {
        try {
            settings.save(choice);
        } catch (BackingStoreException e) {
            throw new IOException("the user preferences cannot be written", e);
        }
    }

    @Override
    public void restart(DevicePreference choice, Path experiment) throws IOException {
        Relauncher.forThisProcess().restart(choice, experiment);
    }
}
