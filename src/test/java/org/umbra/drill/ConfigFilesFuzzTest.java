package org.umbra.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.app.Preferences;
import org.umbra.app.PreferencesStore;
import org.umbra.app.Settings;
import org.umbra.app.SettingsStore;

/**
 * The settings and preferences files, damaged every way {@link JsonMutator} knows (a value of the wrong type, a field
 * dropped, renamed or made huge, the text cut or garbled): loading never throws. Either the file is still good and
 * is used, or the defaults are used with a notice naming the file, and the damaged file is kept beside it. Found a
 * crash at start-up: a number given as text ("width": "wide") escaped as a NumberFormatException, which Gson throws
 * as it is, not wrapped in a JsonParseException.
 */
class ConfigFilesFuzzTest {
    private static final int CASES = 1_500;

    @TempDir
    Path dir;

    @Test
    void damagedSettingsNeverStopTheStart() throws IOException {
        Path file = dir.resolve("settings.json");
        new SettingsStore(file).save(Settings.defaults().withEndpoint("bybit", "https://bybit-mirror.example").withTimeZone("Europe/Berlin"));
        String good = Files.readString(file);
        int fellBack = drill(file, good, f -> {
            SettingsStore.Loaded loaded = new SettingsStore(f).load();
            assertTrue(loaded.settings().problems().isEmpty(), "whatever is used is valid");
            return loaded.notice().map(n -> {
                assertEquals(Settings.defaults(), loaded.settings(), "a notice means the defaults");
                return n;
            });
        });
        System.out.println("config fuzz: settings.json, " + CASES + " damaged files, " + fellBack + " fell back to defaults with a notice");
    }

    @Test
    void damagedPreferencesNeverStopTheStart() throws IOException {
        Path file = dir.resolve("preferences.json");
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);
        new PreferencesStore(file, clock).save(Preferences.defaults().withBounds(40, 30, 1400, 900, false).withLastView("risk")
                .withRange("markets", "3M"));
        String good = Files.readString(file);
        int fellBack = drill(file, good, f -> {
            PreferencesStore.Loaded loaded = new PreferencesStore(f, clock).load();
            assertTrue(loaded.preferences().problems().isEmpty(), "whatever is used is valid");
            return loaded.notice().map(n -> {
                assertEquals(Preferences.defaults(), loaded.preferences(), "a notice means the defaults");
                return n;
            });
        });
        System.out.println("config fuzz: preferences.json, " + CASES + " damaged files, " + fellBack + " fell back to defaults with a notice");
    }

    /** Writes each damaged variant, loads it; returns how many fell back. Every notice names the file and where it was kept. */
    private int drill(Path file, String good, Function<Path, java.util.Optional<String>> load) throws IOException {
        JsonMutator mutator = new JsonMutator(new Random(20261122L));
        List<String> crashes = new ArrayList<>();
        int fellBack = 0;
        for (int i = 0; i < CASES; i++) {
            String damaged = mutator.mutate(JsonParser.parseString(good));
            clear(file.getParent());
            Files.writeString(file, damaged);
            try {
                var notice = load.apply(file);
                if (notice.isPresent()) {
                    fellBack++;
                    assertTrue(notice.get().contains(file.toString()) && notice.get().contains("kept as"), notice.get());
                    try (Stream<Path> kept = Files.list(file.getParent())) {
                        assertEquals(List.of(damaged), kept.filter(p -> p.getFileName().toString().contains(".corrupt-"))
                                .map(ConfigFilesFuzzTest::read).toList(), "the damaged file is kept, unchanged");
                    }
                }
            } catch (RuntimeException e) {
                crashes.add(e + " on: " + damaged);
            }
        }
        assertEquals(List.of(), crashes.subList(0, Math.min(5, crashes.size())), crashes.size() + " of " + CASES + " damaged files crashed the load");
        assertTrue(fellBack > CASES / 10, "the drill damages files for real: " + fellBack + " fell back");
        return fellBack;
    }

    private static void clear(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
