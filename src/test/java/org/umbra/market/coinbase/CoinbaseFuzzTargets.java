package org.umbra.market.coinbase;

import java.util.List;
import org.umbra.drill.ParserTarget;

/** The Coinbase candles parser and the bodies it is fuzzed from (org.umbra.drill.VenueParserFuzzTest). */
public final class CoinbaseFuzzTargets {
    private CoinbaseFuzzTargets() {
    }

    public static List<ParserTarget> all() {
        Class<?> near = CoinbaseFuzzTargets.class;
        return List.of(
                new ParserTarget("coinbase candles", near, "candles_BTC-USD_3600_derived.json", CoinbaseParsers::candles),
                new ParserTarget("coinbase candles", near, "candles_ETH-BTC_60_derived.json", CoinbaseParsers::candles),
                new ParserTarget("coinbase candles", near, "candles_docexample_derived.json", CoinbaseParsers::candles));
    }
}
