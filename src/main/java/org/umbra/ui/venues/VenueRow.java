package org.umbra.ui.venues;

import org.umbra.marketdata.Venue;

/**
 * One venue now, for the Venues table: its newest one-sided OI in coin and USD, its share of the
 * total, the last settled and the predicted funding (annualised %/yr), and when it next settles.
 * NaN or -1 where the venue does not publish the figure or nothing is stored.
 *
 * @param asOf           time of the newest OI point (epoch ms)
 * @param nextFundingMs  next settlement by the venue's schedule (epoch ms), -1 when unknown
 */
public record VenueRow(Venue venue, String contracts, double oiCoin, double oiUsd, double share, double fundingAnnualised,
        double predictedAnnualised, long intervalSeconds, long nextFundingMs, long asOf) {

    /**
     * The next settlement after {@code now} for a venue settling every {@code intervalSeconds} on the
     * UTC clock (00:00, 08:00, 16:00 for 8 h; every hour for 1 h), as Binance, Bybit, OKX, BitMEX and
     * Hyperliquid do.
     */
    public static long nextSettlement(long now, long intervalSeconds) {
        long step = intervalSeconds * 1000;
        return (Math.floorDiv(now, step) + 1) * step;
    }
}
