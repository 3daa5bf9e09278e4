package org.umbra.app;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.umbra.store.AtomicFiles;

/**
 * Loads and saves {@link Preferences} as {@code preferences.json} in the config folder, as {@link SettingsStore} does
 * settings: a missing file gives defaults; an unreadable, corrupt or invalid one gives defaults and a notice naming it,
 * and is moved aside as {@code preferences.json.corrupt-<UTC time>} (never deleted); a folder in the way gives defaults
 * and a notice, and is left alone. Saving writes whole or not at all ({@link AtomicFiles}).
 */
public final class PreferencesStore {
    /** Preferences as loaded, with the notice to show when they had to fall back to defaults. */
    public record Loaded(Preferences preferences, Optional<String> notice) {
    }

    public static final String FILE_NAME = "preferences.json";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();
    private final Path file;
    private final Clock clock;

    public PreferencesStore(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    public Loaded load() {
        Optional<String> unusable = unusablePath();
        if (unusable.isPresent()) {
            return new Loaded(Preferences.defaults(), Optional.of(unusable.get() + " Window size, position and views start from defaults."));
        }
        JsonRecordFile.Read<Preferences> read = JsonRecordFile.read(file, GSON, Preferences.class, Preferences::problems, clock.instant());
        if (read.value() != null) {
            return new Loaded(read.value(), Optional.empty());
        }
        if (read.problem() == null) {
            return new Loaded(Preferences.defaults(), Optional.empty());
        }
        return new Loaded(Preferences.defaults(), Optional.of("Preferences in " + file + " could not be used (" + read.problem()
                + "); window size, position and views start from defaults. The old file was kept as " + read.keptAs() + "."));
    }

    /** Writes whole or not at all: a crash mid-write leaves the previous preferences as they were. */
    public void save(Preferences preferences) throws IOException {
        if (!preferences.problems().isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", preferences.problems()));
        }
        Optional<String> unusable = unusablePath();
        if (unusable.isPresent()) {
            throw new IOException(unusable.get());
        }
        AtomicFiles.writeText(file, w -> w.write(GSON.toJson(preferences)));
    }

    private Optional<String> unusablePath() {
        return CorruptFiles.inTheWay(file, "preferences");
    }
}
