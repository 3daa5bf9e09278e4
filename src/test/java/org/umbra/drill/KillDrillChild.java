package org.umbra.drill;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import org.umbra.app.AppContext;
import org.umbra.app.Settings;
import org.umbra.market.FeedCursor;

/**
 * The process the kill drill kills: opens the database as the app does ({@link AppContext}: checks, migrations, the
 * bundled-history import, the real writer) and works until it is killed, three ledger actions to one poll on average.
 * It tells the drill what it did on stdout, one line each, flushed, each ending in {@value #END} (a kill can cut a
 * line short, and a cut line says nothing); a {@code polled} or {@code confirmed} line is what was "confirmed to the
 * user":
 * <pre>
 * ready end
 * begin poll FROM end           then  polled CURSOR end
 * begin change end              then  confirmed CHANGE_ID DIGEST end   (or  unchanged end)
 * </pre>
 * Arguments: the database file and a seed for the actions.
 */
public final class KillDrillChild {
    static final String READY = "ready";
    static final String BEGIN_POLL = "begin poll";
    static final String POLLED = "polled";
    static final String BEGIN_CHANGE = "begin change";
    static final String CONFIRMED = "confirmed";
    static final String UNCHANGED = "unchanged";
    /** Last on every line. */
    static final String END = "end";

    private KillDrillChild() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        // Unbuffered beyond each print: a line is on the pipe before the next action starts.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        AppContext ctx = new AppContext(db, Settings.defaults(), Clock.systemUTC());
        DrillLedger ledger = new DrillLedger(ctx.ledger(), random);
        FeedCursor cursor = ctx.feedStates().load(DrillPolls.SOURCE, DrillPolls.FEED).cursor();
        say(out, READY);
        while (true) { // Until killed: the context is never closed, as in a crash.
            if (random.nextInt(4) == 0) {
                say(out, BEGIN_POLL + " " + DrillPolls.nextFrom(cursor));
                cursor = DrillPolls.write(ctx.series(), cursor, System.currentTimeMillis());
                say(out, POLLED + " " + cursor.position());
            } else {
                say(out, BEGIN_CHANGE);
                long changeId = ledger.act();
                say(out, changeId < 0 ? UNCHANGED : CONFIRMED + " " + changeId + " " + DrillLedger.digest(ctx.ledger().state()));
            }
        }
    }

    private static void say(PrintStream out, String line) {
        out.print(line + " " + END + "\n"); // One write: println writes the line and its end separately.
        out.flush();
    }
}
