package org.ganstudio.ui.runs;

import org.ganstudio.model.RunComparison;
import org.ganstudio.ui.common.Texts;

/** Readable names for the fields of a settings difference ({@code runs.setting.<path without block numbers>}). */
final class SettingNames {

    private SettingNames() {
    }

    static String of(RunComparison.Difference d) {
        String key = "runs.setting." + d.genericField();
        if (!Texts.has(key)) {
            return d.field();   // a field added later than its name: the path still says what it is
        }
        return d.blockNumber() > 0 ? Texts.get(key, d.blockNumber()) : Texts.get(key);
    }
}
