package org.umbra.market;

/** The underlying coins Umbra tracks. */
public enum Asset {
    BTC, ETH;

    public static Asset parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown asset '" + text + "' (expected BTC or ETH)");
        }
    }
}
