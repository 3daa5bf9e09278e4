package org.umbra.market.binancespot;

import java.math.BigDecimal;

/** Binance spot responses, parsed and validated; package-private: only the source sees them. */
final class BinanceSpotDtos {
    private BinanceSpotDtos() {
    }

    /**
     * One spot kline; only the fields Umbra uses. Times are epoch milliseconds (validated: the public data
     * archive writes spot klines in microseconds since 2025, the REST API in milliseconds); closeTime is the
     * last millisecond of the bar, so the bar ends at closeTime + 1.
     */
    record SpotKline(long openTime, BigDecimal close, long closeTime) {
        long endTime() {
            return closeTime + 1;
        }
    }
}
