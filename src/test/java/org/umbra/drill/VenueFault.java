package org.umbra.drill;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.umbra.drill.FaultyVenue.Answer;
import org.umbra.market.binancearchive.ArchiveSamples;

/**
 * What a venue (or the network between) can do to one answer. Each fault starts from the venue's real answer to the
 * request (and the one before it, for a page that repeats), so what the parsers meet is a real response, broken.
 * JSON venues get the JSON faults, the archive (zipped CSV) the equivalents for its format.
 */
enum VenueFault {
    RATE_LIMITED_RETRY_AFTER("429 with Retry-After: 30", Formats.ALL, false,
            (ok, previous) -> error(429, "{\"code\":-1003,\"msg\":\"Too many requests.\"}").setHeader("Retry-After", "30")),
    RATE_LIMITED("429 without Retry-After", Formats.ALL, false, (ok, previous) -> error(429, "{\"message\":\"Public rate limit exceeded\"}")),
    BANNED("418", Formats.ALL, false, (ok, previous) -> error(418, "{\"code\":-1003,\"msg\":\"Way too many requests; IP banned.\"}")),
    FORBIDDEN("403", Formats.ALL, false, (ok, previous) -> html(403, "<html><body><h1>403 Forbidden</h1>Request blocked.</body></html>")),
    RESTRICTED("451", Formats.ALL, false,
            (ok, previous) -> error(451, "{\"code\":0,\"msg\":\"Service unavailable from a restricted location.\"}")),
    SERVER_ERROR("500", Formats.ALL, false, (ok, previous) -> error(500, "{\"message\":\"Internal Server Error\"}")),
    BAD_GATEWAY("502", Formats.ALL, false,
            (ok, previous) -> html(502, "<html><head><title>502 Bad Gateway</title></head><body>cloudflare</body></html>")),
    UNAVAILABLE("503", Formats.ALL, false,
            (ok, previous) -> error(503, "{\"message\":\"The system is currently overloaded. Please try again later.\"}")),
    RESET_MID_BODY("connection reset mid-body", Formats.ALL, false,
            (ok, previous) -> ok.response().setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY)),
    SLOW_DRIP("body dripping past the read timeout", Formats.ALL, false, (ok, previous) -> ok.response().throttleBody(16, 3, TimeUnit.SECONDS)),
    TRUNCATED("truncated body (a real answer cut in half)", Formats.ALL, true,
            (ok, previous) -> new Answer(200, ok.contentType(), Arrays.copyOf(ok.body(), ok.body().length / 2)).response()),
    HTML_200("an HTML page with HTTP 200", Formats.ALL, true,
            (ok, previous) -> html(200, "<!DOCTYPE html><html><head><title>Access denied</title></head><body>Sign in to the network</body></html>")),
    WRONG_SHAPE("JSON of the wrong shape (object for array, array for object)", Formats.JSON, false,
            (ok, previous) -> json(JsonMutations.swapShape(ok.text()))),
    STRINGS_TO_NUMBERS("every numeric string a number", Formats.JSON, false, (ok, previous) -> json(JsonMutations.stringsToNumbers(ok.text()))),
    NUMBERS_TO_STRINGS("every number a string", Formats.JSON, false, (ok, previous) -> json(JsonMutations.numbersToStrings(ok.text()))),
    /** Needs the field: see {@link #respond(Answer, Answer, String)}. */
    NULL_FIELD("a required field null", Formats.JSON, false, (ok, previous) -> {
        throw new UnsupportedOperationException("the field to null is the venue's");
    }),
    WRONG_HEADER("CSV with a wrong header", Formats.ARCHIVE, true, (ok, previous) -> {
        Csv csv = unzip(ok.body());
        return zip(ok, new Csv(csv.name(), "time,rate,interval" + csv.text().substring(csv.text().indexOf('\n'))));
    }),
    EMPTY_FILE("an empty file", Formats.ARCHIVE, true, (ok, previous) -> new Answer(200, ok.contentType(), new byte[0]).response()),
    EMPTY_ROWS("no rows (an empty array; a CSV of its header only)", Formats.ALL, true, (ok, previous) -> {
        if (isZip(ok)) {
            Csv csv = unzip(ok.body());
            return zip(ok, new Csv(csv.name(), csv.text().substring(0, csv.text().indexOf('\n') + 1)));
        }
        return json(JsonMutations.emptyRows(ok.text()));
    }),
    /** The page before, again: its cursor does not advance. {@link FaultyVenue} serves it after the first page with rows. */
    REPEATED_PAGE("a page that repeats the previous one (its cursor does not advance)", Formats.ALL, false, (ok, previous) -> previous.response());

    /** How a fault answers, from the venue's real answer and (for a repeat) the page before. */
    @FunctionalInterface
    private interface Respond {
        MockResponse apply(Answer ok, Answer previous);
    }

    /** Which formats a fault applies to. */
    enum Formats {
        ALL, JSON, ARCHIVE
    }

    final String label;
    final Formats formats;
    private final boolean changesBody;
    private final Respond respond;

    VenueFault(String label, Formats formats, boolean changesBody, Respond respond) {
        this.label = label;
        this.formats = formats;
        this.changesBody = changesBody;
        this.respond = respond;
    }

    MockResponse respond(Answer ok, Answer previous) {
        return respond.apply(ok, previous);
    }

    /**
     * As {@link #respond(Answer, Answer)}; {@link #NULL_FIELD} sets {@code nullField} of the answer to null.
     * {@code previous} is the page {@link #REPEATED_PAGE} repeats (null for the other faults).
     */
    MockResponse respond(Answer ok, Answer previous, String nullField) {
        return this == NULL_FIELD ? json(JsonMutations.nullField(ok.text(), nullField)) : respond(ok, previous);
    }

    /** Whether the fault serves other content than the venue's (the archive's .CHECKSUM must then describe it). */
    boolean changesBody() {
        return changesBody;
    }

    /** Whether the fault serves the previous answer again. */
    boolean replaysPrevious() {
        return this == REPEATED_PAGE;
    }

    boolean network() {
        return this == RESET_MID_BODY || this == SLOW_DRIP;
    }

    /** How many requests in a row the fault answers: two for a reset, to see the wait double (a drip costs a read timeout each). */
    int attempts() {
        return this == RESET_MID_BODY ? 2 : 1;
    }

    boolean appliesTo(boolean archive) {
        return formats == Formats.ALL || (formats == Formats.ARCHIVE) == archive;
    }

    private static MockResponse error(int code, String body) {
        return json(body).setResponseCode(code);
    }

    private static MockResponse html(int code, String body) {
        return new MockResponse().setResponseCode(code).setHeader("Content-Type", "text/html; charset=utf-8").setBody(body);
    }

    private static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }

    private static boolean isZip(Answer a) {
        return "application/zip".equals(a.contentType());
    }

    /** The one CSV file in an archive zip. */
    private record Csv(String name, String text) {
    }

    private static Csv unzip(byte[] zip) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry = in.getNextEntry();
            if (entry == null) {
                throw new IllegalStateException("an empty zip");
            }
            return new Csv(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MockResponse zip(Answer ok, Csv csv) {
        return new Answer(200, ok.contentType(), ArchiveSamples.zip(csv.name(), csv.text())).response();
    }
}
