package org.umbra.market.bitmex;

import java.math.BigDecimal;

/** BitMEX REST v1 responses, parsed and validated; package-private: only the source sees them. */
final class BitmexDtos {
    private BitmexDtos() {
    }

    /**
     * One row of GET /api/v1/instrument: the contract spec (read from the venue, never hard-coded) and the
     * live figures. {@code underlyingToSettleMultiplier}, {@code underlyingToPositionMultiplier} and
     * {@code quoteToSettleMultiplier} are null where the venue sends null or leaves them out (which one a
     * contract needs depends on its type: inverse, quanto or linear).
     *
     * @param openInterest contracts
     * @param openValue    the same exposure in the settlement currency's smallest unit (XBt = satoshis for XBTUSD/ETHUSD)
     * @param fundingRate  the rate to be charged at {@code fundingTimestamp}, a fraction per {@code fundingIntervalMillis}
     */
    record Instrument(String symbol, boolean inverse, boolean quanto, BigDecimal multiplier,
            BigDecimal underlyingToSettleMultiplier, BigDecimal underlyingToPositionMultiplier, BigDecimal quoteToSettleMultiplier,
            String settlCurrency, BigDecimal openInterest, BigDecimal openValue, BigDecimal markPrice,
            BigDecimal indicativeSettlePrice, BigDecimal fundingRate, long fundingTimestamp, long fundingIntervalMillis,
            long timestamp) {
    }

    /** One row of GET /api/v1/funding: the rate settled at {@code timestamp}, a fraction per {@code intervalMillis}. */
    record FundingRow(String symbol, long timestamp, long intervalMillis, BigDecimal fundingRate) {
    }
}
