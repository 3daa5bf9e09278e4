package org.umbra.app;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        if (!Files.exists(file)) {
            return new Loaded(Settings.defaults(), Optional.empty());
        }
        String problem;
        try {
            Settings s = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), Settings.class);
            if (s == null) {
                problem = "it is empty";
            } else if (!s.problems().isEmpty()) {
                problem = String.join("; ", s.problems());
            } else {
                return new Loaded(s, Optional.empty());
            }
        } catch (IOException | RuntimeException e) {
            // The file is the user's (or a crash's, or another program's): whatever Gson or the record makes of a damaged
            // one (a NumberFormatException for "width": "wide", a NullPointerException for a null in a list) means the same.
            problem = CorruptFiles.reason(e);
        }
        Path aside = CorruptFiles.moveAside(file, java.time.Instant.now());
        return new Loaded(Settings.defaults(), Optional.of("Settings in " + file + " could not be used (" + problem
                + "); defaults are in effect. The old file was kept as " + aside + "."));
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
