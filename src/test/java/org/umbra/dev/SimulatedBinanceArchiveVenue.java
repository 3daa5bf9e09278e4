package org.umbra.dev;

import static org.umbra.dev.SimulatedMarket.DAY;
import static org.umbra.dev.SimulatedMarket.HOUR;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.umbra.market.binancearchive.ArchiveSamples;

/**
 * A stand-in for data.binance.vision ({@code binance-archive}): daily USD-M {@code metrics} zips (288 five-minute
 * rows, the CSV header of the real files) from 2021-12-01, and monthly {@code fundingRate} zips from the listing
 * (BTCUSDT 2019-09-10, ETHUSDT 2019-11-27), each with its {@code .CHECKSUM} ({@code sha256sum} output); a file appears once
 * its day or month is over; anything else is S3's 404 {@code NoSuchKey}. Values SIMULATED ({@link SimulatedMarket}).
 * The archive publishes no rate limit, so none is enforced: the run only counts requests.
 */
public final class SimulatedBinanceArchiveVenue implements SimulatedVenue {
    private static final Pattern METRICS = Pattern.compile("/data/futures/um/daily/metrics/(\\w+)/\\1-metrics-(\\d{4}-\\d{2}-\\d{2})\\.zip(\\.CHECKSUM)?");
    private static final Pattern FUNDING = Pattern.compile("/data/futures/um/monthly/fundingRate/(\\w+)/\\1-fundingRate-(\\d{4}-\\d{2})\\.zip(\\.CHECKSUM)?");
    private static final LocalDate FIRST_METRICS_DAY = LocalDate.of(2021, 12, 1);

    private final long since;

    public SimulatedBinanceArchiveVenue(long since) {
        this.since = since;
    }

    @Override
    public String sourceId() {
        return "binance-archive";
    }

    @Override
    public List<VenueLimit> limits() {
        return List.of();
    }

    @Override
    public MockResponse badRequest(String message) {
        return new MockResponse().setResponseCode(404).setHeader("Content-Type", "application/xml")
                .setBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>NoSuchKey</Code><Message>" + message + "</Message></Error>");
    }

    @Override
    public MockResponse respond(RecordedRequest request, long now) {
        String path = request.getRequestUrl().encodedPath();
        boolean checksum = path.endsWith(".CHECKSUM");
        String zipPath = checksum ? path.substring(0, path.length() - ".CHECKSUM".length()) : path;
        byte[] zip = zipAt(zipPath, now);
        if (zip == null) {
            return badRequest("The specified key does not exist.");
        }
        if (checksum) {
            return new MockResponse().setHeader("Content-Type", "text/plain").setBody(ArchiveSamples.checksum(zip, fileName(zipPath)));
        }
        return new MockResponse().setHeader("Content-Type", "application/zip").setBody(new Buffer().write(zip));
    }

    static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The zip the archive holds at {@code path} (ending {@code .zip}) at {@code now}, or null when it holds none there. */
    public byte[] zipAt(String path, long now) {
        Matcher m = METRICS.matcher(path);
        Matcher f = FUNDING.matcher(path);
        String csv;
        if (m.matches() && m.group(3) == null) {
            String symbol = checkSymbol(m.group(1));
            LocalDate day = LocalDate.parse(m.group(2));
            long start = day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            if (day.isBefore(FIRST_METRICS_DAY) || start < SimulatedMarket.ceilTo(since, DAY) || start + DAY > now) {
                return null;
            }
            csv = metrics(symbol, day, start);
        } else if (f.matches() && f.group(3) == null) {
            String symbol = checkSymbol(f.group(1));
            YearMonth month = YearMonth.parse(f.group(2));
            long start = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            long end = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            YearMonth listed = symbol.equals("BTCUSDT") ? YearMonth.of(2019, 9) : YearMonth.of(2019, 11);
            if (month.isBefore(listed) || end <= since || end > now) {
                return null;
            }
            long listingDay = SimulatedMarket.utc(symbol.equals("BTCUSDT") ? "2019-09-10" : "2019-11-27");
            csv = funding(symbol.equals("BTCUSDT"), Math.max(Math.max(start, listingDay), SimulatedMarket.ceilTo(since, 8 * HOUR)), end);
        } else {
            return null;
        }
        return ArchiveSamples.zip(fileName(path).replace(".zip", ".csv"), csv);
    }

    private static String checkSymbol(String symbol) {
        if (!symbol.equals("BTCUSDT") && !symbol.equals("ETHUSDT")) {
            throw new IllegalArgumentException("The specified key does not exist.");
        }
        return symbol;
    }

    private static String metrics(String symbol, LocalDate day, long start) {
        boolean btc = symbol.equals("BTCUSDT");
        StringBuilder sb = new StringBuilder(ArchiveSamples.METRICS_HEADER).append('\n');
        for (int i = 0; i < 288; i++) {
            long t = start + i * 5 * 60_000L;
            double oi = SimulatedMarket.oiCoin(btc, t);
            sb.append(String.format(Locale.ROOT, "%s %02d:%02d:00,%s,%.3f,%.2f,%.8f,%.8f,%.8f,%.8f%n", day, i / 12, i % 12 * 5, symbol, oi,
                    oi * SimulatedMarket.price(btc, t), SimulatedMarket.ratio(1.5, 0.3, t), SimulatedMarket.ratio(1.3, 0.9, t),
                    SimulatedMarket.ratio(btc ? 1.6 : 2.1, 0.0, t), SimulatedMarket.ratio(1.0, 1.7, t)));
        }
        return sb.toString();
    }

    private static String funding(boolean btc, long from, long end) {
        StringBuilder sb = new StringBuilder("calc_time,funding_interval_hours,last_funding_rate\n");
        for (long t = SimulatedMarket.ceilTo(from, 8 * HOUR); t < end; t += 8 * HOUR) {
            sb.append(t + 3).append(",8,").append(SimulatedMarket.dec(SimulatedMarket.fundingRate(btc, t), 8)).append('\n');
        }
        return sb.toString();
    }
}
