package org.umbra.market.binancearchive;

import static org.umbra.market.Times.HOUR;
import static org.umbra.market.Times.MINUTE;
import static org.umbra.market.Times.SECOND;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.umbra.market.Asset;
import org.umbra.market.Metric;
import org.umbra.market.SeriesBatch;
import org.umbra.market.SeriesSpec;
import org.umbra.market.Times;

/**
 * Reads one data.binance.vision file (zip or the CSV inside it) into series of the source
 * {@code binance-archive}, no HTTP. Recognises the file kind by its header (and its name, which
 * must agree where it follows the archive's naming):
 * <ul>
 *   <li>daily {@code metrics} (5-minute rows): {@code oi_coin}, {@code oi_usd}, {@code ls_top_accounts},
 *       {@code ls_top_positions}, {@code ls_accounts}, {@code taker_buy_sell}, each at a 300 s interval;</li>
 *   <li>monthly {@code fundingRate}: {@code funding_rate}, a fraction per the file's
 *       {@code funding_interval_hours} (one interval per file, or the file is refused).</li>
 * </ul>
 * A bad line refuses the whole file, naming file and line.
 */
public final class ArchiveReader {
    /** What a file holds. */
    public enum Kind {
        METRICS("metrics"), FUNDING_RATE("fundingRate");

        final String archiveName;

        Kind(String archiveName) {
            this.archiveName = archiveName;
        }
    }

    /** A file read whole: its series, the number of data rows, and the time range (epoch ms, MIN/MAX when empty). */
    public record Result(String fileName, Kind kind, String symbol, List<SeriesBatch> batches, int rows, long fromTs, long toTs) {
        public Result {
            batches = List.copyOf(batches);
        }
    }

    public static final Map<String, Asset> SYMBOLS = Map.of("BTCUSDT", Asset.BTC, "ETHUSDT", Asset.ETH);
    static final long FIVE_MINUTES = 5 * MINUTE;
    /** 2009-01-01 and 2200-01-01 UTC in epoch ms: the range of a believable stamp, as in Json.epochMillis. */
    private static final long EARLIEST = 1_230_768_000_000L;
    private static final long LATEST = 7_258_118_400_000L;

    static final List<String> METRICS_COLUMNS = List.of("create_time", "symbol", "sum_open_interest", "sum_open_interest_value",
            "count_toptrader_long_short_ratio", "sum_toptrader_long_short_ratio", "count_long_short_ratio",
            "sum_taker_long_short_vol_ratio");
    static final List<String> FUNDING_COLUMNS = List.of("calc_time", "funding_interval_hours", "last_funding_rate");

    /**
     * Which metrics column is which metric. Binance does not document the archive's columns; the
     * mapping follows the REST endpoints they mirror (see docs/venues/binance-archive.md): "count" ratios
     * count accounts, "sum" ratios sum positions/volume.
     */
    static final Map<String, Metric> METRICS_MAP;

    static {
        Map<String, Metric> m = new LinkedHashMap<>();
        m.put("sum_open_interest", Metric.OPEN_INTEREST_COIN);
        m.put("sum_open_interest_value", Metric.OPEN_INTEREST_USD);
        m.put("count_toptrader_long_short_ratio", Metric.LONG_SHORT_TOP_ACCOUNTS);
        m.put("sum_toptrader_long_short_ratio", Metric.LONG_SHORT_TOP_POSITIONS);
        m.put("count_long_short_ratio", Metric.LONG_SHORT_ACCOUNTS);
        m.put("sum_taker_long_short_vol_ratio", Metric.TAKER_BUY_SELL);
        METRICS_MAP = java.util.Collections.unmodifiableMap(m);
    }

    /** {@code BTCUSDT-metrics-2025-10-07.zip}, {@code BTCUSDT-fundingRate-2025-09.csv}. */
    private static final Pattern NAME = Pattern.compile("([A-Z0-9]+)-(metrics|fundingRate)-(\\d{4}-\\d{2}(?:-\\d{2})?)\\.(zip|csv)");
    private static final DateTimeFormatter CREATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);

    private ArchiveReader() {
    }

    /** Reads a zip: verifies it against {@code checksumText} when given (null: unverified), then reads its CSV. */
    public static Result readZip(String fileName, byte[] zip, String checksumText) throws ArchiveException {
        if (checksumText != null) {
            ArchiveFiles.verify(fileName, zip, checksumText);
        }
        return readCsv(fileName, ArchiveFiles.singleCsv(fileName, zip));
    }

    /**
     * Reads a local {@code .zip} (with {@code checksum} the text of its .CHECKSUM file, or null) or
     * {@code .csv}; the kind is told by the content.
     */
    public static Result readFile(Path file, String checksum) throws ArchiveException {
        String name = file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                if (size > ArchiveFiles.MAX_ZIP_BYTES) {
                    throw new ArchiveException(name + ": zip of " + size + " bytes is larger than the " + ArchiveFiles.MAX_ZIP_BYTES + " allowed");
                }
                return readZip(name, Files.readAllBytes(file), checksum);
            }
            if (size > ArchiveFiles.MAX_CSV_BYTES) {
                throw new ArchiveException(name + ": CSV of " + size + " bytes is larger than the " + ArchiveFiles.MAX_CSV_BYTES + " allowed");
            }
            return readCsv(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ArchiveException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads CSV text; {@code fileName} (the zip's or the CSV's) names errors and, if archive-style, gives symbol and kind. */
    public static Result readCsv(String fileName, String text) throws ArchiveException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = body.split("\n", -1);
        String header = lines.length == 0 ? "" : stripCr(lines[0]).strip();
        List<String> columns = List.of(header.split(",", -1)).stream().map(String::strip).toList();
        Kind kind;
        if (columns.containsAll(METRICS_COLUMNS)) {
            kind = Kind.METRICS;
        } else if (columns.containsAll(FUNDING_COLUMNS)) {
            kind = Kind.FUNDING_RATE;
        } else {
            throw new ArchiveException(fileName + ": line 1: unrecognised header '" + snippet(header) + "'; expected the metrics header ("
                    + String.join(",", METRICS_COLUMNS) + ") or the fundingRate header (" + String.join(",", FUNDING_COLUMNS) + ")");
        }
        String nameSymbol = null;
        Matcher m = NAME.matcher(fileName);
        if (m.matches()) {
            nameSymbol = m.group(1);
            if (!m.group(2).equals(kind.archiveName)) {
                throw new ArchiveException(fileName + ": the name says " + m.group(2) + " but the header is a " + kind.archiveName + " header");
            }
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            index.putIfAbsent(columns.get(i), i);
        }
        return kind == Kind.METRICS ? metrics(fileName, nameSymbol, lines, index, columns.size())
                : funding(fileName, nameSymbol, lines, index, columns.size());
    }

    private static Result metrics(String file, String nameSymbol, String[] lines, Map<String, Integer> idx, int width) throws ArchiveException {
        String symbol = nameSymbol;
        Map<Metric, SeriesBatch.Builder> builders = null;
        Map<Long, double[]> seen = new HashMap<>();
        Map<Long, Integer> seenLine = new HashMap<>();
        int rows = 0;
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (int n = 1; n < lines.length; n++) {
            String line = stripCr(lines[n]);
            if (line.isBlank()) {
                continue;
            }
            int lineNo = n + 1;
            String[] f = fields(file, lineNo, line, width);
            String rowSymbol = f[idx.get("symbol")].strip();
            if (symbol == null) {
                symbol = rowSymbol;
            }
            if (!rowSymbol.equals(symbol)) {
                throw bad(file, lineNo, "symbol '" + rowSymbol + "' differs from the file's " + symbol);
            }
            if (builders == null) {
                Asset asset = asset(file, symbol);
                builders = new LinkedHashMap<>();
                for (Metric metric : METRICS_MAP.values()) {
                    builders.put(metric, SeriesBatch.builder(spec(symbol, asset, metric, FIVE_MINUTES)));
                }
            }
            long ts = createTime(file, lineNo, f[idx.get("create_time")]);
            double[] values = new double[METRICS_MAP.size()];
            int k = 0;
            for (String column : METRICS_MAP.keySet()) {
                values[k++] = nonNegative(file, lineNo, column, f[idx.get(column)]);
            }
            double[] earlier = seen.putIfAbsent(ts, values);
            if (earlier != null) {
                if (!java.util.Arrays.equals(earlier, values)) {
                    throw bad(file, lineNo, "5-minute slot " + java.time.Instant.ofEpochMilli(ts) + " already given on line "
                            + seenLine.get(ts) + " with other values");
                }
                rows++;
                continue;
            }
            seenLine.put(ts, lineNo);
            k = 0;
            for (SeriesBatch.Builder b : builders.values()) {
                b.add(ts, values[k++]);
            }
            rows++;
            from = Math.min(from, ts);
            to = Math.max(to, ts);
        }
        if (symbol != null) {
            asset(file, symbol);
        }
        List<SeriesBatch> batches = new ArrayList<>();
        if (builders != null) {
            for (SeriesBatch.Builder b : builders.values()) {
                batches.add(b.build());
            }
        }
        return new Result(file, Kind.METRICS, symbol, batches, rows, from, to);
    }

    private static Result funding(String file, String nameSymbol, String[] lines, Map<String, Integer> idx, int width) throws ArchiveException {
        if (nameSymbol == null) {
            throw new ArchiveException(file + ": a fundingRate file has no symbol column; name it like the archive does "
                    + "(BTCUSDT-fundingRate-YYYY-MM.zip) so the symbol is known");
        }
        Asset asset = asset(file, nameSymbol);
        List<long[]> times = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        Integer hours = null;
        int hoursLine = 0;
        for (int n = 1; n < lines.length; n++) {
            String line = stripCr(lines[n]);
            if (line.isBlank()) {
                continue;
            }
            int lineNo = n + 1;
            String[] f = fields(file, lineNo, line, width);
            long calc = epochMillis(file, lineNo, "calc_time", f[idx.get("calc_time")]);
            int h = intervalHours(file, lineNo, f[idx.get("funding_interval_hours")]);
            if (hours == null) {
                hours = h;
                hoursLine = lineNo;
            } else if (h != hours) {
                throw bad(file, lineNo, "funding_interval_hours " + h + " differs from " + hours + " on line " + hoursLine
                        + "; a series has one interval, so a file that changes it is refused");
            }
            double rate = decimal(file, lineNo, "last_funding_rate", f[idx.get("last_funding_rate")]);
            // calc_time carries a few ms of jitter (…000001): the settlement is the whole minute.
            times.add(new long[] {Times.roundTo(calc, MINUTE), lineNo});
            rates.add(rate);
        }
        if (hours == null) {
            return new Result(file, Kind.FUNDING_RATE, nameSymbol, List.of(), 0, Long.MAX_VALUE, Long.MIN_VALUE);
        }
        SeriesBatch.Builder b = SeriesBatch.builder(spec(nameSymbol, asset, Metric.FUNDING_RATE, hours * HOUR));
        Map<Long, Integer> seen = new HashMap<>();
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (int i = 0; i < times.size(); i++) {
            long ts = times.get(i)[0];
            Integer earlier = seen.putIfAbsent(ts, i);
            if (earlier != null) {
                if (!rates.get(earlier).equals(rates.get(i))) {
                    throw bad(file, (int) times.get(i)[1], "settlement " + java.time.Instant.ofEpochMilli(ts) + " already given on line "
                            + times.get(earlier)[1] + " with another rate");
                }
                continue;
            }
            b.add(ts, rates.get(i));
            from = Math.min(from, ts);
            to = Math.max(to, ts);
        }
        return new Result(file, Kind.FUNDING_RATE, nameSymbol, List.of(b.build()), times.size(), from, to);
    }

    static SeriesSpec spec(String symbol, Asset asset, Metric metric, long intervalMillis) {
        return new SeriesSpec(BinanceArchiveSource.ID, symbol, asset, metric, metric.defaultUnit(), intervalMillis / SECOND);
    }

    private static Asset asset(String file, String symbol) throws ArchiveException {
        Asset asset = SYMBOLS.get(symbol);
        if (asset == null) {
            throw new ArchiveException(file + ": symbol '" + symbol + "' is not one Umbra tracks (BTCUSDT, ETHUSDT)");
        }
        return asset;
    }

    private static String[] fields(String file, int lineNo, String line, int width) throws ArchiveException {
        String[] f = line.split(",", -1);
        if (f.length != width) {
            throw bad(file, lineNo, f.length + " fields where the header has " + width + ": '" + snippet(line) + "'");
        }
        return f;
    }

    /** {@code 2025-10-07 00:05:01} (UTC) rounded to its 5-minute slot: the archive stamps some rows a second late. */
    private static long createTime(String file, int lineNo, String text) throws ArchiveException {
        long t;
        try {
            t = LocalDateTime.parse(text.strip(), CREATE_TIME).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw bad(file, lineNo, "create_time '" + snippet(text) + "' is not a UTC time like 2025-10-07 00:05:00");
        }
        return Times.roundTo(inRange(file, lineNo, "create_time", text.strip(), t), FIVE_MINUTES);
    }

    /**
     * {@code ms} unless it is before 2009 or from 2200 on, as for venue bodies (Json.epochMillis): the archive starts in
     * 2019, and a stamp outside that range is a corrupt cell or a unit mistake, which would move a feed's cursor for good.
     */
    private static long inRange(String file, int lineNo, String column, String text, long ms) throws ArchiveException {
        if (ms < EARLIEST || ms >= LATEST) {
            throw bad(file, lineNo, column + " '" + snippet(text) + "' is out of range (2009 to 2200)");
        }
        return ms;
    }

    /** Epoch milliseconds; a 16-digit value is taken as microseconds (the archive's spot files switched to them in 2025). */
    private static long epochMillis(String file, int lineNo, String column, String text) throws ArchiveException {
        String s = text.strip();
        if (!s.matches("\\d{1,16}")) {
            throw bad(file, lineNo, column + " '" + snippet(text) + "' is not an epoch time in ms");
        }
        long v = Long.parseLong(s);
        if (s.length() == 16) {
            return inRange(file, lineNo, column, s, v / 1000);
        }
        if (s.length() != 13) {
            throw bad(file, lineNo, column + " '" + s + "' is not an epoch time in ms (13 digits) or µs (16 digits)");
        }
        return inRange(file, lineNo, column, s, v);
    }

    private static int intervalHours(String file, int lineNo, String text) throws ArchiveException {
        String s = text.strip();
        if (!s.matches("\\d{1,2}") || Integer.parseInt(s) == 0 || 24 % Integer.parseInt(s) != 0) {
            throw bad(file, lineNo, "funding_interval_hours '" + snippet(text) + "' is not a whole number of hours dividing 24");
        }
        return Integer.parseInt(s);
    }

    private static double decimal(String file, int lineNo, String column, String text) throws ArchiveException {
        try {
            // BigDecimal refuses NaN, Infinity, hex and empty text, which Double.parseDouble would let through.
            double v = new BigDecimal(text.strip()).doubleValue();
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw bad(file, lineNo, column + " '" + snippet(text) + "' is not a number");
        }
    }

    private static double nonNegative(String file, int lineNo, String column, String text) throws ArchiveException {
        double v = decimal(file, lineNo, column, text);
        if (v < 0) {
            throw bad(file, lineNo, column + " " + text.strip() + " is negative");
        }
        return v;
    }

    private static ArchiveException bad(String file, int lineNo, String what) {
        return new ArchiveException(file + ": line " + lineNo + ": " + what + "; file refused, nothing imported");
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static String snippet(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "…";
    }
}
