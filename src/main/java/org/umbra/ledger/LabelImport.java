package org.umbra.ledger;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.umbra.ledger.bip329.Bip329Writer;
import org.umbra.ledger.bip329.LabelRecord;
import org.umbra.ledger.bip329.LabelType;
import org.umbra.ledger.bip329.ReadResult;

/**
 * Binds wallet labels (BIP-329) to the ledger. Every accepted record is kept as a label (so an export gives it
 * back). An {@code addr} or {@code xpub} record whose ref is watched by a holding, or an {@code output} record
 * whose outpoint a holding holds, is attached to that holding. Those matching no holding become watch-only
 * settlement holdings (finality, amount unknown until verified): one per {@code origin} (a wallet account), or
 * one per record without an origin, named by the xpub's label, else the first label, else the ref.
 * A record without a label leaves a stored label unchanged, as the spec asks.
 */
public final class LabelImport {
    /** What an import would do, for the preview and the command line. */
    public record Plan(ReadResult read, List<Change> changes, int labelsNew, int labelsChanged, int attached, int holdingsCreated) {
        public String summary() {
            return read.accepted().size() + " accepted, " + read.rejected().size() + " rejected, " + read.skipped().size()
                    + " skipped (unknown type): " + labelsNew + " new label(s), " + labelsChanged + " changed, " + attached
                    + " attached to holdings, " + holdingsCreated + " watch-only holding(s) created";
        }
    }

    private LabelImport() {
    }

    /** The changes importing {@code read} into {@code state} makes; {@code source} names the file for the notes. */
    public static Plan plan(ReadResult read, LedgerState state, String source) {
        List<Change> changes = new ArrayList<>();
        int labelsNew = 0;
        int labelsChanged = 0;
        int attached = 0;
        Map<String, List<LabelRecord>> newHoldings = new LinkedHashMap<>();
        for (ReadResult.Accepted a : read.accepted()) {
            LabelRecord r = a.record();
            String key = LedgerState.labelKey(r.type().wireName(), r.ref(), r.origin());
            JsonObject stored = state.labels().get(key);
            JsonObject json = json(r);
            if (r.label() == null && stored != null && stored.has("label")) {
                json.add("label", stored.get("label")); // Absent label: keep ours.
            }
            if (stored == null) {
                labelsNew++;
                changes.add(Change.label(json));
            } else if (!stored.equals(json)) {
                labelsChanged++;
                changes.add(Change.label(json));
            }
            if (r.type() == LabelType.ADDR || r.type() == LabelType.XPUB || r.type() == LabelType.OUTPUT) {
                if (holdingFor(state, r).isPresent()) {
                    attached++;
                } else {
                    String group = r.origin() != null ? "origin " + r.origin() : "line " + a.line();
                    newHoldings.computeIfAbsent(group, g -> new ArrayList<>()).add(r);
                }
            }
        }
        long nextId = state.nextHoldingId();
        for (Map.Entry<String, List<LabelRecord>> g : newHoldings.entrySet()) {
            changes.add(Change.holding(watchOnly(nextId++, g.getValue(), source)));
        }
        return new Plan(read, changes, labelsNew, labelsChanged, attached, newHoldings.size());
    }

    /** The holding a record belongs to: the one watching its address or key, or holding its outpoint. */
    public static Optional<Holding> holdingFor(LedgerState state, LabelRecord r) {
        String ref = normal(r.ref());
        for (Holding h : state.holdings()) {
            List<String> refs = r.type() == LabelType.OUTPUT ? h.outpoints() : h.watch();
            if (refs.stream().anyMatch(x -> normal(x).equals(ref))) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    private static Holding watchOnly(long id, List<LabelRecord> records, String source) {
        List<String> watch = new ArrayList<>();
        List<String> outpoints = new ArrayList<>();
        String label = null;
        for (LabelRecord r : records) {
            (r.type() == LabelType.OUTPUT ? outpoints : watch).add(r.ref());
            if (r.label() != null && !r.label().isBlank() && (label == null || r.type() == LabelType.XPUB)) {
                label = r.label();
            }
        }
        if (label == null) {
            String ref = records.get(0).ref();
            label = "Watch-only " + (ref.length() > 16 ? ref.substring(0, 10) + "…" + ref.substring(ref.length() - 4) : ref);
        }
        if (label.length() > HoldingForm.MAX_LABEL) {
            label = label.substring(0, HoldingForm.MAX_LABEL - 1) + "…";
        }
        String origin = records.get(0).origin();
        String note = "Created by a BIP-329 import of " + source + (origin != null ? " (wallet " + origin + ")" : "")
                + ". Amount unknown until verified on chain.";
        return new Holding(id, label, null, "BTC", Ledger.SETTLEMENT, Rights.FINALITY, InstrumentKind.ONCHAIN, "", null, List.of("bip329"),
                note, watch, outpoints);
    }

    /** Bech32 is case-insensitive and wallets write it lower case; base58 and hex refs compare as written. */
    private static String normal(String ref) {
        String lower = ref.toLowerCase(Locale.ROOT);
        return lower.startsWith("bc1") || lower.startsWith("tb1") || lower.startsWith("bcrt1") ? lower : ref;
    }

    static JsonObject json(LabelRecord r) {
        try {
            return JsonParser.parseString(Bip329Writer.line(r)).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
