package org.umbra.dev;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;

/**
 * The simulated market every {@link SimulatedVenue} serves: smooth deterministic functions of time near
 * real 2025 levels (so snapshots, bars and history of every venue tell one story), and the small helpers
 * the venues share (grid alignment, decimal strings, query parameters, JSON replies). SIMULATED values.
 */
public final class SimulatedMarket {
    public static final long SECOND = 1_000L;
    public static final long MIN = 60 * SECOND;
    public static final long HOUR = 60 * MIN;
    public static final long DAY = 24 * HOUR;

    private SimulatedMarket() {
    }

    /** USD price of BTC ({@code btc}) or ETH at {@code t}. */
    public static double price(boolean btc, long t) {
        double years = (t - 1_700_000_000_000L) / (365.0 * DAY);
        double trend = btc ? 37_000 * Math.exp(0.72 * years) : 2_000 * Math.exp(0.25 * years);
        double wave = 1 + 0.12 * Math.sin(t / (41.0 * DAY)) + 0.05 * Math.sin(t / (6.3 * DAY)) + 0.012 * Math.sin(t / (5.1 * HOUR))
                + 0.003 * Math.sin(t / (17.0 * MIN));
        return trend * wave;
    }

    /** (mark − index) / index. */
    public static double premium(boolean btc, long t) {
        return 0.0002 * Math.sin(t / (2.7 * DAY)) + 0.00012 * Math.sin(t / (7.0 * HOUR)) + (btc ? 0.00003 : -0.00002);
    }

    /** Funding rate per 8 h settlement, rounded to 1e-8 like the venues publish it. */
    public static double fundingRate(boolean btc, long t) {
        double r = 0.0001 + 0.00008 * Math.sin(t / (23.0 * DAY)) + 0.00005 * Math.sin(t / (3.1 * DAY) + (btc ? 0 : 1.3));
        return Math.round(r * 1e8) / 1e8;
    }

    /** Open interest in coins on one venue of Binance's size. */
    public static double oiCoin(boolean btc, long t) {
        double base = btc ? 82_000 : 2_050_000;
        return base * (1 + 0.09 * Math.sin(t / (9.0 * DAY)) + 0.03 * Math.sin(t / (13.0 * HOUR)) + 0.004 * Math.sin(t / (23.0 * MIN)));
    }

    /** A long/short style ratio near {@code level}, out of phase by {@code phase}. */
    public static double ratio(double level, double phase, long t) {
        return level + 0.4 * Math.sin(t / (2.3 * DAY) + phase) + 0.1 * Math.sin(t / (3.0 * HOUR));
    }

    /** The first multiple of {@code step} at or after {@code t}. */
    public static long ceilTo(long t, long step) {
        return Math.floorDiv(t + step - 1, step) * step;
    }

    public static String dec(double v, int scale) {
        return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** ISO-8601 with milliseconds, as BitMEX and Deribit-style APIs print instants. */
    public static String iso(long t) {
        return Instant.ofEpochMilli(t).toString().replaceFirst("Z$", t % 1000 == 0 ? ".000Z" : "Z");
    }

    public static long utc(String date) {
        return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    public static long longParam(HttpUrl url, String name, long fallback) {
        String v = url.queryParameter(name);
        return v == null ? fallback : Long.parseLong(v);
    }

    public static int intParam(HttpUrl url, String name, int fallback) {
        String v = url.queryParameter(name);
        return v == null ? fallback : Integer.parseInt(v);
    }

    public static String require(HttpUrl url, String name) {
        String v = url.queryParameter(name);
        if (v == null) {
            throw new IllegalArgumentException("missing parameter '" + name + "'");
        }
        return v;
    }

    /** A recorded (or documented) response under src/test/resources/org/umbra/market/{@code venueDir}, replayed as is. */
    public static String fixture(String venueDir, String file) {
        return org.umbra.testing.Fixtures.read(SimulatedMarket.class, "/org/umbra/market/" + venueDir + "/" + file);
    }

    /** Settlement times {@code first}, {@code first + step}, … at or after {@code from}, up to {@code now}, at most {@code limit}. */
    public static java.util.stream.LongStream grid(long first, long step, long from, long now, int limit) {
        long t = from <= first ? first : first + ceilTo(from - first, step);
        return java.util.stream.LongStream.iterate(t, x -> x <= now, x -> x + step).limit(Math.max(0, limit));
    }

    public static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }
}
