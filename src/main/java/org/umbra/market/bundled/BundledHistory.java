package org.umbra.market.bundled;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.umbra.market.Asset;
import org.umbra.market.Metric;
import org.umbra.market.SeriesBatch;
import org.umbra.market.SeriesSpec;
import org.umbra.market.Times;
import org.umbra.market.Unit;

/**
 * The real, MIT-licensed history shipped with Umbra (assets/history, see its README), read into
 * series of the source {@code bundled} so that a first run without network already has funding
 * since 2019 and BTC price since 2015. Bundled rows never mix into a live venue's series.
 *
 * <p>Daily values are stamped at the end of their UTC day, like every bar close in Umbra.
 * Funding rows are shifted to UTC as {@code manifest.csv} says and rounded to the minute (the
 * Binance rows carry the API's millisecond jitter).
 */
public final class BundledHistory {
    public static final String SOURCE_ID = "bundled";
    /** Bump when the bundled files or their reading change, so existing databases re-import them. */
    public static final String VERSION = "1";
    private static final long FUNDING_8H_SECONDS = 8 * 3600;
    private static final String MANIFEST = "manifest.csv";
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS]", Locale.ROOT);

    /** Opens a bundled file by its path relative to the history folder. */
    @FunctionalInterface
    public interface Opener {
        InputStream open(String relativePath) throws IOException;
    }

    private final Opener opener;

    public BundledHistory(Opener opener) {
        this.opener = opener;
    }

    /** The history shipped inside the application jar. */
    public static BundledHistory fromClasspath() {
        return new BundledHistory(path -> {
            InputStream in = BundledHistory.class.getResourceAsStream("/org/umbra/bundled/history/" + path);
            if (in == null) {
                throw new IOException("bundled file missing from the application: " + path);
            }
            return in;
        });
    }

    /**
     * Reads every file named in the manifest. Any bad row fails the whole read with a {@link BundledHistoryException}
     * naming file and line.
     */
    public List<SeriesBatch> read() {
        List<SeriesBatch> out = new ArrayList<>();
        for (Row entry : rows(MANIFEST, 5, true)) {
            String[] c = entry.cols();
            String file = c[0].trim();
            String kind = c[1].trim();
            String venue = c[2].trim();
            Asset asset;
            try {
                asset = Asset.parse(c[3]);
            } catch (IllegalArgumentException e) {
                throw new BundledHistoryException(MANIFEST, entry.line(), e.getMessage(), e);
            }
            long shift = shiftHours(entry.line(), c[4]) * Times.HOUR;
            out.add(switch (kind) {
                case "daily_price" -> daily(file, new SeriesSpec(SOURCE_ID, asset + "-USD", asset, Metric.PRICE_CLOSE, Unit.USD, 86_400));
                case "daily_funding_mean" -> daily(file, new SeriesSpec(SOURCE_ID, venue + "/" + asset + "USDT", asset,
                        Metric.FUNDING_RATE_DAILY_MEAN, Unit.FRACTION, FUNDING_8H_SECONDS));
                case "funding_8h" -> funding(file, new SeriesSpec(SOURCE_ID, venue + "/" + asset + "USDT", asset,
                        Metric.FUNDING_RATE, Unit.FRACTION, FUNDING_8H_SECONDS), shift);
                default -> throw new BundledHistoryException(MANIFEST, entry.line(), "unknown kind '" + kind + "' for " + file, null);
            });
        }
        return out;
    }

    /** The manifest's hours to add for UTC: a time-zone offset, so a whole number from -14 to 14. */
    private static long shiftHours(int line, String text) {
        String s = text.trim();
        if (!s.matches("[+-]?\\d{1,2}") || Math.abs(Integer.parseInt(s)) > 14) {
            throw new BundledHistoryException(MANIFEST, line, "add_hours_for_utc '" + s + "' is not a whole number of hours from -14 to 14", null);
        }
        return Integer.parseInt(s);
    }

    /** {@code date,value,...}: the value of the UTC day, stamped at the day's end. */
    private SeriesBatch daily(String file, SeriesSpec spec) {
        SeriesBatch.Builder b = SeriesBatch.builder(spec);
        for (Row row : rows(file, 2, false)) {
            try {
                LocalDate day = LocalDate.parse(row.cols()[0].trim());
                b.add(inRange(file, row.line(), day.plusDays(1).atStartOfDay()), number(row.cols()[1]));
            } catch (DateTimeException | NumberFormatException e) {
                throw new BundledHistoryException(file, row.line(), e.getMessage(), e);
            }
        }
        return b.build();
    }

    /** {@code Symbol,Date,Funding Rate} with a naive local date-time. */
    private SeriesBatch funding(String file, SeriesSpec spec, long shiftToUtc) {
        SeriesBatch.Builder b = SeriesBatch.builder(spec);
        for (Row row : rows(file, 3, false)) {
            try {
                long utc = inRange(file, row.line(), LocalDateTime.parse(row.cols()[1].trim(), LOCAL_TIME)) + shiftToUtc;
                b.add(Times.roundTo(utc, Times.MINUTE), number(row.cols()[2]));
            } catch (DateTimeException | NumberFormatException e) {
                throw new BundledHistoryException(file, row.line(), e.getMessage(), e);
            }
        }
        return b.build();
    }

    /**
     * {@code t} (read as UTC) in epoch ms, unless before 2009 or from 2200 on, the range every market time in Umbra
     * keeps to (Json.epochMillis): the history starts in 2015, so anything outside is a corrupt row.
     */
    private static long inRange(String file, int line, LocalDateTime t) {
        if (t.getYear() < 2009 || t.getYear() >= 2200) {
            throw new BundledHistoryException(file, line, "date " + t.toLocalDate() + " is out of range (2009 to 2200)", null);
        }
        return t.toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    private static double number(String text) {
        double v = Double.parseDouble(text.trim());
        if (!Double.isFinite(v)) {
            throw new NumberFormatException("not a finite number: " + text);
        }
        return v;
    }

    /** One CSV row and its line number in the file (1 is the first line). */
    private record Row(int line, String[] cols) {
    }

    /** CSV rows after the header (or all non-comment rows for the manifest); the files hold no quoted commas. */
    private List<Row> rows(String file, int minColumns, boolean commentsNotHeader) {
        try (InputStream in = opener.open(file);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Row> out = new ArrayList<>();
            String line;
            boolean header = !commentsNotHeader;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (header) {
                    header = false;
                    continue;
                }
                if (line.isBlank() || (commentsNotHeader && line.startsWith("#"))) {
                    continue;
                }
                String[] cols = line.split(",", -1);
                if (cols.length < minColumns) {
                    throw new BundledHistoryException(file, n, "expected " + minColumns + " columns, got " + cols.length, null);
                }
                out.add(new Row(n, cols));
            }
            return out;
        } catch (IOException e) {
            throw new BundledHistoryException(file, "cannot read: " + e.getMessage(), e);
        }
    }
}
