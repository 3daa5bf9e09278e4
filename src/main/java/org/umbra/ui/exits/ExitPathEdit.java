package org.umbra.ui.exits;

import java.util.List;
import org.umbra.ledger.Custodian;
import org.umbra.ledger.WithdrawalMode;

/**
 * What the exit path form asks to change on a venue's profile: everything but the drills (recorded on their own),
 * and optionally one more halt.
 *
 * @param newHalt a halt to add, or null
 */
record ExitPathEdit(WithdrawalMode mode, String alternativeRoute, List<String> steps, String note, Custodian.Halt newHalt) {

    /** {@code current} with this edit applied; its drills and earlier halts are kept as they are. */
    Custodian applyTo(Custodian current) {
        Custodian edited = new Custodian(current.name(), mode, current.halts(), alternativeRoute, steps, current.drills(), note);
        return newHalt == null ? edited : edited.withHalt(newHalt);
    }
}
