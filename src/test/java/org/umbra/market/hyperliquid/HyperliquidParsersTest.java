package org.umbra.market.hyperliquid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.umbra.market.http.MalformedResponseException;
import org.umbra.market.hyperliquid.HyperliquidDtos.AssetCtx;
import org.umbra.market.hyperliquid.HyperliquidDtos.CoinPredictions;
import org.umbra.market.hyperliquid.HyperliquidDtos.FundingRow;
import org.umbra.testing.Fixtures;

class HyperliquidParsersTest {

    private static JsonElement fixture(String name) {
        return JsonParser.parseString(Fixtures.read(HyperliquidParsersTest.class, name));
    }

    @Test
    void documentedMetaAndAssetCtxsIsZippedByName() {
        AssetCtx btc = HyperliquidParsers.metaAndAssetCtxs(fixture("metaAndAssetCtxs_doc.json"), "BTC");
        assertEquals(new BigDecimal("688.11"), btc.openInterest());
        assertEquals(new BigDecimal("14.3161"), btc.markPx());
        assertEquals(new BigDecimal("14.32"), btc.oraclePx());
        assertEquals(new BigDecimal("0.0000125"), btc.funding());
        assertEquals(new BigDecimal("0.00031774"), btc.premium());
        AssetCtx eth = HyperliquidParsers.metaAndAssetCtxs(fixture("metaAndAssetCtxs_doc.json"), "ETH");
        assertEquals(new BigDecimal("1882.55"), eth.openInterest());
    }

    @Test
    void realContextsInTheDerivedBody() {
        AssetCtx btc = HyperliquidParsers.metaAndAssetCtxs(fixture("metaAndAssetCtxs_BTC_ETH_derived.json"), "BTC");
        assertEquals(new BigDecimal("27353.17682"), btc.openInterest(), "coins");
        assertEquals(new BigDecimal("77562.0"), btc.markPx());
        assertEquals(new BigDecimal("77605.0"), btc.oraclePx());
        assertEquals(new BigDecimal("-0.0000015186"), btc.funding());
        AssetCtx eth = HyperliquidParsers.metaAndAssetCtxs(fixture("metaAndAssetCtxs_BTC_ETH_derived.json"), "ETH");
        assertEquals(new BigDecimal("605822.2557999999"), eth.openInterest());
    }

    @Test
    void recordedWebSocketContextsParseWithTheSameReader() {
        JsonArray ctxs = fixture("allDexsAssetCtxs_ws_BTC_ETH_nautilus_trimmed.json").getAsJsonObject().getAsJsonObject("data")
                .getAsJsonArray("ctxs").get(0).getAsJsonArray().get(1).getAsJsonArray();
        AssetCtx btc = HyperliquidParsers.assetCtx(ctxs.get(0).getAsJsonObject(), "BTC");
        assertEquals(new BigDecimal("27353.17682"), btc.openInterest());
        assertEquals(new BigDecimal("-0.0005927453"), btc.premium());
        AssetCtx eth = HyperliquidParsers.assetCtx(ctxs.get(1).getAsJsonObject(), "ETH");
        assertEquals(new BigDecimal("2123.7"), eth.markPx());
    }

    @Test
    void universeOrderDoesNotMatterButAlignmentDoes() {
        // ETH first: the coin is found by name, and its own context (by the same index) is returned.
        String swapped = "[{\"universe\":[{\"name\":\"ETH\"},{\"name\":\"BTC\"}]},[{\"funding\":\"0.0000125\",\"openInterest\":\"10\","
                + "\"markPx\":\"2000\",\"oraclePx\":\"2001\"},{\"funding\":\"0.00001\",\"openInterest\":\"5\",\"markPx\":\"70000\",\"oraclePx\":\"70010\"}]]";
        AssetCtx btc = HyperliquidParsers.metaAndAssetCtxs(JsonParser.parseString(swapped), "BTC");
        assertEquals(new BigDecimal("5"), btc.openInterest());
        assertNull(btc.premium(), "premium is optional");
        String misaligned = "[{\"universe\":[{\"name\":\"ETH\"},{\"name\":\"BTC\"}]},[{\"funding\":\"0.0000125\",\"openInterest\":\"10\","
                + "\"markPx\":\"2000\",\"oraclePx\":\"2001\"}]]";
        var e = assertThrows(MalformedResponseException.class, () -> HyperliquidParsers.metaAndAssetCtxs(JsonParser.parseString(misaligned), "BTC"));
        assertTrue(e.getMessage().contains("index-aligned"), e.getMessage());
        var missing = assertThrows(MalformedResponseException.class,
                () -> HyperliquidParsers.metaAndAssetCtxs(fixture("metaAndAssetCtxs_doc.json"), "SOL"));
        assertTrue(missing.getMessage().contains("no asset SOL"), missing.getMessage());
    }

    @Test
    void missingFieldIsNamedAndExtraFieldsAreTolerated() {
        String noOi = Fixtures.read(HyperliquidParsersTest.class, "metaAndAssetCtxs_BTC_ETH_derived.json")
                .replace("\"openInterest\": \"27353.17682\",", "");
        var e = assertThrows(MalformedResponseException.class, () -> HyperliquidParsers.metaAndAssetCtxs(JsonParser.parseString(noOi), "BTC"));
        assertTrue(e.getMessage().contains("BTC") && e.getMessage().contains("openInterest"), e.getMessage());
        String extra = Fixtures.read(HyperliquidParsersTest.class, "metaAndAssetCtxs_BTC_ETH_derived.json")
                .replace("\"openInterest\": \"27353.17682\",", "\"openInterest\": 27353.17682, \"newThing\": [1, 2],");
        assertEquals(0, new BigDecimal("27353.17682").compareTo(
                HyperliquidParsers.metaAndAssetCtxs(JsonParser.parseString(extra), "BTC").openInterest()), "number instead of string");
    }

    @Test
    void fundingHistoryRowsWithOptionalPremium() {
        List<FundingRow> rows = HyperliquidParsers.fundingHistory(fixture("fundingHistory_BTC_nautilus.json"), "BTC");
        assertEquals(3, rows.size());
        assertEquals(new BigDecimal("0.0000125"), rows.get(0).fundingRate());
        assertEquals(1769908800000L, rows.get(0).time());
        assertEquals(new BigDecimal("-0.0000081"), rows.get(1).fundingRate());
        assertNull(rows.get(2).premium(), "the recorded third row has no premium");
        FundingRow doc = HyperliquidParsers.fundingHistory(fixture("fundingHistory_doc.json"), "ETH").get(0);
        assertEquals(new BigDecimal("-0.00022196"), doc.fundingRate());
        assertEquals(1683849600076L, doc.time(), "a few ms of jitter after the hour");
    }

    @Test
    void fundingHistoryOfAnotherCoinOrWithoutRateIsRejected() {
        var e = assertThrows(MalformedResponseException.class, () -> HyperliquidParsers.fundingHistory(fixture("fundingHistory_doc.json"), "BTC"));
        assertTrue(e.getMessage().contains("expected BTC"), e.getMessage());
        var body = JsonParser.parseString("[{\"coin\":\"BTC\",\"premium\":\"0.0001\",\"time\":1769908800000}]");
        var missing = assertThrows(MalformedResponseException.class, () -> HyperliquidParsers.fundingHistory(body, "BTC"));
        assertTrue(missing.getMessage().contains("row 0") && missing.getMessage().contains("fundingRate"), missing.getMessage());
    }

    @Test
    void predictedFundingsListEveryVenue() {
        List<CoinPredictions> doc = HyperliquidParsers.predictedFundings(fixture("predictedFundings_doc.json"));
        assertEquals(1, doc.size());
        assertEquals("AVAX", doc.get(0).coin());
        assertEquals(List.of("BinPerp", "HlPerp", "BybitPerp"), doc.get(0).venues().stream().map(v -> v.venue()).toList());
        var hl = HyperliquidSource.ownPrediction(doc, "AVAX").orElseThrow();
        assertEquals(new BigDecimal("0.0000125"), hl.fundingRate());
        assertEquals(1733958000000L, hl.nextFundingTime(), "Hyperliquid's next settlement is the next hour");
        assertEquals(3_600_000L, doc.get(0).venues().get(0).nextFundingTime() - hl.nextFundingTime(),
                "Binance's next settlement is on its own 8 h grid");

        List<CoinPredictions> derived = HyperliquidParsers.predictedFundings(fixture("predictedFundings_BTC_ETH_derived.json"));
        assertEquals(new BigDecimal("-0.0000015186"), HyperliquidSource.ownPrediction(derived, "BTC").orElseThrow().fundingRate());
        assertTrue(HyperliquidSource.ownPrediction(derived, "ETH").isEmpty());
    }

    @Test
    void predictedFundingsToleratesAVenueWithoutPredictionButNotAMalformedOne() {
        var withNull = JsonParser.parseString("[[\"BTC\",[[\"BinPerp\",null],[\"HlPerp\",{\"fundingRate\":\"0.0000125\",\"nextFundingTime\":1733958000000}]]]]");
        assertEquals(1, HyperliquidParsers.predictedFundings(withNull).get(0).venues().size());
        var bad = JsonParser.parseString("[[\"BTC\",[[\"HlPerp\",{\"nextFundingTime\":1733958000000}]]]]");
        var e = assertThrows(MalformedResponseException.class, () -> HyperliquidParsers.predictedFundings(bad));
        assertTrue(e.getMessage().contains("HlPerp") && e.getMessage().contains("fundingRate"), e.getMessage());
        var notPair = JsonParser.parseString("[[\"BTC\"]]");
        assertThrows(MalformedResponseException.class, () -> HyperliquidParsers.predictedFundings(notPair));
    }
}
