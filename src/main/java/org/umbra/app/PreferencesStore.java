package org.umbra.app;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        if (!Files.exists(file)) {
            return new Loaded(Preferences.defaults(), Optional.empty());
        }
        String problem;
        try {
            Preferences p = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), Preferences.class);
            if (p == null) {
                problem = "it is empty";
            } else if (!p.problems().isEmpty()) {
                problem = String.join("; ", p.problems());
            } else {
                return new Loaded(p, Optional.empty());
            }
        } catch (IOException | RuntimeException e) {
            // The file is the user's (or a crash's, or another program's): whatever Gson or the record makes of a damaged
            // one (a NumberFormatException for "width": "wide", a NullPointerException for a null in a list) means the same.
            problem = CorruptFiles.reason(e);
        }
        Path aside = CorruptFiles.moveAside(file, clock.instant());
        return new Loaded(Preferences.defaults(), Optional.of("Preferences in " + file + " could not be used (" + problem
                + "); window size, position and views start from defaults. The old file was kept as " + aside + "."));
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
