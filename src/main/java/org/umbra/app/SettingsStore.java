package org.umbra.app;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.umbra.store.AtomicFiles;

/**
 * Loads and saves {@link Settings} as JSON in the config folder. A missing file gives defaults; a
 * corrupt or invalid one gives defaults plus a notice naming the file (it is kept as
 * {@code settings.json.corrupt-<UTC time>}, never overwritten); a folder where the file should be (or a file where its folder should be) gives
 * defaults plus a notice naming it, and is left alone. Saving writes a temporary file and moves it into place.
 */
public final class SettingsStore {
    /** Settings as loaded, with the notice to show when they had to fall back to defaults. */
    public record Loaded(Settings settings, Optional<String> notice) {
    }

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public Loaded load() {
        Optional<String> unusable = unusablePath();
        if (unusable.isPresent()) {
            return new Loaded(Settings.defaults(), Optional.of(unusable.get() + " Defaults are in effect, and changes cannot be saved until"
                    + " it is moved aside."));
        }
        JsonRecordFile.Read<Settings> read = JsonRecordFile.read(file, GSON, Settings.class, Settings::problems, java.time.Instant.now());
        if (read.value() != null) {
            return new Loaded(read.value(), Optional.empty());
        }
        if (read.problem() == null) {
            return new Loaded(Settings.defaults(), Optional.empty());
        }
        return new Loaded(Settings.defaults(), Optional.of("Settings in " + file + " could not be used (" + read.problem()
                + "); defaults are in effect. The old file was kept as " + read.keptAs() + "."));
    }

    /** Writes whole or not at all: a full disk leaves the previous settings as they were. */
    public void save(Settings settings) throws IOException {
        if (!settings.problems().isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", settings.problems()));
        }
        Optional<String> unusable = unusablePath();
        if (unusable.isPresent()) {
            throw new IOException(unusable.get());
        }
        AtomicFiles.writeText(file, w -> w.write(GSON.toJson(settings)));
    }

    private Optional<String> unusablePath() {
        return CorruptFiles.inTheWay(file, "settings");
    }
}
