package org.umbra.market.deribit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.umbra.market.deribit.DeribitDtos.BookSummary;
import org.umbra.market.deribit.DeribitDtos.FundingRow;
import org.umbra.market.deribit.DeribitDtos.Instrument;
import org.umbra.market.http.MalformedResponseException;
import org.umbra.testing.Fixtures;

class DeribitParsersTest {

    private static JsonElement fixture(String name) {
        return JsonParser.parseString(Fixtures.read(DeribitParsersTest.class, name));
    }

    private static <T> T result(JsonElement body, java.util.function.Function<JsonElement, T> parser) {
        DeribitParsers.Reply<T> reply = DeribitParsers.reply(body, parser);
        assertNull(reply.error());
        return reply.value();
    }

    @Test
    void bookSummaryPicksThePerpetualAndReadsOiInUsd() {
        BookSummary s = result(fixture("get_book_summary_by_currency_BTC_future_doc.json"),
                r -> DeribitParsers.bookSummary(r, "BTC-PERPETUAL"));
        assertEquals("BTC-PERPETUAL", s.instrumentName());
        assertEquals(new BigDecimal("183180"), s.openInterestUsd(), "USD, not contracts: 18,318 contracts of 10 USD");
        assertEquals(new BigDecimal("3579.73"), s.markPrice());
        assertEquals(new BigDecimal("3579.73"), s.estimatedDeliveryPrice());
        assertEquals(new BigDecimal("0.0002574"), s.funding8h());
        assertEquals(1550230036440L, s.creationTimestamp());
    }

    @Test
    void derivedEthBookSummaryParses() {
        BookSummary s = result(fixture("get_book_summary_by_currency_ETH_future_derived.json"),
                r -> DeribitParsers.bookSummary(r, "ETH-PERPETUAL"));
        assertEquals(new BigDecimal("2505417"), s.openInterestUsd());
        assertEquals(new BigDecimal("-0.0000312"), s.funding8h());
    }

    @Test
    void bookSummaryWithoutThePerpetualIsRejectedNamingIt() {
        var e = assertThrows(MalformedResponseException.class, () -> result(
                fixture("get_book_summary_by_currency_BTC_future_doc.json"), r -> DeribitParsers.bookSummary(r, "ETH-PERPETUAL")));
        assertTrue(e.getMessage().contains("no row for ETH-PERPETUAL"), e.getMessage());
        var empty = assertThrows(MalformedResponseException.class, () -> result(
                JsonParser.parseString("{\"jsonrpc\":\"2.0\",\"result\":[]}"), r -> DeribitParsers.bookSummary(r, "BTC-PERPETUAL")));
        assertTrue(empty.getMessage().contains("no row for BTC-PERPETUAL among 0"), empty.getMessage());
    }

    @Test
    void missingFieldOfThePerpetualRowIsNamed() {
        String text = Fixtures.read(DeribitParsersTest.class, "get_book_summary_by_currency_BTC_future_doc.json")
                .replace("\"funding_8h\": 0.0002574,", "");
        var e = assertThrows(MalformedResponseException.class,
                () -> result(JsonParser.parseString(text), r -> DeribitParsers.bookSummary(r, "BTC-PERPETUAL")));
        assertTrue(e.getMessage().contains("row 1") && e.getMessage().contains("funding_8h"), e.getMessage());
    }

    @Test
    void extraFieldsAndNumbersAsStringsAreTolerated() {
        String text = Fixtures.read(DeribitParsersTest.class, "get_book_summary_by_currency_BTC_future_doc.json")
                .replace("\"open_interest\": 183180,", "\"open_interest\": \"183180\", \"some_new_field\": {\"a\": 1},");
        BookSummary s = result(JsonParser.parseString(text), r -> DeribitParsers.bookSummary(r, "BTC-PERPETUAL"));
        assertEquals(new BigDecimal("183180"), s.openInterestUsd());
    }

    @Test
    void instrumentGivesContractSizeInUsd() {
        Instrument btc = result(fixture("get_instrument_BTC-PERPETUAL_nautilus.json"), r -> DeribitParsers.instrument(r, "BTC-PERPETUAL"));
        assertEquals(0, new BigDecimal("10").compareTo(btc.contractSize()));
        assertTrue(btc.isInversePerpetual());
        assertEquals(1534167754000L, btc.creationTimestamp());
        Instrument eth = result(fixture("get_instrument_ETH-PERPETUAL_derived.json"), r -> DeribitParsers.instrument(r, "ETH-PERPETUAL"));
        assertEquals(0, BigDecimal.ONE.compareTo(eth.contractSize()));
        assertTrue(eth.isInversePerpetual());
    }

    @Test
    void instrumentOfAnotherNameOrALinearContractIsCaught() {
        var e = assertThrows(MalformedResponseException.class,
                () -> result(fixture("get_instrument_BTC-PERPETUAL_nautilus.json"), r -> DeribitParsers.instrument(r, "ETH-PERPETUAL")));
        assertTrue(e.getMessage().contains("expected ETH-PERPETUAL"), e.getMessage());
        String linear = Fixtures.read(DeribitParsersTest.class, "get_instrument_BTC-PERPETUAL_nautilus.json")
                .replace("\"instrument_type\": \"reversed\"", "\"instrument_type\": \"linear\"");
        assertFalse(result(JsonParser.parseString(linear), r -> DeribitParsers.instrument(r, "BTC-PERPETUAL")).isInversePerpetual());
        String noSize = Fixtures.read(DeribitParsersTest.class, "get_instrument_BTC-PERPETUAL_nautilus.json")
                .replace("\"contract_size\": 10.0,", "");
        var missing = assertThrows(MalformedResponseException.class,
                () -> result(JsonParser.parseString(noSize), r -> DeribitParsers.instrument(r, "BTC-PERPETUAL")));
        assertTrue(missing.getMessage().contains("contract_size"), missing.getMessage());
    }

    @Test
    void fundingHistoryRowsAreHourly() {
        List<FundingRow> rows = result(fixture("get_funding_rate_history_BTC-PERPETUAL_doc.json"), DeribitParsers::fundingRateHistory);
        assertEquals(4, rows.size());
        assertEquals(1569891600000L, rows.get(0).timestamp());
        assertEquals(new BigDecimal("-4.739622041017375e-7"), rows.get(0).interest1h());
        assertEquals(new BigDecimal("-0.00009234260068476106"), rows.get(0).interest8h());
        for (int i = 1; i < rows.size(); i++) {
            assertEquals(3_600_000L, rows.get(i).timestamp() - rows.get(i - 1).timestamp(), "one row per hour");
        }
    }

    @Test
    void fundingHistoryMissingFieldIsNamedWithItsRow() {
        var body = JsonParser.parseString("{\"jsonrpc\":\"2.0\",\"result\":[{\"timestamp\":1569891600000,\"index_price\":8222.87,"
                + "\"interest_8h\":0.0001,\"interest_1h\":0.00001},{\"timestamp\":1569895200000,\"index_price\":8286.49,\"interest_8h\":0.0001}]}");
        var e = assertThrows(MalformedResponseException.class, () -> result(body, DeribitParsers::fundingRateHistory));
        assertTrue(e.getMessage().contains("row 1") && e.getMessage().contains("interest_1h"), e.getMessage());
    }

    @Test
    void errorEnvelopeIsReturnedNotParsed() {
        var body = JsonParser.parseString("{\"jsonrpc\":\"2.0\",\"error\":{\"message\":\"too_many_requests\",\"code\":10028},\"testnet\":false}");
        DeribitParsers.Reply<List<FundingRow>> reply = DeribitParsers.reply(body, DeribitParsers::fundingRateHistory);
        assertNotNull(reply.error());
        assertEquals(10028L, reply.error().code());
        assertEquals("too_many_requests", reply.error().message());
    }

    @Test
    void envelopeWithoutResultIsRejected() {
        var e = assertThrows(MalformedResponseException.class,
                () -> DeribitParsers.reply(JsonParser.parseString("{\"jsonrpc\":\"2.0\"}"), DeribitParsers::fundingRateHistory));
        assertTrue(e.getMessage().contains("'result'"), e.getMessage());
    }
}
