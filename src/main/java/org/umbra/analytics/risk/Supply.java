package org.umbra.analytics.risk;

import java.time.Instant;
import org.umbra.market.Asset;

/**
 * Approximate circulating supply, the denominator of "OI relative to market value". Approximate on
 * purpose: the leverage component ranks the ratio against its own trailing year, so a supply error
 * that is nearly constant over a year scales every ranked value alike and leaves the rank unchanged
 * (docs/risk-score.md, "Supply").
 */
public final class Supply {
    /** Satoshis per BTC. */
    public static final long SATS_PER_BTC = 100_000_000L;
    static final long BLOCKS_PER_HALVING = 210_000;
    static final long INITIAL_REWARD_SATS = 50 * SATS_PER_BTC;
    /** Ten-minute blocks on average: the protocol's target, used past the last anchor. */
    static final long MS_PER_BLOCK = 10 * 60_000L;

    /** Block heights at known times: the genesis block and the four halvings (public block times, UTC). */
    private static final long[] BTC_ANCHOR_MS = millis("2009-01-03T18:15:05Z", "2012-11-28T15:24:38Z", "2016-07-09T16:46:13Z",
            "2020-05-11T19:23:43Z", "2024-04-20T00:09:27Z");
    private static final long[] BTC_ANCHOR_HEIGHT = {0, 210_000, 420_000, 630_000, 840_000};

    /**
     * ETH in circulation, millions, at 1 January of each year (genesis and the merge added): rounded
     * public figures (issuance schedule before the merge, roughly flat after it as burning offsets issuance).
     */
    private static final long[] ETH_ANCHOR_MS = millis("2015-07-30T00:00:00Z", "2016-01-01T00:00:00Z", "2017-01-01T00:00:00Z",
            "2018-01-01T00:00:00Z", "2019-01-01T00:00:00Z", "2020-01-01T00:00:00Z", "2021-01-01T00:00:00Z", "2022-01-01T00:00:00Z",
            "2022-09-15T00:00:00Z", "2023-01-01T00:00:00Z", "2024-01-01T00:00:00Z", "2025-01-01T00:00:00Z", "2026-01-01T00:00:00Z");
    private static final double[] ETH_ANCHOR_MILLIONS = {72.0, 77.4, 86.6, 96.9, 104.2, 109.1, 114.0, 118.9, 120.5, 120.5, 120.2, 120.5, 120.7};

    private Supply() {
    }

    /** Coins in circulation at {@code t} (BTC or ETH), as a double for ratios. */
    public static double coins(Asset asset, long t) {
        return switch (asset) {
            case BTC -> (double) btcSats(t) / SATS_PER_BTC;
            case ETH -> ethCoins(t);
        };
    }

    /** Estimated block height at {@code t}: interpolated between the anchors, ten-minute blocks after the last. */
    public static long btcHeight(long t) {
        if (t < BTC_ANCHOR_MS[0]) {
            throw new IllegalArgumentException("no BTC supply before the genesis block (2009-01-03T18:15:05Z): " + Instant.ofEpochMilli(t));
        }
        int i = segment(BTC_ANCHOR_MS, t);
        if (i == BTC_ANCHOR_MS.length - 1) {
            return BTC_ANCHOR_HEIGHT[i] + (t - BTC_ANCHOR_MS[i]) / MS_PER_BLOCK;
        }
        long blocks = BTC_ANCHOR_HEIGHT[i + 1] - BTC_ANCHOR_HEIGHT[i];
        long span = BTC_ANCHOR_MS[i + 1] - BTC_ANCHOR_MS[i];
        // blocks * elapsed stays below 2^63 (210,000 x 1.4e11 ms ~ 3e16).
        return BTC_ANCHOR_HEIGHT[i] + blocks * (t - BTC_ANCHOR_MS[i]) / span;
    }

    /** BTC issued by the blocks below the estimated height at {@code t}, in satoshis. */
    public static long btcSats(long t) {
        return btcSatsBelowHeight(btcHeight(t));
    }

    /**
     * Subsidy of blocks 0..height-1: 50 BTC per block, halved (in whole satoshis) at every multiple of
     * 210,000. The genesis reward is counted, as in the usual 21 M arithmetic: at height 840,000 this is
     * exactly 19,687,500 BTC.
     */
    static long btcSatsBelowHeight(long height) {
        long sats = 0;
        long reward = INITIAL_REWARD_SATS;
        for (long eraStart = 0; eraStart < height && reward > 0; eraStart += BLOCKS_PER_HALVING) {
            sats += Math.min(height - eraStart, BLOCKS_PER_HALVING) * reward;
            reward >>= 1;
        }
        return sats;
    }

    /** ETH supply at {@code t}: linear between the yearly anchors, held at the last one after it. */
    static double ethCoins(long t) {
        if (t < ETH_ANCHOR_MS[0]) {
            throw new IllegalArgumentException("no ETH supply before genesis (2015-07-30): " + Instant.ofEpochMilli(t));
        }
        int i = segment(ETH_ANCHOR_MS, t);
        if (i == ETH_ANCHOR_MS.length - 1) {
            return ETH_ANCHOR_MILLIONS[i] * 1e6;
        }
        double f = (double) (t - ETH_ANCHOR_MS[i]) / (ETH_ANCHOR_MS[i + 1] - ETH_ANCHOR_MS[i]);
        return (ETH_ANCHOR_MILLIONS[i] + f * (ETH_ANCHOR_MILLIONS[i + 1] - ETH_ANCHOR_MILLIONS[i])) * 1e6;
    }

    /** Index of the last anchor at or before {@code t} (t is at or after the first). */
    private static int segment(long[] anchorsMs, long t) {
        int i = 0;
        while (i + 1 < anchorsMs.length && t >= anchorsMs[i + 1]) {
            i++;
        }
        return i;
    }

    private static long[] millis(String... isoInstants) {
        long[] ms = new long[isoInstants.length];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = Instant.parse(isoInstants[i]).toEpochMilli();
        }
        return ms;
    }
}
