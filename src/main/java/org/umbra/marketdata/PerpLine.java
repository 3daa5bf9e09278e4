package org.umbra.marketdata;

import org.umbra.market.Asset;

/**
 * One contract line of a venue for one asset (Binance BTCUSDT, Bybit's inverse BTCUSD, CME's micro
 * bitcoin), whichever sources its series came from. {@code instrument} is the venue's own name.
 */
public record PerpLine(Venue venue, String instrument, Asset asset) {
    /** Stable key for colours, legends and exported column names: {@code bybit:BTCUSD}. */
    public String key() {
        return venue.id() + ":" + instrument;
    }

    /**
     * OKX's rubik statistics cover every swap and dated future of a coin together: usable for the
     * long/short ratio, never added to the per-swap open interest.
     */
    public boolean allContractsOfCoin() {
        return instrument.endsWith("-CONTRACTS");
    }
}
