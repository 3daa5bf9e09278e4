package org.umbra.market.binancespot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.umbra.market.binancespot.BinanceSpotDtos.SpotKline;
import org.umbra.market.http.MalformedResponseException;
import org.umbra.testing.Fixtures;

class BinanceSpotParsersTest {
    private static final long HOUR = 3_600_000L;

    private static com.google.gson.JsonElement fixture(String name) {
        return JsonParser.parseString(Fixtures.read(BinanceSpotParsersTest.class, name));
    }

    @Test
    void recordedHourlyKlinesAreEndStampedInMilliseconds() {
        List<SpotKline> bars = BinanceSpotParsers.klines(fixture("klines_BTCUSDT_1h_ccxt.json"), HOUR);
        assertEquals(3, bars.size());
        // 2024-01-30T16:00Z open, 16:59:59.999 closeTime: the close belongs to 17:00:00.000.
        assertEquals(1706630400000L, bars.get(0).openTime());
        assertEquals(1706633999999L, bars.get(0).closeTime());
        assertEquals(1706634000000L, bars.get(0).endTime());
        assertEquals(new BigDecimal("43488.71000000"), bars.get(0).close());
        assertEquals(new BigDecimal("43374.80000000"), bars.get(1).close());
        assertEquals(1706641200000L, bars.get(2).endTime());
        assertEquals(new BigDecimal("43361.11000000"), bars.get(2).close());
    }

    @Test
    void archiveStyleMicrosecondsAreRefused() {
        // data.binance.vision spot klines since 2025 carry microseconds: 1735689600000000 for 2025-01-01.
        var body = JsonParser.parseString("[[1735689600000000,\"1\",\"1\",\"1\",\"93000.1\",\"1\",1735693199999999,\"1\",1,\"1\",\"1\",\"0\"]]");
        var e = assertThrows(MalformedResponseException.class, () -> BinanceSpotParsers.klines(body, HOUR));
        assertTrue(e.getMessage().contains("openTime") && e.getMessage().contains("not epoch milliseconds"), e.getMessage());
    }

    @Test
    void secondsAreRefused() {
        var body = JsonParser.parseString("[[1706630400,\"1\",\"1\",\"1\",\"43488.71\",\"1\",1706633999,\"1\",1,\"1\",\"1\",\"0\"]]");
        var e = assertThrows(MalformedResponseException.class, () -> BinanceSpotParsers.klines(body, HOUR));
        assertTrue(e.getMessage().contains("not epoch milliseconds"), e.getMessage());
    }

    @Test
    void barOfTheWrongLengthIsRefused() {
        // A 1-minute bar where 1-hour bars were asked for.
        var body = JsonParser.parseString("[[1706630400000,\"1\",\"1\",\"1\",\"43488.71\",\"1\",1706630459999]]");
        var e = assertThrows(MalformedResponseException.class, () -> BinanceSpotParsers.klines(body, HOUR));
        assertTrue(e.getMessage().contains("expected 3600000 ms"), e.getMessage());
    }

    @Test
    void missingColumnIsNamed() {
        var body = JsonParser.parseString("[[1706630400000,\"1\",\"1\",\"1\",\"43488.71\",\"1\"]]");
        var e = assertThrows(MalformedResponseException.class, () -> BinanceSpotParsers.klines(body, HOUR));
        assertTrue(e.getMessage().contains("klines[0]") && e.getMessage().contains("7 columns"), e.getMessage());
    }

    @Test
    void nullCloseIsNamed() {
        var body = JsonParser.parseString("[[1706630400000,\"1\",\"1\",\"1\",null,\"1\",1706633999999]]");
        var e = assertThrows(MalformedResponseException.class, () -> BinanceSpotParsers.klines(body, HOUR));
        assertTrue(e.getMessage().contains("klines[0][4] close"), e.getMessage());
    }

    @Test
    void textCloseIsNamed() {
        var body = JsonParser.parseString("[[1706630400000,\"1\",\"1\",\"1\",\"n/a\",\"1\",1706633999999]]");
        var e = assertThrows(MalformedResponseException.class, () -> BinanceSpotParsers.klines(body, HOUR));
        assertTrue(e.getMessage().contains("close") && e.getMessage().contains("not a number"), e.getMessage());
    }

    @Test
    void extraColumnsAndNumericPricesAreTolerated() {
        var body = JsonParser.parseString("[[1706630400000,1,1,1,43488.71,1,1706633999999,\"1\",1,\"1\",\"1\",\"0\",\"new\",{\"x\":1}]]");
        SpotKline k = BinanceSpotParsers.klines(body, HOUR).get(0);
        assertEquals(new BigDecimal("43488.71"), k.close());
    }

    @Test
    void errorObjectIsRefused() {
        var e = assertThrows(MalformedResponseException.class,
                () -> BinanceSpotParsers.klines(JsonParser.parseString("{\"code\":-1121,\"msg\":\"Invalid symbol.\"}"), HOUR));
        assertTrue(e.getMessage().contains("expected an array"), e.getMessage());
    }
}
