package org.umbra.drill;

import static org.umbra.dev.SimulatedMarket.DAY;
import static org.umbra.dev.SimulatedMarket.HOUR;

import java.util.List;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import okhttp3.mockwebserver.RecordedRequest;
import org.umbra.dev.BackfillBench;
import org.umbra.dev.SimulatedVenue;

/**
 * One venue as the drill replays faults against it: the feed it drives (a history feed that pages, so a repeated
 * page can loop), the requests that carry that feed's data (where faults land), how much history the venue serves
 * before the drill starts ({@code history}: more than one page, so the first round pages), how far the clock moves
 * between cases so the venue has something new ({@code step}), and the required field a null replaces.
 */
record DrillVenue(String id, String feed, Predicate<RecordedRequest> target, long history, long step, String nullField) {

    boolean archive() {
        return id.equals("binance-archive");
    }

    SimulatedVenue venue(long since) {
        LongFunction<SimulatedVenue> make = BackfillBench.VENUES.get(id);
        return make.apply(since);
    }

    private static Predicate<RecordedRequest> path(String path) {
        return r -> r.getRequestUrl().encodedPath().equals(path);
    }

    /** Every source Umbra polls ({@code SourceCatalog}), each with one paging history feed. */
    static final List<DrillVenue> ALL = List.of(
            new DrillVenue("binance-futures", "BTCUSDT/funding", path("/fapi/v1/fundingRate"), 400 * DAY, 8 * HOUR, "fundingRate"),
            new DrillVenue("binance-spot", "BTCUSDT/close-1h", path("/api/v3/klines"), 50 * DAY, HOUR, "#4"),
            new DrillVenue("coinbase", "BTC-USD/close-1m", path("/products/BTC-USD/candles"), 31 * DAY, HOUR, "#4"),
            new DrillVenue("bitmex", "XBTUSD/funding", path("/api/v1/funding"), 200 * DAY, 8 * HOUR, "fundingRate"),
            new DrillVenue("cftc", "133741/oi-weekly", path("/resource/gpe5-46if.json"), 365 * DAY, 7 * DAY, "open_interest_all"),
            new DrillVenue("deribit", "BTC-PERPETUAL/funding", path("/api/v2/public/get_funding_rate_history"), 40 * DAY, HOUR, "interest_1h"),
            new DrillVenue("hyperliquid", "BTC/funding",
                    r -> r.getRequestUrl().encodedPath().equals("/info") && r.getBody().clone().readUtf8().contains("fundingHistory"),
                    25 * DAY, HOUR, "fundingRate"),
            new DrillVenue("bybit", "BTCUSDT/funding", path("/v5/market/funding/history"), 100 * DAY, 8 * HOUR, "fundingRate"),
            new DrillVenue("okx", "BTC-USDT-SWAP/funding", path("/api/v5/public/funding-rate-history"), 200 * DAY, 8 * HOUR, "realizedRate"),
            new DrillVenue("binance-archive", "BTCUSDT/funding-1M",
                    r -> r.getRequestUrl().encodedPath().matches("/data/futures/um/monthly/fundingRate/BTCUSDT/.*\\.zip"), 180 * DAY, 31 * DAY,
                    null));

    /** Binance USD-M hourly mark-price bars: one page whatever the history, a new bar every hour. */
    private static final DrillVenue FUTURES_BARS = new DrillVenue("binance-futures", "BTCUSDT/mark-1h", r -> false, 2 * DAY, HOUR, null);

    /**
     * The healthy venue polled beside {@code faulty} in the same collector, with a new hourly bar in every round: Binance
     * USD-M's mark-price bars, or Binance spot's beside Binance USD-M.
     */
    static DrillVenue partnerOf(DrillVenue faulty) {
        return faulty.id().equals("binance-futures") ? new DrillVenue("binance-spot", "BTCUSDT/close-1h", r -> false, 2 * DAY, HOUR, null)
                : FUTURES_BARS;
    }
}
