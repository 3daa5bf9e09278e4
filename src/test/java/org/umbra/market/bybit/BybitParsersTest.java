package org.umbra.market.bybit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.umbra.market.Asset;
import org.umbra.market.Metric;
import org.umbra.market.SeriesBatch;
import org.umbra.market.bybit.BybitDtos.AccountRatioRow;
import org.umbra.market.bybit.BybitDtos.Bar;
import org.umbra.market.bybit.BybitDtos.FundingRow;
import org.umbra.market.bybit.BybitDtos.OpenInterestRow;
import org.umbra.market.bybit.BybitDtos.Page;
import org.umbra.market.bybit.BybitDtos.Ticker;
import org.umbra.market.http.MalformedResponseException;
import org.umbra.testing.Fixtures;

class BybitParsersTest {
    private static JsonElement fixture(String name) {
        return JsonParser.parseString(Fixtures.read(BybitParsersTest.class, name));
    }

    @Test
    void inverseOpenInterestHistoryIsInUsdNewestFirst() {
        Page<OpenInterestRow> page = BybitParsers.openInterest(fixture("open_interest_doc.json"), "BTCUSD");
        assertEquals(2, page.rows().size());
        assertEquals(new BigDecimal("461134384.00000000"), page.rows().get(0).openInterest());
        assertEquals(1669571400000L, page.rows().get(0).timestamp());
        assertEquals(1669571100000L, page.rows().get(1).timestamp(), "newest first");
        assertEquals("", page.nextPageCursor());
    }

    @Test
    void fundingHistoryRowsOfBothRecordings() {
        List<FundingRow> doc = BybitParsers.funding(fixture("funding_history_doc.json"), "ETHPERP");
        assertEquals(new BigDecimal("0.0001"), doc.get(0).fundingRate());
        assertEquals(1672041600000L, doc.get(0).fundingRateTimestamp());
        List<FundingRow> btc = BybitParsers.funding(fixture("funding_history_BTCUSDT_nautilus.json"), "BTCUSDT");
        assertEquals(2, btc.size());
        assertEquals(new BigDecimal("0.00015"), btc.get(1).fundingRate());
        // Two settlements 8 h apart.
        assertEquals(8 * 3_600_000L, btc.get(0).fundingRateTimestamp() - btc.get(1).fundingRateTimestamp());
    }

    @Test
    void accountRatioIsBuyOverSellShares() {
        Page<AccountRatioRow> page = BybitParsers.accountRatio(fixture("account_ratio_doc.json"), "BTCUSDT");
        AccountRatioRow r = page.rows().get(0);
        assertEquals(new BigDecimal("0.49"), r.buyRatio());
        assertEquals(new BigDecimal("0.51"), r.sellRatio());
        assertEquals(1696262400000L, r.timestamp());
        assertEquals(0.49 / 0.51, r.buyRatio().divide(r.sellRatio(), MathContext.DECIMAL64).doubleValue(), 1e-12);
        assertEquals("lastid%3D0%26lasttime%3D1696258800", page.nextPageCursor());
    }

    @Test
    void inverseTickerHasMarkIndexFundingAndUsdOpenInterest() {
        Ticker t = BybitParsers.ticker(fixture("tickers_inverse_BTCUSD_doc.json"), "BTCUSD");
        assertEquals(new BigDecimal("114898.43"), t.markPrice());
        assertEquals(new BigDecimal("114890.92"), t.indexPrice());
        assertEquals(new BigDecimal("0.0001"), t.fundingRate());
        assertEquals(1760371200000L, t.nextFundingTime());
        assertEquals(new BigDecimal("240113967"), t.openInterest());
        assertEquals(8, t.fundingIntervalHours());
        assertEquals(1760352369814L, t.time(), "the envelope's server time");
    }

    @Test
    void spotTickerIsRejectedForLackOfFundingFields() {
        var e = assertThrows(MalformedResponseException.class,
                () -> BybitParsers.ticker(fixture("tickers_spot_BTCUSDT_doc.json"), "BTCUSDT"));
        assertTrue(e.getMessage().contains("fundingIntervalHour"), e.getMessage());
    }

    @Test
    void instrumentsInfoGivesLaunchAndFundingIntervalInMinutes() {
        var info = BybitParsers.instrument(fixture("instruments_info_linear_BTCUSDT_doc.json"), "BTCUSDT");
        assertEquals(1585526400000L, info.launchTime());
        assertEquals(480, info.fundingIntervalMinutes(), "8 h");
        var e = assertThrows(MalformedResponseException.class,
                () -> BybitParsers.instrument(fixture("instruments_info_linear_BTCUSDT_doc.json"), "ETHUSDT"));
        assertTrue(e.getMessage().contains("no instrument ETHUSDT"), e.getMessage());
    }

    @Test
    void klineRowsOfEveryRecordedKind() {
        List<Bar> premium = BybitParsers.bars(fixture("premium_index_price_kline_doc.json"), "BTCUSDT");
        assertEquals(1652486400000L, premium.get(0).startTime());
        assertEquals(new BigDecimal("-0.000344"), premium.get(0).close());
        assertEquals(new BigDecimal("-0.000587"), premium.get(1).close());
        // The trade-price kline has 7 columns; the close is still column 4.
        List<Bar> inverse = BybitParsers.bars(fixture("kline_inverse_doc.json"), "BTCUSD");
        assertEquals(3, inverse.size());
        assertEquals(new BigDecimal("17055.5"), inverse.get(0).close());
        Bar mark = BybitParsers.bars(fixture("mark_price_kline_doc.json"), "BTCUSDT").get(0);
        assertEquals(1670608800000L, mark.startTime());
        assertEquals(new BigDecimal("17131.64"), mark.close());
    }

    @Test
    void nonZeroRetCodeIsAnErrorEvenWithHttp200() {
        var body = JsonParser.parseString("{\"retCode\":10001,\"retMsg\":\"params error\",\"result\":{},\"time\":1672051897447}");
        var e = assertThrows(MalformedResponseException.class, () -> BybitParsers.funding(body, "BTCUSDT"));
        assertTrue(e.getMessage().contains("retCode 10001") && e.getMessage().contains("params error"), e.getMessage());
    }

    @Test
    void missingFieldIsNamedAndExtraFieldTolerated() {
        String text = Fixtures.read(BybitParsersTest.class, "funding_history_BTCUSDT_nautilus.json");
        var missing = JsonParser.parseString(text.replace("\"fundingRate\": \"0.00015\",", ""));
        var e = assertThrows(MalformedResponseException.class, () -> BybitParsers.funding(missing, "BTCUSDT"));
        assertTrue(e.getMessage().contains("row 1") && e.getMessage().contains("fundingRate"), e.getMessage());
        var extra = JsonParser.parseString(text.replace("\"fundingRate\": \"0.00015\",", "\"fundingRate\": \"0.00015\", \"newField\": [1],"));
        assertEquals(2, BybitParsers.funding(extra, "BTCUSDT").size());
        var noTime = JsonParser.parseString(Fixtures.read(BybitParsersTest.class, "tickers_inverse_BTCUSD_doc.json")
                .replace("\"markPrice\": \"114898.43\",", ""));
        var e2 = assertThrows(MalformedResponseException.class, () -> BybitParsers.ticker(noTime, "BTCUSD"));
        assertTrue(e2.getMessage().contains("markPrice"), e2.getMessage());
    }

    @Test
    void wrongSymbolIsRejected() {
        var e = assertThrows(MalformedResponseException.class,
                () -> BybitParsers.openInterest(fixture("open_interest_doc.json"), "BTCUSDT"));
        assertTrue(e.getMessage().contains("expected BTCUSDT"), e.getMessage());
    }

    @Test
    void openInterestUnitConversionsWithKnownAnswers() {
        var linear = new BybitSource.Instrument("linear", "BTCUSDT", Asset.BTC);
        var coin = SeriesBatch.builder(BybitSource.spec(linear, Metric.OPEN_INTEREST_COIN, 60_000));
        var usd = SeriesBatch.builder(BybitSource.spec(linear, Metric.OPEN_INTEREST_USD, 60_000));
        BybitSource.addOpenInterest(linear, coin, usd, 1L, new BigDecimal("10"), new BigDecimal("60000"));
        assertEquals(10.0, coin.build().value(0));
        assertEquals(600_000.0, usd.build().value(0), "10 BTC at 60 000 = 600 000 USD");

        // The recorded inverse ticker: 240 113 967 USD of contracts at mark 114 898.43 is the 2 089.79 BTC
        // the venue itself reports as openInterestValue.
        Ticker t = BybitParsers.ticker(fixture("tickers_inverse_BTCUSD_doc.json"), "BTCUSD");
        var inverse = new BybitSource.Instrument("inverse", "BTCUSD", Asset.BTC);
        var icoin = SeriesBatch.builder(BybitSource.spec(inverse, Metric.OPEN_INTEREST_COIN, 60_000));
        var iusd = SeriesBatch.builder(BybitSource.spec(inverse, Metric.OPEN_INTEREST_USD, 60_000));
        BybitSource.addOpenInterest(inverse, icoin, iusd, 1L, t.openInterest(), t.markPrice());
        assertEquals(240_113_967.0, iusd.build().value(0));
        assertEquals(t.openInterestValue().doubleValue(), icoin.build().value(0), 0.005);

        // No price at that time: only the raw unit is stored.
        var c2 = SeriesBatch.builder(BybitSource.spec(inverse, Metric.OPEN_INTEREST_COIN, 60_000));
        var u2 = SeriesBatch.builder(BybitSource.spec(inverse, Metric.OPEN_INTEREST_USD, 60_000));
        BybitSource.addOpenInterest(inverse, c2, u2, 1L, t.openInterest(), null);
        assertEquals(0, c2.size());
        assertEquals(1, u2.size());
    }
}
