package org.umbra.market.okx;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.umbra.market.http.RateLimiter;
import org.umbra.market.http.SourceException;
import org.umbra.market.http.VenueHttp;
import org.umbra.market.http.VenueHttp.Cost;
import org.umbra.market.okx.OkxDtos.FundingHistory;
import org.umbra.market.okx.OkxDtos.FundingRate;
import org.umbra.market.okx.OkxDtos.IndexTicker;
import org.umbra.market.okx.OkxDtos.Instrument;
import org.umbra.market.okx.OkxDtos.Liquidation;
import org.umbra.market.okx.OkxDtos.MarkPrice;
import org.umbra.market.okx.OkxDtos.OpenInterest;
import org.umbra.market.okx.OkxDtos.StatRow;

/**
 * OKX v5 public endpoints (www.okx.com). OKX limits each endpoint separately, "N requests per 2 s";
 * every endpoint here has its own bucket at half the published figure (docs/venues/okx.md).
 */
public final class OkxClient {
    static final int FUNDING_HISTORY_PAGE = 400;
    static final int LIQUIDATION_PAGE = 100;
    private static final Duration TWO_SECONDS = Duration.ofSeconds(2);

    /** One bucket per endpoint. */
    record Budgets(RateLimiter instruments, RateLimiter openInterest, RateLimiter fundingRate, RateLimiter fundingHistory,
            RateLimiter markPrice, RateLimiter indexTickers, RateLimiter rubikOiVolume, RateLimiter rubikLongShort,
            RateLimiter liquidations) {

        /** Half of each published limit (20 / 2 s becomes 10 / 2 s, 5 / 2 s becomes 2 / 2 s). */
        static Budgets standard() {
            return new Budgets(
                    new RateLimiter("okx instruments", 10, TWO_SECONDS),
                    new RateLimiter("okx open-interest", 10, TWO_SECONDS),
                    new RateLimiter("okx funding-rate", 5, TWO_SECONDS),
                    new RateLimiter("okx funding-rate-history", 5, TWO_SECONDS),
                    new RateLimiter("okx mark-price", 5, TWO_SECONDS),
                    new RateLimiter("okx index-tickers", 10, TWO_SECONDS),
                    new RateLimiter("okx rubik open-interest-volume", 2, TWO_SECONDS),
                    new RateLimiter("okx rubik long-short-account-ratio", 2, TWO_SECONDS),
                    // Not in the venue notes; the common public figure is 20 / 2 s and often more: 10 stays safe.
                    new RateLimiter("okx liquidation-orders", 10, TWO_SECONDS));
        }

        static Budgets unlimited() {
            RateLimiter u = RateLimiter.unlimited("okx test");
            return new Budgets(u, u, u, u, u, u, u, u, u);
        }
    }

    private final VenueHttp http;
    private final Budgets budgets;

    public OkxClient(VenueHttp http) {
        this(http, Budgets.standard());
    }

    OkxClient(VenueHttp http, Budgets budgets) {
        this.http = http;
        this.budgets = budgets;
    }

    List<Instrument> swapInstruments() throws SourceException {
        return http.getJson("/api/v5/public/instruments", Map.of("instType", "SWAP"), cost(budgets.instruments()),
                OkxParsers::instruments);
    }

    OpenInterest openInterest(String instId) throws SourceException {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("instType", "SWAP");
        q.put("instId", instId);
        return http.getJson("/api/v5/public/open-interest", q, cost(budgets.openInterest()), b -> OkxParsers.openInterest(b, instId));
    }

    FundingRate fundingRate(String instId) throws SourceException {
        return http.getJson("/api/v5/public/funding-rate", Map.of("instId", instId), cost(budgets.fundingRate()),
                b -> OkxParsers.fundingRate(b, instId));
    }

    /** Newest first, at most 400; {@code after} (a fundingTime, or null) asks for rows older than it. */
    List<FundingHistory> fundingHistory(String instId, Long after) throws SourceException {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("instId", instId);
        q.put("limit", Integer.toString(FUNDING_HISTORY_PAGE));
        if (after != null) {
            q.put("after", Long.toString(after));
        }
        return http.getJson("/api/v5/public/funding-rate-history", q, cost(budgets.fundingHistory()),
                b -> OkxParsers.fundingHistory(b, instId));
    }

    MarkPrice markPrice(String instId) throws SourceException {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("instType", "SWAP");
        q.put("instId", instId);
        return http.getJson("/api/v5/public/mark-price", q, cost(budgets.markPrice()), b -> OkxParsers.markPrice(b, instId));
    }

    IndexTicker indexTicker(String indexId) throws SourceException {
        return http.getJson("/api/v5/market/index-tickers", Map.of("instId", indexId), cost(budgets.indexTickers()),
                b -> OkxParsers.indexTicker(b, indexId));
    }

    /** Rows [ts, oi USD, volume USD] over all contracts (swaps and futures) of {@code ccy}; begin may be null. */
    List<StatRow> openInterestVolume(String ccy, String period, Long begin) throws SourceException {
        return http.getJson("/api/v5/rubik/stat/contracts/open-interest-volume", rubikQuery(ccy, period, begin),
                cost(budgets.rubikOiVolume()), b -> OkxParsers.statRows(b, "open-interest-volume", 3));
    }

    /** Rows [ts, long accounts / short accounts] over all contracts of {@code ccy}; begin may be null. */
    List<StatRow> longShortAccountRatio(String ccy, String period, Long begin) throws SourceException {
        return http.getJson("/api/v5/rubik/stat/contracts/long-short-account-ratio", rubikQuery(ccy, period, begin),
                cost(budgets.rubikLongShort()), b -> OkxParsers.statRows(b, "long-short-account-ratio", 2));
    }

    /** Filled liquidations of the family {@code uly} (e.g. BTC-USDT), details of {@code instId}; newest first. */
    List<Liquidation> liquidations(String uly, String instId, Long after) throws SourceException {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("instType", "SWAP");
        q.put("uly", uly);
        q.put("state", "filled");
        q.put("limit", Integer.toString(LIQUIDATION_PAGE));
        if (after != null) {
            q.put("after", Long.toString(after));
        }
        return http.getJson("/api/v5/public/liquidation-orders", q, cost(budgets.liquidations()),
                b -> OkxParsers.liquidations(b, instId));
    }

    private static Map<String, String> rubikQuery(String ccy, String period, Long begin) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("ccy", ccy);
        q.put("period", period);
        if (begin != null) {
            q.put("begin", Long.toString(begin));
        }
        return q;
    }

    private static List<Cost> cost(RateLimiter limiter) {
        return List.of(new Cost(limiter, 1));
    }
}
