package org.umbra.market.coinbase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.umbra.market.coinbase.CoinbaseDtos.Candle;
import org.umbra.market.http.MalformedResponseException;
import org.umbra.testing.Fixtures;

class CoinbaseParsersTest {
    private static com.google.gson.JsonElement fixture(String name) {
        return JsonParser.parseString(Fixtures.read(CoinbaseParsersTest.class, name));
    }

    @Test
    void documentedExampleRowIsSecondsAtBucketStartWithCloseInColumnFour() {
        Candle c = CoinbaseParsers.candles(fixture("candles_docexample_derived.json")).get(0);
        assertEquals(1415398768000L, c.startMillis(), "seconds turned into milliseconds");
        assertEquals(new BigDecimal("4.2"), c.close());
        assertEquals(1415398768000L + 3_600_000L, c.endMillis(3_600_000L), "stamped at the end: start + granularity");
    }

    @Test
    void hourlyBtcUsdRowsKeepTheVenueOrderAndValues() {
        List<Candle> rows = CoinbaseParsers.candles(fixture("candles_BTC-USD_3600_derived.json"));
        assertEquals(3, rows.size());
        assertEquals(1706637600000L, rows.get(0).startMillis(), "newest first, as sent");
        assertEquals(new BigDecimal("43342.01"), rows.get(0).close());
        assertEquals(1706630400000L, rows.get(2).startMillis());
        assertEquals(new BigDecimal("43480.0"), rows.get(2).close());
    }

    @Test
    void minuteEthBtcRowsArePricesInBitcoin() {
        List<Candle> rows = CoinbaseParsers.candles(fixture("candles_ETH-BTC_60_derived.json"));
        assertEquals(new BigDecimal("0.05411"), rows.get(0).close());
        assertEquals(1706637720000L, rows.get(0).startMillis());
        assertEquals(1706637780000L, rows.get(0).endMillis(60_000L));
    }

    @Test
    void millisecondsWhereSecondsAreDocumentedAreRefused() {
        var body = JsonParser.parseString("[[1706630400000, 1, 1, 1, 43480.0, 1]]");
        var e = assertThrows(MalformedResponseException.class, () -> CoinbaseParsers.candles(body));
        assertTrue(e.getMessage().contains("candles[0][0] time") && e.getMessage().contains("not epoch seconds"), e.getMessage());
    }

    @Test
    void fractionalTimeIsRefused() {
        var body = JsonParser.parseString("[[1706630400.5, 1, 1, 1, 43480.0, 1]]");
        var e = assertThrows(MalformedResponseException.class, () -> CoinbaseParsers.candles(body));
        assertTrue(e.getMessage().contains("not a whole number of seconds"), e.getMessage());
    }

    @Test
    void missingCloseIsNamed() {
        var body = JsonParser.parseString("[[1706630400, 1, 1, 1]]");
        var e = assertThrows(MalformedResponseException.class, () -> CoinbaseParsers.candles(body));
        assertTrue(e.getMessage().contains("candles[0]") && e.getMessage().contains("close"), e.getMessage());
    }

    @Test
    void nullCloseIsNamed() {
        var body = JsonParser.parseString("[[1706630400, 1, 1, 1, null, 1]]");
        var e = assertThrows(MalformedResponseException.class, () -> CoinbaseParsers.candles(body));
        assertTrue(e.getMessage().contains("candles[0][4] close"), e.getMessage());
    }

    @Test
    void stringPricesAndExtraColumnsAreTolerated() {
        var body = JsonParser.parseString("[[\"1706630400\", \"1\", \"1\", \"1\", \"43480.00\", \"1\", \"extra\", {\"x\": 1}]]");
        Candle c = CoinbaseParsers.candles(body).get(0);
        assertEquals(new BigDecimal("43480.00"), c.close());
        assertEquals(1706630400000L, c.startMillis());
    }

    @Test
    void errorObjectIsRefused() {
        var e = assertThrows(MalformedResponseException.class,
                () -> CoinbaseParsers.candles(JsonParser.parseString("{\"message\":\"NotFound\"}")));
        assertTrue(e.getMessage().contains("expected an array"), e.getMessage());
    }
}
