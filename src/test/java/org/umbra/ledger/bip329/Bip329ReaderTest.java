package org.umbra.ledger.bip329;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.umbra.ledger.bip329.Bip329Vectors.TXID;
import static org.umbra.ledger.bip329.Bip329Vectors.read;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Bip329ReaderTest {
    private static final String GOOD = "{\"type\":\"tx\",\"ref\":\"" + TXID + "\",\"label\":\"ok\"}";
    private static final String TXID_63 = TXID.substring(1);

    @Test
    void acceptsAllSevenOfficialVectorsWithTheirFields(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("labels.jsonl");
        Files.writeString(file, Bip329Vectors.text());
        ReadResult fromFile = new Bip329Reader().read(file);
        ReadResult fromText = read(Bip329Vectors.text());

        assertEquals(7, fromFile.accepted().size());
        assertEquals(List.of(), fromFile.rejected());
        assertEquals(List.of(), fromFile.skipped());
        assertEquals(List.of(), fromFile.warnings());
        assertEquals(fromFile, fromText);
        List<LabelRecord> r = fromFile.records();
        assertEquals(new LabelRecord(LabelType.TX, TXID, "Transaction", "wpkh([d34db33f/84'/0'/0'])", null, null), r.get(0));
        assertEquals(new LabelRecord(LabelType.ADDR, "bc1q34aq5drpuwy3wgl9lhup9892qp6svr8ldzyy7c", "Address"), r.get(1));
        assertEquals(new LabelRecord(LabelType.PUBKEY, "0283409659355b6d1cc3c32decd5d561abaac86c37a353b52895a5e6c196d6f448", "Public Key"),
                r.get(2));
        assertEquals(new LabelRecord(LabelType.INPUT, TXID + ":0", "Input"), r.get(3));
        assertEquals(new LabelRecord(LabelType.OUTPUT, TXID + ":1", "Output", null, false, null), r.get(4));
        assertEquals(LabelType.XPUB, r.get(5).type());
        assertEquals("Extended Public Key", r.get(5).label());
        assertEquals("wpkh([d34db33f/84'/0'/1'])", r.get(6).origin());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), fromFile.accepted().stream().map(ReadResult.Accepted::line).toList());
    }

    static Stream<Arguments> badLines() {
        String out = "{\"type\":\"output\",\"ref\":\"" + TXID;
        return Stream.of(
                Arguments.of("not json", "line 2: not a JSON object: invalid JSON near column 1"),
                Arguments.of("[1,2]", "line 2: not a JSON object: found a JSON array"),
                Arguments.of("\"tx\"", "line 2: not a JSON object: found a JSON string"),
                Arguments.of("null", "line 2: not a JSON object: found JSON null"),
                // the '"' at column 9 should be ':'; Gson names the column after a character it has consumed
                Arguments.of("{\"type\" \"tx\"}", "line 2: not a JSON object: invalid JSON near column 10"),
                Arguments.of("{'type':'tx','ref':'" + TXID + "'}", "line 2: not a JSON object: invalid JSON near column 3"),
                Arguments.of(GOOD + " x", "line 2: not a JSON object: more text follows the closing '}'"),
                Arguments.of(GOOD + GOOD, "line 2: not a JSON object: more text follows the closing '}'"),
                Arguments.of("{\"type\":\"tx\",\"type\":\"tx\",\"ref\":\"" + TXID + "\"}", "line 2: the field \"type\" appears twice"),
                Arguments.of("{\"ref\":\"" + TXID + "\"}", "line 2: \"type\" is missing"),
                Arguments.of("{\"type\":\"\",\"ref\":\"" + TXID + "\"}", "line 2: \"type\" is empty"),
                Arguments.of("{\"type\":7,\"ref\":\"" + TXID + "\"}", "line 2: \"type\" must be a JSON string, found a JSON number"),
                Arguments.of("{\"type\":\"TX\",\"ref\":\"" + TXID + "\"}", "line 2: \"type\" must be lower case: \"tx\", not \"TX\""),
                Arguments.of("{\"type\":\"tx\"}", "line 2: \"ref\" is missing"),
                Arguments.of("{\"type\":\"tx\",\"ref\":\"\"}", "line 2: \"ref\" is empty"),
                Arguments.of("{\"type\":\"tx\",\"ref\":[\"" + TXID + "\"]}", "line 2: \"ref\" must be a JSON string, found a JSON array"),
                Arguments.of("{\"type\":\"tx\",\"ref\":\"" + TXID + "\",\"label\":5}", "line 2: \"label\" must be a JSON string, found a JSON number"),
                Arguments.of("{\"type\":\"tx\",\"ref\":\"" + TXID + "\",\"label\":null}", "line 2: \"label\" must be a JSON string, found JSON null"),
                Arguments.of("{\"type\":\"tx\",\"ref\":\"" + TXID + "\",\"origin\":{}}", "line 2: \"origin\" must be a JSON string, found a JSON object"),
                Arguments.of(out + ":1\",\"spendable\":\"false\"}",
                        "line 2: \"spendable\" must be the JSON boolean false without quotes, not the string \"false\""),
                Arguments.of(out + ":1\",\"spendable\":\"True\"}",
                        "line 2: \"spendable\" must be the JSON boolean true without quotes, not the string \"True\""),
                Arguments.of(out + ":1\",\"spendable\":0}", "line 2: \"spendable\" must be true or false (a JSON boolean), found a JSON number"),
                Arguments.of(out + ":1\",\"spendable\":\"no\"}", "line 2: \"spendable\" must be true or false (a JSON boolean), found a JSON string"),
                Arguments.of("{\"type\":\"tx\",\"ref\":\"" + TXID + "\",\"spendable\":true}",
                        "line 2: \"spendable\" is only allowed on output records, not on a tx record"),
                Arguments.of("{\"type\":\"tx\",\"ref\":\"" + TXID_63 + "\"}",
                        "line 2: \"ref\" of a tx record must be a transaction id of 64 hex characters: found 63 characters"),
                Arguments.of("{\"type\":\"tx\",\"ref\":\"f91dg" + TXID.substring(5) + "\"}",
                        "line 2: \"ref\" of a tx record must be a transaction id of 64 hex characters: 'g' at position 5 is not a hex digit"),
                Arguments.of(out + "\"}", "line 2: \"ref\" of an output record must be txid:index: there is no ':' before the index"),
                Arguments.of("{\"type\":\"input\",\"ref\":\"" + TXID_63 + ":0\"}",
                        "line 2: \"ref\" of an input record must be txid:index: the txid part is wrong: found 63 characters"),
                Arguments.of(out + ":\"}", "line 2: \"ref\" of an output record must be txid:index: the index after ':' is missing"),
                Arguments.of(out + ":x1\"}", "line 2: \"ref\" of an output record must be txid:index: the index \"x1\" is not a whole number of 0 or more"),
                Arguments.of(out + ":-1\"}", "line 2: \"ref\" of an output record must be txid:index: the index \"-1\" is not a whole number of 0 or more"),
                Arguments.of(out + ":01\"}", "line 2: \"ref\" of an output record must be txid:index: the index \"01\" has a leading zero"),
                // 2^32 = 4294967296, one past the largest index a transaction can have
                Arguments.of(out + ":4294967296\"}", "line 2: \"ref\" of an output record must be txid:index: the index 4294967296 is larger than 4294967295"),
                Arguments.of(out + ":99999999999999999999\"}",
                        "line 2: \"ref\" of an output record must be txid:index: the index 99999999999999999999 is larger than 4294967295"),
                // 40 hex characters = 20 bytes: a hash160, not a key
                Arguments.of("{\"type\":\"pubkey\",\"ref\":\"" + "ab".repeat(20) + "\"}",
                        "line 2: \"ref\" of a pubkey record must be a public key in hex (33 or 65 bytes, or 32 x-only): found 20 bytes"),
                Arguments.of("{\"type\":\"pubkey\",\"ref\":\"02" + "ab".repeat(32) + "a\"}",
                        "line 2: \"ref\" of a pubkey record must be a public key in hex (33 or 65 bytes, or 32 x-only): found an odd number of hex characters (67)"),
                Arguments.of("{\"type\":\"pubkey\",\"ref\":\"05" + "ab".repeat(32) + "\"}",
                        "line 2: \"ref\" of a pubkey record must be a public key in hex (33 or 65 bytes, or 32 x-only): a 33-byte (compressed) key starts with 02 or 03, this one with 05"),
                Arguments.of("{\"type\":\"pubkey\",\"ref\":\"02" + "ab".repeat(64) + "\"}",
                        "line 2: \"ref\" of a pubkey record must be a public key in hex (33 or 65 bytes, or 32 x-only): a 65-byte (uncompressed) key starts with 04, this one with 02"),
                Arguments.of("{\"type\":\"pubkey\",\"ref\":\"0x" + "ab".repeat(32) + "\"}",
                        "line 2: \"ref\" of a pubkey record must be a public key in hex (33 or 65 bytes, or 32 x-only): 'x' at position 2 is not a hex digit"),
                Arguments.of("{\"type\":\"addr\",\"ref\":\"bc1q 34aq5drpuwy3wgl9lhup9892qp6svr8ldzyy7c\"}",
                        "line 2: \"ref\" of an addr record is not an address: it contains a space or control character at position 5"),
                Arguments.of("{\"type\":\"addr\",\"ref\":\"bc1q34aq5drpuwy3wgl9lhup9892qp6svr8ldzyy7b\"}",
                        "line 2: \"ref\" of an addr record is not an address: 'b' at position 42 is not a bech32 character"),
                Arguments.of("{\"type\":\"xpub\",\"ref\":\"xpub661MyMwAqRbcF0\"}",
                        "line 2: \"ref\" of an xpub record is not an extended public key: '0' at position 18 is not a base58 character"),
                // a raw tab inside a string, JSON wants \t: 20 + 64 + 12 characters come before it, so it is column 97;
                // inside strings Gson names the column before the character, hence "near"
                Arguments.of("{\"type\":\"tx\",\"ref\":\"" + TXID + "\",\"label\":\"a\tb\"}", "line 2: not a JSON object: invalid JSON near column 96"));
    }

    @ParameterizedTest
    @MethodSource("badLines")
    void rejectsABadLineNamingWhatIsWrong(String bad, String reason) {
        ReadResult r = read(GOOD + "\n" + bad + "\n" + GOOD.replace(TXID, TXID.replace('a', 'b')) + "\n");

        assertEquals(List.of(new ReadResult.Rejected(2, reason)), r.rejected());
        assertEquals(List.of(1, 3), r.accepted().stream().map(ReadResult.Accepted::line).toList());
    }

    @Test
    void acceptsTheEdgesOfEachRefFormat() {
        String text = String.join("\n",
                "{\"type\":\"output\",\"ref\":\"" + TXID + ":4294967295\"}",
                "{\"type\":\"input\",\"ref\":\"" + TXID.toUpperCase() + ":0\"}",
                "{\"type\":\"pubkey\",\"ref\":\"" + "cd".repeat(32) + "\"}",
                "{\"type\":\"pubkey\",\"ref\":\"04" + "cd".repeat(64) + "\"}",
                "{\"type\":\"addr\",\"ref\":\"1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2\"}",
                "{\"type\":\"addr\",\"ref\":\"BC1Q34AQ5DRPUWY3WGL9LHUP9892QP6SVR8LDZYY7C\"}");
        ReadResult r = read(text);

        assertEquals(List.of(), r.rejected());
        assertEquals(6, r.accepted().size());
        assertNull(r.records().get(0).label(), "an absent label stays absent, so an import leaves the existing one");
    }

    @Test
    void asksTheInjectedValidatorAboutAddressesAndExtendedKeys() throws IOException {
        RefValidator strict = new RefValidator() {
            @Override
            public String addressProblem(String address) {
                return address.equals("bc1q34aq5drpuwy3wgl9lhup9892qp6svr8ldzyy7c") ? null : "its checksum does not match";
            }

            @Override
            public String extendedKeyProblem(String extendedKey) {
                return "it is for testnet";
            }
        };
        String text = "{\"type\":\"addr\",\"ref\":\"bc1q34aq5drpuwy3wgl9lhup9892qp6svr8ldzyy7c\"}\n"
                + "{\"type\":\"addr\",\"ref\":\"bc1q34aq5drpuwy3wgl9lhup9892qp6svr8ldzyy7d\"}\n"
                + "{\"type\":\"xpub\",\"ref\":\"tpubD6NzVbkrYhZ4X\"}\n";
        ReadResult r = new Bip329Reader(strict).read(new java.io.StringReader(text));

        assertEquals(List.of(new ReadResult.Rejected(2, "line 2: \"ref\" of an addr record is not an address: its checksum does not match"),
                new ReadResult.Rejected(3, "line 3: \"ref\" of an xpub record is not an extended public key: it is for testnet")), r.rejected());
        assertEquals(1, r.accepted().size());
    }

    @Test
    void crlfLineEndingsReadLikeLf() {
        ReadResult lf = read(Bip329Vectors.text());
        ReadResult crlf = read(Bip329Vectors.text().replace("\n", "\r\n"));

        assertEquals(lf, crlf);
        assertEquals("Transaction", crlf.records().get(0).label(), "no \\r left at the end of a line");
    }

    @Test
    void toleratesAByteOrderMark() throws IOException {
        ReadResult chars = read("\uFEFF" + Bip329Vectors.text());
        byte[] utf8 = Bip329Vectors.text().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream withBom = new ByteArrayOutputStream();
        withBom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        withBom.write(utf8);
        ReadResult bytes = new Bip329Reader().read(new ByteArrayInputStream(withBom.toByteArray()));
        // Gson itself skips a mark at the start of a JSON text, so one on a later line does no harm either
        ReadResult later = read(GOOD + "\n\uFEFF" + GOOD.replace(TXID, TXID.replace('a', 'b')));

        assertEquals(read(Bip329Vectors.text()), chars);
        assertEquals(chars, bytes);
        assertEquals(List.of(1, 2), later.accepted().stream().map(ReadResult.Accepted::line).toList());
    }

    @Test
    void ignoresBlankLinesButCountsThemInLineNumbers() {
        ReadResult r = read("\n  \n" + GOOD + "\n\t\n\n" + GOOD.replace("\"tx\"", "\"zz\"") + "\n\n");

        assertEquals(List.of(3), r.accepted().stream().map(ReadResult.Accepted::line).toList());
        assertEquals(List.of(new ReadResult.Skipped(6, "zz")), r.skipped());
        assertEquals(List.of(), r.rejected());
    }

    @Test
    void readsALastLineWithoutLineEnding() {
        assertEquals(List.of(1, 2), read(GOOD + "\n" + GOOD.replace("tx", "addr").replace(TXID, "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"))
                .accepted().stream().map(ReadResult.Accepted::line).toList());
    }

    @Test
    void skipsUnknownTypesEvenWithoutARef() {
        ReadResult r = read("{\"type\":\"silentpayment\",\"ref\":\"sp1q...\",\"label\":\"x\"}\n{\"type\":\"future\"}\n" + GOOD);

        assertEquals(List.of(new ReadResult.Skipped(1, "silentpayment"), new ReadResult.Skipped(2, "future")), r.skipped());
        assertEquals(List.of(), r.rejected());
        assertEquals(1, r.accepted().size());
    }

    @Test
    void theLaterOfTwoLinesWithTheSameKeyWinsWithAWarning() {
        String first = "{\"type\":\"tx\",\"ref\":\"" + TXID + "\",\"label\":\"first\",\"origin\":\"wpkh([d34db33f/84'/0'/0'])\"}";
        String otherOrigin = first.replace("/0'])", "/1'])").replace("first", "other account");
        String second = first.replace("first", "second");
        ReadResult r = read(first + "\n" + otherOrigin + "\n" + second + "\n");

        assertEquals(List.of(2, 3), r.accepted().stream().map(ReadResult.Accepted::line).toList());
        assertEquals("other account", r.records().get(0).label());
        assertEquals("second", r.records().get(1).label());
        assertEquals(List.of("line 3: same type, ref and origin as line 1; line 3 replaces it"), r.warnings());
    }

    @Test
    void keepsALabelOver255CharactersWholeWithAWarning() {
        String label256 = "a".repeat(256);
        // 255 rockets: 510 UTF-16 chars, but 255 characters, so no warning
        String rockets255 = "\uD83D\uDE80".repeat(255);
        ReadResult r = read(GOOD.replace("\"ok\"", "\"" + label256 + "\"") + "\n"
                + GOOD.replace("\"ok\"", "\"" + rockets255 + "\"").replace(TXID, TXID.replace('f', 'e')) + "\n");

        assertEquals(label256, r.records().get(0).label());
        assertEquals(rockets255, r.records().get(1).label());
        assertEquals(List.of("line 1: the label is 256 characters long, more than the 255 the spec suggests; kept whole"), r.warnings());
    }

    @Test
    void keepsTheOptionalAndUnknownFieldsVerbatimInOrder() {
        String line = "{\"type\":\"tx\",\"ref\":\"" + TXID + "\",\"label\":\"Paid\",\"height\":800000,\"time\":\"2025-01-23T11:40:35Z\","
                + "\"fee\":1410,\"value\":-25000,\"rate\":{\"USD\":105620.00},\"x-wallet-note\":[1,null,\"z\"]}";
        LabelRecord record = read(line).records().get(0);

        JsonObject expected = JsonParser.parseString("{\"height\":800000,\"time\":\"2025-01-23T11:40:35Z\",\"fee\":1410,\"value\":-25000,"
                + "\"rate\":{\"USD\":105620.00},\"x-wallet-note\":[1,null,\"z\"]}").getAsJsonObject();
        assertEquals(expected, record.extras());
        assertEquals(List.of("height", "time", "fee", "value", "rate", "x-wallet-note"), List.copyOf(record.extras().keySet()));
        assertEquals("105620.00", record.extras().getAsJsonObject("rate").get("USD").getAsNumber().toString());
    }

    @Test
    void rejectsALineOver64KiBFromCharsAndFromBytes() throws IOException {
        // 65,537 bytes of label text alone: over the 65,536-byte cap whatever the rest of the line
        String huge = GOOD.replace("\"ok\"", "\"" + "x".repeat(65_537) + "\"");
        String text = GOOD + "\n" + huge + "\n" + GOOD.replace(TXID, TXID.replace('a', 'b')) + "\n";
        ReadResult chars = read(text);
        ReadResult bytes = new Bip329Reader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));

        ReadResult.Rejected expected = new ReadResult.Rejected(2, "line 2: longer than 64 KiB (65,536 bytes); no label record is that long");
        assertEquals(List.of(expected), chars.rejected());
        assertEquals(List.of(expected), bytes.rejected());
        assertEquals(List.of(1, 3), chars.accepted().stream().map(ReadResult.Accepted::line).toList());
        assertEquals(List.of(1, 3), bytes.accepted().stream().map(ReadResult.Accepted::line).toList());
    }

    @Test
    void countsTheCapInUtf8Bytes() {
        // 21,846 three-byte characters = 65,538 bytes but only 21,846 chars
        String line = GOOD.replace("\"ok\"", "\"" + "\u20AC".repeat(21_846) + "\"");
        assertEquals(1, read(line).rejected().size());
        // 21,800 of them = 65,400 bytes, plus the 98 bytes of the rest of the line: under the cap
        assertEquals(1, read(GOOD.replace("\"ok\"", "\"" + "\u20AC".repeat(21_800) + "\"")).accepted().size());
    }

    @Test
    void rejectsALineThatIsNotUtf8AndReadsTheRest() throws IOException {
        // "Caf\u00e9" written in Latin-1: 0xE9 followed by '"' is no UTF-8 sequence
        byte[] latin1 = (GOOD + "\n" + GOOD.replace("\"ok\"", "\"Caf\u00e9\"").replace(TXID, TXID.replace('a', 'b')) + "\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        ReadResult r = new Bip329Reader().read(new ByteArrayInputStream(latin1));

        // the line is {"type":"tx","ref":"<64>","label":"Caf then 0xE9: 20 + 64 + 11 + 3 = 98 bytes before it
        assertEquals(List.of(new ReadResult.Rejected(2, "line 2: not UTF-8 text: invalid byte 0xE9 at byte 99")), r.rejected());
        assertEquals(1, r.accepted().size());
    }

    @Test
    void rejectsHostileJsonWithoutThrowing() {
        List<String> hostile = List.of("{1:2}", "{\"type\":\"tx\",}", "{\"a\"}", "{", "}", "{\"a\":NaN}", "{\"a\":1 /* c */}");
        // the record is level 1, so 31 more brackets are allowed and 32 are one too many; brackets inside strings do not count
        String deepest = GOOD.replace("}", ",\"x\":" + "[".repeat(31) + "\"[[[[\"" + "]".repeat(31) + "}");
        String tooDeep = GOOD.replace("}", ",\"x\":" + "[".repeat(32) + "]".repeat(32) + "}");
        String thousands = GOOD.replace("}", ",\"x\":" + "[".repeat(30_000) + "]".repeat(30_000) + "}");
        ReadResult r = read(String.join("\n", hostile) + "\n" + deepest + "\n" + tooDeep + "\n" + thousands);

        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 9, 10), r.rejected().stream().map(ReadResult.Rejected::line).toList());
        for (ReadResult.Rejected rejected : r.rejected().subList(0, 7)) {
            assertTrue(rejected.reason().startsWith("line " + rejected.line() + ": not a JSON object: "), rejected.reason());
        }
        assertEquals("line 9: nested deeper than 32 levels; no label record is", r.rejected().get(7).reason());
        assertEquals(List.of(8), r.accepted().stream().map(ReadResult.Accepted::line).toList());
    }

    @Test
    void anEmptyInputHoldsNothing() {
        assertEquals(new ReadResult(List.of(), List.of(), List.of(), List.of()), read(""));
    }
}
