package org.umbra.ui.policy;

import java.util.Objects;

/** The stylesheet of the ledger views, added to each view's own root so the shell's sheets stay as they are. */
public final class LedgerStyles {
    public static final String SHEET = Objects.requireNonNull(LedgerStyles.class.getResource("ledger-views.css"), "ledger-views.css")
            .toExternalForm();

    private LedgerStyles() {
    }
}
