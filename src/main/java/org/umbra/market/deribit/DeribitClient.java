package org.umbra.market.deribit;

import com.google.gson.JsonElement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.umbra.market.deribit.DeribitDtos.BookSummary;
import org.umbra.market.deribit.DeribitDtos.FundingRow;
import org.umbra.market.deribit.DeribitDtos.Instrument;
import org.umbra.market.deribit.DeribitDtos.VenueError;
import org.umbra.market.http.RateLimiter;
import org.umbra.market.http.SourceException;
import org.umbra.market.http.VenueHttp;
import org.umbra.market.http.VenueHttp.Cost;

/**
 * Deribit API v2 public methods over HTTP GET ({@code /api/v2/public/<method>}). Deribit's limits are
 * credit-based: non-matching-engine requests have a burst of 100 and a sustained rate of 20 per second
 * (docs/venues/deribit.md). Umbra keeps half: 50 requests in any 5 s (the sustained 10 a second, with no burst above it).
 */
public final class DeribitClient {
    static final String PREFIX = "/api/v2/public/";
    /** Deribit's JSON-RPC error code for "too_many_requests". */
    static final long TOO_MANY_REQUESTS = 10028;

    private final VenueHttp http;
    private final RateLimiter budget;

    public DeribitClient(VenueHttp http) {
        this(http, new RateLimiter("deribit public", 50, Duration.ofSeconds(5)));
    }

    DeribitClient(VenueHttp http, RateLimiter budget) {
        this.http = http;
        this.budget = budget;
    }

    Instrument instrument(String instrumentName) throws SourceException {
        return call("get_instrument", Map.of("instrument_name", instrumentName), r -> DeribitParsers.instrument(r, instrumentName));
    }

    /** Every future of {@code currency} (BTC, ETH); returns the row of {@code instrumentName}. */
    BookSummary bookSummary(String currency, String instrumentName) throws SourceException {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("currency", currency);
        q.put("kind", "future");
        return call("get_book_summary_by_currency", q, r -> DeribitParsers.bookSummary(r, instrumentName));
    }

    /** Hourly rows in [start, end] (both required by the venue). */
    List<FundingRow> fundingRateHistory(String instrumentName, long start, long end) throws SourceException {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("instrument_name", instrumentName);
        q.put("start_timestamp", Long.toString(start));
        q.put("end_timestamp", Long.toString(end));
        return call("get_funding_rate_history", q, DeribitParsers::fundingRateHistory);
    }

    private <T> T call(String method, Map<String, String> query, Function<JsonElement, T> result) throws SourceException {
        String path = PREFIX + method;
        DeribitParsers.Reply<T> reply = http.getJson(path, query, List.of(new Cost(budget, 1)), body -> DeribitParsers.reply(body, result));
        if (reply.error() == null) {
            return reply.value();
        }
        // An error inside a 200 envelope: the HTTP layer saw success, so the kind is decided here.
        VenueError e = reply.error();
        String detail = "venue error " + e.code() + (e.message().isBlank() ? "" : ": " + e.message()) + " (GET " + path + ")";
        if (e.code() == TOO_MANY_REQUESTS) {
            budget.drain();
            throw new SourceException(http.sourceId(), SourceException.Kind.RATE_LIMITED, detail);
        }
        throw new SourceException(http.sourceId(), SourceException.Kind.HTTP_STATUS, detail);
    }
}
