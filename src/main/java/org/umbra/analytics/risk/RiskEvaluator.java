package org.umbra.analytics.risk;

import java.util.ArrayList;
import java.util.List;
import org.umbra.analytics.TimeSeries;
import org.umbra.market.Times;

/**
 * Reads every component for one set of inputs over one range of times. The daily samples are taken
 * once for the range, and the trailing-window statistics (which change only when the day changes)
 * once per day, so scoring years of hourly steps costs a few sorts per day, not a window per step.
 * {@link RiskModel#at} uses the same path for one time, so a step of a series equals {@code at} bit for bit.
 */
final class RiskEvaluator {
    /** A value older than this at the time evaluated is not in force (daily bundled history still counts). */
    static final long MAX_AGE_MS = 48 * Times.HOUR;
    static final int LEVEL_DAYS = 365;
    static final int Z_DAYS = 90;
    static final int VOL_RETURNS = 30;
    /** A trailing window needs values on at least this share of its days. */
    static final double MIN_COVERAGE = 0.9;
    static final long CHANGE_MS = 7 * Times.DAY;
    static final long RECENT_MS = 24 * Times.HOUR;

    private final RiskInputs in;
    private final DailySamples oi;
    private final DailySamples price;
    private final DailySamples funding;
    private final DailySamples leverage;

    private long windowDay = Long.MIN_VALUE;
    private double[] oiSorted;
    private double[] leverageSorted;
    private double[] fundingWindow;
    private double[] volReturns;

    RiskEvaluator(RiskInputs in, long from, long to) {
        this.in = in;
        long first = DailySamples.dayOf(from) - LEVEL_DAYS;
        long last = DailySamples.dayOf(to);
        oi = DailySamples.of(in.oiUsd(), first, last, MAX_AGE_MS);
        price = DailySamples.of(in.priceUsd(), first, last, MAX_AGE_MS);
        funding = DailySamples.of(in.fundingAnnualPct(), first, last, MAX_AGE_MS);
        leverage = DailySamples.compute(first, last, dayStart -> leveragePercent(
                oi.at(DailySamples.dayOf(dayStart)), price.at(DailySamples.dayOf(dayStart)), dayStart));
    }

    /** Every component at {@code t}, in {@link Component} order. */
    List<Reading> readAll(long t) {
        refreshWindows(DailySamples.dayOf(t));
        List<Reading> r = new ArrayList<>(Component.values().length);
        r.add(oiLevel(t));
        r.add(oiChange(t));
        r.add(leverage(t));
        r.add(funding(t));
        r.add(fundingZ(t));
        r.add(longShort(t));
        r.add(volatility(t));
        r.add(premium(t));
        r.add(liquidations(t));
        return r;
    }

    private void refreshWindows(long day) {
        if (day == windowDay) {
            return;
        }
        windowDay = day;
        oiSorted = Trailing.sorted(oi.window(day, LEVEL_DAYS));
        leverageSorted = Trailing.sorted(leverage.window(day, LEVEL_DAYS));
        fundingWindow = funding.window(day, Z_DAYS);
        volReturns = Trailing.logReturns(price.span(day, VOL_RETURNS + 1));
    }

    private double leveragePercent(double oiUsd, double priceUsd, long t) {
        if (Double.isNaN(oiUsd) || Double.isNaN(priceUsd)) {
            return Double.NaN;
        }
        return 100.0 * oiUsd / (priceUsd * Supply.coins(in.asset(), t));
    }

    private Reading oiLevel(long t) {
        double now = current(in.oiUsd(), t);
        if (Double.isNaN(now)) {
            return Reading.missing(Component.OI_LEVEL, notInForce(in.oiUsd(), "aggregate OI", t));
        }
        return ranked(Component.OI_LEVEL, now, oiSorted, "daily OI values");
    }

    private Reading leverage(long t) {
        String absent = oiOrPriceAbsent(t);
        if (absent != null) {
            return Reading.missing(Component.LEVERAGE, absent);
        }
        double now = leveragePercent(current(in.oiUsd(), t), current(in.priceUsd(), t), t);
        return ranked(Component.LEVERAGE, now, leverageSorted, "daily OI and price values");
    }

    /** The percentile rank of {@code now} in its trailing year, if the year has enough days. */
    private static Reading ranked(Component c, double now, double[] sortedWindow, String what) {
        String thin = thinWindow(sortedWindow.length, LEVEL_DAYS, what);
        return thin != null ? Reading.missing(c, now, thin) : Reading.of(c, now, Trailing.percentileRank(sortedWindow, now));
    }

    /** Change of OI counted in coin (OI USD / price), so a price move alone is not read as new positions. */
    private Reading oiChange(long t) {
        Component c = Component.OI_CHANGE;
        String absent = oiOrPriceAbsent(t);
        if (absent != null) {
            return Reading.missing(c, absent);
        }
        double oiThen = current(in.oiUsd(), t - CHANGE_MS);
        double priceThen = current(in.priceUsd(), t - CHANGE_MS);
        if (Double.isNaN(oiThen) || Double.isNaN(priceThen)) {
            return Reading.missing(c, "no OI and price within 48 h before t - 7 d");
        }
        double change = ((current(in.oiUsd(), t) / current(in.priceUsd(), t)) / (oiThen / priceThen) - 1) * 100;
        return Reading.of(c, change, change);
    }

    /** Why OI or price is not in force at t, or null when both are. */
    private String oiOrPriceAbsent(long t) {
        if (Double.isNaN(current(in.oiUsd(), t))) {
            return notInForce(in.oiUsd(), "aggregate OI", t);
        }
        return Double.isNaN(current(in.priceUsd(), t)) ? notInForce(in.priceUsd(), "price", t) : null;
    }

    private Reading funding(long t) {
        return valueInForce(Component.FUNDING, in.fundingAnnualPct(), "funding", t);
    }

    private Reading fundingZ(long t) {
        Component c = Component.FUNDING_Z;
        double now = current(in.fundingAnnualPct(), t);
        if (Double.isNaN(now)) {
            return Reading.missing(c, notInForce(in.fundingAnnualPct(), "funding", t));
        }
        String thin = thinWindow(fundingWindow.length, Z_DAYS, "daily funding values");
        if (thin != null) {
            return Reading.missing(c, thin);
        }
        if (Trailing.allEqual(fundingWindow)) {
            return Reading.missing(c, "funding did not vary over the trailing 90 d (z undefined)");
        }
        double sd = Trailing.sampleStdev(fundingWindow);
        double z = (now - Trailing.mean(fundingWindow)) / sd;
        return Reading.of(c, z, z);
    }

    private Reading longShort(long t) {
        return valueInForce(Component.LONG_SHORT, in.longShortRatio(), "long/short ratio", t);
    }

    /** A component scored on the value in force at t as it is. */
    private static Reading valueInForce(Component c, TimeSeries s, String what, long t) {
        double now = current(s, t);
        return Double.isNaN(now) ? Reading.missing(c, notInForce(s, what, t)) : Reading.of(c, now, now);
    }

    /** Sample stdev of the 30 daily log returns of the closes up to the day of t, annualised with 365 days. */
    private Reading volatility(long t) {
        Component c = Component.VOLATILITY;
        if (noneBy(in.priceUsd(), t)) {
            return Reading.missing(c, "no price at or before t");
        }
        String thin = thinWindow(volReturns.length, VOL_RETURNS, "daily price returns");
        if (thin != null) {
            return Reading.missing(c, thin);
        }
        double vol = Trailing.sampleStdev(volReturns) * Math.sqrt(365) * 100;
        return Reading.of(c, vol, vol);
    }

    private Reading premium(long t) {
        Component c = Component.PREMIUM;
        TimeSeries s = in.premium();
        if (noneBy(s, t)) {
            return Reading.missing(c, "no premium at or before t");
        }
        double sum = 0;
        int n = 0;
        for (int i = s.indexAtOrBefore(t); i >= 0 && s.timestamps()[i] > t - RECENT_MS; i--) {
            double v = s.values()[i];
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        if (n == 0) {
            return Reading.missing(c, "no premium in the 24 h before t");
        }
        double meanPercent = sum / n * 100;
        return Reading.of(c, meanPercent, meanPercent);
    }

    private Reading liquidations(long t) {
        Component c = Component.LIQUIDATIONS;
        String gap = notRecorded(in.liqLongUsd(), "long", t);
        if (gap == null) {
            gap = notRecorded(in.liqShortUsd(), "short", t);
        }
        if (gap != null) {
            return Reading.missing(c, gap);
        }
        double oiNow = current(in.oiUsd(), t);
        if (Double.isNaN(oiNow)) {
            return Reading.missing(c, notInForce(in.oiUsd(), "aggregate OI", t));
        }
        double total = recentSum(in.liqLongUsd(), t) + recentSum(in.liqShortUsd(), t);
        double percent = 100 * total / oiNow;
        return Reading.of(c, percent, percent);
    }

    /** Liquidations count only where they were recorded across the whole 24 h and recently (no silent zeros). */
    private static String notRecorded(TimeSeries s, String side, long t) {
        if (noneBy(s, t)) {
            return "no " + side + " liquidations recorded at or before t";
        }
        if (s.firstTs() > t - RECENT_MS) {
            return side + " liquidations not recorded over the whole 24 h before t";
        }
        if (t - s.timestamps()[s.indexAtOrBefore(t)] > MAX_AGE_MS) {
            return side + " liquidations not recorded in the 48 h before t";
        }
        return null;
    }

    private static double recentSum(TimeSeries s, long t) {
        double sum = 0;
        int first = s.indexAtOrBefore(t - RECENT_MS) + 1;
        int last = s.indexAtOrBefore(t);
        for (int i = first; i <= last; i++) {
            double v = s.values()[i];
            if (!Double.isNaN(v)) {
                sum += v;
            }
        }
        return sum;
    }

    private static double current(TimeSeries s, long t) {
        return s.isEmpty() ? Double.NaN : s.valueAt(t, MAX_AGE_MS);
    }

    /** No point at or before t: the series is empty or starts later. */
    private static boolean noneBy(TimeSeries s, long t) {
        return s.isEmpty() || s.indexAtOrBefore(t) < 0;
    }

    /** Why a value is not in force at t, judged on data at or before t only. */
    private static String notInForce(TimeSeries s, String what, long t) {
        return noneBy(s, t) ? "no " + what + " at or before t" : "no " + what + " within 48 h before t";
    }

    private static String thinWindow(int have, int days, String what) {
        int need = (int) Math.ceil(MIN_COVERAGE * days);
        return have >= need ? null : "only " + have + " of " + days + " " + what + " in the trailing window (needs " + need + ")";
    }

    /** One component's raw value and the quantity its anchors score (the raw value, or its percentile rank). */
    record Reading(Component component, double value, double scored, String missingReason) {
        static Reading of(Component c, double value, double scored) {
            return new Reading(c, value, scored, null);
        }

        static Reading missing(Component c, String reason) {
            return new Reading(c, Double.NaN, Double.NaN, reason);
        }

        static Reading missing(Component c, double value, String reason) {
            return new Reading(c, value, Double.NaN, reason);
        }
    }
}
