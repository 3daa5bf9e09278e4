package org.umbra.market.binancearchive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.umbra.market.Asset;
import org.umbra.market.Metric;
import org.umbra.market.SeriesBatch;
import org.umbra.market.Unit;

class ArchiveReaderTest {
    private static final String METRICS_ZIP = "BTCUSDT-metrics-2025-10-07.zip";
    private static final String FUNDING_ZIP = "BTCUSDT-fundingRate-2025-09.zip";
    private static final long T0 = Instant.parse("2025-10-07T00:00:00Z").toEpochMilli();

    private static String metricsCsv() {
        return ArchiveSamples.resource("BTCUSDT-metrics-2025-10-07_derived.csv");
    }

    private static String fundingCsv() {
        return ArchiveSamples.resource("BTCUSDT-fundingRate-2025-09_derived.csv");
    }

    private static Map<Metric, SeriesBatch> byMetric(ArchiveReader.Result r) {
        return r.batches().stream().collect(Collectors.toMap(b -> b.spec().metric(), Function.identity()));
    }

    @Test
    void metricsZipVerifiedAndMappedToSixSeriesInTheirUnits() throws Exception {
        byte[] zip = ArchiveSamples.zip("BTCUSDT-metrics-2025-10-07.csv", metricsCsv());
        ArchiveReader.Result r = ArchiveReader.readZip(METRICS_ZIP, zip, ArchiveSamples.checksum(zip, METRICS_ZIP));

        assertEquals(ArchiveReader.Kind.METRICS, r.kind());
        assertEquals("BTCUSDT", r.symbol());
        assertEquals(3, r.rows());
        assertEquals(T0, r.fromTs());
        assertEquals(T0 + 10 * 60_000, r.toTs());
        Map<Metric, SeriesBatch> m = byMetric(r);
        assertEquals(6, m.size());
        SeriesBatch coin = m.get(Metric.OPEN_INTEREST_COIN);
        assertEquals("binance-archive", coin.spec().source());
        assertEquals("BTCUSDT", coin.spec().instrument());
        assertEquals(Asset.BTC, coin.spec().asset());
        assertEquals(Unit.COIN, coin.spec().unit());
        assertEquals(300, coin.spec().intervalSeconds());
        assertEquals(100243.058, coin.value(0), 1e-9);
        assertEquals(Unit.USD, m.get(Metric.OPEN_INTEREST_USD).spec().unit());
        assertEquals(12494186585.40, m.get(Metric.OPEN_INTEREST_USD).value(0), 1e-3);
        // count_* = accounts, sum_toptrader = positions, sum_taker = taker buy/sell volume.
        assertEquals(1.39895175, m.get(Metric.LONG_SHORT_TOP_ACCOUNTS).value(0), 1e-12);
        assertEquals(1.34758900, m.get(Metric.LONG_SHORT_TOP_POSITIONS).value(0), 1e-12);
        assertEquals(1.26964914, m.get(Metric.LONG_SHORT_ACCOUNTS).value(0), 1e-12);
        assertEquals(0.40791800, m.get(Metric.TAKER_BUY_SELL).value(0), 1e-12);
        assertEquals(Unit.RATIO, m.get(Metric.TAKER_BUY_SELL).spec().unit());
        // 00:05:01 is the 00:05 slot.
        assertEquals(T0 + 5 * 60_000, coin.timestamp(1));
        assertEquals(100180.792, coin.value(1), 1e-9);
    }

    @Test
    void fundingFileStoredWithItsIntervalAtTheSettlementMinute() throws Exception {
        byte[] zip = ArchiveSamples.zip("BTCUSDT-fundingRate-2025-09.csv", fundingCsv());
        ArchiveReader.Result r = ArchiveReader.readZip(FUNDING_ZIP, zip, ArchiveSamples.checksum(zip, FUNDING_ZIP));
        assertEquals(ArchiveReader.Kind.FUNDING_RATE, r.kind());
        SeriesBatch b = r.batches().get(0);
        assertEquals(Metric.FUNDING_RATE, b.spec().metric());
        assertEquals(Unit.FRACTION, b.spec().unit());
        assertEquals(8 * 3600, b.spec().intervalSeconds());
        assertEquals(3, b.size());
        assertEquals(Instant.parse("2025-09-01T00:00:00Z").toEpochMilli(), b.timestamp(0), "jitter …001 rounded away");
        assertEquals(Instant.parse("2025-09-01T16:00:00Z").toEpochMilli(), b.timestamp(2));
        assertEquals(0.0001, b.value(0), 1e-15);
        assertEquals(-0.00002135, b.value(2), 1e-15);
    }

    @Test
    void plainCsvIsReadToo() throws Exception {
        ArchiveReader.Result r = ArchiveReader.readCsv("BTCUSDT-metrics-2025-10-07.csv", metricsCsv().replace("\n", "\r\n"));
        assertEquals(3, r.rows());
    }

    @Test
    void checksumMismatchRefusesTheWholeFileNamingIt() {
        byte[] zip = ArchiveSamples.zip("BTCUSDT-metrics-2025-10-07.csv", metricsCsv());
        String wrong = "0".repeat(64) + "  " + METRICS_ZIP;
        ArchiveException e = assertThrows(ArchiveException.class, () -> ArchiveReader.readZip(METRICS_ZIP, zip, wrong));
        assertTrue(e.getMessage().startsWith(METRICS_ZIP + ": checksum mismatch"), e.getMessage());
        ArchiveException garbage = assertThrows(ArchiveException.class, () -> ArchiveReader.readZip(METRICS_ZIP, zip, "<html>404</html>"));
        assertTrue(garbage.getMessage().contains("does not start with a SHA-256"), garbage.getMessage());
    }

    @Test
    void badLineIsNamedWithFileAndLine() {
        String csv = metricsCsv().replace("100180.792", "abc");
        ArchiveException e = assertThrows(ArchiveException.class, () -> ArchiveReader.readCsv("BTCUSDT-metrics-2025-10-07.csv", csv));
        assertEquals("BTCUSDT-metrics-2025-10-07.csv: line 3: sum_open_interest 'abc' is not a number; file refused, nothing imported",
                e.getMessage());
        String shortLine = metricsCsv() + "2025-10-07 00:15:00,BTCUSDT,1\n";
        e = assertThrows(ArchiveException.class, () -> ArchiveReader.readCsv("x.csv", shortLine));
        assertTrue(e.getMessage().startsWith("x.csv: line 5: 3 fields where the header has 8"), e.getMessage());
        String badTime = metricsCsv().replace("2025-10-07 00:10:00", "2025-10-07T00:10");
        e = assertThrows(ArchiveException.class, () -> ArchiveReader.readCsv("x.csv", badTime));
        assertTrue(e.getMessage().startsWith("x.csv: line 4: create_time"), e.getMessage());
        String nan = fundingCsv().replace("0.00007412", "NaN");
        e = assertThrows(ArchiveException.class, () -> ArchiveReader.readCsv("BTCUSDT-fundingRate-2025-09.csv", nan));
        assertTrue(e.getMessage().contains("line 3: last_funding_rate 'NaN' is not a number"), e.getMessage());
    }

    @Test
    void fundingIntervalChangingWithinAFileIsRefused() {
        String csv = fundingCsv().replace("1756742400004,8,", "1756742400004,4,");
        ArchiveException e = assertThrows(ArchiveException.class, () -> ArchiveReader.readCsv("BTCUSDT-fundingRate-2025-09.csv", csv));
        assertTrue(e.getMessage().contains("line 4: funding_interval_hours 4 differs from 8 on line 2"), e.getMessage());
    }

    @Test
    void unknownHeaderAndMismatchedNameAndForeignSymbolAreRefused() {
        ArchiveException e = assertThrows(ArchiveException.class, () -> ArchiveReader.readCsv("f.csv", "open_time,open,high\n1,2,3\n"));
        assertTrue(e.getMessage().startsWith("f.csv: line 1: unrecognised header 'open_time,open,high'"), e.getMessage());
        e = assertThrows(ArchiveException.class, () -> ArchiveReader.readCsv("BTCUSDT-fundingRate-2025-10.csv", metricsCsv()));
        assertTrue(e.getMessage().contains("the name says fundingRate but the header is a metrics header"), e.getMessage());
        e = assertThrows(ArchiveException.class, () -> ArchiveReader.readCsv("ETHUSDT-metrics-2025-10-07.csv", metricsCsv()));
        assertTrue(e.getMessage().contains("line 2: symbol 'BTCUSDT' differs from the file's ETHUSDT"), e.getMessage());
        e = assertThrows(ArchiveException.class, () -> ArchiveReader.readCsv("funding.csv", fundingCsv()));
        assertTrue(e.getMessage().contains("has no symbol column"), e.getMessage());
        e = assertThrows(ArchiveException.class, () -> ArchiveReader.readCsv("x.csv", metricsCsv().replace("BTCUSDT", "SOLUSDT")));
        assertTrue(e.getMessage().contains("'SOLUSDT' is not one Umbra tracks"), e.getMessage());
    }

    @Test
    void extraColumnsAreTolerated() throws Exception {
        String csv = fundingCsv().replace("last_funding_rate\n", "last_funding_rate,mark_price\n").replaceAll("(?m)^(\\d+,8,[-0-9.]+)$", "$1,1");
        ArchiveReader.Result r = ArchiveReader.readCsv("ETHUSDT-fundingRate-2025-09.csv", csv);
        assertEquals(3, r.rows());
        assertEquals(Asset.ETH, r.batches().get(0).spec().asset());
    }

    @Test
    void zipsThatAreNotOneCsvAreRefused() {
        byte[] two = ArchiveSamples.zip(new String[] {"a.csv", "b.csv"}, new String[] {metricsCsv(), metricsCsv()});
        ArchiveException e = assertThrows(ArchiveException.class, () -> ArchiveReader.readZip(METRICS_ZIP, two, null));
        assertTrue(e.getMessage().contains("more than one file in the zip"), e.getMessage());
        ArchiveException notZip = assertThrows(ArchiveException.class,
                () -> ArchiveReader.readZip(METRICS_ZIP, "<html>Not Found</html>".getBytes(), null));
        assertTrue(notZip.getMessage().startsWith(METRICS_ZIP + ": "), notZip.getMessage());
        // A zip bomb: a tiny zip that inflates past the cap is stopped while reading.
        byte[] bomb = ArchiveSamples.zip("big.csv", "0".repeat((int) ArchiveFiles.MAX_CSV_BYTES + 10));
        assertTrue(bomb.length < 100_000);
        ArchiveException b = assertThrows(ArchiveException.class, () -> ArchiveReader.readZip(METRICS_ZIP, bomb, null));
        assertTrue(b.getMessage().contains("larger than"), b.getMessage());
    }

    @Test
    void conflictingDuplicateSlotIsRefused() {
        String csv = metricsCsv() + "2025-10-07 00:10:01,BTCUSDT,1,1,1,1,1,1\n";
        ArchiveException e = assertThrows(ArchiveException.class, () -> ArchiveReader.readCsv("x.csv", csv));
        assertTrue(e.getMessage().contains("line 5: 5-minute slot 2025-10-07T00:10:00Z already given on line 4"), e.getMessage());
    }
}
