package org.umbra.market.binance;

import java.util.List;
import org.umbra.drill.ParserTarget;

/** Binance USD-M parsers and the recorded bodies they are fuzzed from (org.umbra.drill.VenueParserFuzzTest). */
public final class BinanceFuzzTargets {
    private BinanceFuzzTargets() {
    }

    public static List<ParserTarget> all() {
        Class<?> near = BinanceFuzzTargets.class;
        return List.of(
                new ParserTarget("binance openInterest", near, "openInterest_doc.json", b -> BinanceParsers.openInterest(b, "BTCUSDT")),
                new ParserTarget("binance openInterest", near, "openInterest_ETHUSDT_derived.json", b -> BinanceParsers.openInterest(b, "ETHUSDT")),
                new ParserTarget("binance openInterestHist", near, "openInterestHist_doc.json", b -> BinanceParsers.openInterestHist(b, "BTCUSDT")),
                new ParserTarget("binance openInterestHist", near, "openInterestHist_ETHUSDT_derived.json",
                        b -> BinanceParsers.openInterestHist(b, "ETHUSDT")),
                new ParserTarget("binance fundingRates", near, "fundingRate_doc.json", b -> BinanceParsers.fundingRates(b, "BTCUSDT")),
                new ParserTarget("binance fundingRates", near, "fundingRate_ETHUSDT_derived.json", b -> BinanceParsers.fundingRates(b, "ETHUSDT")),
                new ParserTarget("binance ratios", near, "globalLongShortAccountRatio_doc.json",
                        b -> BinanceParsers.ratios(b, "longShortRatio", "BTCUSDT")),
                new ParserTarget("binance ratios", near, "globalLongShortAccountRatio_ETHUSDT_derived.json",
                        b -> BinanceParsers.ratios(b, "longShortRatio", "ETHUSDT")),
                new ParserTarget("binance ratios", near, "topLongShortAccountRatio_doc.json",
                        b -> BinanceParsers.ratios(b, "longShortRatio", "BTCUSDT")),
                new ParserTarget("binance ratios", near, "topLongShortPositionRatio_ETHUSDT_derived.json",
                        b -> BinanceParsers.ratios(b, "longShortRatio", "ETHUSDT")),
                new ParserTarget("binance ratios", near, "takerlongshortRatio_doc.json", b -> BinanceParsers.ratios(b, "buySellRatio", null)),
                new ParserTarget("binance fundingInfo", near, "fundingInfo_doc.json", BinanceParsers::fundingInfo),
                new ParserTarget("binance premiumIndex", near, "premiumIndex_doc.json", b -> BinanceParsers.premiumIndex(b, "BTCUSDT")),
                new ParserTarget("binance premiumIndex", near, "premiumIndex_ETHUSDT_derived.json", b -> BinanceParsers.premiumIndex(b, "ETHUSDT")),
                new ParserTarget("binance klines", near, "klines_BTCUSDT_1m_ccxt.json", BinanceParsers::klines),
                new ParserTarget("binance klines", near, "markPriceKlines_doc.json", BinanceParsers::klines),
                new ParserTarget("binance klines", near, "premiumIndexKlines_doc.json", BinanceParsers::klines));
    }
}
