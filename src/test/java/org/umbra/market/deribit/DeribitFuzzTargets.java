package org.umbra.market.deribit;

import java.util.List;
import org.umbra.drill.ParserTarget;

/** Deribit parsers, each behind the JSON-RPC envelope as the client calls it (org.umbra.drill.VenueParserFuzzTest). */
public final class DeribitFuzzTargets {
    private DeribitFuzzTargets() {
    }

    public static List<ParserTarget> all() {
        Class<?> near = DeribitFuzzTargets.class;
        return List.of(
                new ParserTarget("deribit bookSummary", near, "get_book_summary_by_currency_BTC_future_doc.json",
                        b -> DeribitParsers.reply(b, r -> DeribitParsers.bookSummary(r, "BTC-PERPETUAL"))),
                new ParserTarget("deribit bookSummary", near, "get_book_summary_by_currency_ETH_future_derived.json",
                        b -> DeribitParsers.reply(b, r -> DeribitParsers.bookSummary(r, "ETH-PERPETUAL"))),
                new ParserTarget("deribit fundingRateHistory", near, "get_funding_rate_history_BTC-PERPETUAL_doc.json",
                        b -> DeribitParsers.reply(b, DeribitParsers::fundingRateHistory)),
                new ParserTarget("deribit instrument", near, "get_instrument_BTC-PERPETUAL_nautilus.json",
                        b -> DeribitParsers.reply(b, r -> DeribitParsers.instrument(r, "BTC-PERPETUAL"))),
                new ParserTarget("deribit instrument", near, "get_instrument_ETH-PERPETUAL_derived.json",
                        b -> DeribitParsers.reply(b, r -> DeribitParsers.instrument(r, "ETH-PERPETUAL"))));
    }
}
