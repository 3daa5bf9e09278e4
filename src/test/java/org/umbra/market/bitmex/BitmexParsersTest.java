package org.umbra.market.bitmex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.umbra.market.bitmex.BitmexDtos.FundingRow;
import org.umbra.market.bitmex.BitmexDtos.Instrument;
import org.umbra.market.http.MalformedResponseException;
import org.umbra.testing.Fixtures;

class BitmexParsersTest {
    private static final long EIGHT_HOURS = 8 * 3_600_000L;

    private static JsonElement fixture(String name) {
        return JsonParser.parseString(Fixtures.read(BitmexParsersTest.class, name));
    }

    private static long ms(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    @Test
    void recordedXbtusdInstrumentRow() {
        Instrument i = BitmexParsers.instrumentRow(fixture("instrument_XBTUSD_nautilus.json").getAsJsonObject(), "XBTUSD");
        assertTrue(i.inverse());
        assertFalse(i.quanto());
        assertEquals(new BigDecimal("-100000000"), i.multiplier());
        assertEquals(new BigDecimal("-100000000"), i.underlyingToSettleMultiplier());
        assertNull(i.underlyingToPositionMultiplier(), "absent in the recorded row");
        assertEquals("XBt", i.settlCurrency());
        assertEquals(new BigDecimal("411647400"), i.openInterest());
        assertEquals(new BigDecimal("420691293378"), i.openValue());
        assertEquals(new BigDecimal("97849.76"), i.markPrice());
        assertEquals(new BigDecimal("97843.77"), i.indicativeSettlePrice());
        assertEquals(new BigDecimal("0.00011"), i.fundingRate());
        assertEquals(ms("2024-11-25T04:00:00Z"), i.fundingTimestamp());
        assertEquals(EIGHT_HOURS, i.fundingIntervalMillis());
        assertEquals(ms("2024-11-24T23:33:19.034Z"), i.timestamp());
    }

    @Test
    void instrumentEndpointReturnsAnArrayOfTheOneSymbol() {
        Instrument x = BitmexParsers.instrument(fixture("instrument_XBTUSD_derived.json"), "XBTUSD");
        assertEquals(new BigDecimal("411647400"), x.openInterest());
        Instrument e = BitmexParsers.instrument(fixture("instrument_ETHUSD_derived.json"), "ETHUSD");
        assertTrue(e.quanto());
        assertFalse(e.inverse());
        assertEquals(new BigDecimal("100"), e.multiplier());
        assertNull(e.underlyingToSettleMultiplier(), "JSON null is read as absent");

        var empty = assertThrows(MalformedResponseException.class, () -> BitmexParsers.instrument(JsonParser.parseString("[]"), "XBTUSD"));
        assertTrue(empty.getMessage().contains("exactly one row"), empty.getMessage());
        var wrong = assertThrows(MalformedResponseException.class,
                () -> BitmexParsers.instrument(fixture("instrument_ETHUSD_derived.json"), "XBTUSD"));
        assertTrue(wrong.getMessage().contains("symbol"), wrong.getMessage());
    }

    @Test
    void fundingRowsAreFractionsPerTheirEncodedInterval() {
        List<FundingRow> rows = BitmexParsers.funding(fixture("funding_XBTUSD_derived.json"), "XBTUSD");
        assertEquals(2, rows.size());
        assertEquals(ms("2020-05-07T12:00:00Z"), rows.get(0).timestamp());
        assertEquals(new BigDecimal("-0.00164"), rows.get(0).fundingRate());
        assertEquals(EIGHT_HOURS, rows.get(0).intervalMillis());
        assertEquals(ms("2024-11-25T04:00:00Z"), rows.get(1).timestamp());
        assertEquals(new BigDecimal("0.0001"), rows.get(1).fundingRate());

        FundingRow single = BitmexParsers.fundingRow(fixture("funding_row_XBTUSD_nautilus.json").getAsJsonObject(), "XBTUSD");
        assertEquals(rows.get(1), single);
    }

    @Test
    void fundingIntervalEncoding() {
        JsonObject o = new JsonObject();
        o.addProperty("i", "2000-01-01T08:00:00.000Z");
        assertEquals(EIGHT_HOURS, BitmexParsers.intervalMillis(o, "i"));
        o.addProperty("i", "2000-01-01T01:00:00.000Z");
        assertEquals(3_600_000L, BitmexParsers.intervalMillis(o, "i"));
        o.addProperty("i", "2000-01-01T00:00:00.000Z");
        assertThrows(MalformedResponseException.class, () -> BitmexParsers.intervalMillis(o, "i"));
        o.addProperty("i", 28800);
        var e = assertThrows(MalformedResponseException.class, () -> BitmexParsers.intervalMillis(o, "i"));
        assertTrue(e.getMessage().contains("'i'"), e.getMessage());
    }

    @Test
    void missingOrMistypedFieldIsNamedAndExtraFieldsAreTolerated() {
        JsonObject row = fixture("instrument_XBTUSD_nautilus.json").getAsJsonObject();
        row.addProperty("someFieldAddedIn2027", "x");
        BitmexParsers.instrumentRow(row, "XBTUSD");

        JsonObject noOi = row.deepCopy();
        noOi.remove("openInterest");
        var e = assertThrows(MalformedResponseException.class, () -> BitmexParsers.instrumentRow(noOi, "XBTUSD"));
        assertEquals("missing field 'openInterest'", e.getMessage());

        JsonObject badInverse = row.deepCopy();
        badInverse.addProperty("isInverse", "yes");
        e = assertThrows(MalformedResponseException.class, () -> BitmexParsers.instrumentRow(badInverse, "XBTUSD"));
        assertTrue(e.getMessage().contains("isInverse"), e.getMessage());

        JsonObject epochTime = row.deepCopy();
        epochTime.addProperty("timestamp", 1732491199034L);
        e = assertThrows(MalformedResponseException.class, () -> BitmexParsers.instrumentRow(epochTime, "XBTUSD"));
        assertTrue(e.getMessage().contains("'timestamp'"), e.getMessage());

        var rows = JsonParser.parseString("[{\"timestamp\":\"2024-11-25T04:00:00.000Z\",\"symbol\":\"XBTUSD\","
                + "\"fundingInterval\":\"2000-01-01T08:00:00.000Z\",\"fundingRate\":\"n/a\"}]");
        e = assertThrows(MalformedResponseException.class, () -> BitmexParsers.funding(rows, "XBTUSD"));
        assertEquals("row 0: field 'fundingRate': not a number: 'n/a'", e.getMessage());
    }

    @Test
    void inverseContractIsOneUsdAndOpenValueIsSatoshis() {
        Instrument i = BitmexParsers.instrumentRow(fixture("instrument_XBTUSD_nautilus.json").getAsJsonObject(), "XBTUSD");
        var oi = BitmexContracts.openInterest(i, null);
        assertEquals(0, new BigDecimal("411647400").compareTo(oi.contracts()));
        assertEquals(411_647_400.0, oi.usd().doubleValue(), 1e-6, "XBTUSD: 1 USD per contract");
        assertEquals(411_647_400.0 / 97_849.76, oi.coin().doubleValue(), 1e-6);
        // Evidence that openValue is satoshis: 420,691,293,378 XBt = 4206.9 XBT, the coin figure above within 0.01 %.
        double openValueXbt = i.openValue().doubleValue() / 1e8;
        assertEquals(oi.coin().doubleValue(), openValueXbt, oi.coin().doubleValue() * 1e-4);
    }

    @Test
    void quantoKnownAnswer() {
        // One ETHUSD contract at ETH 3000 USD: 100 XBt x 3000 = 300,000 XBt = 0.003 XBT; at BTC 60,000 USD that is
        // 180 USD, i.e. 0.06 ETH.
        Instrument e = BitmexParsers.instrument(fixture("instrument_ETHUSD_derived.json"), "ETHUSD");
        Instrument one = withOi(e, BigDecimal.ONE, new BigDecimal("3000"));
        var oi = BitmexContracts.openInterest(one, new BigDecimal("60000"));
        assertEquals(180.0, oi.usd().doubleValue(), 1e-9);
        assertEquals(0.06, oi.coin().doubleValue(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> BitmexContracts.openInterest(one, null));

        // The derived fixture: openValue / 1e8 is the XBT value the formula gives.
        var all = BitmexContracts.openInterest(e, new BigDecimal("97843.77"));
        assertEquals(e.openValue().doubleValue() / 1e8 * 97843.77, all.usd().doubleValue(), 1e-3);
    }

    @Test
    void linearKnownAnswer() {
        // XBTUSDT: underlyingToPositionMultiplier 1,000,000, so 1,000,000 contracts = 1 XBT.
        Instrument x = BitmexParsers.instrumentRow(fixture("instrument_XBTUSD_nautilus.json").getAsJsonObject(), "XBTUSD");
        Instrument linear = new Instrument("XBTUSDT", false, false, BigDecimal.ONE, null, new BigDecimal("1000000"),
                new BigDecimal("1000000"), "USDt", new BigDecimal("2500000"), BigDecimal.ZERO, new BigDecimal("60000"),
                new BigDecimal("60000"), x.fundingRate(), x.fundingTimestamp(), x.fundingIntervalMillis(), x.timestamp());
        var oi = BitmexContracts.openInterest(linear, null);
        assertEquals(2.5, oi.coin().doubleValue(), 1e-12);
        assertEquals(150_000.0, oi.usd().doubleValue(), 1e-9);
    }

    @Test
    void settlementsAreAt04_12_20Utc() {
        assertEquals(ms("2024-11-25T04:00:00Z"), BitmexSource.nextSettlementOnGrid(ms("2024-11-24T23:33:19Z")));
        assertEquals(ms("2024-11-25T12:00:00Z"), BitmexSource.nextSettlementOnGrid(ms("2024-11-25T04:00:00Z")));
        assertEquals(ms("2024-11-25T20:00:00Z"), BitmexSource.nextSettlementOnGrid(ms("2024-11-25T12:00:01Z")));
    }

    private static Instrument withOi(Instrument i, BigDecimal oi, BigDecimal mark) {
        return new Instrument(i.symbol(), i.inverse(), i.quanto(), i.multiplier(), i.underlyingToSettleMultiplier(),
                i.underlyingToPositionMultiplier(), i.quoteToSettleMultiplier(), i.settlCurrency(), oi, i.openValue(), mark,
                i.indicativeSettlePrice(), i.fundingRate(), i.fundingTimestamp(), i.fundingIntervalMillis(), i.timestamp());
    }
}
