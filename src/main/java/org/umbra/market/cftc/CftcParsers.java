package org.umbra.market.cftc;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.umbra.market.cftc.CftcDtos.TffRow;
import org.umbra.market.http.Json;
import org.umbra.market.http.MalformedResponseException;

/**
 * Parsers for the CFTC Socrata API ({@code /resource/<dataset>.json}): an array of row objects whose values are all
 * JSON strings ({@code "open_interest_all":"21083"}); numbers are accepted too. Unknown fields (the TFF dataset has
 * 87 columns) are ignored; a missing or mistyped required field rejects the whole body, naming the field.
 */
final class CftcParsers {
    static final String FUT_ONLY = "FutOnly";

    private CftcParsers() {
    }

    static List<TffRow> tffRows(JsonElement body, String expectedCode) {
        JsonArray rows = Json.array(body, "rows");
        List<TffRow> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonObject o = Json.object(rows.get(i), "rows[" + i + "]");
            try {
                out.add(tffRow(o, expectedCode));
            } catch (MalformedResponseException | ArithmeticException e) {
                throw new MalformedResponseException("row " + i + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    static TffRow tffRow(JsonObject o, String expectedCode) {
        String code = Json.string(o, "cftc_contract_market_code").trim();
        if (expectedCode != null && !expectedCode.equals(code)) {
            throw new MalformedResponseException("field 'cftc_contract_market_code': expected " + expectedCode + ", got " + code);
        }
        // Optional in a row, but if present it must say futures-only: combined rows would count options too.
        JsonElement scope = o.get("futonly_or_combined");
        if (scope != null && !scope.isJsonNull() && !FUT_ONLY.equals(Json.string(o, "futonly_or_combined"))) {
            throw new MalformedResponseException("field 'futonly_or_combined': expected " + FUT_ONLY + ", got "
                    + Json.string(o, "futonly_or_combined"));
        }
        BigDecimal oi = Json.decimal(o, "open_interest_all");
        if (oi.signum() < 0) {
            throw new MalformedResponseException("field 'open_interest_all': negative value " + oi.toPlainString());
        }
        try {
            oi.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new MalformedResponseException("field 'open_interest_all': not a whole number of contracts: " + oi.toPlainString());
        }
        return new TffRow(code, reportDate(o, "report_date_as_yyyy_mm_dd"), oi);
    }

    /** {@code "2026-09-08T00:00:00.000"}: a date without a zone, read as 00:00 UTC of that day. */
    static long reportDate(JsonObject o, String field) {
        String text = Json.string(o, field).trim();
        LocalDateTime t;
        try {
            t = LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new MalformedResponseException("field '" + field + "': not a date like 2026-09-08T00:00:00.000: '"
                    + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'");
        }
        if (!t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            throw new MalformedResponseException("field '" + field + "': expected a date at midnight, got " + text);
        }
        // From 2009 (no crypto contract was reported before bitcoin existed; CME's bitcoin futures start in December
        // 2017) to 2200, the range every market time in Umbra keeps to (Json.epochMillis).
        if (t.getYear() < 2009 || t.getYear() >= 2200) {
            throw new MalformedResponseException("field '" + field + "': " + text + " is out of range");
        }
        return t.toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** The SoQL floating-timestamp literal of a report date, for {@code $where}. */
    static String soqlDate(long reportDateMillis) {
        return LocalDateTime.ofEpochSecond(reportDateMillis / 1000, 0, ZoneOffset.UTC).toLocalDate() + "T00:00:00.000";
    }
}
