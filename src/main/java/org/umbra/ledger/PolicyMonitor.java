package org.umbra.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.umbra.store.AlertLog;

/**
 * Turns the policy checklist into alert events: one when a check starts failing, one when it passes again.
 * Checked after every ledger change and once a day (a drill ages without any change).
 */
public final class PolicyMonitor {
    /** Alert rules of the ledger policy are named {@code policy:<check id>}. */
    public static final String RULE_PREFIX = "policy:";

    private final LedgerBook book;
    private final AlertLog log;
    private final Clock clock;
    private final ZoneId zone;
    private volatile List<PolicyCheck> latest = List.of();

    public PolicyMonitor(LedgerBook book, AlertLog log, Clock clock, ZoneId zone) {
        this.book = book;
        this.log = log;
        this.clock = clock;
        this.zone = zone;
    }

    /** The checklist as the last {@link #check()} found it (empty before the first), for the user's alert rules. */
    public List<PolicyCheck> latest() {
        return latest;
    }

    /** Evaluates the policy and records what changed since the last check; returns the new events. */
    public synchronized List<AlertLog.Event> check() {
        List<PolicyCheck> checks = PolicyChecks.evaluate(book.state(), LocalDate.now(clock.withZone(zone)));
        latest = List.copyOf(checks);
        Map<String, Boolean> firing = log.firingByRule();
        List<AlertLog.Event> events = new ArrayList<>();
        long now = clock.millis();
        for (PolicyCheck c : checks) {
            String rule = RULE_PREFIX + c.id();
            boolean wasFiring = firing.getOrDefault(rule, false);
            if (!c.passed() && !wasFiring) {
                events.add(new AlertLog.Event(0, now, rule, true, "Policy failing: " + c.title() + " (" + c.detail() + ")"));
            } else if (c.passed() && wasFiring) {
                events.add(new AlertLog.Event(0, now, rule, false, "Policy passes again: " + c.title() + " (" + c.detail() + ")"));
            }
        }
        log.append(events);
        return events;
    }
}
