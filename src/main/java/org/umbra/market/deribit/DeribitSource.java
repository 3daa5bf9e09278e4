package org.umbra.market.deribit;

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
import java.util.concurrent.ConcurrentHashMap;
import org.umbra.market.Asset;
import org.umbra.market.Feed;
import org.umbra.market.InstrumentFeed;
import org.umbra.market.FeedCursor;
import org.umbra.market.FeedPage;
import org.umbra.market.MarketSource;
import org.umbra.market.RequestedWindow;
import org.umbra.market.Metric;
import org.umbra.market.SeriesBatch;
import org.umbra.market.SeriesSpec;
import org.umbra.market.Times;
import org.umbra.market.deribit.DeribitDtos.BookSummary;
import org.umbra.market.deribit.DeribitDtos.FundingRow;
import org.umbra.market.deribit.DeribitDtos.Instrument;
import org.umbra.market.http.SourceException;
import org.umbra.market.http.VenueHttp;

/**
 * Deribit's inverse perpetuals BTC-PERPETUAL and ETH-PERPETUAL as the source {@code deribit}.
 *
 * <p>Per instrument:
 * <ul>
 *   <li>{@code snapshot}: from the book summary, OI in USD as the venue reports it ({@code oi_usd}, raw), in
 *       contracts (USD / contract_size from get_instrument) and in coin (USD / mark); mark; index (the perpetual's
 *       estimated_delivery_price); premium; {@code funding_8h} as the predicted rate per 8 h. Deribit serves no OI
 *       history, so this is the only OI Umbra gets: every 5 minutes at least.</li>
 *   <li>{@code funding}: hourly {@code interest_1h} since the instrument's creation, in 30-day windows, then
 *       each hour; stored as {@code funding_rate} per 1 h.</li>
 * </ul>
 */
public final class DeribitSource implements MarketSource {
    public static final String ID = "deribit";
    public static final String DEFAULT_ENDPOINT = "https://www.deribit.com";
    public static final Map<String, Asset> INSTRUMENTS = Map.of("BTC-PERPETUAL", Asset.BTC, "ETH-PERPETUAL", Asset.ETH);
    /** Deribit keeps no OI history: a snapshot at least every 5 minutes, and that is the series' spacing. */
    static final long SNAPSHOT_SPACING = MarketSource.NOW_ONLY_SNAPSHOT_FLOOR.toMillis();
    /** funding_8h is, as its name says, a rate per 8 hours. */
    static final long PREDICTED_FUNDING_INTERVAL = 8 * HOUR;
    /** interest_1h rows: one per hour, each the funding of that hour. */
    static final long FUNDING_INTERVAL = HOUR;
    /** A window per get_funding_rate_history request: 720 hourly rows. */
    static final long FUNDING_WINDOW = 30 * DAY;
    private static final long INSTRUMENT_TTL = 6 * HOUR;

    private final DeribitClient client;
    private final Duration snapshotCadence;
    private final List<Feed> feeds;
    private final Map<String, Instrument> instruments = new ConcurrentHashMap<>();
    private final Map<String, Long> instrumentFetchedAt = new ConcurrentHashMap<>();

    public DeribitSource(VenueHttp http, Duration snapshotCadence) {
        this(new DeribitClient(http), snapshotCadence, List.of("BTC-PERPETUAL", "ETH-PERPETUAL"));
    }

    DeribitSource(DeribitClient client, Duration snapshotCadence, List<String> instrumentNames) {
        this.client = client;
        this.snapshotCadence = MarketSource.nowOnlyCadence(snapshotCadence);
        List<Feed> all = new ArrayList<>();
        for (String name : instrumentNames) {
            Asset asset = INSTRUMENTS.get(name);
            if (asset == null) {
                throw new IllegalArgumentException("unsupported Deribit instrument " + name);
            }
            all.add(new SnapshotFeed(name, asset));
            all.add(new FundingFeed(name, asset));
        }
        this.feeds = List.copyOf(all);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Deribit perpetuals";
    }

    @Override
    public List<Feed> feeds() {
        return feeds;
    }

    Duration snapshotCadence() {
        return snapshotCadence;
    }

    static SeriesSpec spec(String instrument, Asset asset, Metric metric, long intervalMillis) {
        return SeriesSpec.of(ID, instrument, asset, metric, intervalMillis);
    }

    /** The contract specification, read from the venue and kept for a few hours. */
    private Instrument instrument(String name, long now) throws SourceException {
        Instrument cached = instruments.get(name);
        Long at = instrumentFetchedAt.get(name);
        if (cached == null || at == null || now - at > INSTRUMENT_TTL) {
            Instrument fresh = client.instrument(name);
            if (!fresh.isInversePerpetual()) {
                // The OI conversion below assumes USD-denominated OI of an inverse perpetual; anything else is wrong.
                throw new SourceException(ID, SourceException.Kind.MALFORMED, name + " is not an inverse USD perpetual (kind "
                        + fresh.kind() + ", type " + fresh.instrumentType() + ", settlement " + fresh.settlementPeriod()
                        + ", quote " + fresh.quoteCurrency() + "): OI units would be wrong");
            }
            instruments.put(name, fresh);
            instrumentFetchedAt.put(name, now);
            cached = fresh;
        }
        return cached;
    }

    /** OI of an inverse contract, reported in USD, in coin at the mark price. */
    static BigDecimal usdToCoin(BigDecimal usd, BigDecimal markPrice) {
        return usd.divide(markPrice, MathContext.DECIMAL64);
    }

    /** OI of an inverse contract, reported in USD, in contracts of {@code contractSizeUsd}. */
    static BigDecimal usdToContracts(BigDecimal usd, BigDecimal contractSizeUsd) {
        return usd.divide(contractSizeUsd, MathContext.DECIMAL64);
    }

    /**
     * The funding over the 8 hours ending at row {@code i}: the sum of that row's and the seven previous hourly
     * {@code interest_1h}. This is what Deribit's {@code interest_8h} reports (the trailing 8 h sum); null when the
     * eight rows are not consecutive hours.
     */
    static BigDecimal trailingEightHours(List<FundingRow> rows, int i) {
        if (i < 7) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = i - 7; k <= i; k++) {
            if (k > i - 7 && rows.get(k).timestamp() - rows.get(k - 1).timestamp() != HOUR) {
                return null;
            }
            sum = sum.add(rows.get(k).interest1h());
        }
        return sum;
    }

    private final class SnapshotFeed extends InstrumentFeed {
        SnapshotFeed(String instrument, Asset asset) {
            super(ID, instrument, asset, "snapshot");
        }

        @Override
        public FeedPage fetch(FeedCursor cursor, long now) throws SourceException {
            // Both requests must succeed before anything is stored: one poll, one transaction.
            Instrument spec = instrument(instrument, now);
            BookSummary s = client.bookSummary(asset.name(), instrument);
            long ts = Times.floorTo(s.creationTimestamp(), MINUTE);
            BigDecimal index = s.estimatedDeliveryPrice();
            BigDecimal premium = s.markPrice().subtract(index).divide(index, MathContext.DECIMAL64);
            List<SeriesBatch> batches = List.of(
                    single(Metric.OPEN_INTEREST_USD, SNAPSHOT_SPACING, ts, s.openInterestUsd()),
                    single(Metric.OPEN_INTEREST_CONTRACTS, SNAPSHOT_SPACING, ts, usdToContracts(s.openInterestUsd(), spec.contractSize())),
                    single(Metric.OPEN_INTEREST_COIN, SNAPSHOT_SPACING, ts, usdToCoin(s.openInterestUsd(), s.markPrice())),
                    single(Metric.MARK_PRICE, SNAPSHOT_SPACING, ts, s.markPrice()),
                    single(Metric.INDEX_PRICE, SNAPSHOT_SPACING, ts, index),
                    single(Metric.PREMIUM, SNAPSHOT_SPACING, ts, premium),
                    single(Metric.FUNDING_RATE_PREDICTED, PREDICTED_FUNDING_INTERVAL, ts, s.funding8h()));
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
            long start = cursor.isStart() ? Times.floorTo(instrument(instrument, now).creationTimestamp(), HOUR) : cursor.position() + 1;
            if (start > now) {
                return new FeedPage(List.of(), cursor, false);
            }
            long end = Math.min(start + FUNDING_WINDOW - 1, now);
            List<FundingRow> rows = client.fundingRateHistory(instrument, start, end);
            // Rows, yet none in the window asked for: not a hole but another window's answer (a repeated page).
            RequestedWindow window = new RequestedWindow(start, end);
            window.requireAnswered(this, rows, FundingRow::timestamp, "GET " + DeribitClient.PREFIX + "get_funding_rate_history");
            SeriesBatch.Builder b = SeriesBatch.builder(spec(instrument, asset, Metric.FUNDING_RATE, FUNDING_INTERVAL));
            long last = cursor.position();
            for (FundingRow r : rows) {
                // Rows outside the window asked for are not trusted to move the cursor (or stored twice).
                if (!window.contains(r.timestamp())) {
                    continue;
                }
                b.add(Times.roundTo(r.timestamp(), MINUTE), r.interest1h().doubleValue());
                last = Math.max(last, r.timestamp());
            }
            // A window wholly in the past that came back empty is a hole (or before the first row): step over it.
            if (b.size() == 0 && end < now - HOUR) {
                last = Math.max(last, end);
            }
            boolean more = last > cursor.position() && end < now;
            return new FeedPage(b.size() == 0 ? List.of() : List.of(b.build()), new FeedCursor(last), more);
        }

        @Override
        public long nextRunAfter(long now) {
            return Times.nextGridTime(now, HOUR) + MINUTE;
        }
    }
}
