package org.umbra.analytics.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.umbra.market.Asset;
import org.umbra.market.Times;

class SupplyTest {
    private static long at(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    @Test
    void btcAtTheHalvingsIsTheIssuanceSchedule() {
        // 210,000 blocks x 50 BTC.
        assertEquals(210_000, Supply.btcHeight(at("2012-11-28T15:24:38Z")));
        assertEquals(10_500_000 * Supply.SATS_PER_BTC, Supply.btcSats(at("2012-11-28T15:24:38Z")));
        // 210,000 x (50 + 25 + 12.5 + 6.25) = 19,687,500 BTC.
        assertEquals(1_968_750_000_000_000L, Supply.btcSats(at("2024-04-20T00:09:27Z")));
        assertEquals(19_687_500.0, Supply.coins(Asset.BTC, at("2024-04-20T00:09:27Z")));
    }

    @Test
    void btcBetweenAndAfterTheAnchors() {
        // Half-way between the 2020 and 2024 halvings: height 735,000;
        // 210,000 x (50 + 25 + 12.5) + 105,000 x 6.25 = 19,031,250 BTC.
        long h3 = at("2020-05-11T19:23:43Z");
        long h4 = at("2024-04-20T00:09:27Z");
        assertEquals(735_000, Supply.btcHeight(h3 + (h4 - h3) / 2));
        assertEquals(19_031_250 * Supply.SATS_PER_BTC, Supply.btcSats(h3 + (h4 - h3) / 2));
        // One day after the 2024 halving: 144 ten-minute blocks of 3.125 BTC = 450 BTC more.
        assertEquals(19_687_950 * Supply.SATS_PER_BTC, Supply.btcSats(h4 + Times.DAY));
        // The worked example's time: 58,607 blocks after the halving -> 19,870,646.875 BTC.
        assertEquals(898_607, Supply.btcHeight(at("2025-06-01T00:00:00Z")));
        assertEquals(19_870_646.875, Supply.coins(Asset.BTC, at("2025-06-01T00:00:00Z")));
    }

    @Test
    void btcNeverExceeds21Million() {
        assertEquals(0, Supply.btcSatsBelowHeight(0));
        assertEquals(50 * Supply.SATS_PER_BTC, Supply.btcSatsBelowHeight(1));
        // The schedule's limit, with whole-satoshi halving: 2,099,999,997,690,000 sats.
        assertEquals(2_099_999_997_690_000L, Supply.btcSatsBelowHeight(10_000_000));
    }

    @Test
    void ethFollowsTheYearlyAnchors() {
        assertEquals(120_200_000, Supply.coins(Asset.ETH, at("2024-01-01T00:00:00Z")), 1e-6);
        // 2024 has 366 days; half-way (183 days in) is half-way between 120.2 M and 120.5 M.
        assertEquals(120_350_000, Supply.coins(Asset.ETH, at("2024-07-02T00:00:00Z")), 1e-6);
        assertEquals(120_700_000, Supply.coins(Asset.ETH, at("2026-11-01T00:00:00Z")), 1e-6, "held after the last anchor");
        assertTrue(Supply.coins(Asset.ETH, at("2019-06-01T00:00:00Z")) > 104_200_000);
    }

    @Test
    void noSupplyBeforeGenesis() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Supply.coins(Asset.BTC, at("2008-12-31T00:00:00Z")))
                .getMessage().startsWith("no BTC supply before the genesis block"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Supply.coins(Asset.ETH, at("2015-01-01T00:00:00Z")))
                .getMessage().startsWith("no ETH supply before genesis"));
    }
}
