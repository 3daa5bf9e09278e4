package org.umbra.ledger.chain;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.umbra.ledger.Amounts;
import org.umbra.ledger.ChainChecks;
import org.umbra.ledger.Holding;
import org.umbra.market.http.SourceException;

/**
 * Checks a holding's watch-only addresses and keys against the chain and keeps the result. Only addresses
 * leave the machine: keys are expanded to addresses here (ChainVerifier).
 */
public final class HoldingVerifier {
    private final ChainVerifier verifier;
    private final ChainChecks checks;
    private final Clock clock;

    public HoldingVerifier(ChainVerifier verifier, ChainChecks checks, Clock clock) {
        this.verifier = verifier;
        this.checks = checks;
        this.clock = clock;
    }

    /** Queries the explorer (slow: one request per address, paced), stores and returns the check. */
    public ChainChecks.Check verify(Holding h) throws SourceException {
        if (h.watch().isEmpty()) {
            throw new IllegalArgumentException("'" + h.label() + "' has no watch-only address or key to verify");
        }
        Verification v = verifier.verify(WatchEntries.addresses(h.watch()), WatchEntries.extendedKeys(h.watch()));
        ChainChecks.Check c = new ChainChecks.Check(h.id(), clock.millis(), v.tipHeight(), v.tipTimeMs(), v.confirmedSats(),
                v.unconfirmedSats(), v.addressesQueried());
        checks.record(c);
        return c;
    }

    /** "verified: 0.5 BTC at block 870,123, 2026-11-21 14:03" or the mismatch against what was entered. */
    public static String describe(ChainChecks.Check c, Long enteredSats, ZoneId zone) {
        String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(zone).format(Instant.ofEpochMilli(c.tipTimeMs()));
        String at = " at block " + String.format(Locale.ROOT, "%,d", c.tipHeight()) + ", " + when;
        String pending = c.unconfirmedSats() != 0 ? " (" + Amounts.btcPlain(Math.abs(c.unconfirmedSats())) + " BTC "
                + (c.unconfirmedSats() > 0 ? "incoming" : "outgoing") + ", unconfirmed)" : "";
        if (enteredSats == null || c.matches(enteredSats)) {
            return "verified: " + Amounts.btcPlain(c.confirmedSats()) + " BTC" + at + pending;
        }
        return "mismatch: the chain holds " + Amounts.btcPlain(c.confirmedSats()) + " BTC" + at + ", entered "
                + Amounts.btcPlain(enteredSats) + " BTC" + pending;
    }
}
