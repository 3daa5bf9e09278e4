package org.umbra.market.okx;

import static org.umbra.market.Times.DAY;
import static org.umbra.market.Times.HOUR;
import static org.umbra.market.Times.MINUTE;
import static org.umbra.market.Times.SECOND;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.umbra.market.Asset;
import org.umbra.market.Feed;
import org.umbra.market.InstrumentFeed;
import org.umbra.market.FeedCursor;
import org.umbra.market.FeedPage;
import org.umbra.market.FundingIntervals;
import org.umbra.market.FundingSeries;
import org.umbra.market.MarketSource;
import org.umbra.market.Metric;
import org.umbra.market.SeriesBatch;
import org.umbra.market.SeriesSpec;
import org.umbra.market.Times;
import org.umbra.market.http.SourceException;
import org.umbra.market.http.VenueHttp;
import org.umbra.market.okx.OkxDtos.FundingHistory;
import org.umbra.market.okx.OkxDtos.FundingRate;
import org.umbra.market.okx.OkxDtos.IndexTicker;
import org.umbra.market.okx.OkxDtos.Instrument;
import org.umbra.market.okx.OkxDtos.LiquidatedSide;
import org.umbra.market.okx.OkxDtos.Liquidation;
import org.umbra.market.okx.OkxDtos.MarkPrice;
import org.umbra.market.okx.OkxDtos.OpenInterest;
import org.umbra.market.okx.OkxDtos.StatRow;

/**
 * OKX v5 perpetual swaps BTC-USDT-SWAP, ETH-USDT-SWAP (linear) and BTC-USD-SWAP (inverse) as the source {@code okx}.
 *
 * <p>Per swap:
 * <ul>
 *   <li>{@code snapshot}: mark, index, premium = (mark − index) / index, OKX's own premium index when sent, the
 *       predicted funding rate, OI in contracts (raw), coin and USD; every cadence;</li>
 *   <li>{@code funding}: settled rates ({@code realizedRate}) of the ~3 months OKX serves, then after each settlement;</li>
 *   <li>{@code liquidations}: filled liquidations of the last day, summed per minute into USD longs / shorts.</li>
 * </ul>
 * Per coin (all OKX contracts of BTC or ETH together, instrument {@code BTC-CONTRACTS}): {@code oi-1h} (rubik open
 * interest in USD, 30 days) and {@code ls-accounts-1h} (rubik long/short account ratio, 30 days).
 *
 * <p>Contract sizes come from {@code /api/v5/public/instruments} (cached, refreshed daily), never from constants.
 */
public final class OkxSource implements MarketSource {
    public static final String ID = "okx";
    public static final String DEFAULT_ENDPOINT = "https://www.okx.com";
    public static final Map<String, Asset> SWAPS;

    static {
        Map<String, Asset> m = new LinkedHashMap<>();
        m.put("BTC-USDT-SWAP", Asset.BTC);
        m.put("ETH-USDT-SWAP", Asset.ETH);
        m.put("BTC-USD-SWAP", Asset.BTC);
        SWAPS = java.util.Collections.unmodifiableMap(m);
    }

    static final long SPEC_TTL = DAY;
    static final long FUNDING_INFO_TTL = 6 * HOUR;
    /** Rubik period: 1H reaches 30 days back (5m: 2 days; 1D: 180 days but on UTC+8 days). */
    static final String RUBIK_PERIOD = "1H";
    /** Liquidations are summed only for minutes that ended this long ago: late reports still land in their minute. */
    static final long LIQUIDATION_GRACE = 2 * MINUTE;
    static final int MAX_FUNDING_PAGES = 20;
    static final int MAX_LIQUIDATION_PAGES = 15;
    /** Tolerance of the oi × ctVal = oiCcy check on linear swaps (the venue rounds oiCcy). */
    private static final BigDecimal OI_CHECK_TOLERANCE = new BigDecimal("0.005");

    private final OkxClient client;
    private final Duration snapshotCadence;
    private final List<Feed> feeds;
    private volatile Map<String, Instrument> specs;
    private volatile long specsFetchedAt = Long.MIN_VALUE;
    /** The last /funding-rate answer per swap: next settlement and the funding interval. */
    private final Map<String, FundingRate> fundingInfo = new ConcurrentHashMap<>();
    private final Map<String, Long> fundingInfoAt = new ConcurrentHashMap<>();

    public OkxSource(VenueHttp http, Duration snapshotCadence) {
        this(new OkxClient(http), snapshotCadence, List.copyOf(SWAPS.keySet()));
    }

    OkxSource(OkxClient client, Duration snapshotCadence, List<String> instIds) {
        this.client = client;
        this.snapshotCadence = snapshotCadence;
        List<Feed> all = new ArrayList<>();
        Set<Asset> assets = new LinkedHashSet<>();
        for (String instId : instIds) {
            Asset asset = SWAPS.get(instId);
            if (asset == null) {
                throw new IllegalArgumentException("unsupported OKX swap " + instId);
            }
            assets.add(asset);
            all.add(new SnapshotFeed(instId, asset));
            all.add(new FundingFeed(instId, asset));
            all.add(new LiquidationFeed(instId, asset));
        }
        for (Asset asset : assets) {
            all.add(new RubikFeed(asset, RubikKind.OPEN_INTEREST));
            all.add(new RubikFeed(asset, RubikKind.LONG_SHORT_ACCOUNTS));
        }
        this.feeds = List.copyOf(all);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "OKX perpetual swaps";
    }

    @Override
    public List<Feed> feeds() {
        return feeds;
    }

    static SeriesSpec spec(String instrument, Asset asset, Metric metric, long intervalMillis) {
        return SeriesSpec.of(ID, instrument, asset, metric, intervalMillis);
    }

    /** The aggregate rubik instrument of a coin: every OKX swap and future of it together. */
    static String contractsInstrument(Asset asset) {
        return asset.name() + "-CONTRACTS";
    }

    /** Contract specs of {@code instId}, from the cached instrument list (refreshed after a day). */
    Instrument instrument(String instId, long now) throws SourceException {
        Map<String, Instrument> cached = specs;
        if (cached == null || now - specsFetchedAt > SPEC_TTL || !cached.containsKey(instId)) {
            Map<String, Instrument> fresh = new LinkedHashMap<>();
            for (Instrument i : client.swapInstruments()) {
                fresh.put(i.instId(), i);
            }
            specs = cached = fresh;
            specsFetchedAt = now;
        }
        Instrument spec = cached.get(instId);
        if (spec == null) {
            throw new SourceException(ID, SourceException.Kind.MALFORMED,
                    "instrument " + instId + " not in the venue's SWAP instrument list (GET /api/v5/public/instruments)");
        }
        return spec;
    }

    private FundingRate fundingRate(String instId, long now, boolean forceFresh) throws SourceException {
        FundingRate f = fundingInfo.get(instId);
        Long at = fundingInfoAt.get(instId);
        if (forceFresh || f == null || at == null || now - at > FUNDING_INFO_TTL) {
            f = client.fundingRate(instId);
            fundingInfo.put(instId, f);
            fundingInfoAt.put(instId, now);
        }
        return f;
    }

    private abstract static class NamedFeed extends InstrumentFeed {
        NamedFeed(String instrument, Asset asset, String name) {
            super(ID, instrument, asset, name);
        }

        SeriesBatch single(Metric metric, long interval, long ts, BigDecimal value) {
            return SeriesBatch.builder(spec(instrument, asset, metric, interval)).add(ts, value.doubleValue()).build();
        }
    }

    private final class SnapshotFeed extends NamedFeed {
        SnapshotFeed(String instId, Asset asset) {
            super(instId, asset, "snapshot");
        }

        @Override
        public FeedPage fetch(FeedCursor cursor, long now) throws SourceException {
            // Every request must succeed before anything is stored: one poll, one transaction.
            Instrument spec = instrument(instrument, now);
            MarkPrice mark = client.markPrice(instrument);
            IndexTicker index = client.indexTicker(spec.instFamily());
            FundingRate funding = fundingRate(instrument, now, true);
            OpenInterest oi = client.openInterest(instrument);
            checkOpenInterest(spec, oi);

            long mt = Times.floorTo(mark.ts(), MINUTE);
            long it = Times.floorTo(index.ts(), MINUTE);
            long ft = Times.floorTo(funding.ts() != null ? funding.ts() : mark.ts(), MINUTE);
            long ot = Times.floorTo(oi.ts(), MINUTE);
            BigDecimal premium = mark.markPx().subtract(index.idxPx()).divide(index.idxPx(), MathContext.DECIMAL64);
            List<SeriesBatch> batches = new ArrayList<>(List.of(
                    single(Metric.MARK_PRICE, MINUTE, mt, mark.markPx()),
                    single(Metric.INDEX_PRICE, MINUTE, it, index.idxPx()),
                    single(Metric.PREMIUM, MINUTE, mt, premium),
                    single(Metric.FUNDING_RATE_PREDICTED, funding.intervalMillis(), ft, funding.fundingRate()),
                    single(Metric.OPEN_INTEREST_CONTRACTS, MINUTE, ot, oi.oiContracts()),
                    single(Metric.OPEN_INTEREST_COIN, MINUTE, ot, oi.oiCoin()),
                    single(Metric.OPEN_INTEREST_USD, MINUTE, ot, oi.oiUsd())));
            if (funding.premium() != null) {
                batches.add(single(Metric.PREMIUM_INDEX, MINUTE, ft, funding.premium()));
            }
            return new FeedPage(batches, new FeedCursor(Math.max(Math.max(mt, it), Math.max(ft, ot))), false);
        }

        @Override
        public long nextRunAfter(long now) {
            return now + snapshotCadence.toMillis();
        }
    }

    /**
     * On a linear swap oiCcy must be oi × ctVal (the captured BTC-USDT-SWAP answer: 3,246,494.1 contracts ×
     * 0.01 = 32,464.941 BTC). A mismatch means the cached contract size is wrong: store nothing.
     */
    static void checkOpenInterest(Instrument spec, OpenInterest oi) throws SourceException {
        if (!spec.coinMargined() || oi.oiCoin().signum() == 0) {
            return;
        }
        BigDecimal derived = oi.oiContracts().multiply(spec.ctVal());
        BigDecimal diff = derived.subtract(oi.oiCoin()).abs();
        if (diff.compareTo(oi.oiCoin().multiply(OI_CHECK_TOLERANCE)) > 0) {
            throw new SourceException(ID, SourceException.Kind.MALFORMED, "open interest of " + spec.instId() + ": oi "
                    + oi.oiContracts().toPlainString() + " × ctVal " + spec.ctVal().toPlainString() + " = " + derived.toPlainString()
                    + " " + spec.ctValCcy() + " but oiCcy is " + oi.oiCoin().toPlainString() + " (contract size changed?)");
        }
    }

    private final class FundingFeed extends NamedFeed {
        private final FundingSeries series;

        FundingFeed(String instId, Asset asset) {
            super(instId, asset, "funding");
            series = new FundingSeries(interval -> spec(instId, asset, Metric.FUNDING_RATE, interval));
        }

        @Override
        public FeedPage fetch(FeedCursor cursor, long now) throws SourceException {
            long interval = fundingRate(instrument, now, false).intervalMillis();
            long floor = cursor.position();
            List<FundingHistory> rows = new ArrayList<>();
            Long after = null;
            for (int page = 0; page < MAX_FUNDING_PAGES; page++) {
                List<FundingHistory> got = client.fundingHistory(instrument, after);
                long oldest = Long.MAX_VALUE;
                for (FundingHistory r : got) {
                    oldest = Math.min(oldest, r.fundingTime());
                    if (r.fundingTime() > floor) {
                        rows.add(r);
                    }
                }
                // Newest first: stop at the stored cursor or at a short page. A page that does not reach further back than
                // the one before repeats it: stopping there quietly would store the newest rows and move the cursor past the
                // older ones for good, so the whole fetch is refused and asked again next round.
                if (after != null && !got.isEmpty() && oldest >= after) {
                    throw new SourceException(ID, SourceException.Kind.MALFORMED, "funding-rate-history for " + instrument
                            + ": a repeated page: asked for rows before " + Instant.ofEpochMilli(after) + ", got none older (GET "
                            + "/api/v5/public/funding-rate-history)");
                }
                // Past the check above, any rows reach further back than the page before.
                boolean progressed = !got.isEmpty();
                if (!progressed || got.size() < OkxClient.FUNDING_HISTORY_PAGE || oldest <= floor) {
                    break;
                }
                after = oldest;
            }
            // Each row's interval comes from the settlement spacing (/funding-rate gives only today's); the rows
            // reach the newest settlement, after which the current interval stands.
            List<FundingSeries.Settlement> settled = rows.stream()
                    .map(r -> new FundingSeries.Settlement(r.fundingTime(), r.realizedRate().doubleValue())).toList();
            FundingSeries.Split split = series.split(settled, cursor.isStart() ? FundingIntervals.NO_PREVIOUS : cursor.position(),
                    FundingIntervals.NEWEST, interval);
            return new FeedPage(split.batches(), new FeedCursor(Math.max(cursor.position(), split.newestTime())), false);
        }

        @Override
        public long nextRunAfter(long now) {
            // A minute after the settlement OKX announced (fundingTime of /funding-rate); the 8 h grid until known.
            FundingRate f = fundingInfo.get(instrument);
            long next = f != null && f.fundingTime() > now ? f.fundingTime() : Times.nextGridTime(now, 8 * HOUR);
            return next + MINUTE;
        }
    }

    /**
     * Filled liquidations summed per minute, stamped at the end of the minute, in USD: sz contracts × ctVal × bkPx
     * on a linear swap, sz × ctVal on an inverse one. Minutes with none inside the covered span are stored as 0.
     */
    private final class LiquidationFeed extends NamedFeed {
        LiquidationFeed(String instId, Asset asset) {
            super(instId, asset, "liquidations");
        }

        @Override
        public FeedPage fetch(FeedCursor cursor, long now) throws SourceException {
            Instrument spec = instrument(instrument, now);
            long horizon = Times.floorTo(now - LIQUIDATION_GRACE, MINUTE);
            // Details with ts >= from are not yet counted; the cursor is the end of the last minute stored.
            long from = cursor.isStart() ? horizon - DAY : cursor.position();
            if (horizon <= from) {
                return new FeedPage(List.of(), cursor, false);
            }
            List<Liquidation> rows = new ArrayList<>();
            Long after = null;
            boolean reachedFrom = false;
            boolean exhausted = false;
            long oldestSeen = Long.MAX_VALUE;
            for (int page = 0; page < MAX_LIQUIDATION_PAGES; page++) {
                List<Liquidation> got = client.liquidations(spec.instFamily(), instrument, after);
                long oldest = Long.MAX_VALUE;
                for (Liquidation l : got) {
                    oldest = Math.min(oldest, l.ts());
                    rows.add(l);
                }
                oldestSeen = Math.min(oldestSeen, oldest);
                reachedFrom = oldest < from;
                // Newest first. A short page, or an `after` that brought nothing older, is all the venue keeps.
                boolean progressed = after == null ? !got.isEmpty() : oldest < after;
                exhausted = !progressed || got.size() < OkxClient.LIQUIDATION_PAGE;
                if (reachedFrom || exhausted) {
                    break;
                }
                after = oldest;
            }
            // The span this run speaks for, zero minutes included: back to the cursor when a row older than it was
            // seen (or the venue had none); back to the oldest minute seen when the venue gave all it keeps; after
            // that minute when the page cap stopped the run (it may be incomplete). Never a false zero, at worst a gap.
            long start;
            if (oldestSeen == Long.MAX_VALUE) {
                if (cursor.isStart()) {
                    return new FeedPage(List.of(), new FeedCursor(horizon), false);
                }
                start = from;
            } else if (reachedFrom) {
                start = from;
            } else if (exhausted) {
                start = Math.max(from, Times.floorTo(oldestSeen, MINUTE));
            } else {
                start = Math.max(from, Times.floorTo(oldestSeen, MINUTE) + MINUTE);
            }
            TreeMap<Long, BigDecimal[]> perMinute = new TreeMap<>();
            for (long m = start; m < horizon; m += MINUTE) {
                perMinute.put(m + MINUTE, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            }
            Set<String> seen = new java.util.HashSet<>();
            for (Liquidation l : rows) {
                if (l.ts() < start || l.ts() >= horizon) {
                    continue;
                }
                // The same detail on two pages (the venue's order is not strictly by time) is counted once.
                if (!seen.add(l.ts() + "/" + l.liquidated() + "/" + l.sz().toPlainString() + "/" + l.bkPx().toPlainString())) {
                    continue;
                }
                BigDecimal[] sums = perMinute.get(Times.floorTo(l.ts(), MINUTE) + MINUTE);
                int side = l.liquidated() == LiquidatedSide.LONG ? 0 : 1;
                sums[side] = sums[side].add(spec.usd(l.sz(), l.bkPx()));
            }
            SeriesBatch.Builder longs = SeriesBatch.builder(spec(instrument, asset, Metric.LIQUIDATIONS_LONG_USD, MINUTE));
            SeriesBatch.Builder shorts = SeriesBatch.builder(spec(instrument, asset, Metric.LIQUIDATIONS_SHORT_USD, MINUTE));
            perMinute.forEach((end, sums) -> {
                longs.add(end, sums[0].doubleValue());
                shorts.add(end, sums[1].doubleValue());
            });
            List<SeriesBatch> batches = longs.size() == 0 ? List.of() : List.of(longs.build(), shorts.build());
            return new FeedPage(batches, new FeedCursor(horizon), false);
        }

        @Override
        public long nextRunAfter(long now) {
            return now + Math.max(snapshotCadence.toMillis(), MINUTE);
        }
    }

    private enum RubikKind {
        OPEN_INTEREST("oi-1h", Metric.OPEN_INTEREST_USD), LONG_SHORT_ACCOUNTS("ls-accounts-1h", Metric.LONG_SHORT_ACCOUNTS);

        final String name;
        final Metric metric;

        RubikKind(String name, Metric metric) {
            this.name = name;
            this.metric = metric;
        }
    }

    /**
     * Rubik hourly statistics of all contracts of a coin. OKX serves a fixed recent window (30 days at 1H) and
     * does not page it: each run asks from the cursor and keeps the rows newer than it, stamped at the venue's ts.
     */
    private final class RubikFeed extends NamedFeed {
        private final RubikKind kind;

        RubikFeed(Asset asset, RubikKind kind) {
            super(contractsInstrument(asset), asset, kind.name);
            this.kind = kind;
        }

        @Override
        public FeedPage fetch(FeedCursor cursor, long now) throws SourceException {
            Long begin = cursor.isStart() ? null : cursor.position() + 1;
            List<StatRow> rows = kind == RubikKind.OPEN_INTEREST
                    ? client.openInterestVolume(asset.name(), RUBIK_PERIOD, begin)
                    : client.longShortAccountRatio(asset.name(), RUBIK_PERIOD, begin);
            SeriesBatch.Builder b = SeriesBatch.builder(spec(instrument, asset, kind.metric, HOUR));
            long last = cursor.position();
            for (StatRow r : rows) {
                if (r.ts() <= cursor.position() || r.ts() > now) {
                    continue;
                }
                b.add(r.ts(), r.value().doubleValue());
                last = Math.max(last, r.ts());
            }
            return new FeedPage(b.size() == 0 ? List.of() : List.of(b.build()), new FeedCursor(last), false);
        }

        @Override
        public long nextRunAfter(long now) {
            return Times.nextGridTime(now, HOUR) + 5 * MINUTE;
        }
    }
}
