package org.umbra.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One venue's settled funding rates in time order, each with the interval it was settled at, so
 * rates from venues (or periods) that settle every 8 h, 4 h or 1 h can be compared per 8 h or per year.
 *
 * @param timestamps      settlement times, strictly ascending
 * @param rates           the rate per its own interval at each settlement (a fraction)
 * @param intervalSeconds the interval each rate was settled at
 */
public record VenueFunding(long[] timestamps, double[] rates, long[] intervalSeconds) {

    public VenueFunding {
        if (timestamps.length != rates.length || timestamps.length != intervalSeconds.length) {
            throw new IllegalArgumentException("funding arrays differ in length: " + timestamps.length + " times, "
                    + rates.length + " rates, " + intervalSeconds.length + " intervals");
        }
        new TimeSeries(timestamps, rates); // checks strict ascent with a message naming the index
    }

    /**
     * Merges a venue's parts (in any order) into one history. NaN rates are skipped; two parts
     * settling at the same time are refused, naming the venue and the time.
     */
    public static VenueFunding of(String venue, List<FundingPart> parts) {
        record Settlement(long ts, double rate, long interval) {
        }
        List<Settlement> all = new ArrayList<>();
        for (FundingPart p : parts) {
            for (int i = 0; i < p.rates().size(); i++) {
                double r = p.rates().values()[i];
                if (!Double.isNaN(r)) {
                    all.add(new Settlement(p.rates().timestamps()[i], r, p.intervalSeconds()));
                }
            }
        }
        all.sort(Comparator.comparingLong(Settlement::ts));
        int n = all.size();
        long[] ts = new long[n];
        double[] rates = new double[n];
        long[] intervals = new long[n];
        for (int i = 0; i < n; i++) {
            Settlement s = all.get(i);
            if (i > 0 && s.ts() == ts[i - 1]) {
                throw new IllegalArgumentException(venue + ": two funding parts both settle at " + s.ts());
            }
            ts[i] = s.ts();
            rates[i] = s.rate();
            intervals[i] = s.interval();
        }
        return new VenueFunding(ts, rates, intervals);
    }

    /** {@link #of} for every venue, keeping the map's order. */
    public static Map<String, VenueFunding> ofAll(Map<String, List<FundingPart>> partsByVenue) {
        Map<String, VenueFunding> out = new LinkedHashMap<>();
        partsByVenue.forEach((venue, parts) -> out.put(venue, of(venue, parts)));
        return out;
    }

    public int size() {
        return timestamps.length;
    }

    /** The rates as settled, each per its own interval. */
    public TimeSeries raw() {
        return new TimeSeries(timestamps, rates);
    }

    /** Each rate expressed per 8 h (a 1 h rate x 8, a 4 h rate x 2). */
    public TimeSeries per8h() {
        double[] v = new double[rates.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = FundingMath.per8h(rates[i], intervalSeconds[i]);
        }
        return new TimeSeries(timestamps, v);
    }

    /** Each rate as a simple yearly percentage. */
    public TimeSeries annualisedPercent() {
        double[] v = new double[rates.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = FundingMath.annualisedPercent(rates[i], intervalSeconds[i]);
        }
        return new TimeSeries(timestamps, v);
    }

    /**
     * The settlement whose rate is in force at {@code t}: the latest at or before it, provided it is
     * at most two of its intervals old (one missed settlement is tolerated, a venue that stopped
     * reporting is not); -1 otherwise.
     */
    public int indexInForce(long t) {
        int found = Arrays.binarySearch(timestamps, t);
        int i = found >= 0 ? found : -found - 2;
        if (i < 0 || t - timestamps[i] > 2 * intervalSeconds[i] * 1000) {
            return -1;
        }
        return i;
    }
}
