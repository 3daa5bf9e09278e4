package org.umbra.ledger;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the add/edit dialog (or an import) hands over as text, checked field by field: either a holding or a
 * message per field that is wrong, so the dialog shows each next to its field and keeps what was typed.
 */
public record HoldingForm(String label, String amount, Amounts.Unit unit, String asset, Ledger ledger, Rights rights,
        InstrumentKind kind, String venue, String opened, String tags, String note, String watch) {

    /** The fields, for messages next to them. */
    public enum Field {
        LABEL, AMOUNT, ASSET, LEDGER, RIGHTS, KIND, VENUE, OPENED, TAGS, NOTE, WATCH
    }

    /** A holding, or the problems by field (never both). */
    public record Result(Holding holding, Map<Field, String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static final int MAX_LABEL = 120;
    public static final int MAX_TAG = 40;

    /** The form filled from a stored holding, for editing. */
    public static HoldingForm of(Holding h) {
        return new HoldingForm(h.label(), h.amountSats() == null ? "" : Amounts.btcPlain(h.amountSats()), Amounts.Unit.BTC, h.asset(),
                h.ledger(), h.rights(), h.kind(), h.venue(), h.opened() == null ? "" : h.opened().toString(), String.join(", ", h.tags()),
                h.note(), String.join("\n", h.watch()));
    }

    /**
     * Checks every field. {@code base} is the holding being edited (its id and outpoints are kept), or null for
     * a new one; {@code today} bounds the opened date.
     */
    public Result check(Holding base, LocalDate today, WatchCheck watchCheck) {
        Map<Field, String> problems = new EnumMap<>(Field.class);
        String cleanLabel = label == null ? "" : label.strip();
        if (cleanLabel.isEmpty()) {
            problems.put(Field.LABEL, "Label: give the holding a name (e.g. 'Cold wallet', 'Kraken spot')");
        } else if (cleanLabel.length() > MAX_LABEL) {
            problems.put(Field.LABEL, "Label: at most " + MAX_LABEL + " characters (" + cleanLabel.length() + " now)");
        }
        if (ledger == null) {
            problems.put(Field.LEDGER, "Ledger: choose settlement, working or yield");
        }
        if (rights == null) {
            problems.put(Field.RIGHTS, "Rights: choose finality, claim or exposure");
        }
        if (kind == null) {
            problems.put(Field.KIND, "Instrument: choose what form the holding takes");
        }
        String cleanAsset = asset == null || asset.isBlank() ? "BTC" : asset.strip();
        if (cleanAsset.length() > 20 || !cleanAsset.matches("[A-Za-z0-9.\\-]+")) {
            problems.put(Field.ASSET, "Asset: a short ticker such as BTC, cbBTC, WBTC or IBIT");
        }
        List<String> watchList = split(watch, "[\\s,;]+");
        for (String entry : watchList) {
            String p = watchCheck.problem(entry);
            if (p != null) {
                problems.put(Field.WATCH, "Watch-only '" + shorten(entry) + "': " + p);
                break;
            }
        }
        Long sats = null;
        if (amount == null || amount.isBlank()) {
            if (rights != Rights.FINALITY || watchList.isEmpty()) {
                problems.put(Field.AMOUNT, "Amount: enter an amount (it may be left empty only for coins under your key with an"
                        + " address to verify)");
            }
        } else {
            Amounts.Parsed parsed = Amounts.parse(amount, unit == null ? Amounts.Unit.BTC : unit);
            if (parsed.ok()) {
                sats = parsed.sats();
            } else {
                problems.put(Field.AMOUNT, "Amount: " + parsed.problem());
            }
        }
        String cleanVenue = venue == null ? "" : venue.strip();
        if (cleanVenue.isEmpty() && rights != null && rights != Rights.FINALITY) {
            problems.put(Field.VENUE, "Venue: name who holds it (an exchange, custodian, fund or platform): its exit path is kept"
                    + " under that name");
        } else if (cleanVenue.length() > 80) {
            problems.put(Field.VENUE, "Venue: at most 80 characters");
        }
        LocalDate openedDate = null;
        if (opened != null && !opened.isBlank()) {
            try {
                openedDate = LocalDate.parse(opened.strip());
                if (openedDate.isAfter(today)) {
                    problems.put(Field.OPENED, "Opened: " + openedDate + " is in the future");
                }
            } catch (DateTimeParseException e) {
                problems.put(Field.OPENED, "Opened: '" + opened.strip() + "' is not a date (YYYY-MM-DD)");
            }
        }
        List<String> tagList = split(tags, "\\s*,\\s*");
        for (String t : tagList) {
            if (t.length() > MAX_TAG) {
                problems.put(Field.TAGS, "Tags: '" + shorten(t) + "' is longer than " + MAX_TAG + " characters");
            }
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        Holding h = new Holding(base == null ? 0 : base.id(), cleanLabel, sats, cleanAsset, ledger, rights, kind, cleanVenue, openedDate,
                tagList, note == null ? "" : note.strip(), watchList, base == null ? List.of() : base.outpoints());
        return new Result(h, Map.of());
    }

    private static List<String> split(String text, String separators) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String part : text.strip().split(separators)) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return new ArrayList<>(out);
    }

    private static String shorten(String s) {
        return s.length() <= 24 ? s : s.substring(0, 12) + "…" + s.substring(s.length() - 8);
    }
}
