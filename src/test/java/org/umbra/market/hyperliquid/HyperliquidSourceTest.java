package org.umbra.market.hyperliquid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.umbra.analytics.FundingMath;
import org.umbra.market.Feed;
import org.umbra.market.http.HttpClients;
import org.umbra.market.http.VenueHttp;

class HyperliquidSourceTest {
    @Test
    void hourlyFundingTimesEightIsTheEightHourFigure() {
        // 0.0000125 per hour = 0.0001 (0.01 %) per 8 h: the common baseline, 10.95 % a year.
        assertEquals(0, new BigDecimal("0.0001").compareTo(HyperliquidSource.hourlyToEightHours(new BigDecimal("0.0000125"))));
        assertEquals(0.0001, FundingMath.per8h(0.0000125, 3600), 1e-18);
        assertEquals(FundingMath.BASELINE_ANNUALISED_PERCENT, FundingMath.annualisedPercent(0.0000125, 3600), 1e-9);
        assertEquals(10.95, FundingMath.annualisedPercent(0.0000125, 3600), 1e-9);
    }

    @Test
    void oiInUsdIsCoinsTimesMark() {
        // The recorded BTC context: 27,353.17682 BTC at mark 77,562 ≈ 2.1216 bn USD.
        BigDecimal usd = new BigDecimal("27353.17682").multiply(new BigDecimal("77562.0"));
        assertEquals(2_121_567_100.51284, usd.doubleValue(), 1e-3);
    }

    @Test
    void cadenceFloorFeedsAndSchedule() throws Exception {
        long now = Instant.parse("2026-02-01T03:30:00Z").toEpochMilli();
        try (HyperliquidMockVenue venue = new HyperliquidMockVenue()) {
            VenueHttp http = new VenueHttp(HyperliquidSource.ID, HttpClients.create("t"), HttpUrl.get(venue.baseUrl()),
                    Clock.fixed(Instant.ofEpochMilli(now), ZoneOffset.UTC));
            HyperliquidSource source = new HyperliquidSource(http, Duration.ofSeconds(60));
            assertEquals(Duration.ofMinutes(5), source.snapshotCadence());
            assertEquals(List.of("BTC/snapshot", "BTC/funding", "ETH/snapshot", "ETH/funding"), source.feeds().stream().map(Feed::id).toList());
            assertEquals(now + 300_000L, source.feeds().get(0).nextRunAfter(now));
            assertEquals(Instant.parse("2026-02-01T04:01:00Z").toEpochMilli(), source.feeds().get(1).nextRunAfter(now));
            assertEquals("https://api.hyperliquid.xyz", HyperliquidSource.DEFAULT_ENDPOINT);
        }
    }
}
