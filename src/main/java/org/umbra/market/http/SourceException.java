package org.umbra.market.http;

import java.time.Duration;
import java.util.Optional;

/**
 * A fetch that failed, with the source named and the cause in one line, e.g.
 * {@code binance-futures: HTTP 429, retry after 30 s (GET /fapi/v1/fundingRate)}.
 */
public class SourceException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a fetch failed; decides how the collector backs off and what the status bar says. */
    public enum Kind {
        /** 429 or 418: the venue asks us to slow down. */
        RATE_LIMITED,
        /** 403 or 451: refused for this network or region; retrying soon will not help. */
        REFUSED,
        /** Any other non-2xx status. */
        HTTP_STATUS,
        /** No connection, timeout, reset. */
        NETWORK,
        /** A 2xx body that is not what the venue documents. Nothing of it is stored. */
        MALFORMED
    }

    private final String sourceId;
    private final Kind kind;
    private final String detail;
    private final Duration retryAfter;

    public SourceException(String sourceId, Kind kind, String detail, Duration retryAfter, Throwable cause) {
        super(sourceId + ": " + detail, cause);
        this.sourceId = sourceId;
        this.kind = kind;
        this.detail = detail;
        this.retryAfter = retryAfter;
    }

    public SourceException(String sourceId, Kind kind, String detail) {
        this(sourceId, kind, detail, null, null);
    }

    public String sourceId() {
        return sourceId;
    }

    public Kind kind() {
        return kind;
    }

    /** The message without the source prefix, for places that already show the source. */
    public String detail() {
        return detail;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
