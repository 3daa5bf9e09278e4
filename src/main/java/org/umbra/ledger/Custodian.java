package org.umbra.ledger;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A venue or custodian that holds a claim of the user's, with its exit path: how coins come out, whether it
 * ever stopped them, the other way out if the site closed, and the steps back to a UTXO under the user's key.
 */
public record Custodian(String name, WithdrawalMode withdrawalMode, List<Halt> halts, String alternativeRoute,
        List<String> exitSteps, List<ExitDrill> drills, String note) {

    /** A withdrawal halt the user knows of. */
    public record Halt(LocalDate date, String note) {
    }

    public Custodian {
        name = name == null ? "" : name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a custodian needs a name");
        }
        withdrawalMode = withdrawalMode == null ? WithdrawalMode.UNKNOWN : withdrawalMode;
        halts = halts == null ? List.of() : List.copyOf(halts);
        alternativeRoute = alternativeRoute == null ? "" : alternativeRoute.strip();
        exitSteps = exitSteps == null ? List.of() : exitSteps.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        drills = drills == null ? List.of() : List.copyOf(drills);
        note = note == null ? "" : note;
    }

    /** A profile with nothing recorded yet, for a venue first named on a holding. */
    public static Custodian named(String name) {
        return new Custodian(name, WithdrawalMode.UNKNOWN, List.of(), "", List.of(), List.of(), "");
    }

    /** The key custodians are matched by: venue names on holdings match whatever their case and spacing. */
    public static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    public String key() {
        return key(name);
    }

    /** An exit path exists when the steps back to a UTXO under the user's key are written down. */
    public boolean hasExitPath() {
        return !exitSteps.isEmpty();
    }

    public Optional<ExitDrill> lastDrill() {
        return drills.stream().max(Comparator.comparing(ExitDrill::date));
    }

    public Custodian withDrill(ExitDrill drill) {
        List<ExitDrill> more = new java.util.ArrayList<>(drills);
        more.add(drill);
        return new Custodian(name, withdrawalMode, halts, alternativeRoute, exitSteps, more, note);
    }

    public Custodian withHalt(Halt halt) {
        List<Halt> more = new java.util.ArrayList<>(halts);
        more.add(halt);
        return new Custodian(name, withdrawalMode, more, alternativeRoute, exitSteps, drills, note);
    }
}
