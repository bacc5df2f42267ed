package org.ganstudio.app;

import java.nio.file.Path;

/**
 * A process for {@link AppLogTest}: starts the log in the data folder {@code args[0]} as {@code args[1]}
 * (APP or COMMAND), logs through System.Logger and SLF4J, then dies of an uncaught exception.
 */
public final class AppLogProbe {

    private AppLogProbe() {
    }

    public static void main(String[] args) {
        AppLog.start(new AppDirectories(Path.of(args[0], "config"), Path.of(args[0], "data")),
                AppLog.Writer.valueOf(args[1]));
        System.getLogger("org.ganstudio.probe").log(System.Logger.Level.INFO, "hello from System.Logger");
        org.slf4j.LoggerFactory.getLogger("org.nd4j.probe").warn("hello from SLF4J");
        throw new IllegalStateException("boom");
    }
}
