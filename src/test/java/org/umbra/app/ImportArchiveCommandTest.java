package org.umbra.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.market.binancearchive.ArchiveSamples;

/** {@code umbra import-archive}: one line per file, a refused file named, exit codes. */
class ImportArchiveCommandTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void isolate() {
        System.setProperty("umbra.home", dir.resolve("home").toString());
    }

    @AfterEach
    void restore() {
        System.clearProperty("umbra.home");
    }

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private String db() {
        return dir.resolve("cli.db").toString();
    }

    private Path zipWithChecksum(String name, String csvResource, boolean correct) throws Exception {
        byte[] zip = ArchiveSamples.zip(name.replace(".zip", ".csv"), ArchiveSamples.resource(csvResource));
        Path file = dir.resolve(name);
        Files.write(file, zip);
        String checksum = correct ? ArchiveSamples.checksum(zip, name) : "f".repeat(64) + "  " + name + "\n";
        Files.writeString(dir.resolve(name + ".CHECKSUM"), checksum);
        return file;
    }

    private String seriesTable() {
        StringWriter o = new StringWriter();
        assertEquals(0, Cli.run(new String[] {"series", "--db", db()}, new PrintWriter(o, true), new PrintWriter(new StringWriter(), true)));
        return o.toString();
    }

    @Test
    void verifiedZipAndPlainCsvAreImportedOneLineEach() throws Exception {
        Path metrics = zipWithChecksum("BTCUSDT-metrics-2025-10-07.zip", "BTCUSDT-metrics-2025-10-07_derived.csv", true);
        Path funding = dir.resolve("BTCUSDT-fundingRate-2025-09.csv");
        Files.writeString(funding, ArchiveSamples.resource("BTCUSDT-fundingRate-2025-09_derived.csv"));

        int code = run("import-archive", "--db", db(), metrics.toString(), funding.toString());
        assertEquals(0, code, err.toString());
        String[] lines = out.toString().strip().split("\n");
        assertEquals(2, lines.length, out.toString());
        assertEquals(metrics + ": BTCUSDT metrics, 3 rows (18 points), 2025-10-07T00:00:00Z .. 2025-10-07T00:10:00Z, checksum verified",
                lines[0]);
        assertEquals(funding + ": BTCUSDT fundingRate, 3 rows (3 points), 2025-09-01T00:00:00Z .. 2025-09-01T16:00:00Z", lines[1]);

        String table = seriesTable();
        assertTrue(table.contains("binance-archive\tBTCUSDT\toi_coin\tcoin\t3\t2025-10-07T00:00:00Z\t2025-10-07T00:10:00Z"), table);
        assertTrue(table.contains("binance-archive\tBTCUSDT\tls_top_positions\tratio\t3\t"), table);
        assertTrue(table.contains("binance-archive\tBTCUSDT\tfunding_rate\tfraction/8h\t3\t"), table);

        // Importing again changes nothing (upsert).
        assertEquals(0, run("import-archive", "--db", db(), metrics.toString()));
        assertTrue(seriesTable().contains("binance-archive\tBTCUSDT\toi_coin\tcoin\t3\t"));
    }

    @Test
    void checksumMismatchRefusesThatFileOnlyAndExitsOne() throws Exception {
        Path bad = zipWithChecksum("BTCUSDT-metrics-2025-10-07.zip", "BTCUSDT-metrics-2025-10-07_derived.csv", false);
        Path good = dir.resolve("BTCUSDT-fundingRate-2025-09.csv");
        Files.writeString(good, ArchiveSamples.resource("BTCUSDT-fundingRate-2025-09_derived.csv"));

        int code = run("import-archive", "--db", db(), bad.toString(), good.toString());
        assertEquals(1, code);
        String[] errLines = err.toString().strip().split("\n");
        assertEquals(1, errLines.length, err.toString());
        assertTrue(errLines[0].startsWith(bad + ": REFUSED: checksum mismatch"), errLines[0]);
        String table = seriesTable();
        assertFalse(table.contains("binance-archive\tBTCUSDT\toi_coin"), "nothing of the refused file: " + table);
        assertTrue(table.contains("binance-archive\tBTCUSDT\tfunding_rate"), "the other file still imported");
    }

    @Test
    void zipWithoutChecksumIsImportedWithANote() throws Exception {
        Path zip = dir.resolve("BTCUSDT-metrics-2025-10-07.zip");
        Files.write(zip, ArchiveSamples.zip("BTCUSDT-metrics-2025-10-07.csv", ArchiveSamples.resource("BTCUSDT-metrics-2025-10-07_derived.csv")));
        assertEquals(0, run("import-archive", "--db", db(), zip.toString()), err.toString());
        assertTrue(out.toString().contains("3 rows (18 points)"), out.toString());
        assertTrue(out.toString().contains("no .CHECKSUM beside it: imported unverified"), out.toString());
    }

    @Test
    void badLineRefusesTheFileNamingFileAndLine() throws Exception {
        Path csv = dir.resolve("BTCUSDT-metrics-2025-10-07.csv");
        Files.writeString(csv, ArchiveSamples.resource("BTCUSDT-metrics-2025-10-07_derived.csv").replace("12491937936.12", "12,49"));
        assertEquals(1, run("import-archive", "--db", db(), csv.toString()));
        assertEquals(csv + ": REFUSED: line 3: 9 fields where the header has 8: "
                + "'2025-10-07 00:05:01,BTCUSDT,100180.792,12,49,1.40000000,1.35000000,1.27000000,1.97000000'; file refused, nothing imported",
                err.toString().strip());
        assertFalse(seriesTable().contains("binance-archive"));
    }

    @Test
    void missingFileIsRefusedAndNoFilesIsBadUsage() {
        assertEquals(1, run("import-archive", "--db", db(), dir.resolve("nope.zip").toString()));
        assertTrue(err.toString().contains("nope.zip: REFUSED: cannot read"), err.toString());
        assertEquals(2, run("import-archive", "--db", db()));
        assertEquals(0, run("import-archive", "--help"));
    }
}
