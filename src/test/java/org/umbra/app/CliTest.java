package org.umbra.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.market.binance.BinanceMockVenue;

/** The command line as a script would use it: output, exit codes, and which hosts it touches. */
class CliTest {
    @TempDir
    Path dir;
    private BinanceMockVenue venue;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void isolate() throws Exception {
        System.setProperty("umbra.home", dir.resolve("home").toString());
        venue = new BinanceMockVenue();
    }

    @AfterEach
    void restore() throws Exception {
        System.clearProperty("umbra.home");
        venue.close();
    }

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private String db() {
        return dir.resolve("cli.db").toString();
    }

    @Test
    void collectOncePrintsOneLinePerSourceAndExitsZero() {
        int code = run("collect", "--once", "--sources", "binance-futures", "--db", db(), "--endpoint", "binance-futures=" + venue.baseUrl());
        assertEquals(0, code, err.toString());
        String line = out.toString().strip();
        assertTrue(line.matches("binance-futures: [\\d,]+ rows written, \\S+ \\.\\. \\S+ \\(22 feeds, [\\d.]+ s\\)"), line);
        assertTrue(venue.requestCount() > 0);
    }

    @Test
    void progressLinesGoToStderrWhenAsked() {
        assertEquals(0, run("collect", "--once", "--progress", "--sources", "binance-futures", "--db", db(), "--endpoint", "binance-futures=" + venue.baseUrl()), err.toString());
        String[] lines = err.toString().strip().split("\n");
        assertTrue(lines[lines.length - 1].matches("binance-futures: 100 % \\(feed 22 of 22, ETHUSDT/[a-z0-9-]+: \\d+ rows\\)"),
                lines[lines.length - 1]);
        assertEquals(1, out.toString().strip().split("\n").length, "stdout keeps its one summary line");
    }

    @Test
    void commonOptionsWorkBeforeTheSubcommandToo() {
        assertEquals(0, run("--db", db(), "--endpoint", "binance-futures=" + venue.baseUrl(), "collect", "--once", "--sources", "binance-futures"), err.toString());
        assertTrue(Files.exists(Path.of(db())));
    }

    @Test
    void aFailedSourceExitsNonZeroWithOneLineNamingIt() {
        for (int i = 0; i < 2; i++) {
            venue.queueFault("/fapi/v1/fundingRate", new MockResponse().setResponseCode(429).setHeader("Retry-After", "30"));
        }
        int code = run("collect", "--once", "--sources", "binance-futures", "--db", db(), "--endpoint", "binance-futures=" + venue.baseUrl());
        assertEquals(1, code);
        String[] lines = err.toString().strip().split("\n");
        assertEquals(1, lines.length, err.toString());
        assertTrue(lines[0].startsWith("binance-futures: FAILED 2 of 22 feeds: HTTP 429, retry after 30 s"), lines[0]);
    }

    @Test
    void unknownSourceIsABadUsageAndContactsNothing() {
        int code = run("collect", "--once", "--db", db(), "--sources", "binance-futures,kraken", "--endpoint",
                "binance-futures=" + venue.baseUrl());
        assertEquals(1, code);
        assertTrue(err.toString().contains("unknown source 'kraken'"), err.toString());
        assertEquals(0, venue.requestCount());
    }

    @Test
    void badEndpointIsNamed() {
        int code = run("collect", "--once", "--sources", "binance-futures", "--db", db(), "--endpoint", "binance-futures=not a url");
        assertEquals(1, code);
        assertTrue(err.toString().contains("binance-futures: 'not a url' is not an http or https URL"), err.toString());
    }

    @Test
    void seriesPrintsATabSeparatedTableWithAHeader() {
        assertEquals(0, run("series", "--db", db()), err.toString());
        String[] lines = out.toString().split("\n");
        assertEquals("source\tinstrument\tmetric\tunit\tpoints\tfirst\tlast", lines[0]);
        assertTrue(out.toString().contains("bundled\tBTC-USD\tprice_close\tUSD\t4062\t2015-01-02T00:00:00Z\t2026-02-14T00:00:00Z"), out.toString());
        assertTrue(out.toString().contains("bundled\tbinance/BTCUSDT\tfunding_rate\tfraction/8h\t4383\t"), out.toString());
        for (String line : lines) {
            assertEquals(7, line.split("\t", -1).length, line);
        }
    }

    @Test
    void aDatabaseFromANewerUmbraIsRefusedWithOneClearLine() throws Exception {
        Path newer = dir.resolve("newer.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + newer); var st = c.createStatement()) {
            st.execute("PRAGMA user_version = 42");
        }
        assertEquals(1, run("series", "--db", newer.toString()));
        assertTrue(err.toString().startsWith("umbra: The database " + newer + " was written by a newer version of Umbra"), err.toString());
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : new String[] {"collect", "series", "snapshot"}) {
            assertEquals(0, run(cmd, "--help"));
        }
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("--endpoint=SOURCE=URL"), out.toString());
    }

    @Test
    void snapshotWritesAPngOfExactlyTheRequestedSize() throws Exception {
        Path png = dir.resolve("out/markets.png");
        int code = run("snapshot", "--view", "markets", "--range", "1y", "--db", db(), "--out", png.toString(), "--width", "1000",
                "--height", "640");
        assertEquals(0, code, err.toString());
        byte[] head = Files.readAllBytes(png);
        assertEquals("PNG", new String(head, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
        int width = java.nio.ByteBuffer.wrap(head, 16, 4).getInt();
        int height = java.nio.ByteBuffer.wrap(head, 20, 4).getInt();
        assertEquals(1000, width);
        assertEquals(640, height);
        assertTrue(head.length > 20_000, "a drawn chart, not a blank image: " + head.length + " bytes");
    }

    @Test
    void snapshotRejectsAnUnknownRange() {
        assertEquals(2, run("snapshot", "--range", "fortnight", "--db", db(), "--out", dir.resolve("x.png").toString()));
        assertTrue(err.toString().contains("--range: range 'fortnight' is not like"), err.toString());
    }
}
