package org.umbra.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.umbra.market.binancearchive.ArchiveException;
import org.umbra.market.binancearchive.ArchiveReader;
import org.umbra.market.binancearchive.ArchiveSamples;
import org.umbra.market.bundled.BundledHistory;
import org.umbra.market.bundled.BundledHistoryException;
import org.umbra.market.http.MalformedResponseException;

/** Each input the fuzz tests found mishandled, with the refusal now expected word for word. */
class FuzzFindingsTest {
    private static String refusal(String parser, String body) {
        ParserTarget t = VenueParserFuzzTest.targets().stream().filter(x -> x.parser().equals(parser)).findFirst().orElseThrow();
        return assertThrows(MalformedResponseException.class, () -> t.parse().apply(JsonParser.parseString(body))).getMessage();
    }

    @Test
    void aNumberBeyondADoubleIsRefusedNotStoredAsInfinity() {
        // Was accepted: "1e400" became Infinity at doubleValue() in the source.
        assertEquals("row 0: field 'fundingRate': 1e400 is out of range for a market figure", refusal("binance fundingRates",
                "[{\"symbol\":\"BTCUSDT\",\"fundingRate\":\"1e400\",\"fundingTime\":1570608000000}]"));
    }

    @Test
    void aHugeNegativeNumberIsRefusedAtOnce() {
        // Was a hang: the negative-value message printed -1e999999999 in full with toPlainString().
        String body = "{\"cftc_contract_market_code\":\"133741\",\"report_date_as_yyyy_mm_dd\":\"2026-07-28T00:00:00.000\","
                + "\"open_interest_all\":\"-1e999999999\"}";
        assertEquals("field 'open_interest_all': -1e999999999 is out of range for a market figure",
                assertTimeoutPreemptively(Duration.ofSeconds(5), () -> refusal("cftc tffRow", body)));
    }

    @Test
    void aReportDateBeforeBitcoinIsRefused() {
        assertEquals("field 'report_date_as_yyyy_mm_dd': 1999-06-15T00:00:00.000 is out of range", refusal("cftc tffRow",
                "{\"cftc_contract_market_code\":\"133741\",\"report_date_as_yyyy_mm_dd\":\"1999-06-15T00:00:00.000\","
                        + "\"open_interest_all\":\"1\"}"));
    }

    @Test
    void aFractionalBybitRetCodeNamesTheField() {
        // Was an ArithmeticException ("Rounding necessary") naming nothing.
        assertEquals("field 'retCode': not a whole number: 1.5", refusal("bybit instrument", "{\"retCode\":1.5,\"result\":{}}"));
    }

    @Test
    void aBitmexTimeNearYearOneBillionIsRefusedNotAnOverflow() {
        // Was an ArithmeticException ("long overflow") from Instant.toEpochMilli.
        assertEquals("field 'timestamp': +999999999-12-31T23:59:59Z is out of range", refusal("bitmex fundingRow",
                "{\"timestamp\":\"+999999999-12-31T23:59:59Z\",\"symbol\":\"XBTUSD\",\"fundingInterval\":\"2000-01-01T08:00:00.000Z\","
                        + "\"fundingRate\":0.0001}"));
    }

    @Test
    void aHyperliquidPredictionIsNamedByItsIndexWhateverTheCoinIsCalled() {
        assertEquals("predictedFundings[0] A:B venue 0 HlPerp: expected an object, got a boolean",
                refusal("hyperliquid predictedFundings", "[[\"A:B\",[[\"HlPerp\",true]]]]"));
    }

    @Test
    void anArchiveStampInYear9999IsRefusedNamingTheLine() {
        String csv = ArchiveSamples.METRICS_HEADER + "\n9999-12-31 23:59:59,BTCUSDT,1,1,1,1,1,1\n";
        ArchiveException e = assertThrows(ArchiveException.class, () -> ArchiveReader.readCsv("BTCUSDT-metrics-2025-10-07.csv", csv));
        assertEquals("BTCUSDT-metrics-2025-10-07.csv: line 2: create_time '9999-12-31 23:59:59' is out of range (2009 to 2200); "
                + "file refused, nothing imported", e.getMessage());
    }

    @Test
    void aBadManifestShiftNamesTheManifestLine() {
        // Was a NumberFormatException naming neither file nor line.
        BundledHistory history = new BundledHistory(path -> new ByteArrayInputStream(
                "# file,kind,venue,asset,add_hours_for_utc\nbtc-daily/x.csv,daily_price,,BTC,DOGE\n".getBytes(StandardCharsets.UTF_8)));
        BundledHistoryException e = assertThrows(BundledHistoryException.class, history::read);
        assertEquals("bundled manifest.csv line 2: add_hours_for_utc 'DOGE' is not a whole number of hours from -14 to 14", e.getMessage());
    }
}
