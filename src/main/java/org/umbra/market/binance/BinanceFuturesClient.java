package org.umbra.market.binance;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.umbra.market.binance.BinanceDtos.FundingInfo;
import org.umbra.market.binance.BinanceDtos.FundingRate;
import org.umbra.market.binance.BinanceDtos.Kline;
import org.umbra.market.binance.BinanceDtos.OpenInterest;
import org.umbra.market.binance.BinanceDtos.OpenInterestHist;
import org.umbra.market.binance.BinanceDtos.PremiumIndex;
import org.umbra.market.binance.BinanceDtos.Ratio;
import org.umbra.market.http.RateLimiter;
import org.umbra.market.http.SourceException;
import org.umbra.market.http.VenueHttp;
import org.umbra.market.http.VenueHttp.Cost;

/**
 * Binance USD-M futures public endpoints (fapi host and its {@code /futures/data/*} paths).
 * Budgets are half of what Binance publishes (docs/venues.md): 2400 weight a minute for the IP,
 * 500 requests per 5 minutes for the funding endpoints, 1000 per 5 minutes for /futures/data.
 */
public final class BinanceFuturesClient {
    static final int MAX_FUNDING_ROWS = 1000;
    static final int MAX_OI_HIST_ROWS = 500;
    /** Klines allow 1500, but 1000 costs weight 5 instead of 10: more rows per weight. */
    static final int KLINE_PAGE_ROWS = 1000;

    private final VenueHttp http;
    private final RateLimiter ipWeight;
    private final RateLimiter fundingBucket;
    private final RateLimiter dataBucket;

    public BinanceFuturesClient(VenueHttp http) {
        this(http,
                new RateLimiter("binance ip weight", 1200, Duration.ofMinutes(1)),
                new RateLimiter("binance funding", 250, Duration.ofMinutes(5)),
                new RateLimiter("binance futures/data", 500, Duration.ofMinutes(5)));
    }

    BinanceFuturesClient(VenueHttp http, RateLimiter ipWeight, RateLimiter fundingBucket, RateLimiter dataBucket) {
        this.http = http;
        this.ipWeight = ipWeight;
        this.fundingBucket = fundingBucket;
        this.dataBucket = dataBucket;
    }

    OpenInterest openInterest(String symbol) throws SourceException {
        return http.getJson("/fapi/v1/openInterest", Map.of("symbol", symbol), List.of(new Cost(ipWeight, 1)),
                body -> BinanceParsers.openInterest(body, symbol));
    }

    PremiumIndex premiumIndex(String symbol) throws SourceException {
        return http.getJson("/fapi/v1/premiumIndex", Map.of("symbol", symbol), List.of(new Cost(ipWeight, 1)),
                body -> BinanceParsers.premiumIndex(body, symbol));
    }

    /** Rows in [startTime, endTime], ascending; the venue keeps about 30 days. */
    List<OpenInterestHist> openInterestHist(String symbol, String period, long startTime, long endTime) throws SourceException {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("symbol", symbol);
        q.put("period", period);
        q.put("limit", Integer.toString(MAX_OI_HIST_ROWS));
        q.put("startTime", Long.toString(startTime));
        q.put("endTime", Long.toString(endTime));
        return http.getJson("/futures/data/openInterestHist", q, List.of(new Cost(dataBucket, 1)),
                body -> BinanceParsers.openInterestHist(body, symbol));
    }

    /** The /futures/data ratio endpoints Umbra reads, with the field holding each one's ratio. */
    enum RatioEndpoint {
        GLOBAL_ACCOUNTS("/futures/data/globalLongShortAccountRatio", "longShortRatio", true),
        TOP_ACCOUNTS("/futures/data/topLongShortAccountRatio", "longShortRatio", true),
        TOP_POSITIONS("/futures/data/topLongShortPositionRatio", "longShortRatio", true),
        TAKER_BUY_SELL("/futures/data/takerlongshortRatio", "buySellRatio", false);

        final String path;
        final String field;
        final boolean rowsNameSymbol;

        RatioEndpoint(String path, String field, boolean rowsNameSymbol) {
            this.path = path;
            this.field = field;
            this.rowsNameSymbol = rowsNameSymbol;
        }
    }

    /** Ratio rows in [startTime, endTime], at most 500; the venue keeps about 30 days. */
    List<Ratio> ratios(RatioEndpoint endpoint, String symbol, String period, long startTime, long endTime) throws SourceException {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("symbol", symbol);
        q.put("period", period);
        q.put("limit", Integer.toString(MAX_OI_HIST_ROWS));
        q.put("startTime", Long.toString(startTime));
        q.put("endTime", Long.toString(endTime));
        return http.getJson(endpoint.path, q, List.of(new Cost(dataBucket, 1)),
                body -> BinanceParsers.ratios(body, endpoint.field, endpoint.rowsNameSymbol ? symbol : null));
    }

    /** Settled rates from startTime on, ascending, at most 1000. */
    List<FundingRate> fundingRates(String symbol, long startTime) throws SourceException {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("symbol", symbol);
        q.put("startTime", Long.toString(startTime));
        q.put("limit", Integer.toString(MAX_FUNDING_ROWS));
        return http.getJson("/fapi/v1/fundingRate", q, List.of(new Cost(fundingBucket, 1)),
                body -> BinanceParsers.fundingRates(body, symbol));
    }

    List<FundingInfo> fundingInfo() throws SourceException {
        return http.getJson("/fapi/v1/fundingInfo", Map.of(), List.of(new Cost(fundingBucket, 1)), BinanceParsers::fundingInfo);
    }

    List<Kline> markPriceKlines(String symbol, String interval, long startTime) throws SourceException {
        return klines("/fapi/v1/markPriceKlines", symbol, interval, startTime);
    }

    List<Kline> premiumIndexKlines(String symbol, String interval, long startTime) throws SourceException {
        return klines("/fapi/v1/premiumIndexKlines", symbol, interval, startTime);
    }

    private List<Kline> klines(String path, String symbol, String interval, long startTime) throws SourceException {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("symbol", symbol);
        q.put("interval", interval);
        q.put("startTime", Long.toString(startTime));
        q.put("limit", Integer.toString(KLINE_PAGE_ROWS));
        return http.getJson(path, q, List.of(new Cost(ipWeight, 5)), BinanceParsers::klines);
    }
}
