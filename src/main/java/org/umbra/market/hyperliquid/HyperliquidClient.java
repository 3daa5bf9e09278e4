package org.umbra.market.hyperliquid;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.List;
import org.umbra.market.http.RateLimiter;
import org.umbra.market.http.SourceException;
import org.umbra.market.http.VenueHttp;
import org.umbra.market.http.VenueHttp.Cost;
import org.umbra.market.hyperliquid.HyperliquidDtos.AssetCtx;
import org.umbra.market.hyperliquid.HyperliquidDtos.CoinPredictions;
import org.umbra.market.hyperliquid.HyperliquidDtos.FundingRow;

/**
 * Hyperliquid's public info endpoint: every query is {@code POST /info} with a JSON body whose {@code type}
 * selects it. Limit: 1200 weight a minute per IP for REST; metaAndAssetCtxs, fundingHistory and predictedFundings
 * weigh 20, fundingHistory adds 1 per 20 rows returned (docs/venues/hyperliquid.md). Umbra keeps half: 600 a minute,
 * and charges a fundingHistory call its worst case (20 + 500 / 20 = 45) up front.
 */
public final class HyperliquidClient {
    static final String PATH = "/info";
    /** "Responses that take a time range will only return 500 elements." */
    static final int MAX_ROWS = 500;
    static final int WEIGHT_BASE = 20;
    static final int WEIGHT_FUNDING_HISTORY = WEIGHT_BASE + MAX_ROWS / 20;

    private final VenueHttp http;
    private final RateLimiter weight;

    public HyperliquidClient(VenueHttp http) {
        this(http, new RateLimiter("hyperliquid info weight", 600, Duration.ofMinutes(1)));
    }

    HyperliquidClient(VenueHttp http, RateLimiter weight) {
        this.http = http;
        this.weight = weight;
    }

    AssetCtx assetCtx(String coin) throws SourceException {
        return http.postJson(PATH, body("metaAndAssetCtxs"), List.of(new Cost(weight, WEIGHT_BASE)),
                b -> HyperliquidParsers.metaAndAssetCtxs(b, coin));
    }

    /** Hourly rows with time >= startTime, ascending, at most 500. */
    List<FundingRow> fundingHistory(String coin, long startTime) throws SourceException {
        JsonObject q = body("fundingHistory");
        q.addProperty("coin", coin);
        q.addProperty("startTime", startTime);
        return http.postJson(PATH, q, List.of(new Cost(weight, WEIGHT_FUNDING_HISTORY)), b -> HyperliquidParsers.fundingHistory(b, coin));
    }

    List<CoinPredictions> predictedFundings() throws SourceException {
        return http.postJson(PATH, body("predictedFundings"), List.of(new Cost(weight, WEIGHT_BASE)), HyperliquidParsers::predictedFundings);
    }

    private static JsonObject body(String type) {
        JsonObject o = new JsonObject();
        o.addProperty("type", type);
        return o;
    }
}
