package org.umbra.alerts;

/**
 * Where a rule stands between evaluations.
 *
 * @param firing      whether its last event was "firing"
 * @param lastFiredMs when it last fired; 0 never
 */
public record RuleState(boolean firing, long lastFiredMs) {
    public static final RuleState QUIET = new RuleState(false, 0);
}
