package org.umbra.market.bitmex;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.umbra.market.bitmex.BitmexDtos.FundingRow;
import org.umbra.market.bitmex.BitmexDtos.Instrument;
import org.umbra.market.http.RateLimiter;
import org.umbra.market.http.SourceException;
import org.umbra.market.http.VenueHttp;
import org.umbra.market.http.VenueHttp.Cost;

/**
 * BitMEX REST v1 public endpoints (no key). BitMEX publishes 30 requests a minute for unauthenticated
 * clients (token bucket, refilled 1 a second); Umbra keeps half: 15 a minute, shared by every request.
 */
public final class BitmexClient {
    /** Rows per funding page. The REST docs allow up to 1000; 500 is what most clients use. */
    static final int FUNDING_PAGE_ROWS = 500;

    private final VenueHttp http;
    private final RateLimiter requests;

    public BitmexClient(VenueHttp http) {
        this(http, new RateLimiter("bitmex requests", 15, Duration.ofMinutes(1)));
    }

    BitmexClient(VenueHttp http, RateLimiter requests) {
        this.http = http;
        this.requests = requests;
    }

    /** The instrument row of one symbol: contract spec, OI, mark, index, next funding. */
    Instrument instrument(String symbol) throws SourceException {
        return http.getJson("/api/v1/instrument", Map.of("symbol", symbol), List.of(new Cost(requests, 1)),
                body -> BitmexParsers.instrument(body, symbol));
    }

    /** Settled funding rates from {@code startTime} (inclusive) on, oldest first, at most {@link #FUNDING_PAGE_ROWS}. */
    List<FundingRow> funding(String symbol, long startTime) throws SourceException {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("symbol", symbol);
        q.put("count", Integer.toString(FUNDING_PAGE_ROWS));
        q.put("reverse", "false");
        q.put("startTime", Instant.ofEpochMilli(startTime).toString());
        return http.getJson("/api/v1/funding", q, List.of(new Cost(requests, 1)), body -> BitmexParsers.funding(body, symbol));
    }
}
