package org.umbra.ui.ledgers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.umbra.ledger.Amounts;
import org.umbra.ledger.ConsistencyWarnings;
import org.umbra.ledger.Custodian;
import org.umbra.ledger.Holding;
import org.umbra.ledger.Ledger;
import org.umbra.ledger.LedgerState;
import org.umbra.ledger.PolicyChecks;
import org.umbra.ledger.Rights;

/**
 * What the Ledgers view shows for one state of the ledger: per ledger its total, share of the whole and
 * the holdings that pass the filter, each with its amount text and consistency warnings. No JavaFX, so the
 * figures are tested without a window; the view only lays them out.
 */
public final class LedgersViewModel {
    /** The venue filter's entry for coins under the user's own key (holdings with no venue). */
    public static final String OWN_KEY = "own key (no venue)";
    public static final String UNKNOWN_AMOUNT = "unknown until verified";

    /** Which holdings are listed; a null part lets every holding through. */
    public record Filter(Rights rights, String venue, String tag) {
        public static final Filter ALL = new Filter(null, null, null);

        public boolean matches(Holding h) {
            if (rights != null && h.rights() != rights) {
                return false;
            }
            if (venue != null && !(OWN_KEY.equals(venue) ? !h.held() : Custodian.key(h.venue()).equals(Custodian.key(venue)))) {
                return false;
            }
            return tag == null || h.tags().stream().anyMatch(t -> t.equalsIgnoreCase(tag));
        }

        public boolean isAll() {
            return rights == null && venue == null && tag == null;
        }
    }

    /** One listed holding. */
    public record Row(Holding holding, String amount, List<String> warnings) {
        public boolean warned() {
            return !warnings.isEmpty();
        }
    }

    /** One ledger's column: totals over all its holdings (the filter narrows the rows only). */
    public record Column(Ledger ledger, long sats, double sharePercent, List<Row> rows) {
    }

    private final LedgerState state;

    public LedgersViewModel(LedgerState state) {
        this.state = state;
    }

    public LedgerState state() {
        return state;
    }

    /** The three columns in ledger order. */
    public List<Column> columns(Filter filter) {
        long total = state.totalSats();
        List<Column> out = new ArrayList<>();
        for (Ledger l : Ledger.values()) {
            List<Row> rows = state.holdings(l).stream().filter(filter::matches)
                    .map(h -> new Row(h, amount(h), ConsistencyWarnings.of(h, state))).toList();
            long sats = state.sats(l);
            out.add(new Column(l, sats, total == 0 ? 0 : 100.0 * sats / total, rows));
        }
        return out;
    }

    /** Venues named on holdings, in name order, then {@link #OWN_KEY} when some coins have none. */
    public List<String> venuesInUse() {
        TreeMap<String, String> byKey = new TreeMap<>();
        boolean ownKey = false;
        for (Holding h : state.holdings()) {
            if (h.held()) {
                byKey.putIfAbsent(Custodian.key(h.venue()), h.venue());
            } else {
                ownKey = true;
            }
        }
        List<String> out = new ArrayList<>(byKey.values());
        if (ownKey) {
            out.add(OWN_KEY);
        }
        return out;
    }

    /** Tags on any holding, case-insensitively distinct, in alphabetical order. */
    public List<String> tagsInUse() {
        TreeMap<String, String> byKey = new TreeMap<>();
        state.holdings().forEach(h -> h.tags().forEach(t -> byKey.putIfAbsent(t.toLowerCase(Locale.ROOT), t)));
        return new ArrayList<>(byKey.values());
    }

    /** "Total 1.50000000 BTC · shadow share 40 % (not finality)", and how many rows the filter shows. */
    public String summary(Filter filter) {
        int all = state.holdings().size();
        long shown = state.holdings().stream().filter(filter::matches).count();
        return "Total " + Amounts.btc(state.totalSats()) + " BTC · shadow share " + percent(PolicyChecks.shadowSharePercent(state))
                + " (not finality)" + (filter.isAll() ? " · " + all + " holding" + (all == 1 ? "" : "s")
                        : " · showing " + shown + " of " + all + " holdings");
    }

    public static String amount(Holding h) {
        return h.amountSats() == null ? UNKNOWN_AMOUNT : Amounts.btc(h.amountSats());
    }

    /** {@code 12,345 USD} at the stored spot price, or why there is no figure. */
    public static String usd(long sats, OptionalDouble btcUsd) {
        if (btcUsd.isEmpty()) {
            return "USD: no price stored";
        }
        return String.format(Locale.ROOT, "%,.0f USD", Amounts.toBtc(sats) * btcUsd.getAsDouble());
    }

    /** Whole percentages without decimals ({@code 100 %}), others with one ({@code 62.5 %}). */
    public static String percent(double p) {
        double rounded = Math.round(p * 10) / 10.0;
        return String.format(Locale.ROOT, rounded == Math.rint(rounded) ? "%.0f %%" : "%.1f %%", rounded);
    }
}
