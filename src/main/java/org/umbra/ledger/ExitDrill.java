package org.umbra.ledger;

import java.time.LocalDate;

/**
 * One rehearsal of an exit path: the user moved (a little) BTC from the venue to a UTXO under their key.
 *
 * @param steps   what was done, in the user's words
 * @param minutes how long it took from the first click to the coins confirmed on chain
 */
public record ExitDrill(LocalDate date, String steps, int minutes, Outcome outcome, String note) {
    /** How the drill ended. */
    public enum Outcome {
        COMPLETED("Completed: coins arrived under my key"),
        DELAYED("Completed, but held for review or delayed"),
        FAILED("Failed: the coins did not come out");

        private final String title;

        Outcome(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    public ExitDrill {
        if (date == null || outcome == null) {
            throw new IllegalArgumentException("a drill needs a date and an outcome");
        }
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes must not be negative");
        }
        steps = steps == null ? "" : steps.strip();
        note = note == null ? "" : note;
    }
}
