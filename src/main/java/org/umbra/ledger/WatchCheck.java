package org.umbra.ledger;

/** Checks one watch-only entry (an address or an extended public key) as the user typed it. */
@FunctionalInterface
public interface WatchCheck {
    /** Null when the entry can be watched, else the reason in the user's words. */
    String problem(String entry);
}
