package org.umbra.market.binancearchive;

import static org.umbra.market.Times.DAY;
import static org.umbra.market.Times.HOUR;
import static org.umbra.market.Times.MINUTE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.umbra.market.Feed;
import org.umbra.market.InstrumentFeed;
import org.umbra.market.FeedCursor;
import org.umbra.market.FeedPage;
import org.umbra.market.MarketSource;
import org.umbra.market.Times;
import org.umbra.market.http.SourceException;
import org.umbra.market.http.VenueHttp;

/**
 * The Binance public data archive (data.binance.vision) as the source {@code binance-archive}:
 * years of 5-minute OI and long/short ratios (daily {@code metrics} files, from 2021-12-01) and
 * every settled funding rate (monthly {@code fundingRate} files, from 2019-09), for BTCUSDT and ETHUSDT.
 *
 * <p>Each feed walks forward, <b>oldest first</b>, one file per page, and its cursor is the start
 * (00:00 UTC, epoch ms) of the last day or month it has dealt with. Oldest first keeps the cursor
 * a single number and makes resumption trivial; the newest data is the live source's job anyway.
 * Every zip is checked against its {@code .CHECKSUM}; a mismatch fails the feed naming the file
 * (nothing imported, cursor unchanged, retried next round). A 404 for a file more than
 * {@link #PUBLICATION_GRACE_DAYS} days old is a gap in the archive: logged and stepped over. A 404
 * for a newer file means "not published yet": the feed waits without moving its cursor.
 */
public final class BinanceArchiveSource implements MarketSource {
    public static final String ID = "binance-archive";
    public static final String DEFAULT_ENDPOINT = "https://data.binance.vision";
    static final LocalDate FIRST_METRICS_DAY = LocalDate.of(2021, 12, 1);
    static final YearMonth FIRST_FUNDING_MONTH = YearMonth.of(2019, 9);
    /** Files this recent may still be on their way; older 404s are gaps. */
    static final int PUBLICATION_GRACE_DAYS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(BinanceArchiveSource.class);

    private final BinanceArchiveClient client;
    private final List<Feed> feeds;

    /** {@code snapshotCadence} is unused: the archive has no "now" values, only whole published files. */
    public BinanceArchiveSource(VenueHttp http, Duration snapshotCadence) {
        this(new BinanceArchiveClient(http), List.of("BTCUSDT", "ETHUSDT"));
    }

    BinanceArchiveSource(BinanceArchiveClient client, List<String> symbols) {
        this.client = client;
        List<Feed> all = new ArrayList<>();
        for (String symbol : symbols) {
            if (!ArchiveReader.SYMBOLS.containsKey(symbol)) {
                throw new IllegalArgumentException("unsupported symbol " + symbol);
            }
            all.add(new MetricsFeed(symbol));
            all.add(new FundingFeed(symbol));
        }
        this.feeds = List.copyOf(all);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Binance public data archive";
    }

    @Override
    public List<Feed> feeds() {
        return feeds;
    }

    static long startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    static LocalDate dayOf(long millis) {
        return Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** One archive file per page: download it and its checksum, verify, read; or step over a gap. */
    private abstract class FileFeed extends InstrumentFeed {
        FileFeed(String symbol, String name) {
            super(ID, symbol, null, name);
        }

        /** The first period (as its start, epoch ms) after {@code cursor}. */
        abstract long nextPeriod(FeedCursor cursor);

        /** The start of the newest period whose file can exist at {@code now} (the period must be over). */
        abstract long newestComplete(long now);

        /** The start of the period after {@code periodStart}. */
        abstract long following(long periodStart);

        abstract String path(long periodStart);

        @Override
        public FeedPage fetch(FeedCursor cursor, long now) throws SourceException {
            long period = nextPeriod(cursor);
            long newest = newestComplete(now);
            if (period > newest) {
                return new FeedPage(List.of(), cursor, false);
            }
            String path = path(period);
            String name = path.substring(path.lastIndexOf('/') + 1);
            Optional<String> checksum = client.checksum(path);
            Optional<byte[]> zip = checksum.isPresent() ? client.zip(path) : Optional.empty();
            if (zip.isEmpty()) {
                boolean mayStillCome = following(period) > now - PUBLICATION_GRACE_DAYS * DAY;
                if (mayStillCome) {
                    LOG.info("{}: {} not published yet (HTTP 404); will ask again later", this, name);
                    return new FeedPage(List.of(), cursor, false);
                }
                LOG.warn("{}: {} is missing from the archive (HTTP 404 for the {}); skipped, the archive has gaps", this, name,
                        checksum.isPresent() ? "zip" : ".CHECKSUM");
                return new FeedPage(List.of(), new FeedCursor(period), period < newest);
            }
            ArchiveReader.Result result;
            try {
                result = ArchiveReader.readZip(name, zip.get(), checksum.get());
            } catch (ArchiveException e) {
                throw new SourceException(ID, SourceException.Kind.MALFORMED, e.getMessage() + " (GET " + path + ")", null, e);
            }
            if (result.symbol() != null && !result.symbol().equals(instrument)) {
                throw new SourceException(ID, SourceException.Kind.MALFORMED,
                        name + ": holds " + result.symbol() + " rows, expected " + instrument + " (GET " + path + ")");
            }
            // The feed moves past the period once its file is stored, so a file that does not hold the period would
            // lose it for good: one without rows, or one whose rows are another period's (a file served again), is refused
            // and asked for again next round.
            if (result.rows() == 0) {
                throw new SourceException(ID, SourceException.Kind.MALFORMED, name + ": no rows (a header only); refused, asked again later (GET "
                        + path + ")");
            }
            if (result.fromTs() < period || result.toTs() >= following(period) + MINUTE) {
                throw new SourceException(ID, SourceException.Kind.MALFORMED, name + ": rows from " + Instant.ofEpochMilli(result.fromTs())
                        + " to " + Instant.ofEpochMilli(result.toTs()) + " lie outside the period the file is for (a repeated file?) (GET "
                        + path + ")");
            }
            return new FeedPage(result.batches(), new FeedCursor(period), period < newest);
        }
    }

    /** Daily metrics: {@code /data/futures/um/daily/metrics/SYM/SYM-metrics-YYYY-MM-DD.zip}. */
    private final class MetricsFeed extends FileFeed {
        MetricsFeed(String instrument) {
            super(instrument, "metrics-1d");
        }

        @Override
        long nextPeriod(FeedCursor cursor) {
            return cursor.isStart() ? startOf(FIRST_METRICS_DAY) : startOf(dayOf(cursor.position()).plusDays(1));
        }

        @Override
        long newestComplete(long now) {
            return startOf(dayOf(now).minusDays(1));
        }

        @Override
        long following(long periodStart) {
            return periodStart + DAY;
        }

        @Override
        String path(long periodStart) {
            return "/data/futures/um/daily/metrics/" + instrument + "/" + instrument + "-metrics-" + dayOf(periodStart) + ".zip";
        }

        @Override
        public long nextRunAfter(long now) {
            // Yesterday's file appears some time today: look once an hour.
            return Times.nextGridTime(now, HOUR) + 10 * MINUTE;
        }
    }

    /** Monthly funding: {@code /data/futures/um/monthly/fundingRate/SYM/SYM-fundingRate-YYYY-MM.zip}. */
    private final class FundingFeed extends FileFeed {
        FundingFeed(String instrument) {
            super(instrument, "funding-1M");
        }

        @Override
        long nextPeriod(FeedCursor cursor) {
            if (cursor.isStart()) {
                return startOf(FIRST_FUNDING_MONTH.atDay(1));
            }
            return startOf(YearMonth.from(dayOf(cursor.position())).plusMonths(1).atDay(1));
        }

        @Override
        long newestComplete(long now) {
            return startOf(YearMonth.from(dayOf(now)).minusMonths(1).atDay(1));
        }

        @Override
        long following(long periodStart) {
            return startOf(YearMonth.from(dayOf(periodStart)).plusMonths(1).atDay(1));
        }

        @Override
        String path(long periodStart) {
            return "/data/futures/um/monthly/fundingRate/" + instrument + "/" + instrument + "-fundingRate-" + YearMonth.from(dayOf(periodStart))
                    + ".zip";
        }

        @Override
        public long nextRunAfter(long now) {
            return Times.nextGridTime(now, 6 * HOUR) + 10 * MINUTE;
        }
    }
}
