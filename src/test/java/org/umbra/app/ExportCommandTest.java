package org.umbra.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.market.Asset;
import org.umbra.market.Metric;
import org.umbra.market.SeriesSpec;
import org.umbra.market.Unit;
import org.umbra.testing.StoreWriter;
import org.umbra.testing.TestStore;

/** {@code umbra export}: stored series over a range as CSV, and a clear message for each bad input. */
class ExportCommandTest {
    @TempDir
    static Path dir;
    @RegisterExtension
    final CliHarness cli = new CliHarness(() -> dir.resolve("home"));

    private static final String OI = "binance-futures:BTCUSDT:oi_usd";
    private static final String FUNDING = "bybit:BTCUSDT:funding_rate";

    private static long at(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    private String db() {
        return dir.resolve("umbra.db").toString();
    }

    @BeforeEach
    void store() throws Exception {
        if (Files.exists(dir.resolve("umbra.db"))) {
            return;
        }
        try (TestStore store = new TestStore(dir)) {
            StoreWriter w = new StoreWriter(store.series());
            // Open interest every 5 minutes around 30 Oct 2026, one point on each side of that day.
            w.points(SeriesSpec.of("binance-futures", "BTCUSDT", Asset.BTC, Metric.OPEN_INTEREST_USD, 300_000L),
                    new long[] {at("2026-10-29T23:55:00Z"), at("2026-10-30T14:00:00Z"), at("2026-10-30T14:05:00Z"), at("2026-10-30T14:10:00Z"),
                        at("2026-10-31T00:00:00Z")},
                    new double[] {8.0e9, 8.1e9, 8.2e9, 8.3e9, 8.4e9});
            // Funding per 8 h, settled at 08:00 and 16:00.
            w.points(new SeriesSpec("bybit", "BTCUSDT", Asset.BTC, Metric.FUNDING_RATE, Unit.FRACTION, 8 * 3600L),
                    new long[] {at("2026-10-30T08:00:00Z"), at("2026-10-30T16:00:00Z")}, new double[] {0.0001, -0.00005});
        }
    }

    @Test
    void aDayOfTwoSeriesGivesTheUnionOfTheirTimesWithEmptyCellsAndLocalTimes() throws Exception {
        Path out = dir.resolve("day.csv");
        int code = cli.run("export", "--db", db(), "--series", OI, "--series", FUNDING, "--from", "2026-10-30", "--to", "2026-10-30",
                "--zone", "America/New_York", "--out", out.toString());
        assertEquals(0, code, cli.err());
        // The day's five times (the points of the 29th and the 31st left out); New York is at -04:00 (EDT) that day.
        assertEquals("time_utc,time_local,BTC open interest [USD] (binance-futures BTCUSDT),BTC funding rate [fraction/8h] (bybit BTCUSDT)\r\n"
                + "2026-10-30T08:00:00Z,2026-10-30T04:00:00-04:00,,0.0001\r\n"
                + "2026-10-30T14:00:00Z,2026-10-30T10:00:00-04:00,8100000000,\r\n"
                + "2026-10-30T14:05:00Z,2026-10-30T10:05:00-04:00,8200000000,\r\n"
                + "2026-10-30T14:10:00Z,2026-10-30T10:10:00-04:00,8300000000,\r\n"
                + "2026-10-30T16:00:00Z,2026-10-30T12:00:00-04:00,,-0.00005\r\n", Files.readString(out));
        assertTrue(cli.out().startsWith("5 rows, 2 series columns (+ time_utc, time_local in America/New_York) written to "), cli.out());
    }

    @Test
    void dateTimesAreUtcUnlessAnOffsetIsGivenAndTheCsvCanGoToStandardOutput() {
        // 10:05-04:00 is 14:05Z: from there to 14:05Z (no offset: UTC) is the one point at 14:05.
        int code = cli.run("export", "--db", db(), "--series", OI, "--from", "2026-10-30T10:05-04:00", "--to", "2026-10-30T14:05",
                "--zone", "UTC", "--out", "-");
        assertEquals(0, code, cli.err());
        assertEquals("time_utc,time_local,BTC open interest [USD] (binance-futures BTCUSDT)\r\n"
                + "2026-10-30T14:05:00Z,2026-10-30T14:05:00Z,8200000000\r\n", cli.out());
        assertTrue(cli.err().startsWith("1 rows, 1 series columns"), "the summary goes to stderr: " + cli.err());
    }

    @Test
    void anUnknownSeriesIsABadUsageNamingTheCloseMatches() {
        assertEquals(2, cli.run("export", "--db", db(), "--series", "binance-futures:BTCUSDT:oi_usdd", "--from", "2026-10-30", "--to",
                "2026-10-30", "--out", dir.resolve("x.csv").toString()));
        assertTrue(cli.err().contains("--series: no stored series 'binance-futures:BTCUSDT:oi_usdd'; close matches: " + OI), cli.err());
        assertEquals(2, cli.run("export", "--db", db(), "--series", "kraken:XBTUSD:whatever_metric_at_all", "--from", "2026-10-30", "--to",
                "2026-10-30", "--out", dir.resolve("x.csv").toString()));
        assertTrue(cli.err().contains("no stored series 'kraken:XBTUSD:whatever_metric_at_all'; `umbra series` lists what is stored"), cli.err());
        assertFalse(Files.exists(dir.resolve("x.csv")));
    }

    @Test
    void fromAfterToIsABadUsage() {
        assertEquals(2, cli.run("export", "--db", db(), "--series", OI, "--from", "2026-10-31", "--to", "2026-10-30", "--out", "-"));
        assertTrue(cli.err().contains("--from 2026-10-31 is after --to 2026-10-30"), cli.err());
    }

    @Test
    void aTimeThatIsNotIsoIsNamed() {
        assertEquals(2, cli.run("export", "--db", db(), "--series", OI, "--from", "yesterday", "--to", "2026-10-30", "--out", "-"));
        assertTrue(cli.err().contains("--from: 'yesterday' is not an ISO date (2026-10-30) or date-time"), cli.err());
        assertEquals(2, cli.run("export", "--db", db(), "--series", OI, "--from", "2026-10-30", "--to", "2026-10-30T25:00", "--out", "-"));
        assertTrue(cli.err().contains("--to: '2026-10-30T25:00' is not an ISO date"), cli.err());
    }

    @Test
    void anUnknownZoneIsNamed() {
        assertEquals(2, cli.run("export", "--db", db(), "--series", OI, "--from", "2026-10-30", "--to", "2026-10-30", "--zone", "Mars/Olympus",
                "--out", "-"));
        assertTrue(cli.err().contains("--zone: 'Mars/Olympus' is not a time zone"), cli.err());
    }

    @Test
    void missingOptionsAreABadUsage() {
        assertEquals(2, cli.run("export", "--db", db(), "--series", OI, "--from", "2026-10-30", "--to", "2026-10-30"));
        assertTrue(cli.err().contains("Missing required option: '--out=FILE.csv'"), cli.err());
    }

    @Test
    void aFileThatCannotBeWrittenFailsWithItsName() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("a-folder.csv"));
        assertEquals(1, cli.run("export", "--db", db(), "--series", OI, "--from", "2026-10-30", "--to", "2026-10-30", "--out", folder.toString()));
        assertTrue(cli.err().contains(folder + " is a folder; choose a file name."), cli.err());
    }
}
