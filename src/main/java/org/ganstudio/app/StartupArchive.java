package org.ganstudio.app;

import java.io.File;
import java.io.IOException;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Loads, without initialising, every class of the jars the window needs before it shows (the app,
 * JavaFX, ControlsFX, picocli, logging), so that a JVM started with
 * {@code -XX:ArchiveClassesAtExit=FILE} writes them all into a class-data-sharing archive. The
 * launcher's {@code -XX:SharedArchiveFile=FILE} then maps them instead of reading, parsing and verifying
 * some 6,000 classes at every start. ND4J, JavaCPP and DL4J are left out: they load after the window.
 *
 * <p>JDK 17 accepts such an archive only with the very class path it was written with, so it is written
 * where the app is installed: by the .deb's postinst (jpackage/linux/resources/postinst), and for the app
 * image at build time. Elsewhere the JVM ignores it and still shares the runtime's own classes.
 */
public final class StartupArchive {

    /** File-name starts of the class path entries whose classes go into the archive. */
    static final List<String> ARCHIVED_JARS = List.of("gan-studio", "javafx-base", "javafx-graphics",
            "javafx-controls", "controlsfx", "picocli", "slf4j");

    private StartupArchive() {
    }

    public static void main(String[] args) throws IOException {
        ClassLoader loader = StartupArchive.class.getClassLoader();
        int loaded = 0;
        int skipped = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            File jar = new File(entry);
            if (!jar.isFile() || !archived(jar.getName())) {
                continue;
            }
            try (JarFile file = new JarFile(jar)) {
                Enumeration<JarEntry> entries = file.entries();
                while (entries.hasMoreElements()) {
                    String name = className(entries.nextElement().getName());
                    if (name == null) {
                        continue;
                    }
                    try {
                        Class.forName(name, false, loader);
                        loaded++;
                    } catch (Throwable e) { // a class needing an absent optional library: leave it out
                        skipped++;
                    }
                }
            }
        }
        System.out.println("startup archive: " + loaded + " classes loaded, " + skipped + " left out");
    }

    static boolean archived(String jarName) {
        return ARCHIVED_JARS.stream().anyMatch(jarName::startsWith) && jarName.endsWith(".jar");
    }

    /** The binary class name of a jar entry, or null for resources, module and versioned entries. */
    static String className(String entry) {
        if (!entry.endsWith(".class") || entry.startsWith("META-INF/") || entry.endsWith("module-info.class")
                || entry.endsWith("package-info.class")) {
            return null;
        }
        return entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
    }
}
