package org.umbra.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.umbra.export.SeriesCsv;
import org.umbra.export.StoredColumns;
import org.umbra.store.SeriesInfo;
import org.umbra.store.SeriesRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write stored series over a time range as CSV: time_utc and time_local (ISO-8601, local with its offset), "
                + "then one column per series named with its unit and source; a row per time any series has a point, "
                + "empty cells where a series has none. Raw points, as stored.")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--series", required = true, paramLabel = "SPEC",
            description = "A stored series as source:instrument:metric, the first three columns of `umbra series` "
                    + "(e.g. binance-futures:BTCUSDT:oi_usd). Repeatable; columns in the order given.")
    List<String> series;

    @Option(names = "--from", required = true, paramLabel = "T",
            description = "Start: an ISO date (2026-10-01, from its start) or date-time (2026-10-01T08:00, UTC unless an offset is given).")
    String from;

    @Option(names = "--to", required = true, paramLabel = "T",
            description = "End, inclusive: an ISO date (to its end) or date-time, as --from.")
    String to;

    @Option(names = "--zone", paramLabel = "ZONE", description = "Time zone of the time_local column, e.g. Europe/Berlin (default: the settings' zone).")
    String zone;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "Where to write the CSV; - for standard output.")
    String out;

    @Override
    public Integer call() throws Exception {
        long fromMs = time("--from", from, false);
        long toMs = time("--to", to, true);
        if (fromMs > toMs) {
            throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
        }
        ZoneId chosenZone = zone == null ? null : zone(zone);
        try (AppContext ctx = cli.openContext()) {
            SeriesRepository repo = ctx.series();
            List<SeriesInfo> stored = repo.listExtents();
            List<SeriesCsv.Column> columns = new ArrayList<>();
            for (String s : series) {
                List<SeriesInfo> parts = stored.stream().filter(i -> StoredColumns.spec(i.spec()).equals(s.strip())).toList();
                if (parts.isEmpty()) {
                    throw new ParameterException(spec.commandLine(), "--series: no stored series '" + s + "'" + closeMatches(s, stored));
                }
                // Funding whose interval changed is stored in parts, one per interval: a column each, its unit named.
                for (SeriesInfo part : parts) {
                    columns.add(StoredColumns.column(part.spec(), repo.read(part.id(), fromMs, toMs)));
                }
            }
            ZoneId local = chosenZone != null ? chosenZone : ctx.settings().zone();
            SeriesCsv.Written written;
            PrintWriter report;
            if (out.equals("-")) {
                PrintWriter stdout = spec.commandLine().getOut();
                written = SeriesCsv.write(columns, local, stdout);
                report = spec.commandLine().getErr();
            } else {
                written = SeriesCsv.write(Path.of(out), columns, local);
                report = spec.commandLine().getOut();
            }
            report.printf(Locale.ROOT, "%d rows, %d series columns (+ time_utc, time_local in %s) written to %s%n", written.rows(),
                    written.columns(), local, out.equals("-") ? "standard output" : Path.of(out).toAbsolutePath());
        }
        return 0;
    }

    /**
     * {@code text} as epoch ms: a date-time with an offset as given, without one in UTC; a date alone is its first
     * millisecond (UTC), or for the end of a range its last, so {@code --to 2026-10-31} takes in the whole day.
     */
    private long time(String option, String text, boolean end) {
        String t = text.strip();
        try {
            if (t.contains("T") || t.contains("t")) {
                try {
                    return OffsetDateTime.parse(t.toUpperCase(Locale.ROOT)).toInstant().toEpochMilli();
                } catch (DateTimeException e) {
                    return LocalDateTime.parse(t.toUpperCase(Locale.ROOT)).toInstant(ZoneOffset.UTC).toEpochMilli();
                }
            }
            LocalDate day = LocalDate.parse(t);
            return end ? day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli() - 1
                    : day.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeException e) {
            throw new ParameterException(spec.commandLine(), option + ": '" + text
                    + "' is not an ISO date (2026-10-30) or date-time (2026-10-30T14:05, 2026-10-30T10:05-04:00)");
        }
    }

    private ZoneId zone(String text) {
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            throw new ParameterException(spec.commandLine(), "--zone: '" + text + "' is not a time zone (e.g. UTC, Europe/Berlin, America/New_York)");
        }
    }

    /** Up to five stored specs nearest to {@code wanted} by edit distance, those within a third of its length. */
    static String closeMatches(String wanted, List<SeriesInfo> stored) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String w = wanted.strip().toLowerCase(Locale.ROOT);
        record Near(String spec, int distance) {
        }
        List<String> near = stored.stream().map(i -> StoredColumns.spec(i.spec())).distinct()
                .map(s -> new Near(s, distance.apply(w, s.toLowerCase(Locale.ROOT))))
                .filter(n -> n.distance() <= Math.max(2, w.length() / 3))
                .sorted(Comparator.comparingInt(Near::distance).thenComparing(Near::spec))
                .limit(5).map(Near::spec).toList();
        return near.isEmpty() ? "; `umbra series` lists what is stored" : "; close matches: " + String.join(", ", near);
    }
}
