package org.umbra.app;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the user can set, immutable; change it with the {@code with…} methods and validate before
 * saving. {@code database} empty means the per-OS default; {@code timeZone} empty means the system's.
 */
public record Settings(String database, Map<String, String> endpoints, int snapshotCadenceSeconds, String theme,
        String timeZone, List<String> enabledSources, Double benchmarkRatePercent, Double discountHours, String esploraEndpoint,
        String bitcoinNetwork) {

    /** The dollar rate the basis trade's carry is measured against: about what T-bills paid in 2025. */
    public static final double DEFAULT_BENCHMARK_RATE_PERCENT = 4.5;
    /** A discount (perp below index) shorter than this is noise rather than an event. */
    public static final double DEFAULT_DISCOUNT_HOURS = 2;
    /**
     * Where settlement addresses are checked: a public Esplora instance by default. The explorer learns which
     * addresses are asked about (and from which IP); pointing this at one's own node keeps that private.
     */
    public static final String DEFAULT_ESPLORA = "https://blockstream.info/api";
    public static final List<String> NETWORKS = List.of("mainnet", "testnet", "signet");

    public static final int MIN_CADENCE_SECONDS = 10;
    public static final int MAX_CADENCE_SECONDS = 3600;
    public static final List<String> THEMES = List.of("dark", "light");

    public Settings {
        database = database == null ? "" : database.trim();
        endpoints = endpoints == null ? Map.of() : Map.copyOf(endpoints);
        theme = theme == null || theme.isBlank() ? "dark" : theme;
        timeZone = timeZone == null ? "" : timeZone.trim();
        enabledSources = enabledSources == null ? SourceCatalog.ids() : List.copyOf(enabledSources);
        if (snapshotCadenceSeconds == 0) {
            snapshotCadenceSeconds = 60;
        }
        // Absent from a settings file written before these existed: the defaults.
        benchmarkRatePercent = benchmarkRatePercent == null ? DEFAULT_BENCHMARK_RATE_PERCENT : benchmarkRatePercent;
        discountHours = discountHours == null ? DEFAULT_DISCOUNT_HOURS : discountHours;
        esploraEndpoint = esploraEndpoint == null || esploraEndpoint.isBlank() ? DEFAULT_ESPLORA : esploraEndpoint.trim();
        bitcoinNetwork = bitcoinNetwork == null || bitcoinNetwork.isBlank() ? "mainnet" : bitcoinNetwork.trim();
    }

    public Settings(String database, Map<String, String> endpoints, int snapshotCadenceSeconds, String theme, String timeZone,
            List<String> enabledSources) {
        this(database, endpoints, snapshotCadenceSeconds, theme, timeZone, enabledSources, null, null, null, null);
    }

    public static Settings defaults() {
        return new Settings("", Map.of(), 60, "dark", "", SourceCatalog.ids());
    }

    public Settings withBenchmarkRatePercent(double percent) {
        return new Settings(database, endpoints, snapshotCadenceSeconds, theme, timeZone, enabledSources, percent, discountHours, esploraEndpoint, bitcoinNetwork);
    }

    public Settings withDiscountHours(double hours) {
        return new Settings(database, endpoints, snapshotCadenceSeconds, theme, timeZone, enabledSources, benchmarkRatePercent, hours, esploraEndpoint, bitcoinNetwork);
    }

    public Settings withEsplora(String endpoint, String network) {
        return new Settings(database, endpoints, snapshotCadenceSeconds, theme, timeZone, enabledSources, benchmarkRatePercent, discountHours,
                endpoint, network);
    }

    /** The base URL of a source: the user's override, else the default. */
    public String endpoint(String sourceId) {
        String override = endpoints.get(sourceId);
        return override != null && !override.isBlank() ? override : SourceCatalog.DEFAULT_ENDPOINTS.get(sourceId);
    }

    public ZoneId zone() {
        return timeZone.isEmpty() ? ZoneId.systemDefault() : ZoneId.of(timeZone);
    }

    public Settings withEndpoint(String sourceId, String url) {
        Map<String, String> m = new LinkedHashMap<>(endpoints);
        if (url == null || url.isBlank() || url.trim().equals(SourceCatalog.DEFAULT_ENDPOINTS.get(sourceId))) {
            m.remove(sourceId);
        } else {
            m.put(sourceId, url.trim());
        }
        return new Settings(database, m, snapshotCadenceSeconds, theme, timeZone, enabledSources, benchmarkRatePercent, discountHours, esploraEndpoint, bitcoinNetwork);
    }

    public Settings withDatabase(String path) {
        return new Settings(path, endpoints, snapshotCadenceSeconds, theme, timeZone, enabledSources, benchmarkRatePercent, discountHours, esploraEndpoint, bitcoinNetwork);
    }

    public Settings withSnapshotCadenceSeconds(int seconds) {
        return new Settings(database, endpoints, seconds, theme, timeZone, enabledSources, benchmarkRatePercent, discountHours, esploraEndpoint, bitcoinNetwork);
    }

    public Settings withTheme(String value) {
        return new Settings(database, endpoints, snapshotCadenceSeconds, value, timeZone, enabledSources, benchmarkRatePercent, discountHours, esploraEndpoint, bitcoinNetwork);
    }

    public Settings withTimeZone(String zone) {
        return new Settings(database, endpoints, snapshotCadenceSeconds, theme, zone, enabledSources, benchmarkRatePercent, discountHours, esploraEndpoint, bitcoinNetwork);
    }

    public Settings withEnabledSources(List<String> ids) {
        return new Settings(database, endpoints, snapshotCadenceSeconds, theme, timeZone, ids, benchmarkRatePercent, discountHours, esploraEndpoint, bitcoinNetwork);
    }

    /** Every problem, each naming the setting; empty when the settings can be applied. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        endpoints.forEach((id, url) -> {
            try {
                SourceCatalog.parseEndpoint(id, url);
            } catch (IllegalArgumentException e) {
                out.add("Endpoint " + e.getMessage());
            }
        });
        if (snapshotCadenceSeconds < MIN_CADENCE_SECONDS || snapshotCadenceSeconds > MAX_CADENCE_SECONDS) {
            out.add("Poll cadence: " + snapshotCadenceSeconds + " s is outside " + MIN_CADENCE_SECONDS + "–" + MAX_CADENCE_SECONDS + " s");
        }
        if (!THEMES.contains(theme)) {
            out.add("Theme: '" + theme + "' is not one of " + THEMES);
        }
        if (!timeZone.isEmpty()) {
            try {
                ZoneId.of(timeZone);
            } catch (DateTimeException e) {
                out.add("Time zone: '" + timeZone + "' is not a known zone (e.g. Europe/Berlin, UTC)");
            }
        }
        if (!(benchmarkRatePercent >= 0 && benchmarkRatePercent <= 50)) {
            out.add("Benchmark rate: " + benchmarkRatePercent + " %/yr is outside 0–50 %/yr");
        }
        if (!(discountHours >= 0.25 && discountHours <= 72)) {
            out.add("Discount threshold: " + discountHours + " h is outside 0.25–72 h");
        }
        okhttp3.HttpUrl esplora = okhttp3.HttpUrl.parse(esploraEndpoint);
        String insecure = esplora == null ? null : org.umbra.market.http.EndpointPolicy.check(esplora);
        if (esplora == null) {
            out.add("Esplora endpoint: '" + esploraEndpoint + "' is not an http or https URL");
        } else if (insecure != null) {
            out.add("Esplora endpoint: " + insecure);
        }
        if (!NETWORKS.contains(bitcoinNetwork)) {
            out.add("Bitcoin network: '" + bitcoinNetwork + "' is not one of " + NETWORKS);
        }
        for (String id : enabledSources) {
            if (!SourceCatalog.DEFAULT_ENDPOINTS.containsKey(id)) {
                out.add("Sources: unknown source '" + id + "'");
            }
        }
        return out;
    }
}
