package org.umbra.ui;

import org.umbra.marketdata.Venue;

/**
 * One colour per venue in every view and export, from the Okabe–Ito palette: distinguishable with
 * the common colour-vision deficiencies and on both the dark and the light theme.
 */
public final class VenueColors {
    /** The cross-venue aggregate: neutral, so it never reads as one more venue. */
    public static final String AGGREGATE = "#9e9e9e";
    public static final String BTC = "#f7931a";
    public static final String ETH = "#8f9cff";

    private VenueColors() {
    }

    public static String of(Venue v) {
        return switch (v) {
            case BINANCE -> "#e69f00";
            case BYBIT -> "#56b4e9";
            case OKX -> "#009e73";
            case DERIBIT -> "#0072b2";
            case HYPERLIQUID -> "#cc79a7";
            case BITMEX -> "#d55e00";
            case CME -> "#f0e442";
        };
    }
}
