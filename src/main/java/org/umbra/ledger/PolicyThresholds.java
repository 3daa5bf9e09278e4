package org.umbra.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * The user's own rules for the split of their BTC. The defaults follow the three-ledger idea: a small yield
 * ledger, at least half in settlement, and every claim with a rehearsed exit.
 *
 * @param yieldMaxPercent      the yield ledger holds at most this share of all BTC
 * @param settlementMinPercent the settlement ledger holds at least this share
 * @param drillMaxAgeDays      a venue holding more than {@code drillVenueMinPercent} needs a drill this recent
 * @param drillVenueMinPercent the share of all BTC above which a venue must be drilled
 */
public record PolicyThresholds(double yieldMaxPercent, double settlementMinPercent, int drillMaxAgeDays, double drillVenueMinPercent) {

    public static PolicyThresholds defaults() {
        return new PolicyThresholds(10, 50, 90, 5);
    }

    /** Every problem, each naming the threshold; empty when they can be used. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        if (!(yieldMaxPercent >= 0 && yieldMaxPercent <= 100)) {
            out.add("Yield ledger maximum: " + yieldMaxPercent + " % is outside 0–100 %");
        }
        if (!(settlementMinPercent >= 0 && settlementMinPercent <= 100)) {
            out.add("Settlement ledger minimum: " + settlementMinPercent + " % is outside 0–100 %");
        }
        if (drillMaxAgeDays < 1 || drillMaxAgeDays > 3650) {
            out.add("Drill age: " + drillMaxAgeDays + " days is outside 1–3650 days");
        }
        if (!(drillVenueMinPercent >= 0 && drillVenueMinPercent <= 100)) {
            out.add("Drill venue share: " + drillVenueMinPercent + " % is outside 0–100 %");
        }
        if (yieldMaxPercent + settlementMinPercent > 100 && out.isEmpty()) {
            out.add("Yield maximum plus settlement minimum is over 100 %: both cannot pass");
        }
        return out;
    }
}
