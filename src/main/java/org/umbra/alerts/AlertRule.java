package org.umbra.alerts;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.umbra.market.Asset;
import org.umbra.marketdata.Venue;

/**
 * A rule the user set. Parameters a kind does not use are null (asset, venue, source) or 0.
 *
 * @param id         0 until stored
 * @param venue      a perpetual venue's id, or {@link #AGGREGATE} for the OI-weighted funding of all venues
 * @param threshold  %/yr (funding), % (OI change, either way), score points (risk)
 * @param windowMs   the OI change window; how long a discount or a failing source lasts before it fires; how recent a flip
 * @param source     a source id, or {@link #ANY_SOURCE}
 * @param cooldownMs after firing, the rule does not fire again within this span (it still records when it clears)
 */
public record AlertRule(long id, AlertKind kind, Asset asset, String venue, double threshold, long windowMs, String source,
        boolean enabled, long cooldownMs) {
    public static final String AGGREGATE = "aggregate";
    public static final String ANY_SOURCE = "any";
    public static final long DEFAULT_COOLDOWN_MS = 3_600_000L;
    /** Events of these rules in {@code alert_event} are named {@code rule:<id>}. */
    public static final String RULE_PREFIX = "rule:";

    public String ruleKey() {
        return RULE_PREFIX + id;
    }

    public AlertRule withId(long newId) {
        return new AlertRule(newId, kind, asset, venue, threshold, windowMs, source, enabled, cooldownMs);
    }

    public AlertRule withEnabled(boolean on) {
        return new AlertRule(id, kind, asset, venue, threshold, windowMs, source, on, cooldownMs);
    }

    /** What is wrong with it, by field ({@code asset}, {@code venue}, {@code threshold}, {@code window}, {@code source}, {@code cooldown}). */
    public Map<String, String> problems() {
        Map<String, String> out = new LinkedHashMap<>();
        if (kind == null) {
            out.put("kind", "choose a kind of alert");
            return out;
        }
        if (kind.usesAsset() && asset == null) {
            out.put("asset", "choose BTC or ETH");
        }
        if (kind.usesVenue() && !AGGREGATE.equals(venue) && Venue.byId(venue == null ? "" : venue).filter(Venue::perpetual).isEmpty()) {
            out.put("venue", "'" + (venue == null ? "" : venue) + "' is not a perpetual venue or '" + AGGREGATE + "'");
        }
        if (kind.usesThreshold()) {
            if (!Double.isFinite(threshold)) {
                out.put("threshold", "must be a number");
            } else if (kind == AlertKind.OI_CHANGE && threshold <= 0) {
                out.put("threshold", "must be above 0 % (a change either way beyond it fires)");
            } else if (kind == AlertKind.RISK_ABOVE && (threshold < 0 || threshold >= 100)) {
                out.put("threshold", "must be from 0 to below 100 (the score's range)");
            } else if ((kind == AlertKind.FUNDING_ABOVE || kind == AlertKind.FUNDING_BELOW) && Math.abs(threshold) > 10_000) {
                out.put("threshold", "must be within ±10000 %/yr");
            }
        }
        if (kind.usesWindow() && (windowMs <= 0 || windowMs > 90L * 24 * 3_600_000L)) {
            out.put("window", "must be from 1 minute to 90 days");
        }
        if (kind.usesSource() && (source == null || source.isBlank())) {
            out.put("source", "choose a source or '" + ANY_SOURCE + "'");
        }
        if (cooldownMs < 0 || cooldownMs > 30L * 24 * 3_600_000L) {
            out.put("cooldown", "must be from 0 to 30 days");
        }
        return out;
    }

    /** What it watches, in words: "BTC funding (OI-weighted) above 30 %/yr". */
    public String describe() {
        return switch (kind) {
            case FUNDING_ABOVE -> asset + " funding (" + venueLabel(venue) + ") above " + plain(threshold) + " %/yr";
            case FUNDING_BELOW -> asset + " funding (" + venueLabel(venue) + ") below " + plain(threshold) + " %/yr";
            case OI_CHANGE -> asset + " open interest change over " + Durations.words(windowMs) + " beyond ±" + plain(threshold) + " %";
            case DISCOUNT -> asset + " premium below zero for " + Durations.words(windowMs) + " or longer";
            case RISK_ABOVE -> asset + " risk score above " + plain(threshold);
            case FUNDING_FLIP -> asset + " funding (" + venueLabel(venue) + ") sign flip within " + Durations.words(windowMs);
            case POLICY_FAILING -> "Any ledger policy check failing";
            case SOURCE_FAILING -> (ANY_SOURCE.equals(source) ? "Any source" : source) + " failing for " + Durations.words(windowMs) + " or longer";
        };
    }

    static String venueLabel(String venue) {
        return AGGREGATE.equals(venue) ? "OI-weighted" : Venue.byId(venue).map(Venue::label).orElse(venue);
    }

    /** A threshold as typed: 30 → "30", 12.5 → "12.5". */
    public static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
