package org.umbra.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Umbra keeps its files, by operating system: Linux {@code $XDG_DATA_HOME/umbra} (else
 * {@code ~/.local/share/umbra}) and {@code $XDG_CONFIG_HOME/umbra}; macOS
 * {@code ~/Library/Application Support/Umbra}; Windows {@code %APPDATA%\Umbra}. The system property
 * {@code umbra.home} or the environment variable {@code UMBRA_HOME} puts both in one folder instead
 * (a portable install, or an isolated test run).
 */
public record DataDirs(Path dataDir, Path configDir) {

    public static DataDirs forCurrentUser() {
        String override = System.getProperty("umbra.home");
        return resolve(System.getProperty("os.name", ""), System.getProperty("user.home", "."), System.getenv(), override);
    }

    static DataDirs resolve(String osName, String home, Map<String, String> env, String umbraHome) {
        String portable = umbraHome != null && !umbraHome.isBlank() ? umbraHome : env.get("UMBRA_HOME");
        if (portable != null && !portable.isBlank()) {
            Path dir = Path.of(portable).toAbsolutePath();
            return new DataDirs(dir, dir);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path homeDir = Path.of(home);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : homeDir.resolve("AppData").resolve("Roaming");
            Path dir = base.resolve("Umbra");
            return new DataDirs(dir, dir);
        }
        if (os.contains("mac") || os.contains("darwin")) {
            Path dir = homeDir.resolve("Library").resolve("Application Support").resolve("Umbra");
            return new DataDirs(dir, dir);
        }
        Path data = xdg(env.get("XDG_DATA_HOME"), homeDir.resolve(".local").resolve("share")).resolve("umbra");
        Path config = xdg(env.get("XDG_CONFIG_HOME"), homeDir.resolve(".config")).resolve("umbra");
        return new DataDirs(data, config);
    }

    private static Path xdg(String value, Path fallback) {
        // The XDG spec says relative paths are invalid and must be ignored.
        return value != null && !value.isBlank() && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
    }

    public Path defaultDatabase() {
        return dataDir.resolve("umbra.db");
    }

    public Path settingsFile() {
        return configDir.resolve("settings.json");
    }

    /** The window's size, position and views ({@link PreferencesStore}). */
    public Path preferencesFile() {
        return configDir.resolve(PreferencesStore.FILE_NAME);
    }

    /** The rotating log of the window and every command ({@link LogConfig#logToFile}). */
    public Path logFile() {
        return LogConfig.logFile(dataDir);
    }
}
