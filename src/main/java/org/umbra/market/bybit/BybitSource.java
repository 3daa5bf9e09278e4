package org.umbra.market.bybit;

import static org.umbra.market.Times.DAY;
import static org.umbra.market.Times.HOUR;
import static org.umbra.market.Times.MINUTE;
import static org.umbra.market.Times.SECOND;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.umbra.market.Asset;
import org.umbra.market.Feed;
import org.umbra.market.InstrumentFeed;
import org.umbra.market.FeedCursor;
import org.umbra.market.FeedPage;
import org.umbra.market.FundingIntervals;
import org.umbra.market.FundingSeries;
import org.umbra.market.MarketSource;
import org.umbra.market.RequestedWindow;
import org.umbra.market.Metric;
import org.umbra.market.SeriesBatch;
import org.umbra.market.SeriesSpec;
import org.umbra.market.Times;
import org.umbra.market.bybit.BybitDtos.AccountRatioRow;
import org.umbra.market.bybit.BybitDtos.Bar;
import org.umbra.market.bybit.BybitDtos.FundingRow;
import org.umbra.market.bybit.BybitDtos.InstrumentInfo;
import org.umbra.market.bybit.BybitDtos.OpenInterestRow;
import org.umbra.market.bybit.BybitDtos.Ticker;
import org.umbra.market.http.SourceException;
import org.umbra.market.http.VenueHttp;

/**
 * Bybit v5 perpetuals as the source {@code bybit}: linear BTCUSDT and ETHUSDT (OI in coin) and
 * inverse BTCUSD (OI in USD, 1 contract = 1 USD).
 *
 * <p>Per instrument it runs these feeds (every one keeps a cursor and resumes after downtime):
 * <ul>
 *   <li>{@code snapshot}: tickers: mark, index, premium, predicted funding, OI raw and derived at the mark;</li>
 *   <li>{@code funding}: every settled rate since launch (instruments-info launchTime), with the interval
 *       instruments-info publishes;</li>
 *   <li>{@code oi-1h} since launch and {@code oi-5min} for the last 30 days: raw OI, and the other unit derived
 *       with the close of the mark-price bar ending at the OI timestamp (skipped where no bar came back);</li>
 *   <li>{@code ratio-1h} since launch and {@code ratio-5min} for the last 30 days: buyRatio / sellRatio;</li>
 *   <li>{@code premium-60} since launch and {@code premium-1} for the last 30 days (linear only): premium
 *       index bar closes stamped at the bar end.</li>
 * </ul>
 */
public final class BybitSource implements MarketSource {
    public static final String ID = "bybit";
    public static final String DEFAULT_ENDPOINT = "https://api.bybit.com";
    static final long RECENT_DEPTH = 30 * DAY;
    private static final long INSTRUMENT_TTL = 6 * HOUR;

    /** One traded contract: its category decides the raw OI unit. */
    record Instrument(String category, String symbol, Asset asset) {
        boolean inverse() {
            return category.equals("inverse");
        }
    }

    static final List<Instrument> INSTRUMENTS = List.of(
            new Instrument("linear", "BTCUSDT", Asset.BTC),
            new Instrument("linear", "ETHUSDT", Asset.ETH),
            new Instrument("inverse", "BTCUSD", Asset.BTC));

    private final BybitClient client;
    private final Duration snapshotCadence;
    private final List<Feed> feeds;
    private final Map<String, Long> nextFundingTime = new ConcurrentHashMap<>();
    private final Map<String, InstrumentInfo> instruments = new ConcurrentHashMap<>();
    private final Map<String, Long> instrumentFetchedAt = new ConcurrentHashMap<>();

    public BybitSource(VenueHttp http, Duration snapshotCadence) {
        this(new BybitClient(http), snapshotCadence, INSTRUMENTS);
    }

    BybitSource(BybitClient client, Duration snapshotCadence, List<Instrument> instruments) {
        this.client = client;
        this.snapshotCadence = snapshotCadence;
        List<Feed> all = new ArrayList<>();
        for (Instrument in : instruments) {
            all.add(new SnapshotFeed(in));
            all.add(new FundingFeed(in));
            all.add(new OpenInterestFeed(in, "1h", HOUR, false));
            all.add(new OpenInterestFeed(in, "5min", 5 * MINUTE, true));
            all.add(new AccountRatioFeed(in, "1h", HOUR, false));
            all.add(new AccountRatioFeed(in, "5min", 5 * MINUTE, true));
            if (!in.inverse()) {
                all.add(new PremiumIndexFeed(in, "60", HOUR, false));
                all.add(new PremiumIndexFeed(in, "1", MINUTE, true));
            }
        }
        this.feeds = List.copyOf(all);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Bybit perpetuals";
    }

    @Override
    public List<Feed> feeds() {
        return feeds;
    }

    static SeriesSpec spec(Instrument in, Metric metric, long intervalMillis) {
        return SeriesSpec.of(ID, in.symbol(), in.asset(), metric, intervalMillis);
    }

    /** Launch time and funding interval, re-read every few hours (Bybit changes intervals on some symbols). */
    private InstrumentInfo instrument(Instrument in, long now) throws SourceException {
        return instrument(in, now, Long.MIN_VALUE);
    }

    /** As {@link #instrument(Instrument, long)}, read again if the copy held was read before {@code notBefore}. */
    private InstrumentInfo instrument(Instrument in, long now, long notBefore) throws SourceException {
        InstrumentInfo info = instruments.get(in.symbol());
        Long at = instrumentFetchedAt.get(in.symbol());
        if (info == null || at == null || now - at > INSTRUMENT_TTL || at < notBefore) {
            info = client.instrument(in.category(), in.symbol());
            instruments.put(in.symbol(), info);
            instrumentFetchedAt.put(in.symbol(), now);
        }
        return info;
    }

    /** Raw OI goes to its own unit's series; the other unit is derived at {@code price}. */
    static void addOpenInterest(Instrument in, SeriesBatch.Builder coin, SeriesBatch.Builder usd, long ts, BigDecimal raw,
            BigDecimal price) {
        if (in.inverse()) {
            usd.add(ts, raw.doubleValue());
            if (price != null) {
                coin.add(ts, raw.divide(price, MathContext.DECIMAL64).doubleValue());
            }
        } else {
            coin.add(ts, raw.doubleValue());
            if (price != null) {
                usd.add(ts, raw.multiply(price).doubleValue());
            }
        }
    }

    private static List<SeriesBatch> nonEmpty(SeriesBatch.Builder... builders) {
        List<SeriesBatch> out = new ArrayList<>();
        for (SeriesBatch.Builder b : builders) {
            if (b.size() > 0) {
                out.add(b.build());
            }
        }
        return out;
    }

    private abstract static class BybitFeed extends InstrumentFeed {
        final Instrument in;

        BybitFeed(Instrument in, String name) {
            super(ID, in.symbol(), in.asset(), name);
            this.in = in;
        }
    }

    private final class SnapshotFeed extends BybitFeed {
        SnapshotFeed(Instrument in) {
            super(in, "snapshot");
        }

        @Override
        public FeedPage fetch(FeedCursor cursor, long now) throws SourceException {
            Ticker t = client.ticker(in.category(), in.symbol());
            nextFundingTime.put(in.symbol(), t.nextFundingTime());
            long ts = Times.floorTo(t.time(), MINUTE);
            BigDecimal premium = t.markPrice().subtract(t.indexPrice()).divide(t.indexPrice(), MathContext.DECIMAL64);
            SeriesBatch.Builder coin = SeriesBatch.builder(spec(in, Metric.OPEN_INTEREST_COIN, MINUTE));
            SeriesBatch.Builder usd = SeriesBatch.builder(spec(in, Metric.OPEN_INTEREST_USD, MINUTE));
            addOpenInterest(in, coin, usd, ts, t.openInterest(), t.markPrice());
            List<SeriesBatch> batches = new ArrayList<>(List.of(
                    single(Metric.MARK_PRICE, MINUTE, ts, t.markPrice()),
                    single(Metric.INDEX_PRICE, MINUTE, ts, t.indexPrice()),
                    single(Metric.PREMIUM, MINUTE, ts, premium),
                    single(Metric.FUNDING_RATE_PREDICTED, t.fundingIntervalHours() * HOUR, ts, t.fundingRate())));
            batches.addAll(nonEmpty(coin, usd));
            return new FeedPage(batches, new FeedCursor(ts), false);
        }

        private SeriesBatch single(Metric metric, long interval, long ts, BigDecimal value) {
            return SeriesBatch.builder(spec(in, metric, interval)).add(ts, value.doubleValue()).build();
        }

        @Override
        public long nextRunAfter(long now) {
            return now + snapshotCadence.toMillis();
        }
    }

    /**
     * Pages forward through time in windows that hold at most one venue page, so a backfill is a
     * walk from the origin to now whatever order the venue sorts in. The cursor is the newest stored
     * timestamp; rows outside the asked window are ignored; a window well in the past that came back
     * empty is a hole at the venue (or before the data starts) and is stepped over. An answer with rows, none
     * of them in the window, is another window's and is refused ({@link RequestedWindow#requireAnswered}).
     */
    private abstract class WindowFeed extends BybitFeed {
        final long step;
        private final int rowsPerWindow;
        private final boolean recentOnly;
        /** Stored timestamp minus the venue's row timestamp: a bar's length (stamped at its end), else 0. */
        private final long shift;

        WindowFeed(Instrument in, String name, long step, int rowsPerWindow, boolean recentOnly, long shift) {
            super(in, name);
            this.step = step;
            this.rowsPerWindow = rowsPerWindow;
            this.recentOnly = recentOnly;
            this.shift = shift;
        }

        /**
         * Fetches venue rows stamped in {@code window}, refuses an answer of none there, and adds those stored at or
         * before now; returns the newest stored time.
         */
        abstract long fetchWindow(RequestedWindow window, long now, List<SeriesBatch> out) throws SourceException;

        long stepMillis(long now) throws SourceException {
            return step;
        }

        @Override
        public FeedPage fetch(FeedCursor cursor, long now) throws SourceException {
            long step = stepMillis(now);
            // Nothing exists before launch: a young instrument's "last 30 days" starts at its launch.
            long launch = Times.floorTo(instrument(in, now).launchTime(), step);
            long origin = recentOnly ? Math.max(launch, Times.floorTo(now - RECENT_DEPTH, step) + step) : launch;
            long start = cursor.isStart() ? origin : Math.max(origin, cursor.position() - shift + 1);
            if (start + shift > now - step + (shift == 0 ? 0 : step)) {
                return new FeedPage(List.of(), cursor, false);
            }
            long end = Math.min(start + (long) rowsPerWindow * step - 1, now);
            List<SeriesBatch> batches = new ArrayList<>();
            long last = Math.max(cursor.position(), fetchWindow(new RequestedWindow(start, end), now, batches));
            if (end + shift < now - 2 * step) {
                last = Math.max(last, end + shift);
            }
            boolean more = last > cursor.position() && end + shift < now - step;
            return new FeedPage(batches, new FeedCursor(last), more);
        }

        @Override
        public long nextRunAfter(long now) {
            return Times.nextGridTime(now, step) + 30 * SECOND;
        }
    }

    private final class FundingFeed extends WindowFeed {
        /** Far enough past a window's last row to hold the next settlement, even after one missed 8 h settlement. */
        private static final long LOOKAHEAD = 2 * 8 * HOUR + HOUR;
        private final FundingSeries series;

        FundingFeed(Instrument in) {
            super(in, "funding", 8 * HOUR, BybitClient.FUNDING_PAGE_ROWS, false, 0);
            series = new FundingSeries(interval -> spec(in, Metric.FUNDING_RATE, interval));
        }

        @Override
        long stepMillis(long now) throws SourceException {
            return instrument(in, now).fundingIntervalMinutes() * MINUTE;
        }

        @Override
        long fetchWindow(RequestedWindow window, long now, List<SeriesBatch> out) throws SourceException {
            long start = window.start();
            long end = window.end();
            List<FundingRow> got = client.funding(in.category(), in.symbol(), start, end);
            window.requireAnswered(this, got, FundingRow::fundingRateTimestamp, "GET /v5/market/funding/history");
            List<FundingSeries.Settlement> rows = new ArrayList<>();
            for (FundingRow r : got) {
                if (window.contains(r.fundingRateTimestamp())) {
                    rows.add(new FundingSeries.Settlement(r.fundingRateTimestamp(), r.fundingRate().doubleValue()));
                }
            }
            // instruments-info read before the newest settlement may predate a change of interval: then it is read again.
            long newest = rows.stream().mapToLong(FundingSeries.Settlement::time).max().orElse(Long.MIN_VALUE);
            long interval = instrument(in, now, newest).fundingIntervalMinutes() * MINUTE;
            // Each row's interval comes from the settlement spacing (instruments-info gives only today's). The
            // cursor may be a stepped-over window's end, so the settlement before is the one this feed last stored.
            FundingSeries.Split split = series.split(rows, series.lastSettlementUpTo(start - 1),
                    end >= now ? t -> FundingIntervals.NEWEST : t -> nextSettlementAfter(t, now), interval);
            out.addAll(split.batches());
            return split.newestTime();
        }

        /** The settlement after {@code time}: asked only when a window's last row may start a new interval. */
        private long nextSettlementAfter(long time, long now) throws SourceException {
            // No row within the lookahead reads as "newest": a hole that long at a change is not worth a longer search.
            return client.funding(in.category(), in.symbol(), time + 1, Math.min(now, time + LOOKAHEAD)).stream()
                    .mapToLong(FundingRow::fundingRateTimestamp).filter(t -> t > time).min().orElse(FundingIntervals.NEWEST);
        }

        @Override
        public long nextRunAfter(long now) {
            Long announced = nextFundingTime.get(in.symbol());
            long next = announced != null && announced > now ? announced : Times.nextGridTime(now, 8 * HOUR);
            return next + MINUTE;
        }
    }

    private final class OpenInterestFeed extends WindowFeed {
        private final String intervalTime;

        OpenInterestFeed(Instrument in, String intervalTime, long step, boolean recentOnly) {
            super(in, "oi-" + intervalTime, step, BybitClient.OI_PAGE_ROWS, recentOnly, 0);
            this.intervalTime = intervalTime;
        }

        @Override
        long fetchWindow(RequestedWindow window, long now, List<SeriesBatch> out) throws SourceException {
            long start = window.start();
            long end = window.end();
            List<OpenInterestRow> rows = client.openInterest(in.category(), in.symbol(), intervalTime, start, end);
            window.requireAnswered(this, rows, OpenInterestRow::timestamp, "GET /v5/market/open-interest");
            if (rows.isEmpty()) {
                return Long.MIN_VALUE;
            }
            // The mark-price bar that ends at an OI timestamp gives the price of that moment.
            Map<Long, BigDecimal> markAt = new HashMap<>();
            String barInterval = step == HOUR ? "60" : "5";
            for (Bar bar : client.markPriceKlines(in.category(), in.symbol(), barInterval, start - step, end)) {
                if (bar.startTime() + step <= now && bar.close().signum() > 0) {
                    markAt.put(bar.startTime() + step, bar.close());
                }
            }
            // One series per metric whatever the feed: its interval is the finest spacing written (the 1-minute snapshot).
            SeriesBatch.Builder coin = SeriesBatch.builder(spec(in, Metric.OPEN_INTEREST_COIN, MINUTE));
            SeriesBatch.Builder usd = SeriesBatch.builder(spec(in, Metric.OPEN_INTEREST_USD, MINUTE));
            long last = Long.MIN_VALUE;
            for (OpenInterestRow r : rows) {
                if (!window.contains(r.timestamp())) {
                    continue;
                }
                addOpenInterest(in, coin, usd, r.timestamp(), r.openInterest(), markAt.get(r.timestamp()));
                last = Math.max(last, r.timestamp());
            }
            out.addAll(nonEmpty(coin, usd));
            return last;
        }
    }

    private final class AccountRatioFeed extends WindowFeed {
        private final String period;

        AccountRatioFeed(Instrument in, String period, long step, boolean recentOnly) {
            super(in, "ratio-" + period, step, BybitClient.RATIO_PAGE_ROWS, recentOnly, 0);
            this.period = period;
        }

        @Override
        long fetchWindow(RequestedWindow window, long now, List<SeriesBatch> out) throws SourceException {
            List<AccountRatioRow> rows = client.accountRatio(in.category(), in.symbol(), period, window.start(), window.end());
            window.requireAnswered(this, rows, AccountRatioRow::timestamp, "GET /v5/market/account-ratio");
            SeriesBatch.Builder b = SeriesBatch.builder(spec(in, Metric.LONG_SHORT_ACCOUNTS, 5 * MINUTE));
            long last = Long.MIN_VALUE;
            for (AccountRatioRow r : rows) {
                if (!window.contains(r.timestamp())) {
                    continue;
                }
                b.add(r.timestamp(), r.buyRatio().divide(r.sellRatio(), MathContext.DECIMAL64).doubleValue());
                last = Math.max(last, r.timestamp());
            }
            out.addAll(nonEmpty(b));
            return last;
        }
    }

    /** Premium index bar closes stamped at the end of the bar (start + interval); the open bar is never stored. */
    private final class PremiumIndexFeed extends WindowFeed {
        private final String interval;

        PremiumIndexFeed(Instrument in, String interval, long step, boolean recentOnly) {
            super(in, "premium-" + interval, step, BybitClient.KLINE_PAGE_ROWS, recentOnly, step);
            this.interval = interval;
        }

        @Override
        long fetchWindow(RequestedWindow window, long now, List<SeriesBatch> out) throws SourceException {
            // The window is of bar starts, as the venue stamps them; the bar still open is in it, but not stored.
            List<Bar> bars = client.premiumIndexKlines(in.symbol(), interval, window.start(), window.end());
            window.requireAnswered(this, bars, Bar::startTime, "GET /v5/market/premium-index-price-kline");
            SeriesBatch.Builder b = SeriesBatch.builder(spec(in, Metric.PREMIUM_INDEX, MINUTE));
            long last = Long.MIN_VALUE;
            for (Bar bar : bars) {
                long barEnd = bar.startTime() + step;
                if (!window.contains(bar.startTime()) || barEnd > now) {
                    continue;
                }
                b.add(barEnd, bar.close().doubleValue());
                last = Math.max(last, barEnd);
            }
            out.addAll(nonEmpty(b));
            return last;
        }
    }
}
