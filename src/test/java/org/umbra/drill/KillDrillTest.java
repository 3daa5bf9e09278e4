package org.umbra.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.export.LedgerBackup;

/**
 * Issue 8, crash safety: the app killed with SIGKILL at random moments while it polls and while the user edits the
 * ledger, 50 times on one database (plus 4 kills during its first start). After every kill: the file passes SQLite's
 * integrity and foreign key checks, every ledger change a child confirmed is in the history and the replay up to it is
 * the ledger the child showed, no poll is half written, and the app starts again (every 10th time the command line
 * reads the file too). {@link DrillAudit} holds the checks, {@link KillDrillChild} is the app being killed.
 */
class KillDrillTest {
    private static final int KILLS = 50;
    private static final int STARTUP_KILLS = 4;
    /** The startup kills land evenly spread over this: a first start (JVM, migrations, bundled import) takes 1.5–4 s here. */
    private static final int STARTUP_SPREAD_MS = 3_000;
    /** Kills land up to this long after the child's first confirmed action: several polls and dozens of changes in. */
    private static final int MAX_DELAY_MS = 400;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void killedAtRandomTheStoreKeepsEverythingConfirmedAndNothingHalfWritten() throws Exception {
        long t0 = System.nanoTime();
        Path db = dir.resolve("umbra.db");
        Path home = dir.resolve("home");
        Random random = new Random(20_261_122L);
        DrillAudit audit = new DrillAudit(db, dir);

        // The first start, killed while the JVM starts, the schema is made or the bundled history imported (or after).
        List<String> firstStart = new ArrayList<>();
        for (int i = 0; i < STARTUP_KILLS; i++) {
            ChildProcess child = startChild(db, home, random);
            Thread.sleep((long) ((i + random.nextDouble()) * STARTUP_SPREAD_MS / STARTUP_KILLS));
            child.kill();
            audit.afterKill(ChildReport.parse(child.lines()));
            firstStart.add(audit.firstStartStage());
        }

        long startNanos = 0;
        long auditNanos = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            long started = System.nanoTime();
            ChildProcess child = startChild(db, home, random);
            boolean working = child.awaitLine(line -> line.startsWith(KillDrillChild.POLLED + " ")
                    || line.startsWith(KillDrillChild.CONFIRMED + " "), START_TIMEOUT);
            if (!working) {
                child.kill();
                throw new AssertionError("kill " + kill + ": the app did not start after the previous kill (no work within "
                        + START_TIMEOUT + "); stdout: " + child.lines() + "; stderr: " + child.stderr());
            }
            startNanos += System.nanoTime() - started;
            Thread.sleep(random.nextInt(MAX_DELAY_MS + 1));
            child.kill();
            ChildReport report = ChildReport.parse(child.lines());
            assertTrue(report.ready() && report.didWork(), "kill " + kill + ": the child reported " + report);
            long audited = System.nanoTime();
            try {
                audit.afterKill(report);
            } catch (AssertionError e) {
                List<String> lines = child.lines();
                throw new AssertionError(e.getMessage() + "\nthe child's last lines: " + lines.subList(Math.max(0, lines.size() - 6),
                        lines.size()) + "\nits stderr: " + child.stderr(), e);
            }
            auditNanos += System.nanoTime() - audited;
            if (kill % 10 == 0) {
                readWithTheCommandLine(kill, db, home, audit);
            }
        }

        double seconds = (System.nanoTime() - t0) / 1e9;
        String summary = String.format("kill drill: %d kills, %d ledger changes confirmed, all present, integrity ok, %d polls,"
                        + " none partial (%d kills during the first start, leaving %s; %d kills landed in a poll and %d in a"
                        + " ledger change; %d polls and %d changes in flight were committed, unconfirmed; %d ledger rows; start to"
                        + " first work %.0f ms, audit %.0f ms, mean; %.0f s)",
                KILLS, audit.confirmedChanges(), audit.polls(), STARTUP_KILLS, firstStart, audit.killsInPoll(), audit.killsInChange(),
                audit.inFlightPollsCommitted(), audit.committedUnconfirmedChanges(), audit.historyRows(),
                startNanos / 1e6 / KILLS, auditNanos / 1e6 / KILLS, seconds);
        System.out.println(summary);
        assertEquals(KILLS + STARTUP_KILLS, audit.kills());
        assertTrue(audit.confirmedChanges() >= KILLS, summary);
        assertTrue(audit.polls() >= KILLS, summary);
        // The drill is only worth something if kills land inside the work, not between it.
        assertTrue(audit.killsInPoll() + audit.killsInChange() >= KILLS / 2, summary);
    }

    private ChildProcess startChild(Path db, Path home, Random random) {
        return ChildProcess.start(home, dir.resolve("child"), KillDrillChild.class.getName(), db.toString(),
                Long.toString(random.nextLong()));
    }

    /** The real command line on the file the kill left: it exits 0 and reads what the audit found. */
    private void readWithTheCommandLine(int kill, Path db, Path home, DrillAudit audit) throws Exception {
        Path outputs = dir.resolve("cli");
        if (kill % 20 == 10) {
            ChildProcess cli = ChildProcess.start(home, outputs, "org.umbra.app.Launcher", "series", "--db", db.toString());
            assertEquals(0, cli.awaitExit(START_TIMEOUT), "kill " + kill + ": umbra series failed: " + cli.stderr());
            String drill0 = String.join("\t", DrillPolls.SOURCE, DrillPolls.instrument(0), "oi_coin", "coin",
                    Long.toString(audit.storedPointsPerSeries()));
            assertTrue(cli.lines().stream().anyMatch(l -> l.startsWith(drill0 + "\t")),
                    "kill " + kill + ": umbra series did not list " + drill0 + ": " + cli.lines());
        } else {
            Path out = dir.resolve("ledger.json");
            ChildProcess cli = ChildProcess.start(home, outputs, "org.umbra.app.Launcher", "ledger", "export", "--format", "json",
                    "--out", out.toString(), "--db", db.toString());
            assertEquals(0, cli.awaitExit(START_TIMEOUT), "kill " + kill + ": umbra ledger export failed: " + cli.stderr());
            assertEquals(audit.historyRows(), LedgerBackup.read(Files.readString(out, StandardCharsets.UTF_8)).size(),
                    "kill " + kill + ": rows in the exported ledger");
        }
    }
}
