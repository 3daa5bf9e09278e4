package org.umbra.market.bybit;

import java.util.List;
import org.umbra.drill.ParserTarget;

/** Bybit v5 parsers and the recorded bodies they are fuzzed from (org.umbra.drill.VenueParserFuzzTest). */
public final class BybitFuzzTargets {
    private BybitFuzzTargets() {
    }

    public static List<ParserTarget> all() {
        Class<?> near = BybitFuzzTargets.class;
        return List.of(
                new ParserTarget("bybit ticker", near, "tickers_inverse_BTCUSD_doc.json", b -> BybitParsers.ticker(b, "BTCUSD")),
                new ParserTarget("bybit ticker", near, "tickers_linear_BTCUSDT_derived.json", b -> BybitParsers.ticker(b, "BTCUSDT")),
                new ParserTarget("bybit ticker", near, "tickers_linear_ETHUSDT_derived.json", b -> BybitParsers.ticker(b, "ETHUSDT")),
                new ParserTarget("bybit instrument", near, "instruments_info_linear_BTCUSDT_doc.json", b -> BybitParsers.instrument(b, "BTCUSDT")),
                new ParserTarget("bybit instrument", near, "instruments_info_linear_ETHUSDT_derived.json",
                        b -> BybitParsers.instrument(b, "ETHUSDT")),
                new ParserTarget("bybit instrument", near, "instruments_info_inverse_BTCUSD_derived.json",
                        b -> BybitParsers.instrument(b, "BTCUSD")),
                new ParserTarget("bybit openInterest", near, "open_interest_doc.json", b -> BybitParsers.openInterest(b, "BTCUSD")),
                new ParserTarget("bybit funding", near, "funding_history_BTCUSDT_nautilus.json", b -> BybitParsers.funding(b, "BTCUSDT")),
                new ParserTarget("bybit funding", near, "funding_history_doc.json", b -> BybitParsers.funding(b, "ETHPERP")),
                new ParserTarget("bybit accountRatio", near, "account_ratio_doc.json", b -> BybitParsers.accountRatio(b, "BTCUSDT")),
                new ParserTarget("bybit bars", near, "kline_inverse_doc.json", b -> BybitParsers.bars(b, "BTCUSD")),
                new ParserTarget("bybit bars", near, "mark_price_kline_doc.json", b -> BybitParsers.bars(b, "BTCUSDT")),
                new ParserTarget("bybit bars", near, "premium_index_price_kline_doc.json", b -> BybitParsers.bars(b, "BTCUSDT")));
    }
}
