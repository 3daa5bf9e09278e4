package org.umbra.market.http;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The one way a venue client talks to its host: builds the URL on the configured base, waits for
 * rate-limit budget, maps every failure to a {@link SourceException} that names the source, and
 * hands the parsed JSON to a parser. A parser's {@link MalformedResponseException} becomes a
 * MALFORMED failure, so a surprising body is rejected whole and never half-stored.
 */
public final class VenueHttp {
    /** Budget taken by one request from one limiter. */
    public record Cost(RateLimiter limiter, int weight) {
    }

    private static final int MAX_ERROR_SNIPPET = 160;
    private static final okhttp3.MediaType JSON = okhttp3.MediaType.get("application/json; charset=utf-8");

    private final String sourceId;
    private final OkHttpClient client;
    private final HttpUrl baseUrl;
    private final Clock clock;
    private final boolean paced;
    /** The venue's clock minus ours, from the Date header of its latest answer; 0 until one is seen. */
    private volatile long venueClockOffsetMs;

    public VenueHttp(String sourceId, OkHttpClient client, HttpUrl baseUrl, Clock clock) {
        this(sourceId, client, baseUrl, clock, true);
    }

    private VenueHttp(String sourceId, OkHttpClient client, HttpUrl baseUrl, Clock clock, boolean paced) {
        this.sourceId = Objects.requireNonNull(sourceId);
        this.client = Objects.requireNonNull(client);
        this.baseUrl = Objects.requireNonNull(baseUrl);
        this.clock = clock;
        this.paced = paced;
    }

    /**
     * The same host without waiting for the clients' budgets: for a drill that replays many faults against a local
     * stand-in in virtual time, where budgets kept in real time would make it wait minutes. Pacing is
     * {@link RateLimiter}'s own concern (and its tests').
     */
    public VenueHttp unpaced() {
        return new VenueHttp(sourceId, client, baseUrl, clock, false);
    }

    public String sourceId() {
        return sourceId;
    }

    public HttpUrl baseUrl() {
        return baseUrl;
    }

    /**
     * The venue's time now, as its latest answer's Date header says (to the second): a machine clock an hour fast must
     * not make a feed speak for minutes the venue has not lived yet. Our clock until the venue has answered with a Date.
     */
    public long venueNow() {
        return venueTimeAt(clock.millis());
    }

    /** The venue's time when ours reads {@code localNow}. */
    public long venueTimeAt(long localNow) {
        return localNow + venueClockOffsetMs;
    }

    private void observeDate(Response response) {
        java.util.Date date = response.headers().getDate("Date");
        if (date != null) {
            venueClockOffsetMs = date.getTime() - clock.millis();
        }
    }

    /** GET {@code path} with {@code query}, parse the body as JSON and map it with {@code parser}. */
    public <T> T getJson(String path, Map<String, String> query, List<Cost> costs, Function<JsonElement, T> parser)
            throws SourceException {
        Request request = new Request.Builder().url(url(path, query)).header("Accept", "application/json").get().build();
        return json(request, "GET " + path, costs, parser);
    }

    /** POST {@code body} as JSON to {@code path} (Hyperliquid's {@code /info}), parse and map the JSON answer. */
    public <T> T postJson(String path, JsonElement body, List<Cost> costs, Function<JsonElement, T> parser) throws SourceException {
        Request request = new Request.Builder().url(url(path, Map.of())).header("Accept", "application/json")
                .post(RequestBody.create(body.toString(), JSON)).build();
        String type = body.isJsonObject() && body.getAsJsonObject().has("type") ? " " + body.getAsJsonObject().get("type").getAsString() : "";
        return json(request, "POST " + path + type, costs, parser);
    }

    /** GET {@code path} as bytes (archive files), at most {@code maxBytes}; statuses are mapped as for JSON. */
    public byte[] getBytes(String path, Map<String, String> query, List<Cost> costs, long maxBytes) throws SourceException {
        Request request = new Request.Builder().url(url(path, query)).get().build();
        String where = "GET " + path;
        acquire(costs, where);
        try (Response response = client.newCall(request).execute()) {
            observeDate(response);
            ResponseBody body = response.body();
            if (!response.isSuccessful()) {
                throw statusFailure(response, readBody(body, response.code(), where), where, costs);
            }
            if (body == null) {
                throw new SourceException(sourceId, SourceException.Kind.MALFORMED, "empty response body (" + where + ")");
            }
            return readBytes(body, response.code(), maxBytes, where);
        } catch (InterruptedIOException e) {
            throw new SourceException(sourceId, SourceException.Kind.NETWORK, "timed out (" + where + ")", null, e);
        } catch (IOException e) {
            throw new SourceException(sourceId, SourceException.Kind.NETWORK, "unreachable: " + describe(e) + " (" + where + ")", null, e);
        }
    }

    /** GET {@code path} as UTF-8 text (Esplora's plain-text tip hash), at most {@code maxBytes}; statuses as for JSON. */
    public String getText(String path, List<Cost> costs, long maxBytes) throws SourceException {
        return new String(getBytes(path, Map.of(), costs, maxBytes), java.nio.charset.StandardCharsets.UTF_8);
    }

    private HttpUrl url(String path, Map<String, String> query) {
        HttpUrl.Builder url = baseUrl.newBuilder();
        for (String segment : path.replaceFirst("^/", "").split("/")) {
            url.addPathSegment(segment);
        }
        query.forEach(url::addQueryParameter);
        return url.build();
    }

    private void acquire(List<Cost> costs, String where) throws SourceException {
        if (!paced) {
            return;
        }
        try {
            for (Cost cost : costs) {
                cost.limiter().acquire(cost.weight());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException(sourceId, SourceException.Kind.NETWORK, "interrupted (" + where + ")", null, e);
        }
    }

    private <T> T json(Request request, String where, List<Cost> costs, Function<JsonElement, T> parser) throws SourceException {
        acquire(costs, where);
        try (Response response = client.newCall(request).execute()) {
            observeDate(response);
            ResponseBody body = response.body();
            String text = readBody(body, response.code(), where);
            if (!response.isSuccessful()) {
                throw statusFailure(response, text, where, costs);
            }
            JsonElement json = parseJson(text, response.header("Content-Type"), where);
            try {
                return parser.apply(json);
            } catch (MalformedResponseException | IllegalArgumentException | IllegalStateException | ArithmeticException e) {
                throw new SourceException(sourceId, SourceException.Kind.MALFORMED,
                        "malformed response: " + e.getMessage() + " (" + where + ")", null, e);
            }
        } catch (InterruptedIOException e) {
            throw new SourceException(sourceId, SourceException.Kind.NETWORK,
                    "timed out (" + where + ")", null, e);
        } catch (IOException e) {
            throw new SourceException(sourceId, SourceException.Kind.NETWORK,
                    "unreachable: " + describe(e) + " (" + where + ")", null, e);
        }
    }

    /**
     * The whole body as text. A failure here came after the venue answered: the host is reachable, the answer was cut
     * (a reset connection, a body slower than the read timeout), which the message says rather than "unreachable".
     */
    private String readBody(ResponseBody body, int code, String where) throws SourceException {
        if (body == null) {
            return "";
        }
        okhttp3.MediaType type = body.contentType();
        java.nio.charset.Charset charset = type == null ? null : type.charset();
        return new String(readBytes(body, code, Long.MAX_VALUE, where), charset == null ? java.nio.charset.StandardCharsets.UTF_8 : charset);
    }

    /** Reads in chunks and stops as soon as the limit is passed: a huge or endless body never fills memory. */
    private byte[] readBytes(ResponseBody body, int code, long maxBytes, String where) throws SourceException {
        okio.Buffer buffer = new okio.Buffer();
        try {
            okio.BufferedSource source = body.source();
            while (source.read(buffer, 64 * 1024) != -1) {
                if (buffer.size() > maxBytes) {
                    throw new SourceException(sourceId, SourceException.Kind.MALFORMED,
                            "file larger than the " + maxBytes + " bytes allowed (" + where + ")");
                }
            }
        } catch (InterruptedIOException e) {
            throw new SourceException(sourceId, SourceException.Kind.NETWORK,
                    "timed out reading the body of an HTTP " + code + " answer (" + where + ")", null, e);
        } catch (IOException e) {
            throw new SourceException(sourceId, SourceException.Kind.NETWORK,
                    "connection lost reading the body of an HTTP " + code + " answer: " + describe(e) + " (" + where + ")", null, e);
        }
        return buffer.readByteArray();
    }

    private JsonElement parseJson(String text, String contentType, String where) throws SourceException {
        String trimmed = text.stripLeading();
        if (trimmed.isEmpty()) {
            throw new SourceException(sourceId, SourceException.Kind.MALFORMED, "empty response body (" + where + ")");
        }
        char first = trimmed.charAt(0);
        if (first != '{' && first != '[') {
            String type = contentType == null ? "no content type" : contentType;
            throw new SourceException(sourceId, SourceException.Kind.MALFORMED,
                    "expected JSON, got " + type + ": " + snippet(trimmed) + " (" + where + ")");
        }
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(com.google.gson.Strictness.STRICT);
            JsonElement element = JsonParser.parseReader(reader);
            if (reader.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
                throw new JsonParseException("trailing data after the JSON document");
            }
            return element;
        } catch (JsonParseException | IOException e) {
            // A body cut short (a dropped connection the length did not catch, a proxy's limit) fails wherever the cut
            // fell, often mid-string; a whole document ends with its closing bracket. Say so: asking again is the fix.
            String end = text.stripTrailing();
            boolean cut = e instanceof java.io.EOFException || e.getCause() instanceof java.io.EOFException
                    || !end.endsWith("}") && !end.endsWith("]");
            String what = cut ? "truncated JSON (the body ends after " + text.length() + " characters, mid-document): " : "invalid JSON: ";
            throw new SourceException(sourceId, SourceException.Kind.MALFORMED, what + describe(e) + " (" + where + ")", null, e);
        }
    }

    private SourceException statusFailure(Response response, String body, String where, List<Cost> costs) {
        int code = response.code();
        String venueMessage = venueMessage(body);
        Duration retryAfter = parseRetryAfter(response.header("Retry-After"));
        if (code == 429 || code == 418) {
            // The venue's count is ahead of ours: empty our buckets so nothing else on this source fires at once.
            costs.forEach(c -> c.limiter().drain());
            String detail = "HTTP " + code + (code == 418 ? " (IP banned for ignoring 429s)" : "")
                    + (retryAfter != null ? ", retry after " + retryAfter.toSeconds() + " s" : "")
                    + venueMessage + " (" + where + ")";
            return new SourceException(sourceId, SourceException.Kind.RATE_LIMITED, detail, retryAfter, null);
        }
        String refusedRedirect = response.header(SameHostRedirects.REFUSED);
        if (refusedRedirect != null) {
            return new SourceException(sourceId, SourceException.Kind.REFUSED, "HTTP " + code + ": redirected to another host ("
                    + refusedRedirect + "), not followed; check the endpoint (" + where + ")", null, null);
        }
        if (code == 403 || code == 451) {
            String why = code == 451 ? " unavailable from this location" : " forbidden";
            return new SourceException(sourceId, SourceException.Kind.REFUSED,
                    "HTTP " + code + why + venueMessage + " (" + where + ")", retryAfter, null);
        }
        return new SourceException(sourceId, SourceException.Kind.HTTP_STATUS,
                "HTTP " + code + venueMessage + " (" + where + ")", retryAfter, null);
    }

    /** Venues put a human message in error bodies ({@code {"code":-1121,"msg":"Invalid symbol."}}). */
    private static String venueMessage(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonElement json = JsonParser.parseString(body);
            if (json.isJsonObject()) {
                JsonObject o = json.getAsJsonObject();
                for (String key : new String[] {"msg", "message", "retMsg", "error"}) {
                    if (o.has(key) && o.get(key).isJsonPrimitive()) {
                        return ": " + snippet(o.get(key).getAsString());
                    }
                }
                // BitMEX and Deribit nest it: {"error":{"message":"...","name":"HTTPError"}}.
                if (o.has("error") && o.get("error").isJsonObject() && o.getAsJsonObject("error").has("message")
                        && o.getAsJsonObject("error").get("message").isJsonPrimitive()) {
                    return ": " + snippet(o.getAsJsonObject("error").get("message").getAsString());
                }
            }
        } catch (RuntimeException ignored) {
            // Not JSON (an HTML error page): the status line says enough.
        }
        return "";
    }

    private Duration parseRetryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            long seconds = Long.parseLong(header.trim());
            return seconds >= 0 ? Duration.ofSeconds(seconds) : null;
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
                // An HTTP date is the venue's clock: count from its own Date, not from ours, which may be off.
                long millis = at.toInstant().toEpochMilli() - venueNow();
                return Duration.ofMillis(Math.max(0, millis));
            } catch (DateTimeParseException unparseable) {
                return null;
            }
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static String snippet(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_ERROR_SNIPPET ? oneLine : oneLine.substring(0, MAX_ERROR_SNIPPET) + "…";
    }
}
