package org.umbra.market.bybit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import com.google.gson.JsonElement;
import org.umbra.market.bybit.BybitDtos.AccountRatioRow;
import org.umbra.market.bybit.BybitDtos.Bar;
import org.umbra.market.bybit.BybitDtos.FundingRow;
import org.umbra.market.bybit.BybitDtos.InstrumentInfo;
import org.umbra.market.bybit.BybitDtos.OpenInterestRow;
import org.umbra.market.bybit.BybitDtos.Page;
import org.umbra.market.bybit.BybitDtos.Ticker;
import org.umbra.market.http.RateLimiter;
import org.umbra.market.http.SourceException;
import org.umbra.market.http.VenueHttp;
import org.umbra.market.http.VenueHttp.Cost;

/**
 * Bybit v5 public market endpoints on api.bybit.com. Bybit publishes one limit for the whole host:
 * 600 requests per 5-second window per IP (exceeding it earns an HTTP 403 and a ban of at least
 * 10 minutes). The budget here is half of that: 300 requests per 5 seconds.
 */
public final class BybitClient {
    static final int OI_PAGE_ROWS = 200;
    static final int FUNDING_PAGE_ROWS = 200;
    static final int RATIO_PAGE_ROWS = 500;
    static final int KLINE_PAGE_ROWS = 1000;
    /** Cursor pages followed within one time window; windows are sized so one page normally suffices. */
    private static final int MAX_PAGES_PER_WINDOW = 20;

    private final VenueHttp http;
    private final RateLimiter ip;

    public BybitClient(VenueHttp http) {
        this(http, new RateLimiter("bybit ip", 300, Duration.ofSeconds(5)));
    }

    BybitClient(VenueHttp http, RateLimiter ip) {
        this.http = http;
        this.ip = ip;
    }

    private List<Cost> cost() {
        return List.of(new Cost(ip, 1));
    }

    Ticker ticker(String category, String symbol) throws SourceException {
        return http.getJson("/v5/market/tickers", Map.of("category", category, "symbol", symbol), cost(),
                body -> BybitParsers.ticker(body, symbol));
    }

    InstrumentInfo instrument(String category, String symbol) throws SourceException {
        return http.getJson("/v5/market/instruments-info", Map.of("category", category, "symbol", symbol), cost(),
                body -> BybitParsers.instrument(body, symbol));
    }

    /** OI rows with timestamps in [start, end], any order (the venue sends newest first), following the cursor. */
    List<OpenInterestRow> openInterest(String category, String symbol, String intervalTime, long start, long end) throws SourceException {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("category", category);
        q.put("symbol", symbol);
        q.put("intervalTime", intervalTime);
        q.put("startTime", Long.toString(start));
        q.put("endTime", Long.toString(end));
        q.put("limit", Integer.toString(OI_PAGE_ROWS));
        return cursorPages("/v5/market/open-interest", q, OI_PAGE_ROWS, BybitParsers::openInterest, symbol);
    }

    /** Account long/short ratio rows in [start, end], following the cursor. */
    List<AccountRatioRow> accountRatio(String category, String symbol, String period, long start, long end) throws SourceException {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("category", category);
        q.put("symbol", symbol);
        q.put("period", period);
        q.put("startTime", Long.toString(start));
        q.put("endTime", Long.toString(end));
        q.put("limit", Integer.toString(RATIO_PAGE_ROWS));
        return cursorPages("/v5/market/account-ratio", q, RATIO_PAGE_ROWS, BybitParsers::accountRatio, symbol);
    }

    private <T> List<T> cursorPages(String path, Map<String, String> query, int limit,
            BiFunction<JsonElement, String, Page<T>> parser, String symbol) throws SourceException {
        List<T> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, String> q = new LinkedHashMap<>(query);
        for (int n = 0; n < MAX_PAGES_PER_WINDOW; n++) {
            Page<T> page = http.getJson(path, q, cost(), body -> parser.apply(body, symbol));
            out.addAll(page.rows());
            String next = page.nextPageCursor();
            // A short page is the last one; a cursor seen before would loop.
            if (page.rows().size() < limit || next.isEmpty() || !seen.add(next)) {
                return out;
            }
            q.put("cursor", next);
        }
        throw new SourceException(http.sourceId(), SourceException.Kind.MALFORMED,
                "more than " + MAX_PAGES_PER_WINDOW + " cursor pages in one window (GET " + path + ")");
    }

    /**
     * Settled funding rates in [start, end]. The venue answers the newest 200 of a window and rejects
     * startTime alone, so a full page is followed by another ending just before its oldest row.
     */
    List<FundingRow> funding(String category, String symbol, long start, long end) throws SourceException {
        List<FundingRow> out = new ArrayList<>();
        long upTo = end;
        for (int n = 0; n < MAX_PAGES_PER_WINDOW; n++) {
            Map<String, String> q = new LinkedHashMap<>();
            q.put("category", category);
            q.put("symbol", symbol);
            q.put("startTime", Long.toString(start));
            q.put("endTime", Long.toString(upTo));
            q.put("limit", Integer.toString(FUNDING_PAGE_ROWS));
            List<FundingRow> rows = http.getJson("/v5/market/funding/history", q, cost(), body -> BybitParsers.funding(body, symbol));
            out.addAll(rows);
            if (rows.size() < FUNDING_PAGE_ROWS) {
                return out;
            }
            long oldest = rows.stream().mapToLong(FundingRow::fundingRateTimestamp).min().orElseThrow();
            if (oldest > upTo) {
                // Rows newer than the end asked for: the page before, again. Keeping what came would lose the rest.
                throw new SourceException(http.sourceId(), SourceException.Kind.MALFORMED, "a repeated page: asked for funding up to "
                        + java.time.Instant.ofEpochMilli(upTo) + ", got rows from " + java.time.Instant.ofEpochMilli(oldest)
                        + " (GET /v5/market/funding/history)");
            }
            if (oldest - 1 < start) {
                return out;
            }
            upTo = oldest - 1;
        }
        throw new SourceException(http.sourceId(), SourceException.Kind.MALFORMED,
                "more than " + MAX_PAGES_PER_WINDOW + " funding pages in one window");
    }

    List<Bar> markPriceKlines(String category, String symbol, String interval, long start, long end) throws SourceException {
        return klines("/v5/market/mark-price-kline", category, symbol, interval, start, end);
    }

    List<Bar> premiumIndexKlines(String symbol, String interval, long start, long end) throws SourceException {
        return klines("/v5/market/premium-index-price-kline", "linear", symbol, interval, start, end);
    }

    private List<Bar> klines(String path, String category, String symbol, String interval, long start, long end) throws SourceException {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("category", category);
        q.put("symbol", symbol);
        q.put("interval", interval);
        q.put("start", Long.toString(start));
        q.put("end", Long.toString(end));
        q.put("limit", Integer.toString(KLINE_PAGE_ROWS));
        List<Bar> bars = http.getJson(path, q, cost(), body -> BybitParsers.bars(body, symbol));
        if (bars.size() > KLINE_PAGE_ROWS) {
            throw new SourceException(http.sourceId(), SourceException.Kind.MALFORMED, "more bars than the limit (GET " + path + ")");
        }
        return bars;
    }

}
