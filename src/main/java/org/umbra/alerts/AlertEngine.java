package org.umbra.alerts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.umbra.collect.SourceStatus;
import org.umbra.ledger.PolicyCheck;
import org.umbra.market.Asset;
import org.umbra.store.AlertLog;

/**
 * Evaluates the user's rules on their own thread ({@code alerts}), never the FX thread, each trigger coalesced (a burst
 * within the debounce span is one evaluation): market rules after new data is stored, the policy rule after each policy check (the result
 * {@code PolicyMonitor} computed, not a second evaluation), source rules on each status report and every
 * {@link #TIMER_MS} (a failure lasting "longer than T" passes without any new report). Events are recorded in
 * {@code alert_event} and then handed to the listeners.
 */
public final class AlertEngine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertEngine.class);
    public static final long DEFAULT_DEBOUNCE_MS = 5_000;
    static final long TIMER_MS = 30_000;

    /** Which rules an evaluation covers. */
    public enum Scope { MARKET, POLICY, SOURCES }

    /** Where market figures come from ({@link AlertInputsReader#read}; a test's own). */
    @FunctionalInterface
    public interface MarketReads {
        MarketNow read(Asset asset, Set<AlertKind> kinds);
    }

    private final AlertRuleStore rules;
    private final AlertLog log;
    private final MarketReads markets;
    private final Clock clock;
    private final long debounceMs;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "alerts");
        t.setDaemon(true);
        return t;
    });
    private final List<Consumer<List<AlertLog.Event>>> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, SourceHealth> sources = new ConcurrentHashMap<>();
    private final Map<Scope, AtomicBoolean> queued = new EnumMap<>(Scope.class);
    private volatile List<String> failingPolicies;
    /** By rule id; loaded from the history on first use; touched only inside {@link #evaluate}. */
    private Map<Long, RuleState> states;

    public AlertEngine(AlertRuleStore rules, AlertLog log, MarketReads markets, Clock clock, long debounceMs) {
        this.rules = rules;
        this.log = log;
        this.markets = markets;
        this.clock = clock;
        this.debounceMs = debounceMs;
        for (Scope s : Scope.values()) {
            queued.put(s, new AtomicBoolean());
        }
    }

    /** Told of the events of each evaluation that recorded any, on the {@code alerts} thread. */
    public void addListener(Consumer<List<AlertLog.Event>> listener) {
        listeners.add(listener);
    }

    /** Evaluates every rule now, then source rules on the timer; a rule change re-evaluates at once. */
    public void start() {
        rules.addListener(() -> schedule(EnumSet.allOf(Scope.class), 0));
        schedule(EnumSet.allOf(Scope.class), 0);
        worker.scheduleWithFixedDelay(() -> schedule(EnumSet.of(Scope.SOURCES), 0), TIMER_MS, TIMER_MS, TimeUnit.MILLISECONDS);
    }

    /** Any thread: new market data was stored. */
    public void marketDataChanged() {
        schedule(EnumSet.of(Scope.MARKET), debounceMs);
    }

    /** Any thread: the ledger policy was just checked. */
    public void policyChecked(List<PolicyCheck> checks) {
        failingPolicies = checks.stream().filter(c -> !c.passed()).map(PolicyCheck::title).toList();
        schedule(EnumSet.of(Scope.POLICY), debounceMs);
    }

    /** Any thread: a source reported its status. A failure is timed from the first report of it. */
    public void sourceChanged(SourceStatus s) {
        sources.compute(s.sourceId(), (id, before) -> s.healthy() ? new SourceHealth(id, true, 0, "")
                : new SourceHealth(id, false, before != null && !before.healthy() ? before.unhealthySinceMs() : clock.millis(), s.reason()));
        schedule(EnumSet.of(Scope.SOURCES), debounceMs);
    }

    private void schedule(Set<Scope> scopes, long delayMs) {
        EnumSet<Scope> due = EnumSet.noneOf(Scope.class);
        for (Scope s : scopes) {
            if (queued.get(s).compareAndSet(false, true)) {
                due.add(s);
            }
        }
        if (due.isEmpty() || worker.isShutdown()) {
            return;
        }
        worker.schedule(() -> {
            due.forEach(s -> queued.get(s).set(false));
            try {
                evaluate(due);
            } catch (RuntimeException e) {
                LOG.warn("Evaluating alert rules failed", e);
            }
        }, delayMs, TimeUnit.MILLISECONDS);
    }

    /** Evaluates the rules of {@code scopes} now, records and announces the events, and returns them. */
    public synchronized List<AlertLog.Event> evaluate(Set<Scope> scopes) {
        List<AlertRule> all = rules.all();
        if (states == null) {
            states = new HashMap<>();
            Map<String, Boolean> firing = log.firingByRule();
            Map<String, Long> fired = log.lastFiredAt();
            for (AlertRule r : all) {
                states.put(r.id(), new RuleState(firing.getOrDefault(r.ruleKey(), false), fired.getOrDefault(r.ruleKey(), 0L)));
            }
        }
        List<AlertRule> due = new ArrayList<>();
        Map<Asset, Set<AlertKind>> kindsByAsset = new LinkedHashMap<>();
        for (AlertRule r : all) {
            boolean inScope = scopes.contains(scopeOf(r.kind()));
            RuleState state = states.getOrDefault(r.id(), RuleState.QUIET);
            if (inScope || (!r.enabled() && state.firing())) {
                due.add(r);
                if (inScope && r.enabled() && r.kind().market()) {
                    kindsByAsset.computeIfAbsent(r.asset(), a -> EnumSet.noneOf(AlertKind.class)).add(r.kind());
                }
            }
        }
        List<AlertLog.Event> events = new ArrayList<>();
        long now = clock.millis();
        // A rule deleted while firing clears, so its history does not end "firing" for ever.
        Set<Long> stored = new java.util.HashSet<>(all.stream().map(AlertRule::id).toList());
        for (Map.Entry<Long, RuleState> e : List.copyOf(states.entrySet())) {
            if (!stored.contains(e.getKey())) {
                if (e.getValue().firing()) {
                    events.add(new AlertLog.Event(0, now, AlertRule.RULE_PREFIX + e.getKey(), false, "Rule " + e.getKey() + " deleted"));
                }
                states.remove(e.getKey());
            }
        }
        Map<Asset, MarketNow> read = new EnumMap<>(Asset.class);
        kindsByAsset.forEach((asset, kinds) -> {
            try {
                read.put(asset, markets.read(asset, kinds));
            } catch (RuntimeException e) {
                LOG.warn("Reading {} market data for alerts failed", asset, e); // its rules wait for the next data
            }
        });
        AlertInputs inputs = new AlertInputs(read, failingPolicies, Map.copyOf(sources), now);
        for (AlertRule r : due) {
            RuleEvaluator.Outcome o = RuleEvaluator.evaluate(r, inputs, states.getOrDefault(r.id(), RuleState.QUIET));
            states.put(r.id(), o.next());
            o.event().ifPresent(events::add);
        }
        log.append(events);
        if (!events.isEmpty()) {
            listeners.forEach(l -> l.accept(List.copyOf(events)));
        }
        return events;
    }

    static Scope scopeOf(AlertKind kind) {
        return switch (kind) {
            case POLICY_FAILING -> Scope.POLICY;
            case SOURCE_FAILING -> Scope.SOURCES;
            default -> Scope.MARKET;
        };
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
