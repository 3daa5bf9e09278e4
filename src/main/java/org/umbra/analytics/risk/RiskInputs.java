package org.umbra.analytics.risk;

import java.util.Objects;
import org.umbra.analytics.TimeSeries;
import org.umbra.market.Asset;

/**
 * What the risk score reads for one asset. Every series may be {@link TimeSeries#EMPTY} when the
 * figure is not available; the components that need it are then reported missing.
 *
 * @param asset            BTC or ETH (selects the circulating supply)
 * @param priceUsd         perp mark or spot price, USD
 * @param oiUsd            aggregate open interest over all venues, USD
 * @param fundingAnnualPct OI-weighted funding, annualised, percent per year (10.95 = 0.01 %/8 h)
 * @param longShortRatio   long/short accounts ratio (aggregate or main venue), longs per short
 * @param premium          (mark - index) / index as a fraction (0.0005 = 0.05 %)
 * @param liqLongUsd       long positions liquidated per interval, USD (where recorded)
 * @param liqShortUsd      short positions liquidated per interval, USD (where recorded)
 */
public record RiskInputs(Asset asset, TimeSeries priceUsd, TimeSeries oiUsd, TimeSeries fundingAnnualPct,
                         TimeSeries longShortRatio, TimeSeries premium, TimeSeries liqLongUsd, TimeSeries liqShortUsd) {

    public RiskInputs {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(priceUsd, "priceUsd (use TimeSeries.EMPTY when not available)");
        Objects.requireNonNull(oiUsd, "oiUsd (use TimeSeries.EMPTY when not available)");
        Objects.requireNonNull(fundingAnnualPct, "fundingAnnualPct (use TimeSeries.EMPTY when not available)");
        Objects.requireNonNull(longShortRatio, "longShortRatio (use TimeSeries.EMPTY when not available)");
        Objects.requireNonNull(premium, "premium (use TimeSeries.EMPTY when not available)");
        Objects.requireNonNull(liqLongUsd, "liqLongUsd (use TimeSeries.EMPTY when not available)");
        Objects.requireNonNull(liqShortUsd, "liqShortUsd (use TimeSeries.EMPTY when not available)");
    }

    /** Inputs with nothing but the asset; fill with the {@code with...} methods. */
    public static RiskInputs empty(Asset asset) {
        TimeSeries e = TimeSeries.EMPTY;
        return new RiskInputs(asset, e, e, e, e, e, e, e);
    }

    public RiskInputs withPriceUsd(TimeSeries s) {
        return new RiskInputs(asset, s, oiUsd, fundingAnnualPct, longShortRatio, premium, liqLongUsd, liqShortUsd);
    }

    public RiskInputs withOiUsd(TimeSeries s) {
        return new RiskInputs(asset, priceUsd, s, fundingAnnualPct, longShortRatio, premium, liqLongUsd, liqShortUsd);
    }

    public RiskInputs withFundingAnnualPct(TimeSeries s) {
        return new RiskInputs(asset, priceUsd, oiUsd, s, longShortRatio, premium, liqLongUsd, liqShortUsd);
    }

    public RiskInputs withLongShortRatio(TimeSeries s) {
        return new RiskInputs(asset, priceUsd, oiUsd, fundingAnnualPct, s, premium, liqLongUsd, liqShortUsd);
    }

    public RiskInputs withPremium(TimeSeries s) {
        return new RiskInputs(asset, priceUsd, oiUsd, fundingAnnualPct, longShortRatio, s, liqLongUsd, liqShortUsd);
    }

    public RiskInputs withLiquidations(TimeSeries longUsd, TimeSeries shortUsd) {
        return new RiskInputs(asset, priceUsd, oiUsd, fundingAnnualPct, longShortRatio, premium, longUsd, shortUsd);
    }
}
