package org.umbra.market.cftc;

import java.util.List;
import org.umbra.drill.ParserTarget;
import org.umbra.market.http.Json;

/** CFTC Socrata parsers and the bodies they are fuzzed from (org.umbra.drill.VenueParserFuzzTest). */
public final class CftcFuzzTargets {
    private CftcFuzzTargets() {
    }

    public static List<ParserTarget> all() {
        Class<?> near = CftcFuzzTargets.class;
        return List.of(
                // Four contract codes in one body: no expected code, as when the source asks for all it tracks.
                new ParserTarget("cftc tffRows", near, "tff_2026-09-08_four_codes_derived.json", b -> CftcParsers.tffRows(b, null)),
                new ParserTarget("cftc tffRow", near, "tff_row_shape_SYNTHETIC_fixture.json",
                        b -> CftcParsers.tffRow(Json.object(b, "row"), "133741")));
    }
}
