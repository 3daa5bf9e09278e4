package org.umbra.market.deribit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.gson.JsonParser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.umbra.analytics.FundingMath;
import org.umbra.market.Feed;
import org.umbra.market.deribit.DeribitDtos.FundingRow;
import org.umbra.market.http.HttpClients;
import org.umbra.market.http.VenueHttp;
import org.umbra.testing.Fixtures;

class DeribitSourceTest {
    @Test
    void inverseOiKnownAnswers() {
        // BTC-PERPETUAL: 10 USD a contract. 183,180 USD of OI = 18,318 contracts = 51.17 BTC at 3,579.73.
        assertEquals(0, new BigDecimal("18318").compareTo(DeribitSource.usdToContracts(new BigDecimal("183180"), new BigDecimal("10"))));
        assertEquals(51.171457, DeribitSource.usdToCoin(new BigDecimal("183180"), new BigDecimal("3579.73")).doubleValue(), 1e-6);
        // The recorded live ticker (Dec 2025): 1,132,329,370 USD at mark 92,281.78 = 113,232,937 contracts ≈ 12,270 BTC.
        assertEquals(0, new BigDecimal("113232937").compareTo(
                DeribitSource.usdToContracts(new BigDecimal("1132329370"), new BigDecimal("10"))));
        assertEquals(12270.346, DeribitSource.usdToCoin(new BigDecimal("1132329370"), new BigDecimal("92281.78")).doubleValue(), 0.001);
        // ETH-PERPETUAL: 1 USD a contract.
        assertEquals(0, new BigDecimal("2505417").compareTo(DeribitSource.usdToContracts(new BigDecimal("2505417"), BigDecimal.ONE)));
    }

    @Test
    void interest8hIsTheTrailingSumOfEightHourlyRates() {
        // Built in the documented row format: interest_8h set as the trailing 8 h sum, as third-party docs describe it.
        List<FundingRow> rows = new ArrayList<>();
        double[] hourly = {1e-6, 2e-6, -1e-6, 3e-6, 0, 5e-6, 1e-6, 2e-6, 4e-6, -2e-6};
        long t0 = 1569891600000L;
        for (int i = 0; i < hourly.length; i++) {
            double sum = 0;
            for (int k = Math.max(0, i - 7); k <= i; k++) {
                sum += hourly[k];
            }
            rows.add(new FundingRow(t0 + i * 3_600_000L, BigDecimal.valueOf(hourly[i]), BigDecimal.valueOf(sum), BigDecimal.TEN));
        }
        assertNull(DeribitSource.trailingEightHours(rows, 6), "fewer than eight hours");
        for (int i = 7; i < rows.size(); i++) {
            assertEquals(rows.get(i).interest8h().doubleValue(), DeribitSource.trailingEightHours(rows, i).doubleValue(), 1e-18);
        }
        // Eight hours of 0.00125 % each are 0.01 % per 8 h: the baseline, 10.95 % a year, from the 1 h series.
        double perHour = 0.0001 / 8;
        assertEquals(0.0001, FundingMath.per8h(perHour, 3600), 1e-18);
        assertEquals(FundingMath.BASELINE_ANNUALISED_PERCENT, FundingMath.annualisedPercent(perHour, 3600), 1e-9);
        // A gap in the hours makes the sum undefined rather than wrong.
        rows.set(3, new FundingRow(rows.get(3).timestamp() + 1, rows.get(3).interest1h(), rows.get(3).interest8h(), BigDecimal.TEN));
        assertNull(DeribitSource.trailingEightHours(rows, 8));
    }

    @Test
    void recordedInterest8hIsNotEightTimesTheHour() {
        // In the documented real rows, interest_8h is ~100x interest_1h: it is not a rescaled hourly rate, so the
        // stored 1 h series must not be compared with interest_8h by multiplying one row by 8.
        String body = Fixtures.read(DeribitSourceTest.class, "get_funding_rate_history_BTC-PERPETUAL_doc.json");
        List<FundingRow> rows = DeribitParsers.reply(JsonParser.parseString(body), DeribitParsers::fundingRateHistory).value();
        for (FundingRow r : rows) {
            assertNotEquals(r.interest8h().doubleValue(), r.interest1h().doubleValue() * 8, 1e-6);
        }
        // Consistency with the trailing-sum reading: successive 8 h values differ by (this hour - the hour 8 h before),
        // which implies hourly rates 8 h earlier of about -2.5e-5, -3.6e-5, -2.1e-5: the same order as the
        // 8 h figures, plausible on 2019-10-01 (BTC +2.5 % in those hours). Consistent, not a proof.
        for (int i = 1; i < rows.size(); i++) {
            double implied = rows.get(i).interest1h().doubleValue() - (rows.get(i).interest8h().doubleValue() - rows.get(i - 1).interest8h().doubleValue());
            assertEquals(-2.9e-5, implied, 1e-5);
        }
    }

    @Test
    void snapshotCadenceIsNeverShorterThanFiveMinutesAndFundingRunsAfterEachHour() throws Exception {
        long now = Instant.parse("2019-10-01T05:30:00Z").toEpochMilli();
        try (DeribitMockVenue venue = new DeribitMockVenue()) {
            VenueHttp http = new VenueHttp(DeribitSource.ID, HttpClients.create("t"), HttpUrl.get(venue.baseUrl()),
                    Clock.fixed(Instant.ofEpochMilli(now), ZoneOffset.UTC));
            DeribitSource fast = new DeribitSource(http, Duration.ofSeconds(60));
            assertEquals(Duration.ofMinutes(5), fast.snapshotCadence());
            assertEquals(Duration.ofMinutes(10), new DeribitSource(http, Duration.ofMinutes(10)).snapshotCadence());
            assertEquals(List.of("BTC-PERPETUAL/snapshot", "BTC-PERPETUAL/funding", "ETH-PERPETUAL/snapshot", "ETH-PERPETUAL/funding"),
                    fast.feeds().stream().map(Feed::id).toList());
            Feed funding = fast.feeds().get(1);
            assertEquals(Instant.parse("2019-10-01T06:01:00Z").toEpochMilli(), funding.nextRunAfter(now));
            assertEquals(now + 300_000L, fast.feeds().get(0).nextRunAfter(now));
            assertEquals("deribit", fast.id());
            assertEquals("https://www.deribit.com", DeribitSource.DEFAULT_ENDPOINT);
        }
    }
}
