package org.umbra.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.umbra.store.AtomicFiles;

/**
 * Series over a range as CSV for a spreadsheet: {@code time_utc} and {@code time_local} (ISO-8601, the local one with
 * its offset), then a column per series. Rows are the union of the series' timestamps, ascending; a series with no
 * value at a row leaves its cell empty. Numbers are plain decimals that read back as the same double (no exponent, no
 * grouping, '.' as separator); every text cell goes through {@link SpreadsheetSafe}. Rows are merged from the columns'
 * arrays as they are written, so a year of minutes costs its doubles, never its text.
 */
public final class SeriesCsv {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").build();

    /**
     * One column: its header and its points (epoch ms, ascending; a NaN value is no value). Where a time repeats, the
     * last value at it is written.
     */
    public record Column(String header, long[] timestamps, double[] values) {
        public Column {
            if (timestamps.length != values.length) {
                throw new IllegalArgumentException(header + ": timestamps and values differ in length");
            }
        }
    }

    /** What was written: data rows (the header not counted) and series columns (the two time columns not counted). */
    public record Written(long rows, int columns) {
    }

    private SeriesCsv() {
    }

    /** A header naming what, its unit and its source: {@code BTC open interest [USD] (binance-futures BTCUSDT)}. */
    public static String header(String what, String unit, String source) {
        return what + " [" + unit + "] (" + source + ")";
    }

    /** Writes the CSV to {@code file} whole or not at all, readable by its owner only. */
    public static Written write(Path file, List<Column> columns, ZoneId zone) throws IOException {
        Written[] written = new Written[1];
        AtomicFiles.writeText(file, out -> written[0] = write(columns, zone, out));
        return written[0];
    }

    public static Written write(List<Column> columns, ZoneId zone, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, FORMAT);
        List<String> header = new ArrayList<>(List.of("time_utc", "time_local"));
        columns.forEach(c -> header.add(c.header()));
        for (String h : header) {
            csv.print(SpreadsheetSafe.cell(h));
        }
        csv.println();
        csv.flush();
        int n = columns.size();
        int[] next = new int[n];
        String[] cells = new String[n];
        long rows = 0;
        while (true) {
            long t = Long.MAX_VALUE;
            for (int c = 0; c < n; c++) {
                next[c] = skipMissing(columns.get(c), next[c]);
                if (next[c] < columns.get(c).timestamps().length) {
                    t = Math.min(t, columns.get(c).timestamps()[next[c]]);
                }
            }
            if (t == Long.MAX_VALUE) {
                break;
            }
            for (int c = 0; c < n; c++) {
                Column col = columns.get(c);
                cells[c] = "";
                while (next[c] < col.timestamps().length && col.timestamps()[next[c]] == t) {
                    double v = col.values()[next[c]++];
                    if (!Double.isNaN(v)) {
                        cells[c] = number(v);
                    }
                }
            }
            // Times and numbers never need quoting (digits, '-', ':', '.', '+', 'T', 'Z'): written straight out.
            out.write(SpreadsheetSafe.cell(utc(t)));
            out.write(',');
            out.write(SpreadsheetSafe.cell(local(t, zone)));
            for (String cell : cells) {
                out.write(',');
                out.write(cell);
            }
            out.write("\r\n");
            rows++;
        }
        out.flush();
        return new Written(rows, n);
    }

    /** {@code 2026-10-30T14:05:00Z}, milliseconds (three digits) only where there are some; by hand, as ISO_INSTANT would, at a fraction of its cost. */
    static String utc(long t) {
        return iso(java.time.LocalDateTime.ofEpochSecond(Math.floorDiv(t, 1000), (int) Math.floorMod(t, 1000) * 1_000_000,
                java.time.ZoneOffset.UTC), "Z");
    }

    /** {@code 2026-10-30T10:05:00-04:00} in {@code zone}, milliseconds as for {@link #utc}. */
    static String local(long t, ZoneId zone) {
        Instant at = Instant.ofEpochMilli(t);
        java.time.ZoneOffset offset = zone.getRules().getOffset(at);
        return iso(java.time.LocalDateTime.ofEpochSecond(Math.floorDiv(t, 1000), (int) Math.floorMod(t, 1000) * 1_000_000, offset),
                offset.getId());
    }

    private static String iso(java.time.LocalDateTime d, String offset) {
        StringBuilder b = new StringBuilder(32);
        int year = d.getYear();
        if (year < 1000 || year > 9999) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(d) + offset;
        }
        b.append(year).append('-');
        two(b, d.getMonthValue()).append('-');
        two(b, d.getDayOfMonth()).append('T');
        two(b, d.getHour()).append(':');
        two(b, d.getMinute()).append(':');
        two(b, d.getSecond());
        int ms = d.getNano() / 1_000_000;
        if (ms != 0) {
            b.append('.').append((char) ('0' + ms / 100)).append((char) ('0' + ms / 10 % 10)).append((char) ('0' + ms % 10));
        }
        return b.append(offset).toString();
    }

    private static StringBuilder two(StringBuilder b, int v) {
        return b.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }

    /** The index of the first point at or after {@code i} that has a value. */
    private static int skipMissing(Column c, int i) {
        while (i < c.values().length && Double.isNaN(c.values()[i])) {
            i++;
        }
        return i;
    }

    /**
     * {@code v} as a plain decimal that parses back to the same double: Java's shortest round-tripping digits, written
     * out without an exponent and without trailing zeros. Infinities (never stored) are left empty.
     */
    static String number(double v) {
        if (Double.isInfinite(v)) {
            return "";
        }
        if (v == 0) {
            return "0"; // -0.0 too
        }
        String shortest = Double.toString(v);
        if (shortest.indexOf('E') < 0) {
            return shortest.endsWith(".0") ? shortest.substring(0, shortest.length() - 2) : shortest;
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
