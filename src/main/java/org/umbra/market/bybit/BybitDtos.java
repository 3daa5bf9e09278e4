package org.umbra.market.bybit;

import java.math.BigDecimal;
import java.util.List;

/** Bybit v5 market responses, parsed and validated; package-private: only the source sees them. */
final class BybitDtos {
    private BybitDtos() {
    }

    /**
     * GET /v5/market/tickers row of a perpetual. {@code openInterest} is in base coin (linear) or USD
     * (inverse); {@code time} is the envelope's server time.
     */
    record Ticker(String symbol, BigDecimal markPrice, BigDecimal indexPrice, BigDecimal fundingRate, long nextFundingTime,
            BigDecimal openInterest, BigDecimal openInterestValue, int fundingIntervalHours, long time) {
    }

    /** GET /v5/market/instruments-info row: launch time and funding interval (minutes, 480 = 8 h). */
    record InstrumentInfo(String symbol, long launchTime, int fundingIntervalMinutes) {
    }

    /** GET /v5/market/open-interest row: raw OI (coin for linear, USD for inverse) at a grid time. */
    record OpenInterestRow(BigDecimal openInterest, long timestamp) {
    }

    /** A list page with Bybit's opaque cursor ("" when there is no further page). */
    record Page<T>(List<T> rows, String nextPageCursor) {
    }

    /** GET /v5/market/funding/history row: the rate settled at fundingRateTimestamp. */
    record FundingRow(BigDecimal fundingRate, long fundingRateTimestamp) {
    }

    /** GET /v5/market/account-ratio row: shares of accounts long (buy) and short (sell). */
    record AccountRatioRow(BigDecimal buyRatio, BigDecimal sellRatio, long timestamp) {
    }

    /** A 5-column kline row [startTime, open, high, low, close] (mark, index, premium index); start of the bar. */
    record Bar(long startTime, BigDecimal close) {
    }
}
