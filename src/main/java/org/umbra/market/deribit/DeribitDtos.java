package org.umbra.market.deribit;

import java.math.BigDecimal;

/** Deribit API v2 results, parsed and validated; package-private: only the source sees them. */
final class DeribitDtos {
    private DeribitDtos() {
    }

    /**
     * GET /public/get_instrument: the contract specification. {@code contractSize} is in USD for inverse
     * ("reversed") futures such as BTC-PERPETUAL (10) and ETH-PERPETUAL (1).
     */
    record Instrument(String instrumentName, String kind, String instrumentType, String settlementPeriod,
            BigDecimal contractSize, String quoteCurrency, long creationTimestamp) {
        boolean isInversePerpetual() {
            return "future".equals(kind) && "reversed".equals(instrumentType) && "perpetual".equals(settlementPeriod)
                    && "USD".equals(quoteCurrency);
        }
    }

    /**
     * One row of GET /public/get_book_summary_by_currency for a perpetual. {@code openInterestUsd} is in USD
     * for inverse futures (documented: "For perpetual and inverse futures the amount is in USD units").
     * {@code estimatedDeliveryPrice} is the index for a perpetual; {@code funding8h} is the running 8 h estimate.
     */
    record BookSummary(String instrumentName, BigDecimal openInterestUsd, BigDecimal markPrice,
            BigDecimal estimatedDeliveryPrice, BigDecimal funding8h, long creationTimestamp) {
    }

    /**
     * One hourly row of GET /public/get_funding_rate_history. {@code interest1h} is the funding of the hour ending
     * at {@code timestamp}; {@code interest8h} the funding over the trailing eight hours.
     */
    record FundingRow(long timestamp, BigDecimal interest1h, BigDecimal interest8h, BigDecimal indexPrice) {
    }

    /** A JSON-RPC error body: {@code {"error":{"code":10028,"message":"too_many_requests"}}}. */
    record VenueError(long code, String message) {
    }
}
