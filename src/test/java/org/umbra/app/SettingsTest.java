package org.umbra.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void perOsFolders() {
        assertEquals(Path.of("/home/ana/.local/share/umbra"), DataDirs.resolve("Linux", "/home/ana", Map.of(), null).dataDir());
        assertEquals(Path.of("/xdg/data/umbra"), DataDirs.resolve("Linux", "/home/ana", Map.of("XDG_DATA_HOME", "/xdg/data"), null).dataDir());
        assertEquals(Path.of("/home/ana/.config/umbra"), DataDirs.resolve("Linux", "/home/ana", Map.of("XDG_CONFIG_HOME", "relative"), null).configDir(),
                "a relative XDG path is ignored, as the spec says");
        assertEquals(Path.of("/Users/ana/Library/Application Support/Umbra"), DataDirs.resolve("Mac OS X", "/Users/ana", Map.of(), null).dataDir());
        assertEquals(Path.of("C:\\Users\\ana\\AppData\\Roaming").resolve("Umbra"),
                DataDirs.resolve("Windows 11", "C:\\Users\\ana", Map.of("APPDATA", "C:\\Users\\ana\\AppData\\Roaming"), null).dataDir());
        assertEquals(Path.of("/portable"), DataDirs.resolve("Linux", "/home/ana", Map.of("UMBRA_HOME", "/portable"), null).configDir());
    }

    @Test
    void savedSettingsLoadBack() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("cfg/settings.json"));
        Settings s = Settings.defaults().withEndpoint("binance-futures", "http://127.0.0.1:9000").withTheme("light")
                .withTimeZone("Europe/Berlin").withSnapshotCadenceSeconds(30);
        store.save(s);
        SettingsStore.Loaded loaded = store.load();
        assertTrue(loaded.notice().isEmpty());
        assertEquals(s, loaded.settings());
        assertEquals("http://127.0.0.1:9000", loaded.settings().endpoint("binance-futures"));
    }

    @Test
    void corruptSettingsFallBackToDefaultsWithANoticeAndAreKeptAside() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{ this is not json");
        SettingsStore.Loaded loaded = new SettingsStore(file).load();
        assertEquals(Settings.defaults(), loaded.settings());
        assertTrue(loaded.notice().orElseThrow().contains(file.toString()), loaded.notice().get());
        try (var kept = Files.list(dir)) {
            assertEquals(1, kept.filter(f -> f.getFileName().toString().matches("settings\\.json\\.corrupt-\\d{8}T\\d{6}Z")).count(),
                    "the user's file is kept, not deleted");
        }
    }

    @Test
    void aFileFromBeforeTheAnalysisSettingsLoadsTheirDefaults() throws Exception {
        Path file = dir.resolve("old.json");
        Files.writeString(file, "{\"database\": \"\", \"endpoints\": {}, \"snapshotCadenceSeconds\": 60, \"theme\": \"light\","
                + " \"timeZone\": \"UTC\", \"enabledSources\": [\"binance-futures\"]}");
        Settings s = new SettingsStore(file).load().settings();
        assertEquals(4.5, s.benchmarkRatePercent());
        assertEquals(2.0, s.discountHours());
        assertEquals("light", s.theme());
        Settings zero = s.withBenchmarkRatePercent(0);
        assertEquals(0.0, zero.benchmarkRatePercent(), "zero is a rate a user may set, not 'absent'");
        assertTrue(zero.problems().isEmpty(), zero.problems().toString());
        assertEquals(java.util.List.of("Benchmark rate: 60.0 %/yr is outside 0–50 %/yr", "Discount threshold: 0.1 h is outside 0.25–72 h"),
                s.withBenchmarkRatePercent(60).withDiscountHours(0.1).problems());
    }

    @Test
    void invalidValuesAreNamed() {
        Settings bad = Settings.defaults().withEndpoint("binance-futures", "ftp://example.org").withSnapshotCadenceSeconds(2)
                .withTimeZone("Mars/Olympus").withTheme("neon");
        String problems = String.join("\n", bad.problems());
        assertTrue(problems.contains("Endpoint binance-futures"), problems);
        assertTrue(problems.contains("Poll cadence"), problems);
        assertTrue(problems.contains("Time zone: 'Mars/Olympus'"), problems);
        assertTrue(problems.contains("Theme"), problems);
        assertThrows(IllegalArgumentException.class, () -> new SettingsStore(dir.resolve("x.json")).save(bad));
    }

    @Test
    void aVenueEndpointOverPlainHttpIsAcceptedOnlyOnThisMachineOrTheLocalNetwork() {
        assertEquals(java.util.List.of("Endpoint bybit: plain http is allowed only for this computer or a local network (api.bybit.com"
                        + " is neither): use https"),
                Settings.defaults().withEndpoint("bybit", "http://api.bybit.com").problems());
        assertEquals(java.util.List.of(), Settings.defaults().withEndpoint("bybit", "http://192.168.1.20:8080").problems());
        assertEquals(java.util.List.of(), Settings.defaults().withEndpoint("bybit", "https://proxy.example/bybit").problems());
    }
}
