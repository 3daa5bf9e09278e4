package org.umbra.market.binancespot;

import static org.umbra.market.Times.DAY;
import static org.umbra.market.Times.HOUR;
import static org.umbra.market.Times.MINUTE;
import static org.umbra.market.Times.SECOND;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.umbra.market.Unit;
import org.umbra.market.binancespot.BinanceSpotDtos.SpotKline;
import org.umbra.market.http.SourceException;
import org.umbra.market.http.VenueHttp;

/**
 * Binance spot BTCUSDT, ETHUSDT and ETHBTC bar closes as the source {@code binance-spot}.
 *
 * <p>Per symbol two feeds write one series {@code price_close}:
 * <ul>
 *   <li>{@code close-1h}: hourly bars from the first bar the venue has (2017), paged forward 1000 at a time;</li>
 *   <li>{@code close-1m}: one-minute bars for the last 30 days, then every new minute.</li>
 * </ul>
 * Closes are stamped at the END of the bar (closeTime + 1 ms); a bar that has not closed is never stored.
 * BTCUSDT and ETHUSDT are stored in {@link Unit#USD} (USDT taken as USD, as for binance-futures);
 * ETHBTC in {@link Unit#BTC}. The series interval is 60 s, the finer of the two feeds.
 */
public final class BinanceSpotSource implements MarketSource {
    public static final String ID = "binance-spot";
    public static final String DEFAULT_ENDPOINT = "https://api.binance.com";
    /** Symbol → (asset, unit of its price). */
    static final Map<String, Asset> ASSETS = Map.of("BTCUSDT", Asset.BTC, "ETHUSDT", Asset.ETH, "ETHBTC", Asset.ETH);
    static final Map<String, Unit> UNITS = Map.of("BTCUSDT", Unit.USD, "ETHUSDT", Unit.USD, "ETHBTC", Unit.BTC);
    static final List<String> SYMBOLS = List.of("BTCUSDT", "ETHUSDT", "ETHBTC");
    static final long RECENT_DEPTH = 30 * DAY;
    /** One series per (instrument, metric): its interval is the finest spacing written, the 1-minute bars. */
    static final long SERIES_INTERVAL = MINUTE;

    private final BinanceSpotClient client;
    private final List<Feed> feeds;

    /** The app's constructor: default budgets. Spot has no "now only" series, so the cadence is unused. */
    public BinanceSpotSource(VenueHttp http, Duration snapshotCadence) {
        this(new BinanceSpotClient(http), SYMBOLS);
    }

    BinanceSpotSource(BinanceSpotClient client, List<String> symbols) {
        this.client = client;
        List<Feed> all = new ArrayList<>();
        for (String symbol : symbols) {
            if (!ASSETS.containsKey(symbol)) {
                throw new IllegalArgumentException("unsupported Binance spot symbol " + symbol);
            }
            all.add(new KlineFeed(symbol, "1h", HOUR, false));
            all.add(new KlineFeed(symbol, "1m", MINUTE, true));
        }
        this.feeds = List.copyOf(all);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Binance spot";
    }

    @Override
    public List<Feed> feeds() {
        return feeds;
    }

    static SeriesSpec spec(String symbol) {
        return new SeriesSpec(ID, symbol, ASSETS.get(symbol), Metric.PRICE_CLOSE, UNITS.get(symbol), SERIES_INTERVAL / SECOND);
    }

    /** Bar closes stamped at the end of the bar (closeTime + 1 ms); the open bar is never stored. */
    private final class KlineFeed extends InstrumentFeed {
        private final String interval;
        private final long step;
        private final boolean recentOnly;

        KlineFeed(String symbol, String interval, long step, boolean recentOnly) {
            super(ID, symbol, ASSETS.get(symbol), "close-" + interval);
            this.interval = interval;
            this.step = step;
            this.recentOnly = recentOnly;
        }

        @Override
        public FeedPage fetch(FeedCursor cursor, long now) throws SourceException {
            // The cursor is the end of the newest stored bar, i.e. the open time of the next one.
            long start = cursor.isStart() ? (recentOnly ? Times.floorTo(now - RECENT_DEPTH, step) : 0) : cursor.position();
            List<SpotKline> bars = client.klines(instrument, interval, step, start);
            SeriesBatch.Builder b = SeriesBatch.builder(spec(instrument));
            long last = cursor.position();
            for (SpotKline k : bars) {
                long end = k.endTime();
                if (end > now || k.openTime() < start) {
                    continue; // still open, or not what was asked for
                }
                b.add(end, k.close().doubleValue());
                last = Math.max(last, end);
            }
            // The venue's word (a full page); a page that did not advance is FeedRunner's to stop.
            boolean more = bars.size() >= BinanceSpotClient.KLINE_PAGE_ROWS;
            return new FeedPage(b.size() == 0 ? List.of() : List.of(b.build()), new FeedCursor(last), more);
        }

        @Override
        public long nextRunAfter(long now) {
            return Times.nextGridTime(now, step) + 30 * SECOND;
        }
    }
}
