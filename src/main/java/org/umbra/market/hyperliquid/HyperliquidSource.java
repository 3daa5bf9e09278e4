package org.umbra.market.hyperliquid;

import static org.umbra.market.Times.HOUR;
import static org.umbra.market.Times.MINUTE;
import static org.umbra.market.Times.SECOND;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.umbra.market.Asset;
import org.umbra.market.Feed;
import org.umbra.market.InstrumentFeed;
import org.umbra.market.FeedCursor;
import org.umbra.market.FeedPage;
import org.umbra.market.MarketSource;
import org.umbra.market.Metric;
import org.umbra.market.SeriesBatch;
import org.umbra.market.SeriesSpec;
import org.umbra.market.Times;
import org.umbra.market.http.SourceException;
import org.umbra.market.http.VenueHttp;
import org.umbra.market.hyperliquid.HyperliquidDtos.AssetCtx;
import org.umbra.market.hyperliquid.HyperliquidDtos.CoinPredictions;
import org.umbra.market.hyperliquid.HyperliquidDtos.FundingRow;
import org.umbra.market.hyperliquid.HyperliquidDtos.VenuePrediction;

/**
 * Hyperliquid's BTC and ETH perpetuals as the source {@code hyperliquid}.
 *
 * <p>Per coin:
 * <ul>
 *   <li>{@code snapshot}: metaAndAssetCtxs (the coin found by name in the universe) and predictedFundings: OI in coins
 *       (raw) and in USD at the mark, mark, oracle price as the index, premium (mark vs oracle), Hyperliquid's own
 *       impact premium as {@code premium_index}, and the predicted hourly funding. No OI history exists at the venue, so
 *       this runs at least every 5 minutes.</li>
 *   <li>{@code funding}: fundingHistory, hourly settled rates since 2023, 500 rows a page paged forward, then each hour.</li>
 * </ul>
 */
public final class HyperliquidSource implements MarketSource {
    public static final String ID = "hyperliquid";
    public static final String DEFAULT_ENDPOINT = "https://api.hyperliquid.xyz";
    public static final Map<String, Asset> COINS = Map.of("BTC", Asset.BTC, "ETH", Asset.ETH);
    /** Hyperliquid's own row in predictedFundings; the others (BinPerp, BybitPerp, …) are other venues' rates. */
    static final String OWN_VENUE = "HlPerp";
    /** Funding on Hyperliquid is computed and paid every hour: every rate it serves is per 1 h. */
    static final long FUNDING_INTERVAL = HOUR;
    static final long SNAPSHOT_SPACING = MarketSource.NOW_ONLY_SNAPSHOT_FLOOR.toMillis();
    /** Before the first funding rows (the docs' example is 2023-05-12): 2023-01-01T00:00Z. */
    static final long HISTORY_START = 1_672_531_200_000L;

    private final HyperliquidClient client;
    private final Duration snapshotCadence;
    private final List<Feed> feeds;

    public HyperliquidSource(VenueHttp http, Duration snapshotCadence) {
        this(new HyperliquidClient(http), snapshotCadence, List.of("BTC", "ETH"));
    }

    HyperliquidSource(HyperliquidClient client, Duration snapshotCadence, List<String> coins) {
        this.client = client;
        this.snapshotCadence = MarketSource.nowOnlyCadence(snapshotCadence);
        List<Feed> all = new ArrayList<>();
        for (String coin : coins) {
            Asset asset = COINS.get(coin);
            if (asset == null) {
                throw new IllegalArgumentException("unsupported Hyperliquid coin " + coin);
            }
            all.add(new SnapshotFeed(coin, asset));
            all.add(new FundingFeed(coin, asset));
        }
        this.feeds = List.copyOf(all);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Hyperliquid perpetuals";
    }

    @Override
    public List<Feed> feeds() {
        return feeds;
    }

    Duration snapshotCadence() {
        return snapshotCadence;
    }

    static SeriesSpec spec(String coin, Asset asset, Metric metric, long intervalMillis) {
        return SeriesSpec.of(ID, coin, asset, metric, intervalMillis);
    }

    /** Hyperliquid's own predicted rate for {@code coin}, if predictedFundings lists one. */
    static Optional<VenuePrediction> ownPrediction(List<CoinPredictions> all, String coin) {
        return all.stream().filter(c -> c.coin().equals(coin)).flatMap(c -> c.venues().stream())
                .filter(v -> v.venue().equals(OWN_VENUE)).findFirst();
    }

    /** An hourly rate expressed per 8 h, to compare with 8-hourly venues: 0.0000125 per hour = 0.0001 (0.01 %) per 8 h. */
    static BigDecimal hourlyToEightHours(BigDecimal hourly) {
        return hourly.multiply(BigDecimal.valueOf(8));
    }

    private final class SnapshotFeed extends InstrumentFeed {
        SnapshotFeed(String instrument, Asset asset) {
            super(ID, instrument, asset, "snapshot");
        }

        @Override
        public FeedPage fetch(FeedCursor cursor, long now) throws SourceException {
            // Both requests must succeed before anything is stored: one poll, one transaction.
            AssetCtx c = client.assetCtx(instrument);
            List<CoinPredictions> predictions = client.predictedFundings();
            // The answer carries no time of its own: stamped at the minute it was asked.
            long ts = Times.floorTo(now, MINUTE);
            BigDecimal predicted = ownPrediction(predictions, instrument).map(VenuePrediction::fundingRate).orElse(c.funding());
            BigDecimal premium = c.markPx().subtract(c.oraclePx()).divide(c.oraclePx(), MathContext.DECIMAL64);
            List<SeriesBatch> batches = new ArrayList<>(List.of(
                    single(Metric.OPEN_INTEREST_COIN, SNAPSHOT_SPACING, ts, c.openInterest()),
                    single(Metric.OPEN_INTEREST_USD, SNAPSHOT_SPACING, ts, c.openInterest().multiply(c.markPx())),
                    single(Metric.MARK_PRICE, SNAPSHOT_SPACING, ts, c.markPx()),
                    single(Metric.INDEX_PRICE, SNAPSHOT_SPACING, ts, c.oraclePx()),
                    single(Metric.PREMIUM, SNAPSHOT_SPACING, ts, premium),
                    single(Metric.FUNDING_RATE_PREDICTED, FUNDING_INTERVAL, ts, predicted)));
            if (c.premium() != null) {
                batches.add(single(Metric.PREMIUM_INDEX, SNAPSHOT_SPACING, ts, c.premium()));
            }
            return new FeedPage(batches, new FeedCursor(ts), false);
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
        FundingFeed(String instrument, Asset asset) {
            super(ID, instrument, asset, "funding");
        }

        @Override
        public FeedPage fetch(FeedCursor cursor, long now) throws SourceException {
            // startTime is inclusive: the next page starts 1 ms after the last row, or it would repeat it.
            long start = cursor.isStart() ? HISTORY_START : cursor.position() + 1;
            if (start > now) {
                return new FeedPage(List.of(), cursor, false);
            }
            List<FundingRow> rows = client.fundingHistory(instrument, start);
            SeriesBatch.Builder b = SeriesBatch.builder(spec(instrument, asset, Metric.FUNDING_RATE, FUNDING_INTERVAL));
            long last = cursor.position();
            for (FundingRow r : rows) {
                if (r.time() < start || r.time() > now) {
                    continue;
                }
                // time carries a few ms of jitter (…600076): the settlement is the whole minute.
                b.add(Times.roundTo(r.time(), MINUTE), r.fundingRate().doubleValue());
                last = Math.max(last, r.time());
            }
            // The venue's word (a full page); a page that did not advance is FeedRunner's to stop.
            boolean more = rows.size() >= HyperliquidClient.MAX_ROWS;
            return new FeedPage(b.size() == 0 ? List.of() : List.of(b.build()), new FeedCursor(last), more);
        }

        @Override
        public long nextRunAfter(long now) {
            return Times.nextGridTime(now, HOUR) + MINUTE;
        }
    }
}
