package org.umbra.market.okx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.umbra.market.http.MalformedResponseException;
import org.umbra.market.okx.OkxDtos.FundingHistory;
import org.umbra.market.okx.OkxDtos.FundingRate;
import org.umbra.market.okx.OkxDtos.Instrument;
import org.umbra.market.okx.OkxDtos.LiquidatedSide;
import org.umbra.market.okx.OkxDtos.Liquidation;
import org.umbra.market.okx.OkxDtos.OpenInterest;
import org.umbra.market.okx.OkxDtos.StatRow;
import org.umbra.testing.Fixtures;

class OkxParsersTest {
    private static final long EIGHT_HOURS = 8 * 3_600_000L;

    static String text(String name) {
        return Fixtures.read(OkxParsersTest.class, name);
    }

    static JsonElement fixture(String name) {
        return JsonParser.parseString(text(name));
    }

    static Map<String, Instrument> instruments(String file) {
        return OkxParsers.instruments(fixture(file)).stream().collect(Collectors.toMap(Instrument::instId, Function.identity()));
    }

    @Test
    void instrumentsGiveContractSizesLinearInCoinInverseInUsd() {
        Map<String, Instrument> specs = instruments("okx_instruments_swap_nautilus_trimmed.json");
        Instrument linear = specs.get("BTC-USDT-SWAP");
        assertEquals(new BigDecimal("0.01"), linear.ctVal());
        assertEquals("BTC", linear.ctValCcy());
        assertEquals("linear", linear.ctType());
        assertEquals("BTC-USDT", linear.instFamily());
        assertTrue(linear.coinMargined());
        Instrument inverse = specs.get("BTC-USD-SWAP");
        assertEquals(new BigDecimal("100"), inverse.ctVal());
        assertEquals("USD", inverse.ctValCcy());
        assertEquals("inverse", inverse.ctType());
        assertTrue(!inverse.coinMargined());
    }

    /** Known answers: the public 100x / 10x bug came from reading contracts as coins. */
    @Test
    void contractConversionsWithKnownAnswers() {
        Map<String, Instrument> specs = instruments("okx_instruments_swap_derived.json");
        Instrument btc = specs.get("BTC-USDT-SWAP");
        Instrument eth = specs.get("ETH-USDT-SWAP");
        Instrument inverse = specs.get("BTC-USD-SWAP");
        // 1 BTC-USDT-SWAP contract is 0.01 BTC, not 1 BTC.
        assertEquals(0, new BigDecimal("0.01").compareTo(btc.coin(BigDecimal.ONE, new BigDecimal("60000"))));
        assertEquals(0, new BigDecimal("600").compareTo(btc.usd(BigDecimal.ONE, new BigDecimal("60000"))));
        // 100 contracts = 1 BTC; a 100x bug would say 100 BTC.
        assertEquals(0, BigDecimal.ONE.compareTo(btc.coin(new BigDecimal("100"), new BigDecimal("60000"))));
        // 1 ETH-USDT-SWAP contract is 0.1 ETH: 10 contracts = 1 ETH (a 10x bug would say 10 ETH).
        assertEquals(0, BigDecimal.ONE.compareTo(eth.coin(BigDecimal.TEN, new BigDecimal("3000"))));
        assertEquals(0, new BigDecimal("3000").compareTo(eth.usd(BigDecimal.TEN, new BigDecimal("3000"))));
        // 1 BTC-USD-SWAP contract is 100 USD whatever the price; 5 contracts at 50,000 = 500 USD = 0.01 BTC.
        assertEquals(0, new BigDecimal("500").compareTo(inverse.usd(new BigDecimal("5"), new BigDecimal("50000"))));
        assertEquals(0, new BigDecimal("0.01").compareTo(inverse.coin(new BigDecimal("5"), new BigDecimal("50000"))));
        // The captured BTC liquidation: 3.62 contracts at bankruptcy price 63,955.7 = 0.0362 BTC = 2,315.19634 USD.
        assertEquals(0, new BigDecimal("2315.19634").compareTo(btc.usd(new BigDecimal("3.62"), new BigDecimal("63955.7"))));
    }

    @Test
    void instrumentWithoutContractSizeIsRejectedNamingTheField() {
        String body = text("okx_instruments_swap_nautilus_trimmed.json").replace("\"ctVal\": \"0.01\",", "");
        var e = assertThrows(MalformedResponseException.class, () -> OkxParsers.instruments(JsonParser.parseString(body)));
        assertTrue(e.getMessage().contains("'ctVal'"), e.getMessage());
        String mult = text("okx_instruments_swap_nautilus_trimmed.json").replace("\"ctMult\": \"1\"", "\"ctMult\": \"10\"");
        var m = assertThrows(MalformedResponseException.class, () -> OkxParsers.instruments(JsonParser.parseString(mult)));
        assertTrue(m.getMessage().contains("ctMult"), m.getMessage());
    }

    @Test
    void openInterestKeepsContractsCoinAndUsdAndOiTimesCtValIsOiCcy() throws Exception {
        OpenInterest oi = OkxParsers.openInterest(fixture("okx_open_interest_BTC-USDT-SWAP_captured.json"), "BTC-USDT-SWAP");
        assertEquals(new BigDecimal("3246494.10000001441"), oi.oiContracts());
        assertEquals(new BigDecimal("32464.9410000001441"), oi.oiCoin());
        assertEquals(new BigDecimal("2078892496.9350092274435"), oi.oiUsd());
        assertEquals(1786413061228L, oi.ts());
        Instrument btc = instruments("okx_instruments_swap_nautilus_trimmed.json").get("BTC-USDT-SWAP");
        // Live figures: oi (contracts) × ctVal 0.01 is exactly oiCcy (BTC); oiUsd / oiCcy is a plausible BTC price.
        assertEquals(0, oi.oiContracts().multiply(btc.ctVal()).compareTo(oi.oiCoin()));
        double impliedPrice = oi.oiUsd().doubleValue() / oi.oiCoin().doubleValue();
        assertEquals(64035.0, impliedPrice, 1.0);
        OkxSource.checkOpenInterest(btc, oi);

        // The docs example is illustrative (5000 × 0.01 ≠ 555.55): it parses, but the source would refuse it.
        OpenInterest doc = OkxParsers.openInterest(fixture("okx_open_interest_doc.json"), "BTC-USDT-SWAP");
        assertEquals(new BigDecimal("5000"), doc.oiContracts());
        var e = assertThrows(org.umbra.market.http.SourceException.class, () -> OkxSource.checkOpenInterest(btc, doc));
        assertTrue(e.getMessage().startsWith("okx: open interest of BTC-USDT-SWAP"), e.getMessage());
    }

    @Test
    void openInterestToleratesExtraFieldsAndNumbersAndNamesMissingOnes() {
        String extra = text("okx_open_interest_BTC-USDT-SWAP_captured.json").replace("\"instType\": \"SWAP\",",
                "\"instType\": \"SWAP\", \"oiNew\": {\"x\": 1}, \"oi\": 5000,").replace("\"oi\": \"3246494.10000001441\",", "");
        assertEquals(new BigDecimal("5000"), OkxParsers.openInterest(JsonParser.parseString(extra), "BTC-USDT-SWAP").oiContracts());
        String missing = text("okx_open_interest_BTC-USDT-SWAP_captured.json").replace("\"oiCcy\": \"32464.9410000001441\",", "");
        var e = assertThrows(MalformedResponseException.class,
                () -> OkxParsers.openInterest(JsonParser.parseString(missing), "BTC-USDT-SWAP"));
        assertTrue(e.getMessage().contains("'oiCcy'"), e.getMessage());
        var wrong = assertThrows(MalformedResponseException.class,
                () -> OkxParsers.openInterest(fixture("okx_open_interest_BTC-USDT-SWAP_captured.json"), "ETH-USDT-SWAP"));
        assertTrue(wrong.getMessage().contains("instId"), wrong.getMessage());
    }

    @Test
    void venueErrorCodeRejectsTheBody() {
        var e = assertThrows(MalformedResponseException.class, () -> OkxParsers.openInterest(
                JsonParser.parseString("{\"code\":\"51001\",\"msg\":\"Instrument ID does not exist\",\"data\":[]}"), "BTC-USDT-SWAP"));
        assertTrue(e.getMessage().contains("venue error code 51001: Instrument ID does not exist"), e.getMessage());
        var empty = assertThrows(MalformedResponseException.class,
                () -> OkxParsers.openInterest(JsonParser.parseString("{\"code\":\"0\",\"msg\":\"\",\"data\":[]}"), "BTC-USDT-SWAP"));
        assertTrue(empty.getMessage().contains("expected one row"), empty.getMessage());
        var noData = assertThrows(MalformedResponseException.class,
                () -> OkxParsers.fundingHistory(JsonParser.parseString("{\"code\":\"0\",\"msg\":\"\"}"), "BTC-USDT-SWAP"));
        assertTrue(noData.getMessage().contains("'data'"), noData.getMessage());
    }

    @Test
    void fundingRateIsTheLiveRateWithTheIntervalBetweenSettlements() {
        FundingRate captured = OkxParsers.fundingRate(fixture("okx_funding_rate_BTC-USDT-SWAP_captured.json"), "BTC-USDT-SWAP");
        assertEquals(new BigDecimal("0.0001000000000000"), captured.fundingRate());
        assertEquals(1786435200000L, captured.fundingTime());
        assertEquals(EIGHT_HOURS, captured.intervalMillis());
        assertNull(captured.nextFundingRate(), "nextFundingRate \"\" (deprecated) is no value");
        assertNull(captured.premium());
        assertNull(captured.ts());

        FundingRate doc = OkxParsers.fundingRate(fixture("okx_funding_rate_BTC-USDT-SWAP_doc.json"), "BTC-USDT-SWAP");
        assertEquals(new BigDecimal("0.0000182221218054"), doc.fundingRate());
        assertEquals(new BigDecimal("0.0000910113652644"), doc.premium());
        assertEquals(1743588686291L, doc.ts());
        assertEquals(EIGHT_HOURS, doc.intervalMillis());
        assertTrue(doc.fundingTime() > doc.ts(), "fundingTime is the coming settlement");

        String broken = text("okx_funding_rate_BTC-USDT-SWAP_doc.json").replace("\"nextFundingTime\": \"1743638400000\",", "");
        var e = assertThrows(MalformedResponseException.class, () -> OkxParsers.fundingRate(JsonParser.parseString(broken), "BTC-USDT-SWAP"));
        assertTrue(e.getMessage().contains("'nextFundingTime'"), e.getMessage());
    }

    @Test
    void fundingHistoryCarriesTheRealizedRate() {
        List<FundingHistory> rows = OkxParsers.fundingHistory(fixture("okx_funding_rate_history_BTC-USDT-SWAP_nautilus.json"), "BTC-USDT-SWAP");
        assertEquals(2, rows.size());
        assertEquals(1704067200000L, rows.get(0).fundingTime());
        assertEquals(new BigDecimal("0.00015"), rows.get(0).realizedRate());
        assertEquals(new BigDecimal("0.0001515032"), rows.get(0).fundingRate());
        assertEquals(new BigDecimal("-0.00002"), rows.get(1).realizedRate());

        List<FundingHistory> doc = OkxParsers.fundingHistory(fixture("okx_funding_rate_history_BTC-USD-SWAP_doc.json"), "BTC-USD-SWAP");
        assertEquals(new BigDecimal("0.0000746572360545"), doc.get(0).realizedRate());
        assertEquals(EIGHT_HOURS, doc.get(0).fundingTime() - doc.get(1).fundingTime(), "newest first, 8 h apart");

        String missing = text("okx_funding_rate_history_BTC-USDT-SWAP_nautilus.json").replace("\"realizedRate\": \"-0.00002\",", "");
        var e = assertThrows(MalformedResponseException.class, () -> OkxParsers.fundingHistory(JsonParser.parseString(missing), "BTC-USDT-SWAP"));
        assertTrue(e.getMessage().contains("row 1") && e.getMessage().contains("'realizedRate'"), e.getMessage());
    }

    @Test
    void markAndIndexPrices() {
        var mark = OkxParsers.markPrice(fixture("okx_mark_price_BTC-USDT-SWAP_nautilus.json"), "BTC-USDT-SWAP");
        assertEquals(new BigDecimal("84660.1"), mark.markPx());
        assertEquals(1744590349506L, mark.ts());
        var index = OkxParsers.indexTicker(fixture("okx_index_tickers_BTC-USDT_nautilus.json"), "BTC-USDT");
        assertEquals(new BigDecimal("103895"), index.idxPx());
        assertEquals(1746942707815L, index.ts());
        String missing = text("okx_index_tickers_BTC-USDT_nautilus.json").replace("\"idxPx\": \"103895\",", "");
        var e = assertThrows(MalformedResponseException.class, () -> OkxParsers.indexTicker(JsonParser.parseString(missing), "BTC-USDT"));
        assertTrue(e.getMessage().contains("'idxPx'"), e.getMessage());
    }

    @Test
    void rubikRows() {
        List<StatRow> ls = OkxParsers.statRows(fixture("okx_rubik_long_short_ratio_captured.json"), "long-short-account-ratio", 2);
        assertEquals(List.of(new StatRow(1786412700000L, new BigDecimal("1.6634118967452301"))), ls);
        List<StatRow> oi = OkxParsers.statRows(fixture("okx_rubik_open_interest_volume_doc.json"), "open-interest-volume", 3);
        assertEquals(List.of(new StatRow(1630502400000L, new BigDecimal("1713028741.6898"))), oi);
        var e = assertThrows(MalformedResponseException.class, () -> OkxParsers.statRows(
                JsonParser.parseString("{\"code\":\"0\",\"msg\":\"\",\"data\":[[\"1786412700000\"]]}"), "long-short-account-ratio", 2));
        assertTrue(e.getMessage().contains("at least 2 columns"), e.getMessage());
    }

    @Test
    void liquidationsSellClosesALongBuyClosesAShort() {
        List<Liquidation> rows = OkxParsers.liquidations(fixture("okx_liquidation_orders_BTC-USDT_captured.json"), "BTC-USDT-SWAP");
        assertEquals(2, rows.size());
        assertEquals(LiquidatedSide.LONG, rows.get(0).liquidated(), "posSide long, side sell");
        assertEquals(new BigDecimal("3.62"), rows.get(0).sz());
        assertEquals(new BigDecimal("63955.7"), rows.get(0).bkPx());
        assertEquals(1786408771714L, rows.get(0).ts());
        assertEquals(LiquidatedSide.SHORT, rows.get(1).liquidated(), "posSide short, side buy");
        assertEquals(new BigDecimal("5.3"), rows.get(1).sz());
        // Details of another instrument of the family are not ours.
        assertEquals(0, OkxParsers.liquidations(fixture("okx_liquidation_orders_BTC-USDT_captured.json"), "ETH-USDT-SWAP").size());
        // Net mode: posSide "net", the order side alone tells.
        String net = text("okx_liquidation_orders_BTC-USDT_captured.json").replace("\"posSide\": \"long\"", "\"posSide\": \"net\"");
        assertEquals(LiquidatedSide.LONG, OkxParsers.liquidations(JsonParser.parseString(net), "BTC-USDT-SWAP").get(0).liquidated());

        String contradictory = text("okx_liquidation_orders_BTC-USDT_captured.json").replace("\"side\": \"sell\"", "\"side\": \"buy\"");
        var e = assertThrows(MalformedResponseException.class, () -> OkxParsers.liquidations(JsonParser.parseString(contradictory), "BTC-USDT-SWAP"));
        assertTrue(e.getMessage().contains("details[0]") && e.getMessage().contains("long"), e.getMessage());
        String noSize = text("okx_liquidation_orders_BTC-USDT_captured.json").replace("\"sz\": \"5.3\", ", "");
        var m = assertThrows(MalformedResponseException.class, () -> OkxParsers.liquidations(JsonParser.parseString(noSize), "BTC-USDT-SWAP"));
        assertTrue(m.getMessage().contains("details[1]") && m.getMessage().contains("'sz'"), m.getMessage());
    }
}
