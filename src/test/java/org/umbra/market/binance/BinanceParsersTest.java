package org.umbra.market.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.umbra.market.binance.BinanceDtos.FundingRate;
import org.umbra.market.binance.BinanceDtos.Kline;
import org.umbra.market.binance.BinanceDtos.OpenInterestHist;
import org.umbra.market.binance.BinanceDtos.PremiumIndex;
import org.umbra.market.http.MalformedResponseException;
import org.umbra.testing.Fixtures;

class BinanceParsersTest {

    private static com.google.gson.JsonElement fixture(String name) {
        return JsonParser.parseString(Fixtures.read(BinanceParsersTest.class, name));
    }

    @Test
    void openInterestIsInBaseCoin() {
        var oi = BinanceParsers.openInterest(fixture("openInterest_doc.json"), "BTCUSDT");
        assertEquals(new BigDecimal("10659.509"), oi.openInterestCoin());
        assertEquals(1589437530011L, oi.time());
    }

    @Test
    void openInterestHistoryAcceptsTimestampAsString() {
        List<OpenInterestHist> rows = BinanceParsers.openInterestHist(fixture("openInterestHist_doc.json"), "BTCUSDT");
        assertEquals(2, rows.size());
        assertEquals(1583127900000L, rows.get(0).timestamp());
        assertEquals(new BigDecimal("20403.63700000"), rows.get(0).sumOpenInterestCoin());
        assertEquals(new BigDecimal("150570784.07809979"), rows.get(0).sumOpenInterestValueUsd());
    }

    @Test
    void fundingRatesAreFractionsPerInterval() {
        List<FundingRate> rows = BinanceParsers.fundingRates(fixture("fundingRate_doc.json"), "BTCUSDT");
        assertEquals(2, rows.size());
        assertEquals(new BigDecimal("-0.03750000"), rows.get(0).fundingRate());
        assertEquals(1570608000000L, rows.get(0).fundingTime());
        assertEquals(new BigDecimal("0.00010000"), rows.get(1).fundingRate());
    }

    @Test
    void fundingInfoListsIntervalHours() {
        var info = BinanceParsers.fundingInfo(fixture("fundingInfo_doc.json"));
        assertEquals("BLZUSDT", info.get(0).symbol());
        assertEquals(8, info.get(0).fundingIntervalHours());
    }

    @Test
    void premiumIndexHasMarkIndexAndNextFunding() {
        PremiumIndex p = BinanceParsers.premiumIndex(fixture("premiumIndex_doc.json"), "BTCUSDT");
        assertEquals(new BigDecimal("11793.63104562"), p.markPrice());
        assertEquals(new BigDecimal("11781.80495970"), p.indexPrice());
        assertEquals(new BigDecimal("0.00038246"), p.lastFundingRate());
        assertEquals(1597392000000L, p.nextFundingTime());
    }

    @Test
    void klinesOfEveryRecordedKind() {
        Kline mark = BinanceParsers.klines(fixture("markPriceKlines_doc.json")).get(0);
        assertEquals(new BigDecimal("9653.07367333"), mark.close());
        assertEquals(1591256519999L, mark.closeTime());
        Kline premium = BinanceParsers.klines(fixture("premiumIndexKlines_doc.json")).get(0);
        assertEquals(new BigDecimal("-0.00043659"), premium.close());
        List<Kline> recorded = BinanceParsers.klines(fixture("klines_BTCUSDT_1m_ccxt.json"));
        assertEquals(3, recorded.size());
        assertEquals(new BigDecimal("70459.40"), recorded.get(2).close());
    }

    @Test
    void ratiosAreStoredAsTheVenuePublishesThem() {
        var global = BinanceParsers.ratios(fixture("globalLongShortAccountRatio_doc.json"), "longShortRatio", "BTCUSDT");
        assertEquals(new BigDecimal("0.1960"), global.get(0).ratio(), "the documented example's typo is kept as recorded");
        assertEquals(1583139900000L, global.get(1).timestamp());
        assertEquals(new BigDecimal("1.8105"),
                BinanceParsers.ratios(fixture("topLongShortAccountRatio_doc.json"), "longShortRatio", "BTCUSDT").get(0).ratio());
        assertEquals(new BigDecimal("1.4342"),
                BinanceParsers.ratios(fixture("topLongShortPositionRatio_doc.json"), "longShortRatio", "BTCUSDT").get(0).ratio());
        var taker = BinanceParsers.ratios(fixture("takerlongshortRatio_doc.json"), "buySellRatio", null);
        assertEquals(new BigDecimal("1.5586"), taker.get(0).ratio());
        assertEquals(1585614900000L, taker.get(0).timestamp(), "rows as sent; the collector sorts them");
    }

    @Test
    void missingFieldIsNamed() {
        var body = JsonParser.parseString("{\"symbol\":\"BTCUSDT\",\"time\":1589437530011}");
        var e = assertThrows(MalformedResponseException.class, () -> BinanceParsers.openInterest(body, "BTCUSDT"));
        assertTrue(e.getMessage().contains("openInterest"), e.getMessage());
    }

    @Test
    void numberFieldHoldingTextIsNamed() {
        var body = JsonParser.parseString("[{\"symbol\":\"BTCUSDT\",\"fundingRate\":\"n/a\",\"fundingTime\":1570608000000}]");
        var e = assertThrows(MalformedResponseException.class, () -> BinanceParsers.fundingRates(body, "BTCUSDT"));
        assertTrue(e.getMessage().contains("row 0") && e.getMessage().contains("fundingRate"), e.getMessage());
    }

    @Test
    void wrongSymbolIsRejected() {
        var e = assertThrows(MalformedResponseException.class,
                () -> BinanceParsers.premiumIndex(fixture("premiumIndex_doc.json"), "ETHUSDT"));
        assertTrue(e.getMessage().contains("expected ETHUSDT"), e.getMessage());
    }

    @Test
    void secondsInsteadOfMillisecondsAreRejected() {
        var body = JsonParser.parseString("{\"symbol\":\"BTCUSDT\",\"openInterest\":\"1\",\"time\":1589437530}");
        var e = assertThrows(MalformedResponseException.class, () -> BinanceParsers.openInterest(body, "BTCUSDT"));
        assertTrue(e.getMessage().contains("not epoch milliseconds"), e.getMessage());
    }

    @Test
    void objectWhereArrayExpectedIsRejected() {
        var e = assertThrows(MalformedResponseException.class,
                () -> BinanceParsers.klines(JsonParser.parseString("{\"code\":-1121,\"msg\":\"Invalid symbol.\"}")));
        assertTrue(e.getMessage().contains("expected an array"), e.getMessage());
    }
}
