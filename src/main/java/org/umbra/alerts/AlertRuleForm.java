package org.umbra.alerts;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.umbra.market.Asset;

/**
 * A rule as typed (in the Alerts view's form, or on the command line), checked field by field: each wrong field gets
 * a message of its own, named by the field ({@code asset}, {@code venue}, {@code threshold}, {@code window},
 * {@code source}, {@code cooldown}). Fields the kind does not use are ignored.
 */
public record AlertRuleForm(AlertKind kind, String asset, String venue, String threshold, String window, String source, String cooldown,
        boolean enabled) {

    /** A rule, or the messages by field. */
    public record Checked(AlertRule rule, Map<String, String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /**
     * @param id           the id of the rule edited, 0 for a new one
     * @param knownSources the source ids a source rule may name (besides {@link AlertRule#ANY_SOURCE})
     */
    public Checked check(long id, Set<String> knownSources) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (kind == null) {
            errors.put("kind", "choose a kind of alert");
            return new Checked(null, errors);
        }
        Asset a = null;
        if (kind.usesAsset()) {
            try {
                a = Asset.parse(text(asset));
            } catch (IllegalArgumentException e) {
                errors.put("asset", e.getMessage());
            }
        }
        double t = 0;
        if (kind.usesThreshold()) {
            try {
                t = Double.parseDouble(text(threshold).replace(',', '.').replace("%", "").strip());
            } catch (NumberFormatException e) {
                errors.put("threshold", "'" + text(threshold) + "' is not a number");
            }
        }
        long w = 0;
        if (kind.usesWindow()) {
            try {
                w = Durations.parse(window);
            } catch (IllegalArgumentException e) {
                errors.put("window", e.getMessage());
            }
        }
        long c = AlertRule.DEFAULT_COOLDOWN_MS;
        if (!text(cooldown).isEmpty()) {
            try {
                c = Durations.parse(cooldown);
            } catch (IllegalArgumentException e) {
                errors.put("cooldown", e.getMessage());
            }
        }
        String v = kind.usesVenue() ? text(venue).toLowerCase(Locale.ROOT) : null;
        String s = kind.usesSource() ? text(source) : null;
        if (s != null && !s.isEmpty() && !AlertRule.ANY_SOURCE.equals(s) && !knownSources.contains(s)) {
            errors.put("source", "'" + s + "' is not a source; one of " + AlertRule.ANY_SOURCE + ", " + String.join(", ", knownSources.stream().sorted().toList()));
        }
        AlertRule rule = new AlertRule(id, kind, a, v, t, w, s, enabled, c);
        // Range checks (the same the store applies) for the fields that parsed.
        rule.problems().forEach(errors::putIfAbsent);
        return errors.isEmpty() ? new Checked(rule, Map.of()) : new Checked(null, java.util.Collections.unmodifiableMap(errors));
    }

    /** A form showing {@code rule}, to edit it. */
    public static AlertRuleForm of(AlertRule rule) {
        AlertKind k = rule.kind();
        return new AlertRuleForm(k, k.usesAsset() ? rule.asset().name() : "", k.usesVenue() ? rule.venue() : "",
                k.usesThreshold() ? AlertRule.plain(rule.threshold()) : "", k.usesWindow() ? Durations.format(rule.windowMs()) : "",
                k.usesSource() ? rule.source() : "", Durations.format(rule.cooldownMs()), rule.enabled());
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
