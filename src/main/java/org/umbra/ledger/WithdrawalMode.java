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
        return Ids.of(this);
    }

    public static WithdrawalMode fromId(String id) {
        return Ids.parse(values(), id, "withdrawal mode");
    }
}
