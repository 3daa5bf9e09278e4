package org.umbra.dev;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.LongToDoubleFunction;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A stand-in for api.binance.com ({@code binance-spot}): {@code GET /api/v3/klines} in Binance's 12-column
 * layout with SIMULATED prices ({@link SimulatedMarket}), from the real first bars (BTCUSDT and ETHUSDT
 * 2017-08-17 04:00, ETHBTC 2017-07-14 04:00 UTC), {@code limit} ≤ 1000. Limit: 6,000 request weight a
 * minute per IP, klines weigh 2; over it, HTTP 429 with Retry-After and {@code {"code":-1003,...}}.
 */
public final class SimulatedBinanceSpotVenue implements SimulatedVenue {
    private static final long USDT_FIRST = Instant.parse("2017-08-17T04:00:00Z").toEpochMilli();
    private static final long ETHBTC_FIRST = Instant.parse("2017-07-14T04:00:00Z").toEpochMilli();

    private final long since;

    public SimulatedBinanceSpotVenue(long since) {
        this.since = since;
    }

    @Override
    public String sourceId() {
        return "binance-spot";
    }

    @Override
    public List<VenueLimit> limits() {
        return List.of(new VenueLimit("ip weight", 6000, Duration.ofMinutes(1), VenueLimit.Window.FIXED, r -> 2));
    }

    @Override
    public MockResponse badRequest(String message) {
        return SimulatedBinanceVenue.binanceError(message);
    }

    @Override
    public MockResponse respond(RecordedRequest request, long now) {
        HttpUrl url = request.getRequestUrl();
        if (!url.encodedPath().equals("/api/v3/klines")) {
            throw new IllegalArgumentException("unknown path " + url.encodedPath());
        }
        String symbol = SimulatedMarket.require(url, "symbol");
        LongToDoubleFunction price = switch (symbol) {
            case "BTCUSDT" -> t -> SimulatedMarket.price(true, t);
            case "ETHUSDT" -> t -> SimulatedMarket.price(false, t);
            case "ETHBTC" -> t -> SimulatedMarket.price(false, t) / SimulatedMarket.price(true, t);
            default -> throw new IllegalArgumentException("Invalid symbol.");
        };
        int limit = SimulatedMarket.intParam(url, "limit", 500);
        if (limit > 1000) {
            throw new IllegalArgumentException("Illegal characters found in parameter 'limit'; legal range is '1..1000'.");
        }
        long step = SimulatedBinanceVenue.klineStep(url.queryParameter("interval"));
        long first = Math.max(since, symbol.equals("ETHBTC") ? ETHBTC_FIRST : USDT_FIRST);
        long start = Math.max(first, SimulatedMarket.longParam(url, "startTime", now - limit * step));
        return SimulatedMarket.json(SimulatedBinanceVenue.klines(price, start, step, limit, now).toString());
    }
}
