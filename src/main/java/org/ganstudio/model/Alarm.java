package org.ganstudio.model;

/**
 * One diagnosis the health monitor raised.
 *
 * @param kind     what it is
 * @param step     the step at which it fired
 * @param since    the step at which its condition first held (what a roll-back goes back before)
 * @param value    the figure that crossed its threshold (see {@link #sentence})
 * @param sentence one plain English sentence with the figure, for the CLI and the log
 */
public record Alarm(AlarmKind kind, long step, long since, double value, String sentence) {

    /** The CLI's line: {@code alarm: step N <id>: <sentence>}. */
    public String cliLine() {
        return "alarm: step " + step + " " + kind.id() + ": " + sentence;
    }
}
