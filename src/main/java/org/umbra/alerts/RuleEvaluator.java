package org.umbra.alerts;

import java.util.Optional;
import org.umbra.store.AlertLog;

/**
 * One rule, one evaluation: (rule, inputs, previous state) → next state and the event to record, if any. A rule fires
 * when its condition starts holding, unless it fired less than its cooldown ago (it then fires once the cooldown has
 * passed, if the condition still holds); it clears when the condition stops holding, cooldown or not. Unknown inputs
 * change nothing. A disabled rule that was firing clears.
 */
public final class RuleEvaluator {
    private RuleEvaluator() {
    }

    public record Outcome(RuleState next, Optional<AlertLog.Event> event) {
    }

    public static Outcome evaluate(AlertRule rule, AlertInputs in, RuleState previous) {
        long now = in.nowMs();
        if (!rule.enabled()) {
            return previous.firing()
                    ? new Outcome(new RuleState(false, previous.lastFiredMs()), Optional.of(event(rule, now, false, rule.describe() + ": rule switched off")))
                    : new Outcome(previous, Optional.empty());
        }
        Optional<Reading> reading = RuleConditions.read(rule, in);
        if (reading.isEmpty()) {
            return new Outcome(previous, Optional.empty());
        }
        Reading r = reading.get();
        if (r.met() && !previous.firing()) {
            boolean cooling = previous.lastFiredMs() > 0 && now - previous.lastFiredMs() < rule.cooldownMs();
            return cooling ? new Outcome(previous, Optional.empty())
                    : new Outcome(new RuleState(true, now), Optional.of(event(rule, now, true, r.message())));
        }
        if (!r.met() && previous.firing()) {
            return new Outcome(new RuleState(false, previous.lastFiredMs()), Optional.of(event(rule, now, false, r.message())));
        }
        return new Outcome(previous, Optional.empty());
    }

    private static AlertLog.Event event(AlertRule rule, long at, boolean firing, String message) {
        return new AlertLog.Event(0, at, rule.ruleKey(), firing, message);
    }
}
