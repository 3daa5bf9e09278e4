package org.umbra.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scrubs what identifies the user's holdings from text that leaves the machine (the diagnostics a user pastes into
 * a bug report): every address, extended key and outpoint the ledger watches, its labels, notes and tags, and
 * every amount, by value; and anything that merely looks like an address, a key, a transaction id or an amount of
 * bitcoin, for what the ledger does not know. Over-redacting a number is acceptable; leaking a holding is not.
 */
public final class PrivateText {
    static final String MARK = "[redacted]";
    private static final List<Pattern> LOOKS_PRIVATE = List.of(
            // bech32/bech32m addresses, any network (bc, tb, bcrt), either case.
            Pattern.compile("(?i)\\b(bc|tb|bcrt)1[02-9ac-hj-np-z]{6,87}\\b"),
            // Extended keys (xpub, ypub, zpub, tpub, upub, vpub and the private forms, named to be refused).
            Pattern.compile("\\b[xyztuvXYZTUV]p(ub|rv)[1-9A-HJ-NP-Za-km-z]{60,120}\\b"),
            // Base58 legacy and P2SH addresses, mainnet and testnet.
            Pattern.compile("\\b[123mn][1-9A-HJ-NP-Za-km-z]{25,34}\\b"),
            // Transaction ids and outpoints.
            Pattern.compile("(?i)\\b[0-9a-f]{64}(:\\d+)?\\b"),
            // Amounts written with a bitcoin unit.
            Pattern.compile("(?i)[-+]?\\d[\\d,._ ]*\\s*(btc|sats?|satoshis?|₿)\\b"));

    private final List<String> known;

    private PrivateText(List<String> known) {
        this.known = known;
    }

    /** A scrubber for the holdings in {@code state}; {@link #generic()} when there is no ledger at hand. */
    public static PrivateText of(LedgerState state) {
        Set<String> secrets = new LinkedHashSet<>();
        for (Holding h : state.holdings()) {
            secrets.addAll(h.watch());
            secrets.addAll(h.outpoints());
            secrets.addAll(h.tags());
            secrets.add(h.label());
            secrets.add(h.note());
            if (h.amountSats() != null) {
                secrets.add(Long.toString(h.amountSats()));
                secrets.add(Amounts.btc(h.amountSats()));
                secrets.add(Amounts.btcPlain(h.amountSats()));
            }
        }
        state.labels().keySet().forEach(secrets::add);
        state.labels().values().forEach(l -> {
            if (l.has("label") && l.get("label").isJsonPrimitive()) {
                secrets.add(l.get("label").getAsString());
            }
            if (l.has("ref") && l.get("ref").isJsonPrimitive()) {
                secrets.add(l.get("ref").getAsString());
            }
        });
        List<String> known = new ArrayList<>();
        for (String s : secrets) {
            if (s != null && s.strip().length() >= 2) { // one letter would redact half of every message
                known.add(s.strip());
            }
        }
        known.sort(Comparator.comparingInt(String::length).reversed()); // the longest first: a label may contain another
        return new PrivateText(List.copyOf(known));
    }

    public static PrivateText generic() {
        return new PrivateText(List.of());
    }

    public String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String out = text;
        for (String secret : known) {
            out = out.replace(secret, MARK);
        }
        for (Pattern p : LOOKS_PRIVATE) {
            out = p.matcher(out).replaceAll(MARK);
        }
        return out;
    }
}
