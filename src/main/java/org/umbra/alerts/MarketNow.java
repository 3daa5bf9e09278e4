package org.umbra.alerts;

import java.util.Map;
import org.umbra.analytics.TimeSeries;

/**
 * What the market rules of one asset read, as of the newest stored data.
 *
 * @param fundingPctYr settled funding annualised, %/yr, by venue id (each venue's main contract), and the OI-weighted
 *                     aggregate (hourly) under {@link AlertRule#AGGREGATE}
 * @param oiUsd        open interest of all venues in USD, hourly
 * @param premium      the main venue's premium (mark over index, a fraction)
 * @param riskScore    the risk score at the newest data, NaN when undefined or not read
 */
public record MarketNow(Map<String, TimeSeries> fundingPctYr, TimeSeries oiUsd, TimeSeries premium, double riskScore) {
    public static final MarketNow NONE = new MarketNow(Map.of(), TimeSeries.EMPTY, TimeSeries.EMPTY, Double.NaN);

    public MarketNow {
        fundingPctYr = Map.copyOf(fundingPctYr);
    }
}
