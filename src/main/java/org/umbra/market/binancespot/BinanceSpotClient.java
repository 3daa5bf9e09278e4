package org.umbra.market.binancespot;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.umbra.market.binancespot.BinanceSpotDtos.SpotKline;
import org.umbra.market.http.RateLimiter;
import org.umbra.market.http.SourceException;
import org.umbra.market.http.VenueHttp;
import org.umbra.market.http.VenueHttp.Cost;

/**
 * Binance spot public market data ({@code https://api.binance.com}). Only {@code GET /api/v3/klines}:
 * weight 2 per request whatever the limit, at most 1000 rows. Binance publishes 6000 request weight a
 * minute per IP for the spot API; Umbra keeps half, 3000.
 */
public final class BinanceSpotClient {
    /** The spot maximum (USD-M futures allow 1500; spot does not). */
    static final int KLINE_PAGE_ROWS = 1000;
    static final int KLINE_WEIGHT = 2;
    static final int IP_WEIGHT_BUDGET = 3000;

    private final VenueHttp http;
    private final RateLimiter ipWeight;

    public BinanceSpotClient(VenueHttp http) {
        this(http, new RateLimiter("binance spot ip weight", IP_WEIGHT_BUDGET, Duration.ofMinutes(1)));
    }

    BinanceSpotClient(VenueHttp http, RateLimiter ipWeight) {
        this.http = http;
        this.ipWeight = ipWeight;
    }

    /** Bars whose open time is at or after {@code startTime}, ascending, at most 1000. */
    List<SpotKline> klines(String symbol, String interval, long stepMillis, long startTime) throws SourceException {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("symbol", symbol);
        q.put("interval", interval);
        q.put("startTime", Long.toString(startTime));
        q.put("limit", Integer.toString(KLINE_PAGE_ROWS));
        return http.getJson("/api/v3/klines", q, List.of(new Cost(ipWeight, KLINE_WEIGHT)),
                body -> BinanceSpotParsers.klines(body, stepMillis));
    }
}
