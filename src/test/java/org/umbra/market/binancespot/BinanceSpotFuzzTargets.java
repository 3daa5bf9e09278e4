package org.umbra.market.binancespot;

import java.util.List;
import org.umbra.drill.ParserTarget;
import org.umbra.market.Times;

/** The Binance spot klines parser and the recorded body it is fuzzed from (org.umbra.drill.VenueParserFuzzTest). */
public final class BinanceSpotFuzzTargets {
    private BinanceSpotFuzzTargets() {
    }

    public static List<ParserTarget> all() {
        return List.of(new ParserTarget("binance-spot klines", BinanceSpotFuzzTargets.class, "klines_BTCUSDT_1h_ccxt.json",
                b -> BinanceSpotParsers.klines(b, Times.HOUR)));
    }
}
