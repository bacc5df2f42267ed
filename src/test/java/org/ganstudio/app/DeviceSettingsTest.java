package org.ganstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.BackingStoreException;

import org.ganstudio.engine.device.DevicePreference;
import org.junit.jupiter.api.Test;

class DeviceSettingsTest {

    /** Preferences kept in memory, so the test leaves nothing in the user's store. */
    static final class MemoryPreferences extends AbstractPreferences {
        final Map<String, String> values = new HashMap<>();
        int flushes;

        MemoryPreferences() {
            super(null, "");
        }

        @Override protected void putSpi(String key, String value) {
            values.put(key, value);
        }

        @Override protected String getSpi(String key) {
            return values.get(key);
        }

        @Override protected void removeSpi(String key) {
            values.remove(key);
        }

        @Override protected void removeNodeSpi() {
        }

        @Override protected String[] keysSpi() {
            return values.keySet().toArray(new String[0]);
        }

        @Override protected String[] childrenNamesSpi() {
            return new String[0];
        }

        @Override protected AbstractPreferences childSpi(String name) {
            throw new UnsupportedOperationException();
        }

        @Override protected void syncSpi() {
        }

        @Override protected void flushSpi() {
            flushes++;
        }
    }

    @Test
    void autoUntilSomethingIsSaved() {
        assertEquals(DevicePreference.AUTO, new DeviceSettings(new MemoryPreferences()).load());
    }

    @Test
    void aSavedChoiceIsWrittenOutAndReadBack() throws BackingStoreException {
        MemoryPreferences node = new MemoryPreferences();
        new DeviceSettings(node).save(DevicePreference.GPU);
        assertEquals(Map.of("device", "gpu"), node.values);
        assertEquals(1, node.flushes, "flushed, so a restart right after sees it");
        assertEquals(DevicePreference.GPU, new DeviceSettings(node).load());
    }

    @Test
    void anUnknownStoredValueCountsAsAuto() {
        MemoryPreferences node = new MemoryPreferences();
        node.put("device", "tpu");
        assertEquals(DevicePreference.AUTO, new DeviceSettings(node).load());
    }
}
