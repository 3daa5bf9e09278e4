package org.umbra.market.cftc;

import java.math.BigDecimal;

/** CFTC Socrata rows, parsed and validated; package-private: only the source sees them. */
final class CftcDtos {
    private CftcDtos() {
    }

    /**
     * One row of the Traders in Financial Futures, futures-only report ({@code gpe5-46if}).
     *
     * @param reportDate   the report date (a Tuesday: positions as of that day) at 00:00 UTC, epoch ms
     * @param openInterest {@code open_interest_all}, in contracts of this contract market code
     */
    record TffRow(String contractMarketCode, long reportDate, BigDecimal openInterest) {
    }
}
