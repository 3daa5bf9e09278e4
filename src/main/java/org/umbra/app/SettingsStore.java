package org.umbra.app;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Loads and saves {@link Settings} as JSON in the config folder. A missing file gives defaults; a
 * corrupt or invalid one gives defaults plus a notice naming the file (it is kept as
 * {@code settings.json.bad}); saving writes a temporary file and moves it into place.
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
        } catch (IOException | JsonParseException e) {
            problem = e.getMessage();
        }
        Path aside = file.resolveSibling(file.getFileName() + ".bad");
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException ignored) {
            aside = file;
        }
        return new Loaded(Settings.defaults(), Optional.of("Settings in " + file + " could not be used (" + problem
                + "); defaults are in effect. The old file was kept as " + aside + "."));
    }

    public void save(Settings settings) throws IOException {
        if (!settings.problems().isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", settings.problems()));
        }
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, GSON.toJson(settings), StandardCharsets.UTF_8);
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
