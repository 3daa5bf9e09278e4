package org.umbra.market.bitmex;

import static org.umbra.market.Times.HOUR;
import static org.umbra.market.Times.MINUTE;
import static org.umbra.market.Times.SECOND;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
import org.umbra.market.bitmex.BitmexDtos.FundingRow;
import org.umbra.market.bitmex.BitmexDtos.Instrument;
import org.umbra.market.http.SourceException;
import org.umbra.market.http.VenueHttp;

/**
 * BitMEX perpetuals as the source {@code bitmex}: XBTUSD (inverse, 1 USD a contract) and ETHUSD (quanto,
 * settled in XBt). Per symbol:
 * <ul>
 *   <li>{@code snapshot}: GET /api/v1/instrument every 5 minutes (BitMEX serves no OI history):
 *       {@code oi_contracts} (raw), {@code oi_coin} and {@code oi_usd} derived with the spec on the same row
 *       ({@link BitmexContracts}), {@code mark_price}, {@code index_price} (indicativeSettlePrice, the .BXBT / .BETH
 *       index), {@code premium} = (mark - index) / index, {@code funding_rate_predicted} (fundingRate: the rate
 *       charged at the coming fundingTimestamp) with the instrument's funding interval;</li>
 *   <li>{@code funding}: GET /api/v1/funding paged forward by startTime from the start of the venue (XBTUSD
 *       since 2016-05-13), then a minute after each settlement (04/12/20 UTC).</li>
 * </ul>
 */
public final class BitmexSource implements MarketSource {
    public static final String ID = "bitmex";
    public static final String DEFAULT_ENDPOINT = "https://www.bitmex.com";
    /** Symbols this source knows; the default set is {@link #DEFAULT_SYMBOLS}. */
    public static final Map<String, Asset> SYMBOLS = Map.of("XBTUSD", Asset.BTC, "ETHUSD", Asset.ETH,
            "XBTUSDT", Asset.BTC, "ETHUSDT", Asset.ETH);
    /** XBTUSDT/ETHUSDT are not polled by default: no recorded instrument row to test their spec against yet. */
    public static final List<String> DEFAULT_SYMBOLS = List.of("XBTUSD", "ETHUSD");
    /** The instrument whose indicativeSettlePrice (.BXBT) prices a quanto's XBt value in USD. */
    static final String BTC_PRICE_SYMBOL = "XBTUSD";
    /** BitMEX has no OI history: snapshots at least 5 minutes apart; also the snapshot series' nominal interval. */
    static final Duration MIN_SNAPSHOT_CADENCE = MarketSource.NOW_ONLY_SNAPSHOT_FLOOR;
    static final long SNAPSHOT_INTERVAL = MIN_SNAPSHOT_CADENCE.toMillis();
    /** Before the first BitMEX listing: the first funding page starts here and the venue returns from its first row. */
    static final long HISTORY_START = Instant.parse("2014-11-01T00:00:00Z").toEpochMilli();
    /** Settlements at 04:00, 12:00 and 20:00 UTC. */
    static final long FUNDING_GRID = 8 * HOUR;
    static final long FUNDING_GRID_OFFSET = 4 * HOUR;

    private final BitmexClient client;
    private final Duration snapshotCadence;
    private final List<Feed> feeds;
    /** Next settlement per symbol as the venue last announced it (instrument.fundingTimestamp). */
    private final Map<String, Long> nextFundingTime = new ConcurrentHashMap<>();

    public BitmexSource(VenueHttp http, Duration snapshotCadence) {
        this(new BitmexClient(http), snapshotCadence, DEFAULT_SYMBOLS);
    }

    BitmexSource(BitmexClient client, Duration snapshotCadence, List<String> symbols) {
        this.client = client;
        this.snapshotCadence = MarketSource.nowOnlyCadence(snapshotCadence);
        List<Feed> all = new ArrayList<>();
        for (String symbol : symbols) {
            Asset asset = SYMBOLS.get(symbol);
            if (asset == null) {
                throw new IllegalArgumentException("unsupported BitMEX symbol " + symbol);
            }
            all.add(new SnapshotFeed(symbol, asset));
            all.add(new FundingFeed(symbol, asset));
        }
        this.feeds = List.copyOf(all);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "BitMEX";
    }

    @Override
    public List<Feed> feeds() {
        return feeds;
    }

    Duration snapshotCadence() {
        return snapshotCadence;
    }

    static SeriesSpec spec(String symbol, Asset asset, Metric metric, long intervalMillis) {
        return SeriesSpec.of(ID, symbol, asset, metric, intervalMillis);
    }

    /** The next 04/12/20 UTC settlement strictly after {@code now}. */
    static long nextSettlementOnGrid(long now) {
        return Times.nextGridTime(now - FUNDING_GRID_OFFSET, FUNDING_GRID) + FUNDING_GRID_OFFSET;
    }

    private final class SnapshotFeed extends InstrumentFeed {
        SnapshotFeed(String instrument, Asset asset) {
            super(ID, instrument, asset, "snapshot");
        }

        @Override
        public FeedPage fetch(FeedCursor cursor, long now) throws SourceException {
            // Every request must succeed before anything is stored: one poll, one transaction.
            Instrument i = client.instrument(instrument);
            BigDecimal btcUsd = null;
            if (i.quanto()) {
                btcUsd = instrument.equals(BTC_PRICE_SYMBOL) ? i.indicativeSettlePrice()
                        : client.instrument(BTC_PRICE_SYMBOL).indicativeSettlePrice();
            }
            BitmexContracts.OpenInterest oi;
            try {
                oi = BitmexContracts.openInterest(i, btcUsd);
            } catch (RuntimeException e) {
                throw new SourceException(ID, SourceException.Kind.MALFORMED,
                        "malformed response: " + e.getMessage() + " (GET /api/v1/instrument)", null, e);
            }
            nextFundingTime.put(instrument, i.fundingTimestamp());
            long ts = Times.floorTo(i.timestamp(), MINUTE);
            BigDecimal premium = i.markPrice().subtract(i.indicativeSettlePrice()).divide(i.indicativeSettlePrice(), MathContext.DECIMAL64);
            List<SeriesBatch> batches = List.of(
                    single(Metric.OPEN_INTEREST_CONTRACTS, SNAPSHOT_INTERVAL, ts, oi.contracts()),
                    single(Metric.OPEN_INTEREST_COIN, SNAPSHOT_INTERVAL, ts, oi.coin()),
                    single(Metric.OPEN_INTEREST_USD, SNAPSHOT_INTERVAL, ts, oi.usd()),
                    single(Metric.MARK_PRICE, SNAPSHOT_INTERVAL, ts, i.markPrice()),
                    single(Metric.INDEX_PRICE, SNAPSHOT_INTERVAL, ts, i.indicativeSettlePrice()),
                    single(Metric.PREMIUM, SNAPSHOT_INTERVAL, ts, premium),
                    single(Metric.FUNDING_RATE_PREDICTED, i.fundingIntervalMillis(), ts, i.fundingRate()));
            return new FeedPage(batches, new FeedCursor(Math.max(ts, cursor.position())), false);
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
            long start = cursor.isStart() ? HISTORY_START : cursor.position() + 1;
            List<FundingRow> rows = client.funding(instrument, start);
            if (rows.isEmpty()) {
                return new FeedPage(List.of(), cursor, false);
            }
            // Each row states the period its rate is per (fundingInterval): a change of interval goes to a series of its own.
            Map<Long, SeriesBatch.Builder> byInterval = new LinkedHashMap<>();
            long last = cursor.position();
            for (FundingRow r : rows) {
                if (r.timestamp() < start) {
                    continue;
                }
                byInterval.computeIfAbsent(r.intervalMillis(), iv -> SeriesBatch.builder(spec(instrument, asset, Metric.FUNDING_RATE, iv)))
                        .add(r.timestamp(), r.fundingRate().doubleValue());
                last = Math.max(last, r.timestamp());
            }
            // The venue's word (a full page); a page that did not advance is FeedRunner's to stop.
            boolean more = rows.size() >= BitmexClient.FUNDING_PAGE_ROWS;
            return new FeedPage(byInterval.values().stream().map(SeriesBatch.Builder::build).toList(), new FeedCursor(last), more);
        }

        @Override
        public long nextRunAfter(long now) {
            // A minute after the next settlement as the venue announced it; the 04/12/20 UTC grid until a snapshot has.
            Long announced = nextFundingTime.get(instrument);
            long next = announced != null && announced > now ? announced : nextSettlementOnGrid(now);
            return next + MINUTE;
        }
    }
}
