package org.umbra.ledger.bip329;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.umbra.ledger.bip329.Bip329Vectors.TXID;
import static org.umbra.ledger.bip329.Bip329Vectors.read;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Bip329WriterTest {
    /** Lines as this writer makes them: compact, fixed key order, extras as read, nothing HTML-escaped. */
    private static final String CANONICAL = String.join("\n",
            "{\"type\":\"tx\",\"ref\":\"" + TXID + "\",\"label\":\"Caf\u00e9 \u2615 \uD83D\uDE80 <b>&amp;</b>\",\"origin\":\"wpkh([d34db33f/84'/0'/0'])\","
                    + "\"height\":800000,\"time\":\"2025-01-23T11:40:35Z\",\"fee\":1410,\"value\":-25000,\"rate\":{\"USD\":105620.00,\"EUR\":1e5}}",
            "{\"type\":\"addr\",\"ref\":\"bc1q34aq5drpuwy3wgl9lhup9892qp6svr8ldzyy7c\",\"label\":\"say \\\"hi\\\" \\\\ tab\\there\\nnext\","
                    + "\"keypath\":\"/1/123\",\"heights\":[800000,800123]}",
            "{\"type\":\"output\",\"ref\":\"" + TXID + ":1\",\"spendable\":true,\"x-future\":null,\"fmv\":{\"USD\":1.5}}",
            "{\"type\":\"output\",\"ref\":\"" + TXID + ":2\",\"label\":\"\",\"spendable\":false}",
            "{\"type\":\"xpub\",\"ref\":\"xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8\","
                    + "\"label\":\"line\\u2028separator\"}",
            "");

    @Test
    void writesKeysInTheFixedOrderAndLeavesAbsentFieldsOut() throws IOException {
        JsonObject extras = JsonParser.parseString("{\"value\":546,\"keypath\":\"/0/7\"}").getAsJsonObject();
        LabelRecord withAll = new LabelRecord(LabelType.OUTPUT, TXID + ":0", "Change", "wpkh([d34db33f/84'/0'/0'])", false, extras);
        LabelRecord bare = new LabelRecord(LabelType.TX, TXID, null);

        assertEquals("{\"type\":\"output\",\"ref\":\"" + TXID + ":0\",\"label\":\"Change\",\"origin\":\"wpkh([d34db33f/84'/0'/0'])\","
                + "\"spendable\":false,\"value\":546,\"keypath\":\"/0/7\"}\n"
                + "{\"type\":\"tx\",\"ref\":\"" + TXID + "\"}\n", write(List.of(withAll, bare)));
    }

    @Test
    void theOfficialVectorsSurviveReadWriteRead() throws IOException {
        List<LabelRecord> first = read(Bip329Vectors.text()).records();
        ReadResult again = read(write(first));

        assertEquals(first, again.records());
        assertEquals(List.of(), again.rejected());
    }

    @Test
    void aCanonicalFileIsWrittenBackByteForByte(@TempDir Path dir) throws IOException {
        ReadResult r = read(CANONICAL);
        Path file = dir.resolve("out.jsonl");
        new Bip329Writer().write(r.records(), file);

        assertEquals(5, r.accepted().size());
        assertEquals(List.of(), r.rejected());
        assertEquals("Caf\u00e9 \u2615 \uD83D\uDE80 <b>&amp;</b>", r.records().get(0).label());
        assertEquals("say \"hi\" \\ tab\there\nnext", r.records().get(1).label());
        assertArrayEquals(CANONICAL.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    }

    @Test
    void writesUtf8WithLfOnly(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out.jsonl");
        new Bip329Writer().write(List.of(new LabelRecord(LabelType.TX, TXID, "\u00e9")), file);

        byte[] bytes = Files.readAllBytes(file);
        // ..."label":"é"}\n ends in the two UTF-8 bytes of é (C3 A9), a quote, a brace and one \n
        assertArrayEquals(new byte[] {(byte) 0xC3, (byte) 0xA9, '"', '}', '\n'}, java.util.Arrays.copyOfRange(bytes, bytes.length - 5, bytes.length));
    }

    private static String write(List<LabelRecord> records) throws IOException {
        StringWriter out = new StringWriter();
        new Bip329Writer().write(records, out);
        return out.toString();
    }
}
