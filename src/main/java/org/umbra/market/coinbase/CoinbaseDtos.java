package org.umbra.market.coinbase;

import java.math.BigDecimal;

/** Coinbase Exchange responses, parsed and validated; package-private: only the source sees them. */
final class CoinbaseDtos {
    private CoinbaseDtos() {
    }

    /**
     * One candle; only the fields Umbra uses. The venue sends {@code time} in epoch SECONDS at the START
     * of the bucket; {@code startMillis} is that time in milliseconds. The bar ends at start + granularity.
     */
    record Candle(long startMillis, BigDecimal close) {
        long endMillis(long granularityMillis) {
            return startMillis + granularityMillis;
        }
    }
}
