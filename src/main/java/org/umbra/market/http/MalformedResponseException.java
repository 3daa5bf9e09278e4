package org.umbra.market.http;

/**
 * A response body that does not match the venue's documented format. Parsers throw it naming the
 * field; the HTTP layer adds the source and path and turns it into a {@link SourceException}.
 */
public final class MalformedResponseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MalformedResponseException(String message) {
        super(message);
    }

    public MalformedResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
