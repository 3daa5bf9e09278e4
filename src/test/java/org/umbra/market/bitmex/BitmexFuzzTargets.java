package org.umbra.market.bitmex;

import java.util.List;
import org.umbra.drill.ParserTarget;
import org.umbra.market.http.Json;

/** BitMEX parsers and the recorded bodies they are fuzzed from (org.umbra.drill.VenueParserFuzzTest). */
public final class BitmexFuzzTargets {
    private BitmexFuzzTargets() {
    }

    public static List<ParserTarget> all() {
        Class<?> near = BitmexFuzzTargets.class;
        return List.of(
                new ParserTarget("bitmex funding", near, "funding_XBTUSD_derived.json", b -> BitmexParsers.funding(b, "XBTUSD")),
                new ParserTarget("bitmex fundingRow", near, "funding_row_XBTUSD_nautilus.json",
                        b -> BitmexParsers.fundingRow(Json.object(b, "funding row"), "XBTUSD")),
                new ParserTarget("bitmex instrument", near, "instrument_XBTUSD_derived.json", b -> BitmexParsers.instrument(b, "XBTUSD")),
                new ParserTarget("bitmex instrument", near, "instrument_ETHUSD_derived.json", b -> BitmexParsers.instrument(b, "ETHUSD")),
                new ParserTarget("bitmex instrumentRow", near, "instrument_XBTUSD_nautilus.json",
                        b -> BitmexParsers.instrumentRow(Json.object(b, "instrument row"), "XBTUSD")));
    }
}
