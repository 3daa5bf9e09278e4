package org.umbra.market.cftc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.umbra.market.Asset;
import org.umbra.market.cftc.CftcDtos.TffRow;
import org.umbra.market.http.MalformedResponseException;
import org.umbra.testing.Fixtures;

class CftcParsersTest {
    private static JsonElement fixture(String name) {
        return JsonParser.parseString(Fixtures.read(CftcParsersTest.class, name));
    }

    private static JsonObject shape() {
        return fixture("tff_row_shape_SYNTHETIC_fixture.json").getAsJsonObject();
    }

    @Test
    void syntheticShapeParses() {
        // Shape check only: the numbers of this fixture are invented.
        TffRow r = CftcParsers.tffRow(shape(), "133741");
        assertEquals("133741", r.contractMarketCode());
        assertEquals(Instant.parse("2026-07-28T00:00:00Z").toEpochMilli(), r.reportDate(), "report date at 00:00 UTC");
        assertEquals(new BigDecimal("25000"), r.openInterest());
    }

    @Test
    void fourCodesOfOneWeekWithTheirCoinSizes() {
        JsonArray rows = fixture("tff_2026-09-08_four_codes_derived.json").getAsJsonArray();
        long tuesday = Instant.parse("2026-09-08T00:00:00Z").toEpochMilli();
        double[] expectedCoin = {105_415, 3_517.9, 1_328_200, 6_381.9};
        for (int i = 0; i < 4; i++) {
            CftcContracts.Contract c = CftcContracts.ALL.get(i);
            JsonArray one = new JsonArray();
            one.add(rows.get(i));
            List<TffRow> parsed = CftcParsers.tffRows(one, c.code());
            assertEquals(tuesday, parsed.get(0).reportDate());
            assertEquals(expectedCoin[i], CftcContracts.coin(c, parsed.get(0).openInterest()).doubleValue(), 1e-9, c.code());
        }
    }

    @Test
    void knownAnswerFiveBitcoinPerContract() {
        CftcContracts.Contract btc = CftcContracts.BY_CODE.get("133741");
        assertEquals(Asset.BTC, btc.asset());
        assertEquals(0, new BigDecimal("5").compareTo(CftcContracts.coin(btc, BigDecimal.ONE)));
        assertEquals(0, new BigDecimal("105415").compareTo(CftcContracts.coin(btc, new BigDecimal("21083"))));
        assertEquals(0, new BigDecimal("0.1").compareTo(CftcContracts.coin(CftcContracts.BY_CODE.get("133742"), BigDecimal.ONE)));
        assertEquals(0, new BigDecimal("50").compareTo(CftcContracts.coin(CftcContracts.BY_CODE.get("146021"), BigDecimal.ONE)));
        assertEquals(Asset.ETH, CftcContracts.BY_CODE.get("146022").asset());
    }

    @Test
    void missingOrMistypedFieldIsNamedAndExtraFieldsAreTolerated() {
        JsonObject o = shape();
        o.addProperty("a_column_added_later", "x");
        o.addProperty("open_interest_all", 25000);   // a number instead of a string is accepted
        assertEquals(new BigDecimal("25000"), CftcParsers.tffRow(o, "133741").openInterest());

        JsonObject missing = shape();
        missing.remove("open_interest_all");
        var e = assertThrows(MalformedResponseException.class, () -> CftcParsers.tffRow(missing, "133741"));
        assertEquals("missing field 'open_interest_all'", e.getMessage());

        JsonObject fraction = shape();
        fraction.addProperty("open_interest_all", "25000.5");
        e = assertThrows(MalformedResponseException.class, () -> CftcParsers.tffRow(fraction, "133741"));
        assertTrue(e.getMessage().contains("whole number of contracts"), e.getMessage());

        JsonObject badDate = shape();
        badDate.addProperty("report_date_as_yyyy_mm_dd", "07/28/2026");
        e = assertThrows(MalformedResponseException.class, () -> CftcParsers.tffRow(badDate, "133741"));
        assertTrue(e.getMessage().contains("report_date_as_yyyy_mm_dd"), e.getMessage());

        JsonArray rows = new JsonArray();
        rows.add(shape());
        rows.add(missing);
        e = assertThrows(MalformedResponseException.class, () -> CftcParsers.tffRows(rows, "133741"));
        assertTrue(e.getMessage().startsWith("row 1: missing field 'open_interest_all'"), e.getMessage());
    }

    @Test
    void filtersByCodeAndScopeNotByName() {
        e("133742", shape(), "cftc_contract_market_code");
        JsonObject combined = shape();
        combined.addProperty("futonly_or_combined", "Combined");
        e("133741", combined, "futonly_or_combined");
        // The name is free text (one TFF row spells "MICRO ETHER  - …" with two spaces): never checked.
        JsonObject renamed = shape();
        renamed.addProperty("market_and_exchange_names", "BITCOIN  - CHICAGO MERCANTILE EXCHANGE (RENAMED)");
        CftcParsers.tffRow(renamed, "133741");
    }

    @Test
    void soqlDateLiteral() {
        assertEquals("2018-04-10T00:00:00.000", CftcParsers.soqlDate(Instant.parse("2018-04-10T00:00:00Z").toEpochMilli()));
    }

    private static void e(String code, JsonObject row, String field) {
        var ex = assertThrows(MalformedResponseException.class, () -> CftcParsers.tffRow(row, code));
        assertTrue(ex.getMessage().contains(field), ex.getMessage());
    }
}
