package org.umbra.market.hyperliquid;

import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.List;
import org.umbra.drill.ParserTarget;
import org.umbra.market.http.Json;
import org.umbra.market.http.MalformedResponseException;

/** Hyperliquid /info parsers and the bodies they are fuzzed from (org.umbra.drill.VenueParserFuzzTest). */
public final class HyperliquidFuzzTargets {
    private HyperliquidFuzzTargets() {
    }

    public static List<ParserTarget> all() {
        Class<?> near = HyperliquidFuzzTargets.class;
        return List.of(
                new ParserTarget("hyperliquid metaAndAssetCtxs", near, "metaAndAssetCtxs_doc.json",
                        b -> HyperliquidParsers.metaAndAssetCtxs(b, "BTC")),
                new ParserTarget("hyperliquid metaAndAssetCtxs", near, "metaAndAssetCtxs_BTC_ETH_derived.json",
                        b -> HyperliquidParsers.metaAndAssetCtxs(b, "ETH")),
                new ParserTarget("hyperliquid assetCtx", near, "allDexsAssetCtxs_ws_BTC_ETH_nautilus_trimmed.json",
                        HyperliquidFuzzTargets::pushContexts),
                new ParserTarget("hyperliquid fundingHistory", near, "fundingHistory_BTC_nautilus.json",
                        b -> HyperliquidParsers.fundingHistory(b, "BTC")),
                new ParserTarget("hyperliquid fundingHistory", near, "fundingHistory_doc.json", b -> HyperliquidParsers.fundingHistory(b, "ETH")),
                new ParserTarget("hyperliquid predictedFundings", near, "predictedFundings_doc.json", HyperliquidParsers::predictedFundings),
                new ParserTarget("hyperliquid predictedFundings", near, "predictedFundings_BTC_ETH_derived.json",
                        HyperliquidParsers::predictedFundings));
    }

    /** The WebSocket push {@code {data:{ctxs:[[dex, [ctx, …]]]}}}: the first dex's BTC and ETH contexts. */
    private static List<?> pushContexts(JsonElement body) {
        var dexes = Json.array(Json.object(Json.object(body, "push").get("data"), "data").get("ctxs"), "ctxs");
        var first = dexes.isEmpty() ? null : Json.array(dexes.get(0), "ctxs[0]");
        if (first == null || first.size() != 2) {
            throw new MalformedResponseException("ctxs: expected [[dex, [ctx, …]], …]");
        }
        var ctxs = Json.array(first.get(1), "ctxs[0][1]");
        List<Object> out = new ArrayList<>();
        String[] coins = {"BTC", "ETH"};
        for (int i = 0; i < Math.min(ctxs.size(), coins.length); i++) {
            out.add(HyperliquidParsers.assetCtx(Json.object(ctxs.get(i), "ctxs[0][1][" + i + "]"), coins[i]));
        }
        return out;
    }
}
