package org.umbra.ledger;

/** How a custodian lets coins out: the first question of an exit path. */
public enum WithdrawalMode {
    INSTANT("Instant"),
    MANUAL_REVIEW("Manual review"),
    NONE("None (cannot withdraw coins)"),
    UNKNOWN("Not recorded yet");

    private final String title;

    WithdrawalMode(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static WithdrawalMode fromId(String id) {
        for (WithdrawalMode m : values()) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown withdrawal mode '" + id + "'");
    }
}
