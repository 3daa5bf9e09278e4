package org.umbra.ledger;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The user's thresholds checked against the ledger as it stands: pass or fail, each with its numbers. */
public final class PolicyChecks {
    private PolicyChecks() {
    }

    public static List<PolicyCheck> evaluate(LedgerState state, LocalDate today) {
        PolicyThresholds t = state.thresholds();
        long total = state.totalSats();
        List<PolicyCheck> out = new ArrayList<>();
        double yield = share(state.sats(Ledger.YIELD), total);
        out.add(new PolicyCheck("yield-max", "Yield ledger at most " + pct(t.yieldMaxPercent()) + " of BTC",
                total == 0 || yield <= t.yieldMaxPercent(), total == 0 ? "no BTC entered yet"
                        : "yield holds " + pct(yield) + " (" + Amounts.btc(state.sats(Ledger.YIELD)) + " of " + Amounts.btc(total) + " BTC)"));
        double settlement = share(state.sats(Ledger.SETTLEMENT), total);
        out.add(new PolicyCheck("settlement-min", "Settlement ledger at least " + pct(t.settlementMinPercent()) + " of BTC",
                total == 0 || settlement >= t.settlementMinPercent(), total == 0 ? "no BTC entered yet"
                        : "settlement holds " + pct(settlement) + " (" + Amounts.btc(state.sats(Ledger.SETTLEMENT)) + " BTC)"));

        List<String> noExit = new ArrayList<>();
        for (Holding h : state.holdings()) {
            if (h.rights() == Rights.CLAIM && !state.custodian(h.venue()).map(Custodian::hasExitPath).orElse(false)) {
                String name = h.held() ? h.venue() : "'" + h.label() + "' (no venue)";
                if (!noExit.contains(name)) {
                    noExit.add(name);
                }
            }
        }
        long claims = state.holdings().stream().filter(h -> h.rights() == Rights.CLAIM).count();
        out.add(new PolicyCheck("claims-exit", "Every claim has an exit path", noExit.isEmpty(), noExit.isEmpty()
                ? (claims == 0 ? "no claims held" : claims + " claim(s), every venue has its steps written down")
                : "no exit path for " + String.join(", ", noExit)));

        List<String> overdue = new ArrayList<>();
        int due = 0;
        for (Custodian venue : state.venues()) {
            if (!drillDue(state, venue)) {
                continue;
            }
            due++;
            if (drillTooOld(state, venue, today)) {
                Optional<ExitDrill> last = venue.lastDrill();
                String when = last.map(d -> "last " + ChronoUnit.DAYS.between(d.date(), today) + " days ago").orElse("never drilled");
                overdue.add(venue.name() + " (" + pct(share(state.claimSatsAt(venue.name()), total)) + ", " + when + ")");
            }
        }
        out.add(new PolicyCheck("drills", "A drill in the last " + t.drillMaxAgeDays() + " days for each venue holding claims over "
                + pct(t.drillVenueMinPercent()), overdue.isEmpty(), overdue.isEmpty()
                ? (due == 0 ? "no venue holds more than " + pct(t.drillVenueMinPercent()) : due + " venue(s) drilled in time")
                : "overdue: " + String.join(", ", overdue)));
        return out;
    }

    /**
     * Whether the venue must be drilled: it holds claims worth more than the threshold's share of all BTC.
     * Exposure (ETF shares, perps) is left out: it has no way back to a coin to rehearse.
     */
    public static boolean drillDue(LedgerState state, Custodian venue) {
        long total = state.totalSats();
        long claims = state.claimSatsAt(venue.name());
        return total > 0 && claims > 0 && share(claims, total) > state.thresholds().drillVenueMinPercent();
    }

    /** A drill is due and the last one is older than the threshold (or there was none). */
    public static boolean drillOverdue(LedgerState state, Custodian venue, LocalDate today) {
        return drillDue(state, venue) && drillTooOld(state, venue, today);
    }

    private static boolean drillTooOld(LedgerState state, Custodian venue, LocalDate today) {
        long age = venue.lastDrill().map(d -> ChronoUnit.DAYS.between(d.date(), today)).orElse(Long.MAX_VALUE);
        return age > state.thresholds().drillMaxAgeDays();
    }

    /** The part of the user's BTC that is not finality, in percent; 0 when nothing is entered. */
    public static double shadowSharePercent(LedgerState state) {
        long total = state.totalSats();
        return total == 0 ? 0 : share(total - state.sats(Rights.FINALITY), total);
    }

    static double share(long part, long total) {
        return total == 0 ? 0 : 100.0 * part / total;
    }

    private static String pct(double percent) {
        return String.format(Locale.ROOT, percent == Math.rint(percent) ? "%.0f %%" : "%.1f %%", percent);
    }
}
