package org.umbra.ledger;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The ledger as it stands after a run of history rows: holdings, custodian profiles, wallet labels and the
 * policy thresholds. Derived, never stored: {@link #replay} of the history gives it.
 */
public final class LedgerState {
    public static final String THRESHOLDS_KEY = "thresholds";

    private final Map<Long, Holding> holdings = new TreeMap<>();
    private final Map<String, Custodian> custodians = new TreeMap<>();
    private final Map<String, JsonObject> labels = new LinkedHashMap<>();
    private PolicyThresholds thresholds = PolicyThresholds.defaults();

    public static LedgerState replay(List<LedgerEvent> history) {
        LedgerState s = new LedgerState();
        history.forEach(s::apply);
        return s;
    }

    /** Applies one row; rows come in history order. */
    public void apply(LedgerEvent e) {
        boolean gone = e.action() == LedgerEvent.Action.DELETE;
        switch (e.entity()) {
            case HOLDING -> {
                long id = Long.parseLong(e.key());
                if (gone) {
                    holdings.remove(id);
                } else {
                    holdings.put(id, LedgerJson.holding(e.state()).withId(id));
                }
            }
            case CUSTODIAN -> {
                if (gone) {
                    custodians.remove(e.key());
                } else {
                    custodians.put(e.key(), LedgerJson.custodian(e.state()));
                }
            }
            case LABEL -> {
                if (gone) {
                    labels.remove(e.key());
                } else {
                    labels.put(e.key(), e.state());
                }
            }
            case POLICY -> thresholds = gone ? PolicyThresholds.defaults() : LedgerJson.thresholds(e.state());
        }
    }

    public LedgerState copy() {
        LedgerState c = new LedgerState();
        c.holdings.putAll(holdings);
        c.custodians.putAll(custodians);
        labels.forEach((k, v) -> c.labels.put(k, v.deepCopy()));
        c.thresholds = thresholds;
        return c;
    }

    /** Holdings in the order they were first entered. */
    public List<Holding> holdings() {
        return List.copyOf(holdings.values());
    }

    public Optional<Holding> holding(long id) {
        return Optional.ofNullable(holdings.get(id));
    }

    public List<Holding> holdings(Ledger ledger) {
        return holdings.values().stream().filter(h -> h.ledger() == ledger).toList();
    }

    public long nextHoldingId() {
        return holdings.isEmpty() ? 1 : Collections.max(holdings.keySet()) + 1;
    }

    /** Custodian profiles by {@link Custodian#key}. */
    public Map<String, Custodian> custodians() {
        return Collections.unmodifiableMap(custodians);
    }

    public Optional<Custodian> custodian(String venueName) {
        return Optional.ofNullable(custodians.get(Custodian.key(venueName)));
    }

    /** Every venue named on a holding or profiled, by key, with its profile (or an empty one). */
    public List<Custodian> venues() {
        Map<String, Custodian> all = new TreeMap<>(custodians);
        for (Holding h : holdings.values()) {
            if (h.held()) {
                all.putIfAbsent(Custodian.key(h.venue()), Custodian.named(h.venue()));
            }
        }
        return new ArrayList<>(all.values());
    }

    /** Wallet labels (BIP-329 records as imported or exported) by {@link #labelKey}. */
    public Map<String, JsonObject> labels() {
        return Collections.unmodifiableMap(labels);
    }

    public PolicyThresholds thresholds() {
        return thresholds;
    }

    /**
     * The changes that turn {@code from} into {@code to}: every entity of {@code to} set to its state there, every
     * entity only in {@code from} deleted. Restoring a backup over a ledger this way keeps what it replaces in the
     * history (and Undo brings it back).
     */
    public static List<Change> changesTo(LedgerState from, LedgerState to) {
        List<Change> out = new ArrayList<>();
        for (Holding h : from.holdings()) {
            if (to.holding(h.id()).isEmpty()) {
                out.add(Change.deleteHolding(h.id()));
            }
        }
        to.holdings().forEach(h -> out.add(Change.holding(h)));
        for (String key : from.custodians().keySet()) {
            if (!to.custodians().containsKey(key)) {
                out.add(new Change(LedgerEvent.Entity.CUSTODIAN, key, null));
            }
        }
        to.custodians().values().forEach(c -> out.add(Change.custodian(c)));
        for (String key : from.labels().keySet()) {
            if (!to.labels().containsKey(key)) {
                out.add(new Change(LedgerEvent.Entity.LABEL, key, null));
            }
        }
        to.labels().forEach((key, state) -> out.add(new Change(LedgerEvent.Entity.LABEL, key, state)));
        out.add(Change.thresholds(to.thresholds()));
        return out;
    }

    /** A label record's identity, as BIP-329 keys them: type, ref and origin. */
    public static String labelKey(String type, String ref, String origin) {
        return type + "|" + ref + "|" + (origin == null ? "" : origin);
    }

    public long totalSats() {
        return holdings.values().stream().mapToLong(Holding::knownSats).sum();
    }

    public long sats(Ledger ledger) {
        return holdings.values().stream().filter(h -> h.ledger() == ledger).mapToLong(Holding::knownSats).sum();
    }

    public long sats(Rights rights) {
        return holdings.values().stream().filter(h -> h.rights() == rights).mapToLong(Holding::knownSats).sum();
    }

    /** Claims (not exposure, not finality) held at the named venue, all ledgers. */
    public long claimSatsAt(String venueName) {
        String key = Custodian.key(venueName);
        return holdings.values().stream().filter(h -> h.rights() == Rights.CLAIM && Custodian.key(h.venue()).equals(key))
                .mapToLong(Holding::knownSats).sum();
    }

    /** Held at the named venue, all ledgers. */
    public long satsAt(String venueName) {
        String key = Custodian.key(venueName);
        return holdings.values().stream().filter(h -> Custodian.key(h.venue()).equals(key)).mapToLong(Holding::knownSats).sum();
    }
}
