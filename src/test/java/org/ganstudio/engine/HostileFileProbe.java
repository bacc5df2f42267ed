package org.ganstudio.engine;

import org.ganstudio.model.ConfigJson;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a child JVM with a small heap by {@link HostileExperimentFileForkedTest}: opens one file the
 * way {@code sample}/{@code train --resume} ({@code read}) or {@code train --config} ({@code config})
 * do, prints one outcome line and the peak resident memory.
 */
public final class HostileFileProbe {

    private HostileFileProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path f = Path.of(args[1]);
        String outcome;
        try {
            if (args[0].equals("config")) {
                ConfigJson.read(f);
            } else {
                ExperimentFile.read(f);
            }
            outcome = "ACCEPTED";
        } catch (ExperimentFileException e) {
            outcome = "REFUSED " + e.problem() + " " + e.getMessage();
        } catch (IllegalArgumentException e) {
            outcome = "REFUSED CONFIG " + e.getMessage();
        } catch (Throwable e) {
            outcome = "FAILED " + e;
        }
        System.out.println(outcome);
        System.out.println("PEAK_RSS_KB " + peakResidentKb());
    }

    private static long peakResidentKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        return -1;
    }
}
