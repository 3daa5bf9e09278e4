package org.umbra.market.coinbase;

import static org.umbra.market.Times.DAY;
import static org.umbra.market.Times.HOUR;
import static org.umbra.market.Times.MINUTE;
import static org.umbra.market.Times.SECOND;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.umbra.market.Unit;
import org.umbra.market.coinbase.CoinbaseDtos.Candle;
import org.umbra.market.http.SourceException;
import org.umbra.market.http.VenueHttp;

/**
 * Coinbase Exchange spot BTC-USD, ETH-USD and ETH-BTC bar closes as the source {@code coinbase}.
 *
 * <p>Per product two feeds write one series {@code price_close}:
 * <ul>
 *   <li>{@code close-1h}: granularity 3600 from the product's first trading days, windows of 300 hours;</li>
 *   <li>{@code close-1m}: granularity 60 for the last 30 days, windows of 300 minutes, then each new minute.</li>
 * </ul>
 * The venue stamps a candle at its START in epoch seconds, newest first; Umbra stores the close at the END of
 * the bucket (start + granularity) in milliseconds, ascending, and never a bucket that has not ended.
 * BTC-USD and ETH-USD are in {@link Unit#USD}; ETH-BTC in {@link Unit#BTC}.
 */
public final class CoinbaseSource implements MarketSource {
    public static final String ID = "coinbase";
    public static final String DEFAULT_ENDPOINT = "https://api.exchange.coinbase.com";
    static final List<String> PRODUCTS = List.of("BTC-USD", "ETH-USD", "ETH-BTC");
    static final Map<String, Asset> ASSETS = Map.of("BTC-USD", Asset.BTC, "ETH-USD", Asset.ETH, "ETH-BTC", Asset.ETH);
    static final Map<String, Unit> UNITS = Map.of("BTC-USD", Unit.USD, "ETH-USD", Unit.USD, "ETH-BTC", Unit.BTC);
    /**
     * Where the hourly backfill starts. BTC-USD: the first daily candle the venue serves is 2015-07-20
     * (a measurement published by another project, not checked here). ETH pairs: Coinbase Exchange (then GDAX)
     * listed ETH in May 2016; starting on the 1st costs at most a few empty windows, which are stepped over.
     */
    static final Map<String, Long> HISTORY_START = Map.of(
            "BTC-USD", Instant.parse("2015-07-20T00:00:00Z").toEpochMilli(),
            "ETH-USD", Instant.parse("2016-05-01T00:00:00Z").toEpochMilli(),
            "ETH-BTC", Instant.parse("2016-05-01T00:00:00Z").toEpochMilli());
    static final long RECENT_DEPTH = 30 * DAY;
    static final long SERIES_INTERVAL = MINUTE;

    private final CoinbaseClient client;
    private final List<Feed> feeds;

    /** The app's constructor: default budgets. Candles are history, so the snapshot cadence is unused. */
    public CoinbaseSource(VenueHttp http, Duration snapshotCadence) {
        this(new CoinbaseClient(http), PRODUCTS);
    }

    CoinbaseSource(CoinbaseClient client, List<String> products) {
        this.client = client;
        List<Feed> all = new ArrayList<>();
        for (String product : products) {
            if (!ASSETS.containsKey(product)) {
                throw new IllegalArgumentException("unsupported Coinbase product " + product);
            }
            all.add(new CandleFeed(product, HOUR, false));
            all.add(new CandleFeed(product, MINUTE, true));
        }
        this.feeds = List.copyOf(all);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Coinbase Exchange spot";
    }

    @Override
    public List<Feed> feeds() {
        return feeds;
    }

    static SeriesSpec spec(String product) {
        return new SeriesSpec(ID, product, ASSETS.get(product), Metric.PRICE_CLOSE, UNITS.get(product), SERIES_INTERVAL / SECOND);
    }

    /** Windows of at most 300 buckets, paged forward; closes stamped at the bucket's end. */
    private final class CandleFeed extends InstrumentFeed {
        private final long step;
        private final boolean recentOnly;

        CandleFeed(String product, long step, boolean recentOnly) {
            super(ID, product, ASSETS.get(product), "close-" + (step == HOUR ? "1h" : "1m"));
            this.step = step;
            this.recentOnly = recentOnly;
        }

        @Override
        public FeedPage fetch(FeedCursor cursor, long now) throws SourceException {
            // Newest bucket that has ended by now: [lastClosed, lastClosed + step) with lastClosed + step <= now.
            long lastClosed = Times.floorTo(now, step) - step;
            long oldest = recentOnly ? Times.floorTo(now - RECENT_DEPTH, step) : HISTORY_START.get(instrument);
            // The cursor is the end of the newest stored bucket, i.e. the start of the next one.
            long start = cursor.isStart() ? oldest : Math.max(oldest, cursor.position());
            if (start > lastClosed) {
                return new FeedPage(List.of(), cursor, false);
            }
            long end = Math.min(start + (CoinbaseClient.MAX_CANDLES - 1) * step, lastClosed);
            List<Candle> rows = client.candles(instrument, step / SECOND, start, end);
            // Candles, yet none in the window asked for: not a hole but another window's answer (a repeated page), which
            // stepping over would lose. The one bucket before the window that the venue adds is no sign of either.
            RequestedWindow window = new RequestedWindow(start, end);
            window.requireAnswered(this, rows.stream().filter(c -> c.startMillis() != start - step).toList(), Candle::startMillis,
                    "GET /products/" + instrument + "/candles");
            SeriesBatch.Builder b = SeriesBatch.builder(spec(instrument));
            long last = cursor.position();
            for (Candle c : rows) {
                long barEnd = c.endMillis(step);
                // The venue may return buckets before `start`; the open bucket is never stored.
                if (!window.contains(c.startMillis()) || barEnd > now) {
                    continue;
                }
                b.add(barEnd, c.close().doubleValue());
                last = Math.max(last, barEnd);
            }
            // No candle is published for a bucket without trades. A window wholly in the past that came back
            // empty is a hole at the venue (or the time before listing): step over it. A window with rows resumes
            // after its newest row, so a bucket is never skipped even if the venue's `end` were exclusive. The
            // newest two buckets are never stepped over: the venue may not have published them yet.
            if (b.size() == 0 && end + step <= now - 2 * step) {
                last = Math.max(last, end + step);
            }
            boolean more = last > cursor.position() && end < lastClosed;
            return new FeedPage(b.size() == 0 ? List.of() : List.of(b.build()), new FeedCursor(last), more);
        }

        @Override
        public long nextRunAfter(long now) {
            return Times.nextGridTime(now, step) + 30 * SECOND;
        }
    }
}
