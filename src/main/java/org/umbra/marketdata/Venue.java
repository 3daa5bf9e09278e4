package org.umbra.marketdata;

import java.util.List;
import java.util.Optional;

/**
 * A trading venue as the market views show it, whatever source ids its data arrived under
 * (Binance's live API, its public archive and the bundled history are one venue), with how its
 * open interest is counted: summing OI across venues is right only once every venue counts each
 * open contract once.
 */
public enum Venue {
    BINANCE("binance", "Binance", true, 1.0, List.of("binance-futures", "binance-archive", "bundled")),
    /**
     * Bybit documents {@code openInterest} as "the sum of both sides", and its current docs add a
     * {@code singleOpenInterest} field, "the single side", that is exactly half of it in their own
     * example (63,910,691 vs 31,955,346). Stored as published; halved here before any comparison.
     */
    BYBIT("bybit", "Bybit", true, 0.5, List.of("bybit", "bundled")),
    OKX("okx", "OKX", true, 1.0, List.of("okx")),
    DERIBIT("deribit", "Deribit", true, 1.0, List.of("deribit")),
    /** One-sided or two-sided is unsettled (docs/venues/hyperliquid.md): used as served, flagged in the views. */
    HYPERLIQUID("hyperliquid", "Hyperliquid", true, 1.0, List.of("hyperliquid")),
    BITMEX("bitmex", "BitMEX", true, 1.0, List.of("bitmex")),
    /** Dated futures reported weekly by the CFTC: shown on its own step line, never summed with the perps. */
    CME("cme", "CME", false, 1.0, List.of("cftc"));

    private final String id;
    private final String label;
    private final boolean perpetual;
    private final double oneSidedFactor;
    private final List<String> sources;

    Venue(String id, String label, boolean perpetual, double oneSidedFactor, List<String> sources) {
        this.id = id;
        this.label = label;
        this.perpetual = perpetual;
        this.oneSidedFactor = oneSidedFactor;
        this.sources = sources;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** A perpetual swap venue (funding, premium); false for CME's dated futures. */
    public boolean perpetual() {
        return perpetual;
    }

    /** Multiplies the venue's published OI into one-sided OI. */
    public double oneSidedFactor() {
        return oneSidedFactor;
    }

    /** Source ids whose series belong to this venue, most preferred first. */
    public List<String> sources() {
        return sources;
    }

    public static Optional<Venue> byId(String id) {
        for (Venue v : values()) {
            if (v.id.equals(id)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
