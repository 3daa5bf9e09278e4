package org.umbra.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.umbra.collect.SourceStatus;
import org.umbra.ledger.Ledger;
import org.umbra.ledger.LedgerState;
import org.umbra.ledger.PrivateText;

/**
 * The text "Copy diagnostics" puts on the clipboard for a bug report: versions, where the data is and how big, the
 * settings, each source's state, how many holdings each ledger has, and the recent warnings and errors. Never an
 * address, key, outpoint, label or amount of the user's: the ledger is described by counts only, and every line that
 * could carry free text goes through {@link PrivateText}.
 */
public final class Diagnostics {
    private Diagnostics() {
    }

    /**
     * @param ledger the ledger as it is now, or null when it was never opened in this run
     * @param problems recent warnings and errors, oldest first ({@link RecentProblems#lines()})
     */
    public static String report(Path databaseFile, int schemaVersion, Settings settings, List<SourceStatus> sources, LedgerState ledger,
            List<String> problems, Instant now) {
        PrivateText scrub = ledger == null ? PrivateText.generic() : PrivateText.of(ledger);
        StringBuilder b = new StringBuilder();
        b.append("Umbra ").append(AppContext.VERSION).append(" diagnostics, ").append(now).append('\n');
        b.append("Java ").append(System.getProperty("java.runtime.version")).append(" (").append(System.getProperty("java.vendor"))
                .append("), JavaFX ").append(System.getProperty("javafx.runtime.version", "not loaded")).append('\n');
        b.append("OS ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version")).append(' ')
                .append(System.getProperty("os.arch")).append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores, max heap ")
                .append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MB\n");
        b.append("\n[data]\n");
        b.append("database ").append(homeAsTilde(databaseFile.toAbsolutePath().toString())).append(", ").append(size(databaseFile)).append(", schema v").append(schemaVersion).append('\n');
        b.append("log file ").append(LogConfig.activeLogFile().map(f -> homeAsTilde(f.toAbsolutePath().toString()))
                .orElse("(none in this run)")).append('\n');
        b.append("\n[settings]\n");
        b.append("database setting ").append(settings.database().isEmpty() ? "(default)" : homeAsTilde(settings.database()))
                .append('\n');
        b.append("enabled sources ").append(settings.enabledSources().isEmpty() ? "(none)" : String.join(", ", settings.enabledSources()))
                .append('\n');
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(settings.endpoints()).entrySet()) {
            b.append("endpoint ").append(e.getKey()).append(" = ").append(scrub.scrub(e.getValue())).append('\n');
        }
        b.append("snapshot cadence ").append(settings.snapshotCadenceSeconds()).append(" s, theme ").append(settings.theme())
                .append(", time zone ").append(settings.timeZone().isEmpty() ? "(system " + java.time.ZoneId.systemDefault() + ")" : settings.timeZone())
                .append('\n');
        b.append(String.format(Locale.ROOT, "benchmark rate %.2f %%/yr, discount after %.1f h%n", settings.benchmarkRatePercent(),
                settings.discountHours()));
        b.append("esplora ").append(scrub.scrub(settings.esploraEndpoint())).append(" (").append(settings.bitcoinNetwork()).append(")\n");
        b.append("\n[sources]\n");
        if (sources.isEmpty()) {
            b.append("none polled\n");
        }
        for (SourceStatus s : sources) {
            b.append(s.sourceId()).append(": ").append(s.state());
            if (s.reason() != null && !s.reason().isBlank()) {
                b.append(" (").append(scrub.scrub(s.reason())).append(')');
            }
            b.append(", last success ").append(s.lastSuccessMs() > 0 ? Instant.ofEpochMilli(s.lastSuccessMs()).toString() : "never").append('\n');
        }
        b.append("\n[ledger]\n");
        if (ledger == null) {
            b.append("not opened in this run\n");
        } else {
            for (Ledger l : Ledger.values()) {
                b.append(l.id()).append(": ").append(ledger.holdings(l).size()).append(" holdings\n");
            }
            b.append(ledger.venues().size()).append(" venues with exit paths, ").append(ledger.labels().size()).append(" BIP-329 labels\n");
        }
        b.append("\n[recent warnings and errors]\n");
        if (problems.isEmpty()) {
            b.append("none\n");
        }
        problems.forEach(p -> b.append(scrub.scrub(p)).append('\n'));
        return b.toString();
    }

    /** The user's home folder shown as ~: its name is often the user's own. */
    static String homeAsTilde(String path) {
        String home = System.getProperty("user.home");
        return home != null && !home.isEmpty() && path.startsWith(home) ? "~" + path.substring(home.length()) : path;
    }

    private static String size(Path file) {
        try {
            return String.format(Locale.ROOT, "%.1f MB", Files.size(file) / 1e6);
        } catch (java.io.IOException e) {
            return "size unknown (" + e.getMessage() + ")";
        }
    }
}
