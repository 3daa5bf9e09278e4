package org.umbra.market.okx;

import java.util.List;
import org.umbra.drill.ParserTarget;

/** OKX v5 parsers and the recorded bodies they are fuzzed from (org.umbra.drill.VenueParserFuzzTest). */
public final class OkxFuzzTargets {
    private OkxFuzzTargets() {
    }

    public static List<ParserTarget> all() {
        Class<?> near = OkxFuzzTargets.class;
        return List.of(
                new ParserTarget("okx instruments", near, "okx_instruments_swap_derived.json", OkxParsers::instruments),
                new ParserTarget("okx instruments", near, "okx_instruments_swap_nautilus_trimmed.json", OkxParsers::instruments),
                new ParserTarget("okx openInterest", near, "okx_open_interest_BTC-USDT-SWAP_captured.json",
                        b -> OkxParsers.openInterest(b, "BTC-USDT-SWAP")),
                new ParserTarget("okx openInterest", near, "okx_open_interest_ETH-USDT-SWAP_derived.json",
                        b -> OkxParsers.openInterest(b, "ETH-USDT-SWAP")),
                new ParserTarget("okx openInterest", near, "okx_open_interest_doc.json", b -> OkxParsers.openInterest(b, "BTC-USDT-SWAP")),
                new ParserTarget("okx fundingRate", near, "okx_funding_rate_BTC-USDT-SWAP_captured.json",
                        b -> OkxParsers.fundingRate(b, "BTC-USDT-SWAP")),
                new ParserTarget("okx fundingRate", near, "okx_funding_rate_BTC-USDT-SWAP_doc.json", b -> OkxParsers.fundingRate(b, "BTC-USDT-SWAP")),
                new ParserTarget("okx fundingRate", near, "okx_funding_rate_ETH-USDT-SWAP_derived.json",
                        b -> OkxParsers.fundingRate(b, "ETH-USDT-SWAP")),
                new ParserTarget("okx fundingHistory", near, "okx_funding_rate_history_BTC-USD-SWAP_doc.json",
                        b -> OkxParsers.fundingHistory(b, "BTC-USD-SWAP")),
                new ParserTarget("okx fundingHistory", near, "okx_funding_rate_history_BTC-USDT-SWAP_nautilus.json",
                        b -> OkxParsers.fundingHistory(b, "BTC-USDT-SWAP")),
                new ParserTarget("okx fundingHistory", near, "okx_funding_rate_history_ETH-USDT-SWAP_derived.json",
                        b -> OkxParsers.fundingHistory(b, "ETH-USDT-SWAP")),
                new ParserTarget("okx markPrice", near, "okx_mark_price_BTC-USDT-SWAP_nautilus.json", b -> OkxParsers.markPrice(b, "BTC-USDT-SWAP")),
                new ParserTarget("okx markPrice", near, "okx_mark_price_ETH-USDT-SWAP_derived.json", b -> OkxParsers.markPrice(b, "ETH-USDT-SWAP")),
                new ParserTarget("okx indexTicker", near, "okx_index_tickers_BTC-USDT_nautilus.json", b -> OkxParsers.indexTicker(b, "BTC-USDT")),
                new ParserTarget("okx indexTicker", near, "okx_index_tickers_ETH-USDT_derived.json", b -> OkxParsers.indexTicker(b, "ETH-USDT")),
                new ParserTarget("okx statRows", near, "okx_rubik_long_short_ratio_captured.json",
                        b -> OkxParsers.statRows(b, "long-short-account-ratio", 2)),
                new ParserTarget("okx statRows", near, "okx_rubik_open_interest_volume_doc.json",
                        b -> OkxParsers.statRows(b, "open-interest-volume", 3)),
                new ParserTarget("okx liquidations", near, "okx_liquidation_orders_BTC-USDT_captured.json",
                        b -> OkxParsers.liquidations(b, "BTC-USDT-SWAP")),
                new ParserTarget("okx liquidations", near, "okx_liquidation_orders_ETH-USDT_derived.json",
                        b -> OkxParsers.liquidations(b, "ETH-USDT-SWAP")));
    }
}
