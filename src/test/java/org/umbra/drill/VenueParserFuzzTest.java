package org.umbra.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.umbra.market.binance.BinanceFuzzTargets;
import org.umbra.market.binancespot.BinanceSpotFuzzTargets;
import org.umbra.market.bitmex.BitmexFuzzTargets;
import org.umbra.market.bybit.BybitFuzzTargets;
import org.umbra.market.cftc.CftcFuzzTargets;
import org.umbra.market.coinbase.CoinbaseFuzzTargets;
import org.umbra.market.deribit.DeribitFuzzTargets;
import org.umbra.market.http.MalformedResponseException;
import org.umbra.market.hyperliquid.HyperliquidFuzzTargets;
import org.umbra.market.okx.OkxFuzzTargets;
import org.umbra.testing.Fixtures;

/**
 * Generated and mutated bodies for every venue parser, each started from the venue's recorded responses in
 * src/test/resources: a parser returns a result or throws {@link MalformedResponseException} naming where the body
 * went wrong, never anything else; whatever it accepts holds only numbers and timestamps in range. Seeded, so a
 * failure repeats; each test prints how many cases it tried. (Plain JUnit with a seeded generator: jqwik, from 1.10,
 * asks not to be used by AI agents, which wrote this.)
 */
class VenueParserFuzzTest {
    private static final int CASES_PER_PARSER = 2_000;
    /**
     * Timestamps: 2009-01-01 (nothing Umbra reads predates bitcoin) to 2200-01-01. The parsers have no clock, so the
     * upper bound is not "now": it is the bound that tells epoch milliseconds from a unit mistake (seconds read as ms
     * land in January 1970, microseconds near the year 55,000, nanoseconds beyond a long), the same in Json.epochMillis
     * and every parser; a stamp merely in the future is the source's business, not the body's.
     */
    static final long EARLIEST = 1_230_768_000_000L;
    static final long LATEST = 7_258_118_400_000L;
    /**
     * Numbers: zero or 1e-100 ≤ |v| < 1e100, as Json.decimal enforces. No market figure comes near either bound (the
     * largest, BitMEX's openValue in satoshis, is ~1e13), and within them the sources' products and quotients of up to
     * three venue numbers (OKX: contracts × ctVal × price) stay finite as doubles: no NaN or Infinity reaches a batch.
     */
    static final BigDecimal LARGEST = new BigDecimal("1e100");
    static final BigDecimal SMALLEST = new BigDecimal("1e-100");
    /**
     * A refusal names where: a quoted field, an indexed element, a row, the missing row or asset, the venue's own error,
     * or a "where: what" message whose prefix is the part of the body it is about ("BTC venue 1 HlPerp: expected …").
     */
    private static final Pattern NAMES_WHERE = Pattern.compile("field '|'[^']+'|\\w\\[\\d+]|row \\d+|^no \\w+ |^venue error |^[^:\\n]{1,80}: ");

    static List<ParserTarget> targets() {
        return Stream.of(BinanceFuzzTargets.all(), BinanceSpotFuzzTargets.all(), BitmexFuzzTargets.all(), BybitFuzzTargets.all(),
                CftcFuzzTargets.all(), CoinbaseFuzzTargets.all(), DeribitFuzzTargets.all(), HyperliquidFuzzTargets.all(),
                OkxFuzzTargets.all()).flatMap(List::stream).toList();
    }

    private static JsonElement fixture(ParserTarget t) {
        return JsonParser.parseString(Fixtures.read(t.near(), t.fixture()));
    }

    /**
     * The body as VenueHttp reads it before any parser sees it: strict JSON, one document, nothing after it. Text it
     * refuses never reaches a parser (the source reports "invalid JSON"), so it counts as refused here.
     */
    private static JsonElement strictJson(String text) {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        try {
            JsonElement element = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                return null;
            }
            return element.isJsonObject() || element.isJsonArray() ? element : null;
        } catch (JsonParseException | IOException e) {
            return null;
        }
    }

    /** Every number finite and in range, every timestamp in range: what may be stored. */
    static void assertSane(Object result, String context) {
        ParsedValues v = ParsedValues.of(result);
        for (var n : v.numbers()) {
            BigDecimal abs = n.value().abs();
            assertTrue(abs.signum() == 0 || abs.compareTo(SMALLEST) >= 0 && abs.compareTo(LARGEST) < 0,
                    () -> context + ": " + n.path() + " = " + n.value() + " out of range");
            assertTrue(Double.isFinite(n.value().doubleValue()), () -> context + ": " + n.path() + " not finite as a double");
        }
        for (var t : v.timestamps()) {
            assertTrue(t.value() >= EARLIEST && t.value() < LATEST, () -> context + ": " + t.path() + " = " + t.value() + " out of range");
        }
    }

    @Test
    void everyRecordedBodyParsesWithSaneValues() {
        for (ParserTarget t : targets()) {
            Object result = t.parse().apply(fixture(t));
            assertSane(result, t.toString());
            assertTrue(!ParsedValues.of(result).numbers().isEmpty(), () -> t + ": the result holds numbers to check");
        }
    }

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)   // a parser that hangs fails, never stalls the build
    void mutatedBodiesAreParsedOrRefusedNamingWhereNeverThrowingAnythingElse() {
        Map<String, List<ParserTarget>> byParser = new LinkedHashMap<>();
        targets().forEach(t -> byParser.computeIfAbsent(t.parser(), k -> new ArrayList<>()).add(t));
        Random random = new Random(20261122);
        JsonMutator mutator = new JsonMutator(random);
        List<String> failures = new ArrayList<>();
        Set<String> failureKinds = new HashSet<>();
        int total = 0;
        StringBuilder report = new StringBuilder();
        for (var entry : byParser.entrySet()) {
            List<ParserTarget> group = entry.getValue();
            List<JsonElement> seeds = group.stream().map(VenueParserFuzzTest::fixture).toList();
            int accepted = 0;
            int refused = 0;
            int notJson = 0;
            for (int i = 0; i < CASES_PER_PARSER; i++) {
                ParserTarget t = group.get(i % group.size());
                String text = mutator.mutate(seeds.get(i % group.size()));
                JsonElement body = strictJson(text);
                if (body == null) {
                    notJson++;
                    continue;
                }
                Object result;
                long started = System.nanoTime();
                try {
                    result = t.parse().apply(body);
                } catch (MalformedResponseException e) {
                    refused++;
                    String m = e.getMessage();
                    if ((m == null || !NAMES_WHERE.matcher(m).find()) && failureKinds.add(entry.getKey() + " " + shape(m))) {
                        failures.add(t + " case " + i + ": refusal names nothing: '" + m + "' for " + clip(text));
                    }
                    continue;
                } catch (RuntimeException | StackOverflowError e) {
                    if (failureKinds.add(entry.getKey() + " " + e.getClass().getName())) {
                        failures.add(t + " case " + i + ": threw " + e + "\n    at " + e.getStackTrace()[0] + "\n    for " + clip(text));
                    }
                    continue;
                } finally {
                    long ms = (System.nanoTime() - started) / 1_000_000;
                    if (ms > 500 && failureKinds.add(entry.getKey() + " slow")) {
                        failures.add(t + " case " + i + ": took " + ms + " ms for " + clip(text));
                    }
                }
                try {
                    assertSane(result, t + " case " + i + ": " + clip(text));
                    accepted++;
                } catch (AssertionError e) {
                    if (failureKinds.add(entry.getKey() + " accepted out of range")) {
                        failures.add(e.getMessage());
                    }
                }
            }
            total += CASES_PER_PARSER;
            report.append(String.format("%-32s %5d cases: %5d accepted, %5d refused by the parser, %5d not JSON%n", entry.getKey(),
                    CASES_PER_PARSER, accepted, refused, notJson));
            if (accepted < CASES_PER_PARSER / 50 || refused == 0) {
                failures.add(entry.getKey() + ": the generator must reach both valid and refused bodies: " + accepted + " accepted, "
                        + refused + " refused");
            }
        }
        System.out.print(report);
        System.out.println("venue parsers: " + byParser.size() + " parsers, " + total + " mutated bodies");
        if (!failures.isEmpty()) {
            fail(failures.size() + " failures:\n" + String.join("\n", failures.subList(0, Math.min(60, failures.size()))));
        }
    }

    @Test
    void numbersSentAsStringsAndStringsSentAsNumbersParseToEqualValues() {
        Random random = new Random(8);
        int cases = 0;
        for (ParserTarget t : targets()) {
            JsonElement original = fixture(t);
            ParsedValues expected = ParsedValues.of(t.parse().apply(original));
            List<UnaryOperator<JsonPrimitive>> swaps = List.of(VenueParserFuzzTest::numberAsString, VenueParserFuzzTest::stringAsNumber,
                    p -> random.nextBoolean() ? numberAsString(p) : stringAsNumber(p));
            for (int i = 0; i < 60; i++) {
                JsonElement swapped = mapPrimitives(original, swaps.get(Math.min(i, 2)), i < 2 ? null : random);
                ParsedValues actual = ParsedValues.of(t.parse().apply(strictJson(swapped.toString())));
                assertEquals(expected.timestamps(), actual.timestamps(), t + " case " + i);
                assertEquals(expected.numbers().size(), actual.numbers().size(), t + " case " + i);
                for (int k = 0; k < expected.numbers().size(); k++) {
                    var e = expected.numbers().get(k);
                    var a = actual.numbers().get(k);
                    assertEquals(0, e.value().compareTo(a.value()), t + " case " + i + ": " + e + " vs " + a);
                }
                cases++;
            }
        }
        System.out.println("numbers as strings and back: " + cases + " bodies");
        assertTrue(cases >= 60 * 70, "cases tried: " + cases);
    }

    private static JsonPrimitive numberAsString(JsonPrimitive p) {
        return p.isNumber() ? new JsonPrimitive(p.getAsString()) : p;
    }

    /** A string that is a plain decimal ("0.00010000", "1583139600000") sent as the JSON number it spells. */
    private static JsonPrimitive stringAsNumber(JsonPrimitive p) {
        if (!p.isString()) {
            return p;
        }
        try {
            BigDecimal d = new BigDecimal(p.getAsString());
            return d.toString().equals(p.getAsString()) ? new JsonPrimitive(d) : p;
        } catch (NumberFormatException e) {
            return p;
        }
    }

    /** A copy with {@code swap} applied to every primitive, or (with {@code random}) to about half of them. */
    private static JsonElement mapPrimitives(JsonElement e, UnaryOperator<JsonPrimitive> swap, Random random) {
        if (e.isJsonPrimitive()) {
            return random == null || random.nextBoolean() ? swap.apply(e.getAsJsonPrimitive()) : e;
        }
        if (e.isJsonArray()) {
            JsonArray out = new JsonArray();
            e.getAsJsonArray().forEach(x -> out.add(mapPrimitives(x, swap, random)));
            return out;
        }
        if (e.isJsonObject()) {
            JsonObject out = new JsonObject();
            e.getAsJsonObject().entrySet().forEach(x -> out.add(x.getKey(), mapPrimitives(x.getValue(), swap, random)));
            return out;
        }
        return e;
    }

    /** A message with its numbers blanked, so one kind of refusal is reported once. */
    private static String shape(String message) {
        return message == null ? "null" : message.replaceAll("\\d+", "#");
    }

    static String clip(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }
}
