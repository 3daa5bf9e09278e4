package org.umbra.analytics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Funding paid, in USD: at each settlement, rate (per its interval) x the venue's OI in USD then.
 * Positive means longs paid shorts, negative that shorts paid longs. A settlement with no OI in
 * force (none within {@code oiMaxCarryMs}) is left out, never counted as zero spend.
 *
 * @param byVenue    USD paid at each of the venue's settlements
 * @param dailyTotal USD paid across all venues per UTC day, stamped at the day's start; days without
 *                   any priced settlement are absent
 */
public record FundingSpend(Map<String, TimeSeries> byVenue, TimeSeries dailyTotal) {
    static final long DAY_MS = 24L * 3600 * 1000;

    public static FundingSpend of(Map<String, VenueFunding> funding, Map<String, TimeSeries> oiUsd, long oiMaxCarryMs) {
        Map<String, TimeSeries> byVenue = new LinkedHashMap<>();
        TreeMap<Long, Double> perDay = new TreeMap<>();
        for (Map.Entry<String, VenueFunding> e : funding.entrySet()) {
            VenueFunding f = e.getValue();
            TimeSeries oi = oiUsd.getOrDefault(e.getKey(), TimeSeries.EMPTY);
            long[] ts = new long[f.size()];
            double[] usd = new double[f.size()];
            int m = 0;
            for (int i = 0; i < f.size(); i++) {
                double notional = oi.valueAt(f.timestamps()[i], oiMaxCarryMs);
                if (Double.isNaN(notional)) {
                    continue;
                }
                ts[m] = f.timestamps()[i];
                usd[m] = f.rates()[i] * notional;
                perDay.merge(Math.floorDiv(ts[m], DAY_MS) * DAY_MS, usd[m], Double::sum);
                m++;
            }
            byVenue.put(e.getKey(), new TimeSeries(Arrays.copyOf(ts, m), Arrays.copyOf(usd, m)));
        }
        long[] days = perDay.keySet().stream().mapToLong(Long::longValue).toArray();
        double[] sums = perDay.values().stream().mapToDouble(Double::doubleValue).toArray();
        return new FundingSpend(byVenue, new TimeSeries(days, sums));
    }
}
