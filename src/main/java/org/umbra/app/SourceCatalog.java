package org.umbra.app;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.umbra.market.MarketSource;
import org.umbra.market.VenueTimedSource;
import org.umbra.market.binance.BinanceFuturesClient;
import org.umbra.market.binance.BinanceFuturesSource;
import org.umbra.market.binancearchive.BinanceArchiveSource;
import org.umbra.market.bitmex.BitmexSource;
import org.umbra.market.bybit.BybitSource;
import org.umbra.market.cftc.CftcSource;
import org.umbra.market.okx.OkxSource;
import org.umbra.market.deribit.DeribitSource;
import org.umbra.market.hyperliquid.HyperliquidSource;
import org.umbra.market.binancespot.BinanceSpotSource;
import org.umbra.market.coinbase.CoinbaseSource;
import org.umbra.market.http.VenueHttp;

/**
 * The sources Umbra knows, by stable id, with their default base URLs; builds only the sources
 * asked for, so a source that was not named is never contacted. A new venue is one entry here.
 */
public final class SourceCatalog {
    /** Builds a source on its own host. */
    @FunctionalInterface
    interface Factory {
        MarketSource create(VenueHttp http, Settings settings);
    }

    /** One known source: its id, default endpoint, and how to build it. */
    record Definition(String id, String defaultEndpoint, Factory factory) {
    }

    private static final List<Definition> DEFINITIONS = List.of(
            new Definition(BinanceFuturesSource.ID, "https://fapi.binance.com",
                    (http, s) -> new BinanceFuturesSource(new BinanceFuturesClient(http), cadence(s))),
            new Definition(BinanceArchiveSource.ID, BinanceArchiveSource.DEFAULT_ENDPOINT, (http, s) -> new BinanceArchiveSource(http, cadence(s))),
            new Definition(BybitSource.ID, BybitSource.DEFAULT_ENDPOINT, (http, s) -> new BybitSource(http, cadence(s))),
            new Definition(OkxSource.ID, OkxSource.DEFAULT_ENDPOINT, (http, s) -> new OkxSource(http, cadence(s))),
            new Definition(DeribitSource.ID, DeribitSource.DEFAULT_ENDPOINT, (http, s) -> new DeribitSource(http, cadence(s))),
            new Definition(HyperliquidSource.ID, HyperliquidSource.DEFAULT_ENDPOINT, (http, s) -> new HyperliquidSource(http, cadence(s))),
            new Definition(BitmexSource.ID, BitmexSource.DEFAULT_ENDPOINT, (http, s) -> new BitmexSource(http, cadence(s))),
            new Definition(BinanceSpotSource.ID, BinanceSpotSource.DEFAULT_ENDPOINT, (http, s) -> new BinanceSpotSource(http, cadence(s))),
            new Definition(CoinbaseSource.ID, CoinbaseSource.DEFAULT_ENDPOINT, (http, s) -> new CoinbaseSource(http, cadence(s))),
            new Definition(CftcSource.ID, CftcSource.DEFAULT_ENDPOINT, (http, s) -> new CftcSource(http, cadence(s))));

    private static Duration cadence(Settings s) {
        return Duration.ofSeconds(s.snapshotCadenceSeconds());
    }

    /** Live sources and their default endpoints, in display order. */
    public static final Map<String, String> DEFAULT_ENDPOINTS;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        DEFINITIONS.forEach(d -> m.put(d.id(), d.defaultEndpoint()));
        DEFAULT_ENDPOINTS = java.util.Collections.unmodifiableMap(m);
    }

    private SourceCatalog() {
    }

    public static List<String> ids() {
        return List.copyOf(DEFAULT_ENDPOINTS.keySet());
    }

    /** Validates a base URL for a source; returns the parsed URL or throws naming the problem. */
    public static HttpUrl parseEndpoint(String sourceId, String url) {
        if (!DEFAULT_ENDPOINTS.containsKey(sourceId)) {
            throw new IllegalArgumentException("unknown source '" + sourceId + "' (known: " + String.join(", ", ids()) + ")");
        }
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url.trim());
        if (parsed == null) {
            throw new IllegalArgumentException(sourceId + ": '" + url + "' is not an http or https URL");
        }
        String insecure = org.umbra.market.http.EndpointPolicy.check(parsed);
        if (insecure != null) {
            throw new IllegalArgumentException(sourceId + ": " + insecure);
        }
        return parsed;
    }

    /** Parses a comma-separated {@code --sources} list, refusing unknown ids. */
    public static List<String> parseIds(String list) {
        List<String> out = new ArrayList<>();
        for (String id : list.split(",")) {
            String trimmed = id.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (!DEFAULT_ENDPOINTS.containsKey(trimmed)) {
                throw new IllegalArgumentException("unknown source '" + trimmed + "' (known: " + String.join(", ", ids()) + ")");
            }
            if (!out.contains(trimmed)) {
                out.add(trimmed);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no source named (known: " + String.join(", ", ids()) + ")");
        }
        return out;
    }

    /** Builds the source {@code http} is for ({@link VenueHttp#sourceId()}), on that host, as the app builds it. */
    public static MarketSource create(VenueHttp http, Settings settings) {
        Definition d = DEFINITIONS.stream().filter(def -> def.id().equals(http.sourceId())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown source '" + http.sourceId() + "' (known: " + String.join(", ", ids()) + ")"));
        return instantiate(d, http, settings);
    }

    /** The source {@code d} defines on {@code http}, fetched at the venue's time (its answers' Date headers). */
    private static MarketSource instantiate(Definition d, VenueHttp http, Settings settings) {
        return VenueTimedSource.of(d.factory().create(http, settings), http);
    }

    /** Builds the named sources, each on its own endpoint, in catalogue order. */
    public static List<MarketSource> build(List<String> ids, Settings settings, OkHttpClient http, Clock clock) {
        List<MarketSource> out = new ArrayList<>();
        for (Definition d : DEFINITIONS) {
            if (ids.contains(d.id())) {
                VenueHttp venue = new VenueHttp(d.id(), http, parseEndpoint(d.id(), settings.endpoint(d.id())), clock);
                out.add(instantiate(d, venue, settings));
            }
        }
        return out;
    }
}
