package org.umbra.market;

/** Units of stored values. Every figure the app compares is normalised to COIN or USD. */
public enum Unit {
    /** Base coin of the instrument (BTC for BTCUSDT). */
    COIN("coin"),
    /** US dollars (USDT-quoted values are stored as USD; the venue notes say where that matters). */
    USD("USD"),
    /** Venue contracts; converted to COIN/USD with documented contract specs. */
    CONTRACTS("contracts"),
    /** A plain fraction, e.g. a funding rate of 0.0001 per interval, or a premium of -0.0004. */
    FRACTION("fraction"),
    /** A quotient of two like quantities, e.g. a long/short ratio of 1.8. */
    RATIO("ratio"),
    /** Priced in bitcoin (the ETH-BTC pair). */
    BTC("BTC");

    private final String id;

    Unit(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Unit fromId(String id) {
        for (Unit u : values()) {
            if (u.id.equals(id)) {
                return u;
            }
        }
        throw new IllegalArgumentException("unknown unit '" + id + "'");
    }

    @Override
    public String toString() {
        return id;
    }
}
