package org.umbra.market.bundled;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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

    /** Reads every file named in the manifest. Any bad row fails the whole read, naming file and line. */
    public List<SeriesBatch> read() {
        List<SeriesBatch> out = new ArrayList<>();
        for (String[] entry : rows("manifest.csv", 5, true)) {
            String file = entry[0];
            String kind = entry[1];
            String venue = entry[2];
            Asset asset = Asset.parse(entry[3]);
            long shift = Long.parseLong(entry[4].trim()) * Times.HOUR;
            out.add(switch (kind) {
                case "daily_price" -> daily(file, new SeriesSpec(SOURCE_ID, asset + "-USD", asset, Metric.PRICE_CLOSE, Unit.USD, 86_400));
                case "daily_funding_mean" -> daily(file, new SeriesSpec(SOURCE_ID, venue + "/" + asset + "USDT", asset,
                        Metric.FUNDING_RATE_DAILY_MEAN, Unit.FRACTION, FUNDING_8H_SECONDS));
                case "funding_8h" -> funding(file, new SeriesSpec(SOURCE_ID, venue + "/" + asset + "USDT", asset,
                        Metric.FUNDING_RATE, Unit.FRACTION, FUNDING_8H_SECONDS), shift);
                default -> throw new IllegalStateException("manifest.csv: unknown kind '" + kind + "' for " + file);
            });
        }
        return out;
    }

    /** {@code date,value,...}: the value of the UTC day, stamped at the day's end. */
    private SeriesBatch daily(String file, SeriesSpec spec) {
        SeriesBatch.Builder b = SeriesBatch.builder(spec);
        int line = 1;
        for (String[] row : rows(file, 2, false)) {
            line++;
            try {
                long endOfDay = LocalDate.parse(row[0].trim()).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
                b.add(endOfDay, number(row[1]));
            } catch (DateTimeParseException | NumberFormatException e) {
                throw new IllegalStateException(file + " line " + line + ": " + e.getMessage(), e);
            }
        }
        return b.build();
    }

    /** {@code Symbol,Date,Funding Rate} with a naive local date-time. */
    private SeriesBatch funding(String file, SeriesSpec spec, long shiftToUtc) {
        SeriesBatch.Builder b = SeriesBatch.builder(spec);
        int line = 1;
        for (String[] row : rows(file, 3, false)) {
            line++;
            try {
                long local = LocalDateTime.parse(row[1].trim(), LOCAL_TIME).toInstant(ZoneOffset.UTC).toEpochMilli();
                b.add(Times.roundTo(local + shiftToUtc, Times.MINUTE), number(row[2]));
            } catch (DateTimeParseException | NumberFormatException e) {
                throw new IllegalStateException(file + " line " + line + ": " + e.getMessage(), e);
            }
        }
        return b.build();
    }

    private static double number(String text) {
        double v = Double.parseDouble(text.trim());
        if (!Double.isFinite(v)) {
            throw new NumberFormatException("not a finite number: " + text);
        }
        return v;
    }

    /** CSV rows after the header (or all non-comment rows for the manifest); the files hold no quoted commas. */
    private List<String[]> rows(String file, int minColumns, boolean commentsNotHeader) {
        try (InputStream in = opener.open(file);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> out = new ArrayList<>();
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
                    throw new IllegalStateException(file + " line " + n + ": expected " + minColumns + " columns, got " + cols.length);
                }
                out.add(cols);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + file + ": " + e.getMessage(), e);
        }
    }
}
