package org.umbra.market.deribit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.umbra.market.deribit.DeribitDtos.BookSummary;
import org.umbra.market.deribit.DeribitDtos.FundingRow;
import org.umbra.market.deribit.DeribitDtos.Instrument;
import org.umbra.market.deribit.DeribitDtos.VenueError;
import org.umbra.market.http.Json;
import org.umbra.market.http.MalformedResponseException;

/**
 * Parsers for Deribit API v2 bodies. Every answer is a JSON-RPC envelope: {@code {"jsonrpc":"2.0","result":…}}
 * or {@code {"jsonrpc":"2.0","error":{"code":…,"message":…}}}. Unknown extra fields (usIn, usOut, testnet, new
 * instrument fields) are ignored; a missing or mistyped required field rejects the whole body, naming it.
 * Numbers are JSON numbers at Deribit, but strings are accepted too (market/http/Json).
 */
final class DeribitParsers {
    private DeribitParsers() {
    }

    /** Either the parsed result or the venue's error; the client turns an error into a SourceException. */
    record Reply<T>(T value, VenueError error) {
    }

    static <T> Reply<T> reply(JsonElement body, Function<JsonElement, T> result) {
        JsonObject envelope = Json.object(body, "response");
        JsonElement error = envelope.get("error");
        if (error != null && !error.isJsonNull()) {
            JsonObject e = Json.object(error, "error");
            long code = Json.decimal(e, "code").longValue();
            String message = e.has("message") && e.get("message").isJsonPrimitive() ? e.get("message").getAsString() : "";
            return new Reply<>(null, new VenueError(code, message));
        }
        JsonElement r = envelope.get("result");
        if (r == null || r.isJsonNull()) {
            throw new MalformedResponseException("missing field 'result'");
        }
        return new Reply<>(result.apply(r), null);
    }

    /** The {@code result} of public/get_instrument. */
    static Instrument instrument(JsonElement result, String expectedName) {
        JsonObject o = Json.object(result, "result");
        String name = name(o, expectedName);
        // instrument_type replaced future_type; accept either so an older or newer body both parse.
        String type = o.has("instrument_type") ? Json.string(o, "instrument_type")
                : o.has("future_type") ? Json.string(o, "future_type") : Json.string(o, "instrument_type");
        return new Instrument(name, Json.string(o, "kind"), type, Json.string(o, "settlement_period"),
                Json.positive(Json.decimal(o, "contract_size"), "contract_size"), Json.string(o, "quote_currency"),
                Json.epochMillis(o, "creation_timestamp"));
    }

    /** The perpetual's row from the {@code result} of public/get_book_summary_by_currency (kind=future). */
    static BookSummary bookSummary(JsonElement result, String instrumentName) {
        JsonArray rows = Json.array(result, "result");
        for (int i = 0; i < rows.size(); i++) {
            JsonObject o = Json.object(rows.get(i), "result[" + i + "]");
            try {
                if (!instrumentName.equals(Json.string(o, "instrument_name"))) {
                    continue;
                }
                return new BookSummary(instrumentName,
                        Json.nonNegative(Json.decimal(o, "open_interest"), "open_interest"),
                        Json.positive(Json.decimal(o, "mark_price"), "mark_price"),
                        Json.positive(Json.decimal(o, "estimated_delivery_price"), "estimated_delivery_price"),
                        Json.decimal(o, "funding_8h"),
                        Json.epochMillis(o, "creation_timestamp"));
            } catch (MalformedResponseException | ArithmeticException e) {
                throw new MalformedResponseException("row " + i + ": " + e.getMessage(), e);
            }
        }
        throw new MalformedResponseException("no row for " + instrumentName + " among " + rows.size() + " instruments");
    }

    /** The {@code result} of public/get_funding_rate_history: hourly rows. */
    static List<FundingRow> fundingRateHistory(JsonElement result) {
        JsonArray rows = Json.array(result, "result");
        List<FundingRow> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonObject o = Json.object(rows.get(i), "result[" + i + "]");
            try {
                out.add(new FundingRow(Json.epochMillis(o, "timestamp"), Json.decimal(o, "interest_1h"),
                        Json.decimal(o, "interest_8h"), Json.positive(Json.decimal(o, "index_price"), "index_price")));
            } catch (MalformedResponseException | ArithmeticException e) {
                throw new MalformedResponseException("row " + i + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static String name(JsonObject o, String expected) {
        String name = Json.string(o, "instrument_name");
        if (expected != null && !expected.equals(name)) {
            throw new MalformedResponseException("field 'instrument_name': expected " + expected + ", got " + name);
        }
        return name;
    }
}
