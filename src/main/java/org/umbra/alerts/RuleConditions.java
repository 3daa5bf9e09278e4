package org.umbra.alerts;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.umbra.analytics.DiscountEpisodes;
import org.umbra.analytics.SignFlips;
import org.umbra.analytics.TimeSeries;

/**
 * Reads each kind of rule's condition from the inputs; empty when what it needs is unknown. Values are compared
 * strictly (funding exactly at the threshold is not above it); spans inclusively (a discount that has lasted exactly T
 * fires).
 */
public final class RuleConditions {
    /** The OI at the start of a window may be this much older than the window's start, else the change is unknown. */
    static final long OI_MAX_AGE_MS = 2 * 3_600_000L;
    /** Premium points further apart than this end a discount: nothing is known across the gap. */
    static final long PREMIUM_MAX_GAP_MS = 3 * 3_600_000L;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("d MMM HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private RuleConditions() {
    }

    public static Optional<Reading> read(AlertRule rule, AlertInputs in) {
        return switch (rule.kind()) {
            case FUNDING_ABOVE, FUNDING_BELOW -> funding(rule, in.market(rule.asset()));
            case OI_CHANGE -> oiChange(rule, in.market(rule.asset()));
            case DISCOUNT -> discount(rule, in.market(rule.asset()));
            case RISK_ABOVE -> risk(rule, in.market(rule.asset()));
            case FUNDING_FLIP -> flip(rule, in.market(rule.asset()));
            case POLICY_FAILING -> policy(in.failingPolicies());
            case SOURCE_FAILING -> source(rule, in);
        };
    }

    private static Optional<Reading> funding(AlertRule rule, MarketNow m) {
        TimeSeries s = m.fundingPctYr().getOrDefault(rule.venue(), TimeSeries.EMPTY);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        double v = s.values()[s.size() - 1];
        boolean above = rule.kind() == AlertKind.FUNDING_ABOVE;
        boolean met = above ? v > rule.threshold() : v < rule.threshold();
        String what = rule.asset() + " funding (" + AlertRule.venueLabel(rule.venue()) + ") " + String.format(Locale.ENGLISH, "%.1f", v) + " %/yr ";
        String side = above ? "above " : "below ";
        return Optional.of(new Reading(met, what + (met ? side : "no longer " + side) + AlertRule.plain(rule.threshold()) + " %/yr"));
    }

    private static Optional<Reading> oiChange(AlertRule rule, MarketNow m) {
        TimeSeries oi = m.oiUsd();
        if (oi.isEmpty()) {
            return Optional.empty();
        }
        long t = oi.lastTs();
        double now = oi.values()[oi.size() - 1];
        double then = oi.valueAt(t - rule.windowMs(), OI_MAX_AGE_MS);
        if (Double.isNaN(then) || then <= 0 || Double.isNaN(now)) {
            return Optional.empty();
        }
        double pct = (now / then - 1) * 100;
        boolean met = Math.abs(pct) > rule.threshold();
        return Optional.of(new Reading(met, String.format(Locale.ENGLISH, "%s open interest %+.1f %% over %s, %s ±%s %%", rule.asset(), pct,
                Durations.words(rule.windowMs()), met ? "beyond" : "within", AlertRule.plain(rule.threshold()))));
    }

    private static Optional<Reading> discount(AlertRule rule, MarketNow m) {
        TimeSeries p = m.premium();
        if (p.isEmpty()) {
            return Optional.empty();
        }
        // Every spell below zero (threshold 0), so one that has lasted exactly the rule's span is seen and fires.
        List<DiscountEpisodes.Episode> episodes = DiscountEpisodes.find(p, 0, PREMIUM_MAX_GAP_MS);
        DiscountEpisodes.Episode last = episodes.isEmpty() ? null : episodes.get(episodes.size() - 1);
        boolean met = last != null && last.open() && last.durationMs() >= rule.windowMs();
        if (met) {
            return Optional.of(new Reading(true, String.format(Locale.ENGLISH, "%s premium below zero for %s (deepest %.3f %%), at least %s",
                    rule.asset(), Durations.words(last.durationMs()), last.deepest() * 100, Durations.words(rule.windowMs()))));
        }
        return Optional.of(new Reading(false, rule.asset() + " premium " + (p.values()[p.size() - 1] < 0 ? "below zero for less than "
                + Durations.words(rule.windowMs()) : "at or above zero again")));
    }

    private static Optional<Reading> risk(AlertRule rule, MarketNow m) {
        if (Double.isNaN(m.riskScore())) {
            return Optional.empty();
        }
        boolean met = m.riskScore() > rule.threshold();
        return Optional.of(new Reading(met, String.format(Locale.ENGLISH, "%s risk score %.1f %s %s", rule.asset(), m.riskScore(),
                met ? "above" : "no longer above", AlertRule.plain(rule.threshold()))));
    }

    /** A flip fires while the newest flip lies within the window before the newest rate (the data's time, not the wall clock). */
    private static Optional<Reading> flip(AlertRule rule, MarketNow m) {
        TimeSeries s = m.fundingPctYr().getOrDefault(rule.venue(), TimeSeries.EMPTY);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        List<SignFlips.Flip> flips = SignFlips.in(s);
        SignFlips.Flip last = flips.isEmpty() ? null : flips.get(flips.size() - 1);
        String what = rule.asset() + " funding (" + AlertRule.venueLabel(rule.venue()) + ")";
        if (last != null && last.ts() >= s.lastTs() - rule.windowMs()) {
            return Optional.of(new Reading(true, String.format(Locale.ENGLISH, "%s turned %s at %s: %+.1f → %+.1f %%/yr", what,
                    last.direction() == SignFlips.Direction.POSITIVE_TO_NEGATIVE ? "negative" : "positive", UTC.format(Instant.ofEpochMilli(last.ts())),
                    last.before(), last.after())));
        }
        return Optional.of(new Reading(false, what + " has kept its sign for " + Durations.words(rule.windowMs())));
    }

    private static Optional<Reading> policy(List<String> failing) {
        if (failing == null) {
            return Optional.empty();
        }
        return Optional.of(failing.isEmpty() ? new Reading(false, "Ledger policy: every check passes again")
                : new Reading(true, "Ledger policy failing: " + String.join("; ", failing)));
    }

    private static Optional<Reading> source(AlertRule rule, AlertInputs in) {
        List<SourceHealth> watched = AlertRule.ANY_SOURCE.equals(rule.source()) ? List.copyOf(in.sources().values())
                : Optional.ofNullable(in.sources().get(rule.source())).map(List::of).orElse(List.of());
        if (watched.isEmpty()) {
            return Optional.empty();
        }
        Optional<SourceHealth> longest = watched.stream().filter(h -> !h.healthy())
                .min(Comparator.comparingLong(SourceHealth::unhealthySinceMs));
        if (longest.isPresent() && in.nowMs() - longest.get().unhealthySinceMs() >= rule.windowMs()) {
            SourceHealth h = longest.get();
            return Optional.of(new Reading(true, h.sourceId() + " failing for " + Durations.words(in.nowMs() - h.unhealthySinceMs())
                    + ", at least " + Durations.words(rule.windowMs()) + (h.reason() == null || h.reason().isBlank() ? "" : ": " + h.reason())));
        }
        String who = AlertRule.ANY_SOURCE.equals(rule.source()) ? "Every source" : rule.source();
        return Optional.of(new Reading(false, who + " working, or failing for less than " + Durations.words(rule.windowMs())));
    }
}
