package org.umbra.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesStoreTest {
    /** 1 March 2026 12:00:00 UTC: a file found corrupt then is kept as {@code <name>.corrupt-20260301T120000Z}. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dir;

    private PreferencesStore store() {
        return new PreferencesStore(dir.resolve("cfg").resolve(PreferencesStore.FILE_NAME), CLOCK);
    }

    private List<String> names() throws IOException {
        try (var files = Files.list(dir.resolve("cfg"))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void savedPreferencesLoadBackAndNoTemporaryFileIsLeft() throws Exception {
        Preferences p = Preferences.defaults().withBounds(100, 50, 1400, 900, true).withLastView("risk").withRange("markets", "1W")
                .withRange("compare", "All");
        store().save(p);
        PreferencesStore.Loaded loaded = store().load();
        assertEquals(p, loaded.preferences());
        assertTrue(loaded.notice().isEmpty());
        assertEquals(List.of("preferences.json"), names());
    }

    @Test
    void aFirstStartHasNoBoundsShowsMarketsOrderAndNoNotice() {
        PreferencesStore.Loaded loaded = store().load();
        assertEquals(Preferences.defaults(), loaded.preferences());
        assertFalse(loaded.preferences().hasBounds());
        assertTrue(loaded.notice().isEmpty());
    }

    @Test
    void corruptPreferencesFallBackToDefaultsNamingTheFileWhichIsKeptAside() throws Exception {
        Path file = dir.resolve("cfg/preferences.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{ \"x\": 12, \"lastView\": ");
        PreferencesStore.Loaded loaded = store().load();
        assertEquals(Preferences.defaults(), loaded.preferences());
        String notice = loaded.notice().orElseThrow();
        assertTrue(notice.startsWith("Preferences in " + file + " could not be used ("), notice);
        Path aside = dir.resolve("cfg/preferences.json.corrupt-20260301T120000Z");
        assertTrue(notice.endsWith("The old file was kept as " + aside + "."), notice);
        assertEquals("{ \"x\": 12, \"lastView\": ", Files.readString(aside), "kept as it was");
        assertEquals(List.of("preferences.json.corrupt-20260301T120000Z"), names());
    }

    @Test
    void aSecondCorruptFileInTheSameSecondNeverOverwritesTheFirst() throws Exception {
        Path file = dir.resolve("cfg/preferences.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "first");
        store().load();
        Files.writeString(file, "second");
        store().load();
        assertEquals(List.of("preferences.json.corrupt-20260301T120000Z", "preferences.json.corrupt-20260301T120000Z-2"), names());
        assertEquals("first", Files.readString(dir.resolve("cfg/preferences.json.corrupt-20260301T120000Z")));
    }

    @Test
    void valuesThatCannotBeUsedAreRefusedNamingWhatIsWrong() throws Exception {
        Path file = dir.resolve("cfg/preferences.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"x\": 0, \"y\": 0, \"width\": 20, \"height\": 900, \"ranges\": {\"markets\": \"fortnight\"}}");
        String notice = store().load().notice().orElseThrow();
        assertTrue(notice.contains("Window size: 20.0 × 900.0 is outside 640 × 400 to 100000 × 100000"), notice);
        assertTrue(notice.contains("Range of the markets view: range 'fortnight' is not like 12h, 30d, 1w, 3m, 1y or all"), notice);
        assertEquals(List.of("preferences.json.corrupt-20260301T120000Z"), names());
    }

    @Test
    void halfSavedBoundsAreRefused() {
        Preferences p = new Preferences(10.0, null, 800.0, 600.0, false, "", Map.of());
        assertEquals(List.of("Window bounds: x, y, width and height are saved together, but only 3 of them are here"), p.problems());
        assertThrows(IllegalArgumentException.class, () -> store().save(p));
    }

    @Test
    void aFolderWhereTheFileShouldBeIsLeftAloneWithANotice() throws Exception {
        Path file = dir.resolve("cfg/preferences.json");
        Files.createDirectories(file);
        PreferencesStore.Loaded loaded = store().load();
        assertEquals(Preferences.defaults(), loaded.preferences());
        assertEquals("The preferences file " + file + " is a folder, not a file. Window size, position and views start from defaults.",
                loaded.notice().orElseThrow());
        assertTrue(Files.isDirectory(file));
        assertThrows(IOException.class, () -> store().save(Preferences.defaults()));
    }

    @Test
    void preferencesLiveInTheConfigFolderAndTheLogInTheDataFolder() {
        DataDirs dirs = DataDirs.resolve("Linux", "/home/u", Map.of(), null);
        assertEquals(Path.of("/home/u/.config/umbra/preferences.json"), dirs.preferencesFile());
        assertEquals(Path.of("/home/u/.local/share/umbra/logs/umbra.log"), dirs.logFile());
    }
}
