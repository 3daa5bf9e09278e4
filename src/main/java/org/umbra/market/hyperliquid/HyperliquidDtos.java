package org.umbra.market.hyperliquid;

import java.math.BigDecimal;
import java.util.List;

/** Hyperliquid {@code /info} answers, parsed and validated; package-private: only the source sees them. */
final class HyperliquidDtos {
    private HyperliquidDtos() {
    }

    /**
     * One perpetual's context from metaAndAssetCtxs, matched to its universe entry by name.
     * {@code openInterest} is in coins; {@code funding} is the current (predicted) rate per hour;
     * {@code oraclePx} is the index; {@code premium} is Hyperliquid's impact-price premium (may be absent).
     */
    record AssetCtx(String coin, BigDecimal funding, BigDecimal openInterest, BigDecimal markPx, BigDecimal oraclePx,
            BigDecimal premium) {
    }

    /** A fundingHistory row: the hourly rate settled at {@code time} (ms, with a few ms of jitter). */
    record FundingRow(String coin, BigDecimal fundingRate, BigDecimal premium, long time) {
    }

    /** predictedFundings: one venue's predicted rate for a coin as Hyperliquid sees it ("HlPerp", "BinPerp", "BybitPerp"). */
    record VenuePrediction(String venue, BigDecimal fundingRate, long nextFundingTime) {
    }

    /** predictedFundings: every venue's prediction for one coin. */
    record CoinPredictions(String coin, List<VenuePrediction> venues) {
    }
}
