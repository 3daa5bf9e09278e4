package org.umbra.market.coinbase;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.umbra.market.coinbase.CoinbaseDtos.Candle;
import org.umbra.market.http.RateLimiter;
import org.umbra.market.http.SourceException;
import org.umbra.market.http.VenueHttp;
import org.umbra.market.http.VenueHttp.Cost;

/**
 * Coinbase Exchange public market data ({@code https://api.exchange.coinbase.com}). Only the product
 * candles: at most 300 buckets a request (a larger range is rejected by the venue). Coinbase documents about
 * 10 requests a second per IP for public endpoints; Umbra keeps half, 5.
 */
public final class CoinbaseClient {
    static final int MAX_CANDLES = 300;
    static final int REQUESTS_PER_SECOND = 5;

    private final VenueHttp http;
    private final RateLimiter requests;

    public CoinbaseClient(VenueHttp http) {
        this(http, new RateLimiter("coinbase public", REQUESTS_PER_SECOND, Duration.ofSeconds(1)));
    }

    CoinbaseClient(VenueHttp http, RateLimiter requests) {
        this.http = http;
        this.requests = requests;
    }

    /** Buckets starting in [startMillis, endMillis] (both ISO 8601 UTC on the wire), newest first as the venue sends them. */
    List<Candle> candles(String productId, long granularitySeconds, long startMillis, long endMillis) throws SourceException {
        if ((endMillis - startMillis) / (granularitySeconds * 1000L) + 1 > MAX_CANDLES) {
            throw new IllegalArgumentException("window of more than " + MAX_CANDLES + " candles");
        }
        Map<String, String> q = new LinkedHashMap<>();
        q.put("granularity", Long.toString(granularitySeconds));
        q.put("start", Instant.ofEpochMilli(startMillis).toString());
        q.put("end", Instant.ofEpochMilli(endMillis).toString());
        return http.getJson("/products/" + productId + "/candles", q, List.of(new Cost(requests, 1)), CoinbaseParsers::candles);
    }
}
