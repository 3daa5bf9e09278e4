package org.umbra.drill;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.umbra.market.FeedCursor;

/**
 * What one killed child said it did ({@link KillDrillChild}'s lines): whether it started, the ledger changes and
 * polls it confirmed, and what it was doing when it was killed.
 *
 * @param confirmed   change id to the ledger digest the child showed after it, in order
 * @param polledTo    the cursor of the last poll it confirmed, {@link FeedCursor#NONE} when none
 * @param polls       polls confirmed
 * @param inFlight    what it had begun and not confirmed when killed
 * @param inFlightTo  for a poll in flight, the cursor it would have set
 */
record ChildReport(boolean ready, Map<Long, String> confirmed, long polledTo, int polls, InFlight inFlight, long inFlightTo) {

    enum InFlight {
        NOTHING, POLL, CHANGE
    }

    /** Reads the lines; only the last may be cut short by the kill, and any line the child does not write fails. */
    static ChildReport parse(List<String> lines) {
        boolean ready = false;
        Map<Long, String> confirmed = new LinkedHashMap<>();
        long polledTo = FeedCursor.NONE;
        int polls = 0;
        InFlight inFlight = InFlight.NOTHING;
        long inFlightTo = FeedCursor.NONE;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.endsWith(" " + KillDrillChild.END)) {
                if (i < lines.size() - 1) {
                    throw new AssertionError("the child wrote an unfinished line " + (i + 1) + ": '" + line + "'");
                }
                break; // Cut short by the kill: it says nothing.
            }
            String[] w = line.substring(0, line.length() - KillDrillChild.END.length() - 1).split(" ");
            String what = w.length >= 2 && w[0].equals("begin") ? w[0] + " " + w[1] : w[0];
            if (what.equals(KillDrillChild.READY) && w.length == 1) {
                ready = true;
            } else if (what.equals(KillDrillChild.BEGIN_POLL) && w.length == 3) {
                inFlight = InFlight.POLL;
                inFlightTo = Long.parseLong(w[2]) + (DrillPolls.POINTS - 1) * DrillPolls.STEP_MS;
            } else if (what.equals(KillDrillChild.BEGIN_CHANGE) && w.length == 2) {
                inFlight = InFlight.CHANGE;
            } else if (what.equals(KillDrillChild.POLLED) && w.length == 2) {
                polledTo = Long.parseLong(w[1]);
                polls++;
                inFlight = InFlight.NOTHING;
            } else if (what.equals(KillDrillChild.CONFIRMED) && w.length == 3) {
                if (confirmed.put(Long.parseLong(w[1]), w[2]) != null) {
                    throw new AssertionError("change " + w[1] + " was confirmed twice in one run");
                }
                inFlight = InFlight.NOTHING;
            } else if (what.equals(KillDrillChild.UNCHANGED) && w.length == 1) {
                inFlight = InFlight.NOTHING;
            } else {
                throw new AssertionError("the child wrote an unexpected line " + (i + 1) + ": '" + line + "'");
            }
        }
        return new ChildReport(ready, Collections.unmodifiableMap(confirmed), polledTo, polls, inFlight, inFlightTo);
    }

    boolean didWork() {
        return polls > 0 || !confirmed.isEmpty();
    }
}
