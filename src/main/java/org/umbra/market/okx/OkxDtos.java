package org.umbra.market.okx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** OKX v5 public responses, parsed and validated; package-private: only the source sees them. */
final class OkxDtos {
    private OkxDtos() {
    }

    /**
     * GET /api/v5/public/instruments row: one contract is {@code ctVal} units of {@code ctValCcy}.
     * Linear swaps (BTC-USDT-SWAP) count coin per contract (0.01 BTC); inverse swaps (BTC-USD-SWAP)
     * count USD per contract (100 USD).
     */
    record Instrument(String instId, String instFamily, String ctType, BigDecimal ctVal, String ctValCcy, String settleCcy) {
        /** True when a contract is worth a fixed amount of the base coin (linear, ctValCcy BTC/ETH). */
        boolean coinMargined() {
            return !isUsdLike(ctValCcy);
        }

        /** Contracts to base coin at {@code price} (USD per coin): linear sz × ctVal; inverse sz × ctVal / price. */
        BigDecimal coin(BigDecimal contracts, BigDecimal price) {
            BigDecimal units = contracts.multiply(ctVal);
            return coinMargined() ? units : units.divide(price, MathContext.DECIMAL64);
        }

        /** Contracts to USD at {@code price}: linear sz × ctVal × price; inverse sz × ctVal. USDT is taken as USD. */
        BigDecimal usd(BigDecimal contracts, BigDecimal price) {
            BigDecimal units = contracts.multiply(ctVal);
            return coinMargined() ? units.multiply(price) : units;
        }

        static boolean isUsdLike(String ccy) {
            String c = ccy.toUpperCase(Locale.ROOT);
            return c.equals("USD") || c.equals("USDT") || c.equals("USDC");
        }
    }

    /** GET /api/v5/public/open-interest: oi in contracts, oiCcy in coin, oiUsd in USD, at ts. */
    record OpenInterest(String instId, BigDecimal oiContracts, BigDecimal oiCoin, BigDecimal oiUsd, long ts) {
    }

    /**
     * GET /api/v5/public/funding-rate: fundingRate is the live rate of the current period, charged at
     * fundingTime; the period after runs to nextFundingTime. nextFundingRate is deprecated and usually
     * empty (null here); premium is OKX's own premium index (null when absent or empty); ts may be absent.
     */
    record FundingRate(String instId, BigDecimal fundingRate, BigDecimal nextFundingRate, long fundingTime,
            long nextFundingTime, BigDecimal premium, Long ts) {
        long intervalMillis() {
            return nextFundingTime - fundingTime;
        }
    }

    /** GET /api/v5/public/funding-rate-history row: realizedRate is what was charged at fundingTime. */
    record FundingHistory(String instId, BigDecimal fundingRate, BigDecimal realizedRate, long fundingTime) {
    }

    /** GET /api/v5/public/mark-price. */
    record MarkPrice(String instId, BigDecimal markPx, long ts) {
    }

    /** GET /api/v5/market/index-tickers. */
    record IndexTicker(String instId, BigDecimal idxPx, long ts) {
    }

    /** A rubik statistics row: [ts, value, …]; value is column 1 (OI in USD, or the long/short ratio). */
    record StatRow(long ts, BigDecimal value) {
    }

    /** Which position a liquidation closed. */
    enum LiquidatedSide {
        LONG, SHORT
    }

    /**
     * GET /api/v5/public/liquidation-orders detail: sz contracts closed at the bankruptcy price bkPx.
     * side "sell" closes a long, "buy" closes a short (posSide, when long/short, must agree).
     */
    record Liquidation(String instId, LiquidatedSide liquidated, BigDecimal sz, BigDecimal bkPx, long ts) {
    }
}
