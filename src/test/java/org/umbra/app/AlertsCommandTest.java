package org.umbra.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.store.AlertLog;
import org.umbra.store.Database;
import org.umbra.store.DbWriter;

/** {@code umbra alerts add|list|history}: tab-separated, wrong fields named, history filtered by --since. */
class AlertsCommandTest {
    @TempDir
    static Path dir;

    @RegisterExtension
    final CliHarness cli = new CliHarness(() -> dir.resolve("home"));

    @Test
    void addListAndHistory() {
        String db = dir.resolve("u.db").toString();
        assertEquals(0, cli.run("alerts", "add", "--db", db, "--kind", "funding-above", "--threshold", "30"), cli.err());
        assertEquals("1\tBTC funding (OI-weighted) above 30 %/yr\n", cli.out());
        assertEquals(0, cli.run("alerts", "add", "--db", db, "--kind", "source-failing", "--source", "okx", "--window", "30m", "--cooldown", "0m",
                "--disabled"), cli.err());

        assertEquals(2, cli.run("alerts", "add", "--db", db, "--kind", "oi-change", "--asset", "DOGE", "--window", "soon"));
        assertTrue(cli.err().contains("--asset: unknown asset 'DOGE' (expected BTC or ETH); --threshold: '' is not a number;"
                + " --window: 'soon' is not a span like 30m, 24h or 7d"), cli.err());

        assertEquals(0, cli.run("alerts", "list", "--db", db));
        assertEquals(List.of("id\tkind\tasset\tvenue\tthreshold\twindow\tsource\tenabled\tcooldown\tdescription",
                "1\tfunding-above\tBTC\taggregate\t30\t\t\tyes\t1h\tBTC funding (OI-weighted) above 30 %/yr",
                "2\tsource-failing\t\t\t\t30m\tokx\tno\t0m\tokx failing for 30 min or longer"), cli.out().lines().toList());

        Database database = Database.open(dir.resolve("u.db"));
        DbWriter writer = new DbWriter(database);
        new AlertLog(database, writer).append(List.of(
                new AlertLog.Event(0, 1_763_942_400_000L, "rule:1", true, "BTC funding (OI-weighted) 31.2 %/yr above 30 %/yr"),
                new AlertLog.Event(0, 1_764_028_800_000L, "rule:1", false, "BTC funding (OI-weighted) 25.0 %/yr no longer above 30 %/yr")));
        writer.close();
        // 1_763_942_400_000 is 2025-11-24T00:00:00Z; the second a day later.
        assertEquals(0, cli.run("alerts", "history", "--db", db));
        assertEquals(List.of("at\trule\tstate\tmessage",
                "2025-11-25T00:00:00Z\trule:1\tcleared\tBTC funding (OI-weighted) 25.0 %/yr no longer above 30 %/yr",
                "2025-11-24T00:00:00Z\trule:1\tfiring\tBTC funding (OI-weighted) 31.2 %/yr above 30 %/yr"), cli.out().lines().toList());
        assertEquals(0, cli.run("alerts", "history", "--db", db, "--since", "2025-11-24T00:00:01Z"));
        assertEquals(2, cli.out().lines().count(), "the header and the later event");
        assertEquals(0, cli.run("alerts", "history", "--db", db, "--since", "2025-11-24"));
        assertEquals(3, cli.out().lines().count());
        assertEquals(2, cli.run("alerts", "history", "--db", db, "--since", "last week"));
        assertTrue(cli.err().contains("--since: 'last week' is not a UTC time like 2026-11-01T00:00:00Z, a date like 2026-11-01 or a span like 7d"),
                cli.err());
    }
}
