package org.umbra.market.binancearchive;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.umbra.market.http.RateLimiter;
import org.umbra.market.http.SourceException;
import org.umbra.market.http.VenueHttp;
import org.umbra.market.http.VenueHttp.Cost;

/**
 * Downloads from data.binance.vision. The archive publishes no rate limit; we stay gentle at
 * 2 requests a second (one daily metrics file is two requests: zip and .CHECKSUM).
 */
public final class BinanceArchiveClient {
    private static final long MAX_CHECKSUM_BYTES = 4 * 1024;

    private final VenueHttp http;
    private final RateLimiter requests;

    public BinanceArchiveClient(VenueHttp http) {
        this(http, new RateLimiter("binance archive", 2, Duration.ofSeconds(1)));
    }

    BinanceArchiveClient(VenueHttp http, RateLimiter requests) {
        this.http = http;
        this.requests = requests;
    }

    /** The zip at {@code path}, or empty when the archive answers 404 (it has gaps). */
    Optional<byte[]> zip(String path) throws SourceException {
        return get(path, ArchiveFiles.MAX_ZIP_BYTES);
    }

    /** The text of {@code path}.CHECKSUM, or empty on 404. */
    Optional<String> checksum(String zipPath) throws SourceException {
        return get(zipPath + ".CHECKSUM", MAX_CHECKSUM_BYTES).map(b -> new String(b, StandardCharsets.US_ASCII));
    }

    private Optional<byte[]> get(String path, long maxBytes) throws SourceException {
        try {
            return Optional.of(http.getBytes(path, Map.of(), List.of(new Cost(requests, 1)), maxBytes));
        } catch (SourceException e) {
            if (isNotFound(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** VenueHttp reports any non-2xx but 403/418/429/451 as HTTP_STATUS with the code leading the detail. */
    static boolean isNotFound(SourceException e) {
        return e.kind() == SourceException.Kind.HTTP_STATUS && e.detail().startsWith("HTTP 404");
    }
}
