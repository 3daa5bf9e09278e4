package org.umbra.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.export.SeriesCsv.Column;

class SeriesCsvTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static long at(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    private static String csv(List<Column> columns, ZoneId zone) throws IOException {
        StringWriter out = new StringWriter();
        SeriesCsv.write(columns, zone, out);
        return out.toString();
    }

    @Test
    void rowsAreTheUnionOfTheTimestampsWithEmptyCellsWhereASeriesHasNoValue() throws IOException {
        // OI at 14:05 and 14:07; funding at 14:06 and 14:07; a NaN (a break in a drawn line) at 14:08 is no value,
        // and a row where no series has a value is no row. New York is UTC-4 on 30 Oct 2026 (EDT).
        Column oi = new Column(SeriesCsv.header("BTC open interest", "USD", "binance-futures BTCUSDT"),
                new long[] {at("2026-10-30T14:05:00Z"), at("2026-10-30T14:07:00Z"), at("2026-10-30T14:08:00Z")},
                new double[] {8_123_456_789.5, 8_200_000_000.0, Double.NaN});
        Column funding = new Column(SeriesCsv.header("BTC funding", "%/8h", "bybit BTCUSDT"),
                new long[] {at("2026-10-30T14:06:00Z"), at("2026-10-30T14:07:00Z")}, new double[] {-0.0125, 0.01});
        String expected = "time_utc,time_local,BTC open interest [USD] (binance-futures BTCUSDT),BTC funding [%/8h] (bybit BTCUSDT)\r\n"
                + "2026-10-30T14:05:00Z,2026-10-30T10:05:00-04:00,8123456789.5,\r\n"
                + "2026-10-30T14:06:00Z,2026-10-30T10:06:00-04:00,,-0.0125\r\n"
                + "2026-10-30T14:07:00Z,2026-10-30T10:07:00-04:00,8200000000,0.01\r\n";
        assertEquals(expected, csv(List.of(oi, funding), NEW_YORK));
        StringWriter out = new StringWriter();
        assertEquals(new SeriesCsv.Written(3, 2), SeriesCsv.write(List.of(oi, funding), NEW_YORK, out));
    }

    @Test
    void theLocalColumnFollowsTheZoneAcrossADaylightSavingChange() throws IOException {
        // New York falls back at 06:00 UTC on 1 Nov 2026: 01:30 local happens twice, first at -04:00, then at -05:00.
        Column c = new Column("x [USD] (s)", new long[] {at("2026-11-01T05:30:00Z"), at("2026-11-01T06:30:00Z")}, new double[] {1, 2});
        assertEquals("time_utc,time_local,x [USD] (s)\r\n"
                + "2026-11-01T05:30:00Z,2026-11-01T01:30:00-04:00,1\r\n"
                + "2026-11-01T06:30:00Z,2026-11-01T01:30:00-05:00,2\r\n", csv(List.of(c), NEW_YORK));
    }

    @Test
    void aHeaderBuiltFromHostileTextIsNeutralisedAndQuoted() throws IOException {
        // A formula in the name: prefixed with an apostrophe; its quotes and commas quoted per RFC 4180.
        Column evil = new Column(SeriesCsv.header("=HYPERLINK(\"http://x\",\"y\")", "USD", "a,b"), new long[] {0}, new double[] {-1});
        Column minus = new Column(SeriesCsv.header("-2+3", "USD", "s"), new long[] {0}, new double[] {2});
        Column at = new Column("@SUM(A1)\r", new long[] {0}, new double[] {3});
        assertEquals("time_utc,time_local,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\") [USD] (a,b)\",'-2+3 [USD] (s),\"'@SUM(A1)\r\"\r\n"
                + "1970-01-01T00:00:00Z,1970-01-01T00:00:00Z,-1,2,3\r\n", csv(List.of(evil, minus, at), ZoneId.of("UTC")));
    }

    @Test
    void timesAreIsoWithMillisecondsOnlyWhereThereAreSome() {
        assertEquals("2026-10-30T14:05:00Z", SeriesCsv.utc(at("2026-10-30T14:05:00Z")));
        assertEquals("2026-10-30T14:05:00.050Z", SeriesCsv.utc(at("2026-10-30T14:05:00.050Z")));
        assertEquals("1969-12-31T23:59:59.999Z", SeriesCsv.utc(-1));
        assertEquals("2026-10-30T19:35:00.500+05:30", SeriesCsv.local(at("2026-10-30T14:05:00.500Z"), ZoneId.of("Asia/Kolkata")));
        assertEquals("2026-10-30T14:05:00Z", SeriesCsv.local(at("2026-10-30T14:05:00Z"), ZoneId.of("UTC")));
    }

    @Test
    void numbersArePlainDecimalsThatReadBackAsTheSameDouble() {
        assertEquals("0.30000000000000004", SeriesCsv.number(0.1 + 0.2));
        assertEquals("1000000000000000000000", SeriesCsv.number(1e21));
        assertEquals("0.0000000015", SeriesCsv.number(1.5e-9));
        assertEquals("-123456789.125", SeriesCsv.number(-123456789.125));
        assertEquals("0", SeriesCsv.number(0.0));
        assertEquals("42", SeriesCsv.number(42.0));
        assertEquals("0", SeriesCsv.number(-0.0));
        assertEquals("8200000000", SeriesCsv.number(8.2e9));
        for (double v : new double[] {0.1 + 0.2, 1e21, 1.5e-9, -123456789.125, Math.PI * 1e-12, 98765.4321e10}) {
            assertEquals(v, Double.parseDouble(SeriesCsv.number(v)), 0.0, Double.toString(v));
        }
    }

    @Test
    void theFileIsWrittenWholeAndReadableByItsOwnerOnly(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out.csv");
        SeriesCsv.write(file, List.of(new Column("x [USD] (s)", new long[] {0}, new double[] {1})), ZoneId.of("UTC"));
        assertEquals("time_utc,time_local,x [USD] (s)\r\n1970-01-01T00:00:00Z,1970-01-01T00:00:00Z,1\r\n", Files.readString(file));
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
        try (var listing = Files.list(dir)) {
            assertEquals(1, listing.count(), "no temporary file left beside it");
        }
    }

    @Test
    void aYearOfMinutesForFourSeriesStreamsThroughWithoutHoldingItsText() throws IOException {
        // 365 days x 1,440 minutes = 525,600 rows; three series have every minute, the fourth every other one.
        int n = 525_600;
        List<Column> columns = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            int step = s == 3 ? 2 : 1;
            long[] ts = new long[n / step];
            double[] v = new double[n / step];
            for (int i = 0; i < ts.length; i++) {
                ts[i] = at("2025-01-01T00:00:00Z") + (long) i * step * 60_000L;
                v[i] = 60_000 + i * 0.25 + s;
            }
            columns.add(new Column("s" + s + " [USD] (x)", ts, v));
        }
        long[] chars = new long[1];
        Writer counting = new Writer() {
            @Override
            public void write(char[] buf, int off, int len) {
                chars[0] += len;
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        long start = System.nanoTime();
        SeriesCsv.Written w = SeriesCsv.write(columns, NEW_YORK, counting);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(new SeriesCsv.Written(n, 4), w);
        assertTrue(chars[0] > 40L * n, "every row written: " + chars[0] + " chars");
        System.out.println("SeriesCsv: " + n + " rows x 4 series, " + chars[0] / 1_000_000 + " M chars in " + ms + " ms");
    }
}
