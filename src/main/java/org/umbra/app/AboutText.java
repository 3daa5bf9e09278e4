package org.umbra.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The About text: what is running (Umbra, Java and JavaFX versions), where its files are (data and config folders,
 * database and its size, log file), and the licences: Umbra's own, each bundled library's, and the bundled history's
 * copyright notices, read from the NOTICE inside the jar (packaging/NOTICE) so the two cannot disagree.
 */
public final class AboutText {
    static final String NOTICE_RESOURCE = "META-INF/NOTICE";

    private AboutText() {
    }

    public static String of(DataDirs dirs, Path databaseFile) {
        StringBuilder b = new StringBuilder();
        b.append("Umbra ").append(AppContext.VERSION).append('\n');
        b.append("Java ").append(System.getProperty("java.runtime.version", System.getProperty("java.version"))).append(" (")
                .append(System.getProperty("java.vendor")).append("), JavaFX ").append(System.getProperty("javafx.runtime.version", "not loaded"))
                .append('\n');
        b.append('\n');
        b.append("Data folder:    ").append(dirs.dataDir().toAbsolutePath()).append('\n');
        b.append("Database:       ").append(databaseFile.toAbsolutePath()).append(" (").append(size(databaseFile)).append(")\n");
        b.append("Config folder:  ").append(dirs.configDir().toAbsolutePath()).append(" (").append(dirs.settingsFile().getFileName()).append(", ")
                .append(PreferencesStore.FILE_NAME).append(")\n");
        b.append("Log file:       ").append(LogConfig.activeLogFile().orElse(dirs.logFile()).toAbsolutePath()).append('\n');
        b.append('\n');
        b.append(notice());
        return b.toString();
    }

    /**
     * Umbra's NOTICE bundled in the jar, or a line saying where to find it when it is missing (a build without resources).
     * Other jars on a class path carry a META-INF/NOTICE too: Umbra's is the one that starts with its name.
     */
    static String notice() {
        try {
            for (java.net.URL url : java.util.Collections.list(AboutText.class.getClassLoader().getResources(NOTICE_RESOURCE))) {
                try (InputStream in = url.openStream()) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    if (text.startsWith("Umbra\n")) {
                        return text.strip() + "\n";
                    }
                }
            }
        } catch (IOException e) {
            return "The licence notices could not be read (" + e.getMessage() + "); see packaging/NOTICE in the source.\n";
        }
        return "The licence notices are missing from this build; see packaging/NOTICE in the source.\n";
    }

    private static String size(Path file) {
        try {
            return String.format(Locale.ROOT, "%.1f MB", Files.size(file) / 1e6);
        } catch (IOException e) {
            return "size unknown: " + e.getMessage();
        }
    }
}
