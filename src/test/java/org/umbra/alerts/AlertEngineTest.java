package org.umbra.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.analytics.TimeSeries;
import org.umbra.collect.SourceStatus;
import org.umbra.ledger.PolicyCheck;
import org.umbra.market.Asset;
import org.umbra.store.AlertLog;
import org.umbra.store.Database;
import org.umbra.store.DbWriter;
import org.umbra.testing.MovableClock;

/** The engine on a real database: fires once, cools down, clears; coalesces bursts of new data; times failing sources. */
class AlertEngineTest {
    private static final long H = 3_600_000L;
    private static final long T0 = 1_763_800_000_000L;

    @TempDir
    Path dir;
    private DbWriter writer;
    private AlertRuleStore rules;
    private AlertLog log;
    private final MovableClock clock = new MovableClock(T0);
    private volatile double fundingNow = 31.2;
    private final AtomicInteger reads = new AtomicInteger();
    private AlertEngine engine;
    /** Long enough that nothing runs on the engine's own thread while a test evaluates by hand. */
    private static final long NEVER_MS = 10 * H;

    @BeforeEach
    void open() {
        Database db = Database.open(dir.resolve("u.db"));
        writer = new DbWriter(db);
        rules = new AlertRuleStore(db, writer);
        log = new AlertLog(db, writer);
        engine = engine(NEVER_MS);
    }

    /** An engine whose market reads give the funding of {@link #fundingNow}, counted. */
    private AlertEngine engine(long debounceMs) {
        return new AlertEngine(rules, log, (asset, kinds) -> {
            reads.incrementAndGet();
            return new MarketNow(Map.of(AlertRule.AGGREGATE, new TimeSeries(new long[] {T0}, new double[] {fundingNow})), TimeSeries.EMPTY,
                    TimeSeries.EMPTY, Double.NaN);
        }, clock, debounceMs);
    }

    @AfterEach
    void close() {
        engine.close();
        writer.close();
    }

    private List<AlertLog.Event> market() {
        return engine.evaluate(EnumSet.of(AlertEngine.Scope.MARKET));
    }

    @Test
    void firesOnceCoolsDownAndClearsWithTheHistoryKept() {
        AlertRule r = rules.save(new AlertRule(0, AlertKind.FUNDING_ABOVE, Asset.BTC, AlertRule.AGGREGATE, 30, 0, null, true, H));
        assertEquals(List.of(new AlertLog.Event(0, T0, "rule:1", true, "BTC funding (OI-weighted) 31.2 %/yr above 30 %/yr")), market());
        clock.set(T0 + 60_000);
        assertEquals(List.of(), market(), "still above: fired once");
        fundingNow = 25;
        clock.set(T0 + 120_000);
        assertEquals("BTC funding (OI-weighted) 25.0 %/yr no longer above 30 %/yr", market().get(0).message());
        fundingNow = 40;
        clock.set(T0 + 30 * 60_000);
        assertEquals(List.of(), market(), "above again 30 min after firing: cooling down (1 h)");
        clock.set(T0 + H);
        assertEquals("BTC funding (OI-weighted) 40.0 %/yr above 30 %/yr", market().get(0).message());

        List<AlertLog.Event> history = log.recent(10);
        assertEquals(List.of(true, false, true), history.stream().map(AlertLog.Event::firing).toList(), "newest first: fired, cleared, fired");
        assertEquals(r.ruleKey(), history.get(0).rule());

        // A new engine (the next start) takes the state from the history: firing, so nothing new while still above.
        AlertEngine next = engine(NEVER_MS);
        try {
            assertEquals(List.of(), next.evaluate(EnumSet.of(AlertEngine.Scope.MARKET)));
            // Deleted while firing: it clears, whatever the scope evaluated.
            rules.delete(r.id());
            clock.set(T0 + 2 * H);
            assertEquals(List.of(new AlertLog.Event(0, T0 + 2 * H, "rule:1", false, "Rule 1 deleted")), next.evaluate(EnumSet.of(AlertEngine.Scope.SOURCES)));
            assertEquals(List.of(), next.evaluate(EnumSet.of(AlertEngine.Scope.SOURCES)), "once");
        } finally {
            next.close();
        }
    }

    @Test
    void aBurstOfNewDataIsOneEvaluationAndListenersHearOfIt() throws Exception {
        engine.close();
        engine = engine(200);
        rules.save(new AlertRule(0, AlertKind.FUNDING_ABOVE, Asset.BTC, AlertRule.AGGREGATE, 30, 0, null, true, H));
        List<AlertLog.Event> heard = new CopyOnWriteArrayList<>();
        engine.addListener(heard::addAll);
        for (int i = 0; i < 20; i++) {
            engine.marketDataChanged();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (heard.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(400); // two debounce spans: a second evaluation, had the burst made one, would have run by now
        assertEquals(1, heard.size());
        assertEquals(1, reads.get(), "20 pages stored within the debounce span: the market read once");
    }

    @Test
    void policyAndSourceRulesReadWhatTheyAreGiven() {
        rules.save(new AlertRule(0, AlertKind.POLICY_FAILING, null, null, 0, 0, null, true, H));
        rules.save(new AlertRule(0, AlertKind.SOURCE_FAILING, null, null, 0, 30 * 60_000L, "okx", true, H));
        engine.policyChecked(List.of(new PolicyCheck("drills", "Exit drills within 90 days", false, "Kraken: none"),
                new PolicyCheck("yield-max", "Yield at most 10 %", true, "0 %")));
        assertEquals("Ledger policy failing: Exit drills within 90 days", engine.evaluate(EnumSet.of(AlertEngine.Scope.POLICY)).get(0).message());

        engine.sourceChanged(new SourceStatus("okx", "OKX", SourceStatus.State.OFFLINE, "timeout", 0, 0, 0, -1, -1));
        clock.set(T0 + 20 * 60_000);
        engine.sourceChanged(new SourceStatus("okx", "OKX", SourceStatus.State.FAILING, "HTTP 503", 0, 0, 0, -1, -1));
        assertEquals(List.of(), engine.evaluate(EnumSet.of(AlertEngine.Scope.SOURCES)), "20 min: not yet");
        clock.set(T0 + 30 * 60_000);
        List<AlertLog.Event> fired = engine.evaluate(EnumSet.of(AlertEngine.Scope.SOURCES));
        assertEquals("okx failing for 30 min, at least 30 min: HTTP 503", fired.get(0).message(), "timed from the first failing report");
        engine.sourceChanged(new SourceStatus("okx", "OKX", SourceStatus.State.OK, "", T0 + 31 * 60_000, 0, 0, -1, -1));
        assertTrue(!engine.evaluate(EnumSet.of(AlertEngine.Scope.SOURCES)).get(0).firing());
    }
}
