package org.umbra.ledger;

/** The three ledgers a user splits their BTC into, each with one job (DOMAIN: "shadow bitcoin"; docs/design.md, Ledger). */
public enum Ledger {
    SETTLEMENT("Settlement", "as close to self-custodied UTXOs as possible: the last firewall"),
    WORKING("Working", "liquidity for trading and payments, judged by exitability, not yield"),
    YIELD("Yield", "a small share put at risk for income: losing all of it must leave the rest untouched");

    private final String title;
    private final String job;

    Ledger(String title, String job) {
        this.title = title;
        this.job = job;
    }

    public String title() {
        return title;
    }

    public String job() {
        return job;
    }

    /** The stored and exported name: {@code settlement}, {@code working}, {@code yield}. */
    public String id() {
        return Ids.of(this);
    }

    public static Ledger fromId(String id) {
        return Ids.parse(values(), id, "ledger");
    }
}
