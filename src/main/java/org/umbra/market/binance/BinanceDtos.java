package org.umbra.market.binance;

import java.math.BigDecimal;

/** Binance USD-M responses, parsed and validated; package-private: only the mapper sees them. */
final class BinanceDtos {
    private BinanceDtos() {
    }

    /** GET /fapi/v1/openInterest: OI in base coin at the venue's time. */
    record OpenInterest(String symbol, BigDecimal openInterestCoin, long time) {
    }

    /** GET /futures/data/openInterestHist row: coin and USDT notional at a 5-minute stamp. */
    record OpenInterestHist(String symbol, BigDecimal sumOpenInterestCoin, BigDecimal sumOpenInterestValueUsd, long timestamp) {
    }

    /** GET /fapi/v1/fundingRate row: the rate settled at fundingTime, a fraction per interval. */
    record FundingRate(String symbol, BigDecimal fundingRate, long fundingTime) {
    }

    /** GET /fapi/v1/fundingInfo row: only symbols whose cap, floor or interval differ from the default. */
    record FundingInfo(String symbol, int fundingIntervalHours) {
    }

    /** GET /fapi/v1/premiumIndex: mark, index, the rate to be charged at nextFundingTime. */
    record PremiumIndex(String symbol, BigDecimal markPrice, BigDecimal indexPrice, BigDecimal lastFundingRate,
            long nextFundingTime, long time) {
    }

    /** A /futures/data ratio row: long/short (accounts or positions) or taker buy/sell, at a period stamp. */
    record Ratio(BigDecimal ratio, long timestamp) {
    }

    /** One kline; only the fields Umbra uses. closeTime is the last millisecond of the bar. */
    record Kline(long openTime, BigDecimal close, long closeTime) {
    }
}
