package org.umbra.ui.exits;

import java.util.Arrays;
import java.util.Optional;
import org.umbra.marketdata.Venue;

/**
 * Market stress at a venue the user holds a working claim at: a run on its open interest or funding far from
 * normal is when withdrawals get slow. Read off the FX thread (it reads the store).
 */
public interface VenueStress {
    /**
     * A market venue's figures now.
     *
     * @param oiChange24hPercent   change of its BTC open interest (in BTC) over the 24 h up to {@code oiAsOfMs}; NaN when not stored
     * @param oiAsOfMs             the newest OI point used (epoch ms), -1 when none
     * @param fundingAnnualised    its newest settled BTC funding rate, %/yr; NaN when not stored
     * @param fundingAtMs          when that rate settled (epoch ms), -1 when none
     */
    record Stress(Venue venue, double oiChange24hPercent, long oiAsOfMs, double fundingAnnualised, long fundingAtMs) {
    }

    /** The stress at the venue named {@code venueName}; empty when it is no market venue or nothing is stored for it. */
    Optional<Stress> stressOf(String venueName);

    /** The perpetual market venue whose label is {@code venueName}, whatever its case and spacing. */
    static Optional<Venue> marketVenue(String venueName) {
        String name = venueName == null ? "" : venueName.strip();
        return Arrays.stream(Venue.values()).filter(v -> v.perpetual() && v.label().equalsIgnoreCase(name)).findFirst();
    }
}
