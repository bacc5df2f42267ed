package org.ganstudio.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** This process's resident memory, from /proc on Linux (-1 elsewhere). */
public final class ResourceUsage {

    private ResourceUsage() {
    }

    public static long rssMb() {
        return statusKb("VmRSS:") / 1024;
    }

    public static long peakRssMb() {
        return statusKb("VmHWM:") / 1024;
    }

    private static long statusKb(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.substring(key.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
