package org.umbra.market.binance;

import static org.umbra.market.Times.DAY;
import static org.umbra.market.Times.HOUR;
import static org.umbra.market.Times.MINUTE;
import static org.umbra.market.Times.SECOND;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.umbra.market.Unit;
import org.umbra.market.binance.BinanceDtos.FundingInfo;
import org.umbra.market.binance.BinanceDtos.FundingRate;
import org.umbra.market.binance.BinanceDtos.Kline;
import org.umbra.market.binance.BinanceDtos.OpenInterest;
import org.umbra.market.binance.BinanceFuturesClient.RatioEndpoint;
import org.umbra.market.binance.BinanceDtos.PremiumIndex;
import org.umbra.market.http.SourceException;

/**
 * Binance USD-M perpetuals BTCUSDT and ETHUSDT as the source {@code binance-futures}.
 *
 * <p>Per symbol it runs these feeds:
 * <ul>
 *   <li>{@code snapshot}: mark, index, premium, predicted funding and OI (coin, and USD at the mark), every cadence;</li>
 *   <li>{@code funding}: every settled rate since listing, paged forward, then after each settlement;</li>
 *   <li>{@code oi-5m}: 5-minute OI history, all the venue serves (about 30 days), then the new rows;</li>
 *   <li>{@code ls-accounts-5m}, {@code ls-top-accounts-5m}, {@code ls-top-positions-5m}, {@code taker-5m}: the
 *       long/short ratios (all accounts; top traders' accounts and positions) and taker buy/sell, 30 days likewise;</li>
 *   <li>{@code mark-1h} / {@code mark-1m}: mark price bar closes, hourly since listing and every minute for the last
 *       30 days (the finest period the venue serves, within a few minutes of its limits);</li>
 *   <li>{@code premium-1h} / {@code premium-1m}: Binance's premium index bar closes, likewise.</li>
 * </ul>
 * Every feed keeps a cursor, so after downtime it resumes from its last stored point and fills the gap.
 */
public final class BinanceFuturesSource implements MarketSource {
    public static final String ID = "binance-futures";
    public static final Map<String, Asset> SYMBOLS = Map.of("BTCUSDT", Asset.BTC, "ETHUSDT", Asset.ETH);
    static final long OI_HISTORY_DEPTH = 30 * DAY;
    static final long FIVE_MINUTES = 5 * MINUTE;
    private static final int DEFAULT_FUNDING_HOURS = 8;
    private static final long FUNDING_INFO_TTL = 6 * HOUR;

    private static final Map<RatioEndpoint, String> RATIO_FEEDS = Map.of(RatioEndpoint.GLOBAL_ACCOUNTS, "ls-accounts-5m",
            RatioEndpoint.TOP_ACCOUNTS, "ls-top-accounts-5m", RatioEndpoint.TOP_POSITIONS, "ls-top-positions-5m",
            RatioEndpoint.TAKER_BUY_SELL, "taker-5m");
    private static final Map<RatioEndpoint, Metric> RATIO_METRICS = Map.of(RatioEndpoint.GLOBAL_ACCOUNTS, Metric.LONG_SHORT_ACCOUNTS,
            RatioEndpoint.TOP_ACCOUNTS, Metric.LONG_SHORT_TOP_ACCOUNTS, RatioEndpoint.TOP_POSITIONS, Metric.LONG_SHORT_TOP_POSITIONS,
            RatioEndpoint.TAKER_BUY_SELL, Metric.TAKER_BUY_SELL);

    private final BinanceFuturesClient client;
    private final Duration snapshotCadence;
    private final List<Feed> feeds;
    /** Next settlement per symbol as the venue last announced it (premiumIndex.nextFundingTime). */
    private final Map<String, Long> nextFundingTime = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile List<FundingInfo> fundingInfo;
    private volatile long fundingInfoFetchedAt = Long.MIN_VALUE;

    public BinanceFuturesSource(BinanceFuturesClient client, Duration snapshotCadence) {
        this(client, snapshotCadence, List.of("BTCUSDT", "ETHUSDT"));
    }

    BinanceFuturesSource(BinanceFuturesClient client, Duration snapshotCadence, List<String> symbols) {
        this.client = client;
        this.snapshotCadence = snapshotCadence;
        List<Feed> all = new ArrayList<>();
        for (String symbol : symbols) {
            Asset asset = SYMBOLS.get(symbol);
            if (asset == null) {
                throw new IllegalArgumentException("unsupported Binance symbol " + symbol);
            }
            all.add(new SnapshotFeed(symbol, asset));
            all.add(new FundingFeed(symbol, asset));
            // One series per metric whatever the feed: OI's interval is the finest spacing written (the 1-minute snapshot).
            all.add(new FuturesDataFeed(symbol, asset, "oi-5m", List.of(Metric.OPEN_INTEREST_COIN, Metric.OPEN_INTEREST_USD), MINUTE,
                    "GET /futures/data/openInterestHist", (start, end) -> client.openInterestHist(symbol, "5m", start, end).stream()
                            .map(r -> new DataRow(r.timestamp(), new double[] {r.sumOpenInterestCoin().doubleValue(),
                                    r.sumOpenInterestValueUsd().doubleValue()}))
                            .toList()));
            for (RatioEndpoint e : RatioEndpoint.values()) {
                all.add(new FuturesDataFeed(symbol, asset, RATIO_FEEDS.get(e), List.of(RATIO_METRICS.get(e)), FIVE_MINUTES,
                        "GET " + e.path, (start, end) -> client.ratios(e, symbol, "5m", start, end).stream()
                                .map(r -> new DataRow(r.timestamp(), new double[] {r.ratio().doubleValue()}))
                                .toList()));
            }
            all.add(new KlineFeed(symbol, asset, KlineKind.MARK, "1h", HOUR, false));
            all.add(new KlineFeed(symbol, asset, KlineKind.MARK, "1m", MINUTE, true));
            all.add(new KlineFeed(symbol, asset, KlineKind.PREMIUM, "1h", HOUR, false));
            all.add(new KlineFeed(symbol, asset, KlineKind.PREMIUM, "1m", MINUTE, true));
        }
        this.feeds = List.copyOf(all);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Binance USD-M futures";
    }

    @Override
    public List<Feed> feeds() {
        return feeds;
    }

    static SeriesSpec spec(String symbol, Asset asset, Metric metric, long intervalMillis) {
        return SeriesSpec.of(ID, symbol, asset, metric, intervalMillis);
    }

    /** Funding interval of a symbol: 8 h unless /fapi/v1/fundingInfo lists another. */
    private long fundingIntervalMillis(String symbol, long now) throws SourceException {
        return fundingIntervalMillis(symbol, now, Long.MIN_VALUE);
    }

    /** As {@link #fundingIntervalMillis(String, long)}, read again if the copy held was read before {@code notBefore}. */
    private long fundingIntervalMillis(String symbol, long now, long notBefore) throws SourceException {
        if (fundingInfo == null || now - fundingInfoFetchedAt > FUNDING_INFO_TTL || fundingInfoFetchedAt < notBefore) {
            fundingInfo = client.fundingInfo();
            fundingInfoFetchedAt = now;
        }
        int hours = fundingInfo.stream().filter(f -> f.symbol().equals(symbol)).mapToInt(FundingInfo::fundingIntervalHours)
                .findFirst().orElse(DEFAULT_FUNDING_HOURS);
        return hours * HOUR;
    }

    private final class SnapshotFeed extends InstrumentFeed {
        SnapshotFeed(String instrument, Asset asset) {
            super(ID, instrument, asset, "snapshot");
        }

        @Override
        public FeedPage fetch(FeedCursor cursor, long now) throws SourceException {
            // Both requests must succeed before anything is stored: one poll, one transaction.
            PremiumIndex p = client.premiumIndex(instrument);
            OpenInterest oi = client.openInterest(instrument);
            long fundingInterval = fundingIntervalMillis(instrument, now);
            nextFundingTime.put(instrument, p.nextFundingTime());
            long pt = Times.floorTo(p.time(), MINUTE);
            long ot = Times.floorTo(oi.time(), MINUTE);
            BigDecimal premium = p.markPrice().subtract(p.indexPrice()).divide(p.indexPrice(), MathContext.DECIMAL64);
            List<SeriesBatch> batches = List.of(
                    single(Metric.MARK_PRICE, MINUTE, pt, p.markPrice()),
                    single(Metric.INDEX_PRICE, MINUTE, pt, p.indexPrice()),
                    single(Metric.PREMIUM, MINUTE, pt, premium),
                    single(Metric.FUNDING_RATE_PREDICTED, fundingInterval, pt, p.lastFundingRate()),
                    single(Metric.OPEN_INTEREST_COIN, MINUTE, ot, oi.openInterestCoin()),
                    single(Metric.OPEN_INTEREST_USD, MINUTE, ot, oi.openInterestCoin().multiply(p.markPrice())));
            return new FeedPage(batches, new FeedCursor(Math.max(pt, ot)), false);
        }

        private SeriesBatch single(Metric metric, long interval, long ts, BigDecimal value) {
            return SeriesBatch.builder(spec(instrument, asset, metric, interval)).add(ts, value.doubleValue()).build();
        }

        @Override
        public long nextRunAfter(long now) {
            return now + snapshotCadence.toMillis();
        }
    }

    private final class FundingFeed extends InstrumentFeed {
        private final FundingSeries series;

        FundingFeed(String instrument, Asset asset) {
            super(ID, instrument, asset, "funding");
            series = new FundingSeries(interval -> spec(instrument, asset, Metric.FUNDING_RATE, interval));
        }

        @Override
        public FeedPage fetch(FeedCursor cursor, long now) throws SourceException {
            long start = cursor.isStart() ? 0 : cursor.position() + 1;
            List<FundingRate> rows = client.fundingRates(instrument, start);
            // fundingInfo read before the newest settlement may predate a change of interval: then it is read again.
            long newest = rows.stream().mapToLong(FundingRate::fundingTime).max().orElse(Long.MIN_VALUE);
            long interval = fundingIntervalMillis(instrument, now, newest);
            boolean full = rows.size() >= BinanceFuturesClient.MAX_FUNDING_ROWS;
            // Each row's interval comes from the settlement spacing (fundingInfo gives only today's). The cursor is
            // the raw fundingTime of the newest row stored (fundingTime carries a few ms of jitter, …000004, and is
            // stamped at the whole minute), so a row held back undecided at the end of a full page is fetched again.
            List<FundingSeries.Settlement> settled = rows.stream()
                    .map(r -> new FundingSeries.Settlement(r.fundingTime(), r.fundingRate().doubleValue())).toList();
            FundingSeries.Split split = series.split(settled, cursor.isStart() ? FundingIntervals.NO_PREVIOUS : cursor.position(),
                    full ? FundingIntervals.NOT_FETCHED : FundingIntervals.NEWEST, interval);
            long last = Math.max(cursor.position(), split.newestTime());
            // The venue's word: a full page. A page that did not advance is FeedRunner's to stop.
            boolean more = full;
            return new FeedPage(split.batches(), new FeedCursor(last), more);
        }

        @Override
        public long nextRunAfter(long now) {
            // A minute after the next settlement, as the venue announced it; the 8 h grid
            // (00/08/16 UTC) until a snapshot has told us.
            Long announced = nextFundingTime.get(instrument);
            long next = announced != null && announced > now ? announced : Times.nextGridTime(now, 8 * HOUR);
            return next + MINUTE;
        }
    }

    /** A row of a /futures/data window: its period stamp and one value per metric of the feed. */
    private record DataRow(long timestamp, double[] values) {
    }

    @FunctionalInterface
    private interface WindowFetch {
        List<DataRow> fetch(long start, long end) throws SourceException;
    }

    /**
     * The 30-day /futures/data endpoints (OI history, long/short and taker ratios), read in windows of
     * 500 five-minute rows from 30 days ago (or from the cursor after downtime) up to now.
     */
    private final class FuturesDataFeed extends InstrumentFeed {
        private final List<Metric> metrics;
        private final long seriesInterval;
        private final String request;
        private final WindowFetch window;

        FuturesDataFeed(String instrument, Asset asset, String name, List<Metric> metrics, long seriesInterval, String request,
                WindowFetch window) {
            super(ID, instrument, asset, name);
            this.metrics = metrics;
            this.seriesInterval = seriesInterval;
            this.request = request;
            this.window = window;
        }

        @Override
        public FeedPage fetch(FeedCursor cursor, long now) throws SourceException {
            // The venue serves ~30 days; ask a little inside that so the first window is never refused.
            long oldest = Times.floorTo(now - OI_HISTORY_DEPTH, FIVE_MINUTES) + FIVE_MINUTES;
            long start = cursor.isStart() ? oldest : Math.max(oldest, cursor.position() + 1);
            if (start > now - FIVE_MINUTES) {
                return new FeedPage(List.of(), cursor, false);
            }
            long end = Math.min(start + BinanceFuturesClient.MAX_OI_HIST_ROWS * FIVE_MINUTES - 1, now);
            List<SeriesBatch.Builder> builders = new ArrayList<>();
            for (Metric m : metrics) {
                builders.add(SeriesBatch.builder(spec(instrument, asset, m, seriesInterval)));
            }
            RequestedWindow asked = new RequestedWindow(start, end);
            List<DataRow> rows = window.fetch(start, end);
            // Rows, none of them in the window: another window's answer, which stepping over the window would lose.
            asked.requireAnswered(this, rows, DataRow::timestamp, request);
            long last = cursor.position();
            for (DataRow row : rows) {
                // A row outside the window is not trusted to move the cursor (past rows not yet fetched) or be stored.
                if (!asked.contains(row.timestamp())) {
                    continue;
                }
                for (int k = 0; k < metrics.size(); k++) {
                    builders.get(k).add(row.timestamp(), row.values()[k]);
                }
                last = Math.max(last, row.timestamp());
            }
            // A window that lies well in the past and came back empty is a hole at the venue: step over it.
            if (end < now - 2 * FIVE_MINUTES) {
                last = Math.max(last, end);
            }
            boolean more = last > cursor.position() && end < now - FIVE_MINUTES;
            List<SeriesBatch> batches = builders.get(0).size() == 0 ? List.of() : builders.stream().map(SeriesBatch.Builder::build).toList();
            return new FeedPage(batches, new FeedCursor(last), more);
        }

        @Override
        public long nextRunAfter(long now) {
            return Times.nextGridTime(now, FIVE_MINUTES) + 30 * SECOND;
        }
    }

    private enum KlineKind {
        // The series interval is the finest spacing any feed writes to it: mark prices also come from the snapshot.
        MARK("mark", Metric.MARK_PRICE, MINUTE), PREMIUM("premium", Metric.PREMIUM_INDEX, MINUTE);

        final String name;
        final Metric metric;
        final long seriesInterval;

        KlineKind(String name, Metric metric, long seriesInterval) {
            this.name = name;
            this.metric = metric;
            this.seriesInterval = seriesInterval;
        }
    }

    /** Bar closes stamped at the end of the bar (closeTime + 1 ms); the open bar is never stored. */
    private final class KlineFeed extends InstrumentFeed {
        private final KlineKind kind;
        private final String interval;
        private final long step;
        private final boolean recentOnly;

        KlineFeed(String instrument, Asset asset, KlineKind kind, String interval, long step, boolean recentOnly) {
            super(ID, instrument, asset, kind.name + "-" + interval);
            this.kind = kind;
            this.interval = interval;
            this.step = step;
            this.recentOnly = recentOnly;
        }

        @Override
        public FeedPage fetch(FeedCursor cursor, long now) throws SourceException {
            long start = cursor.isStart() ? (recentOnly ? Times.floorTo(now - OI_HISTORY_DEPTH, step) : 0) : cursor.position();
            List<Kline> bars = kind == KlineKind.MARK
                    ? client.markPriceKlines(instrument, interval, start)
                    : client.premiumIndexKlines(instrument, interval, start);
            SeriesBatch.Builder b = SeriesBatch.builder(spec(instrument, asset, kind.metric, kind.seriesInterval));
            long last = cursor.position();
            for (Kline k : bars) {
                long end = k.closeTime() + 1;
                if (end > now) {
                    continue;
                }
                b.add(end, k.close().doubleValue());
                last = Math.max(last, end);
            }
            // The venue's word (a full page); a page that did not advance is FeedRunner's to stop.
            boolean more = bars.size() >= BinanceFuturesClient.KLINE_PAGE_ROWS;
            return new FeedPage(b.size() == 0 ? List.of() : List.of(b.build()), new FeedCursor(last), more);
        }

        @Override
        public long nextRunAfter(long now) {
            return Times.nextGridTime(now, step) + 30 * SECOND;
        }
    }
}
