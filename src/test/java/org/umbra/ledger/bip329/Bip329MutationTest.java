package org.umbra.ledger.bip329;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Random one-character edits of a label file: whatever the damage, the reader never throws, accounts for every
 * line, and says where each problem is; whatever it accepts, the writer can write and the reader read back.
 */
class Bip329MutationTest {
    private static final int CASES = 2_000;
    private static final long SEED = 329;
    // JSON's own characters, hex and base58 letters, line breaks, a byte order mark, non-ASCII and a control character
    private static final String ALPHABET = "{}[]\":,\\ 0123456789abcdefxyzABCDEFXYZ-+.eEtrunl\r\n\t\uFEFF\u00e9\u20AC\u0001";
    private static final Pattern REPLACED = Pattern.compile("^line (\\d+): same type, ref and origin as line (\\d+);");

    @Test
    void randomEditsNeverBreakTheReaderAndEveryLineIsAccountedFor() throws IOException {
        List<String> base = new ArrayList<>(Bip329Vectors.lines());
        // a repeat of line 1's key, a type from the future and a line with extras, so every outcome can occur
        base.add(base.get(0).replace("\"Transaction\"", "\"Transaction again\""));
        base.add("{\"type\":\"silentpayment\",\"ref\":\"sp1qq\",\"label\":\"future\"}");
        base.add("{\"type\":\"output\",\"ref\":\"" + Bip329Vectors.TXID + ":7\",\"spendable\":true,\"value\":546,\"fmv\":{\"USD\":0.57}}");
        Random random = new Random(SEED);
        int rejectedLines = 0;
        for (int i = 0; i < CASES; i++) {
            List<String> lines = new ArrayList<>(base);
            int which = random.nextInt(lines.size());
            lines.set(which, mutate(lines.get(which), random));
            String text = String.join("\n", lines) + "\n";
            try {
                ReadResult r = Bip329Vectors.read(text);
                checkEveryLineAccountedFor(text, r);
                assertEquals(r, new Bip329Reader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))),
                        "bytes and chars read alike");
                checkWrittenRecordsReadBack(r);
                rejectedLines += r.rejected().size();
            } catch (RuntimeException | AssertionError e) {
                fail("case " + i + ", line " + (which + 1) + " edited to: " + lines.get(which), e);
            }
        }
        assertTrue(rejectedLines > CASES / 2, "the edits break lines often enough to test the rejections: " + rejectedLines);
    }

    private static String mutate(String line, Random random) {
        int at = random.nextInt(line.length() + 1);
        char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        return switch (random.nextInt(3)) {
            case 0 -> at == line.length() ? line : line.substring(0, at) + line.substring(at + 1);
            case 1 -> line.substring(0, at) + c + line.substring(at);
            default -> at == line.length() ? line + c : line.substring(0, at) + c + line.substring(at + 1);
        };
    }

    /** Each non-blank physical line is accepted, rejected, skipped, or replaced by a later line: once. */
    private static void checkEveryLineAccountedFor(String text, ReadResult r) {
        Set<Integer> expected = new HashSet<>();
        String[] physical = text.split("\n", -1);
        for (int n = 1; n <= physical.length; n++) {
            String line = physical[n - 1].replaceFirst("^\uFEFF", "");
            if (!line.isBlank()) {
                expected.add(n);
            }
        }
        List<Integer> seen = new ArrayList<>();
        r.accepted().forEach(a -> seen.add(a.line()));
        r.skipped().forEach(s -> seen.add(s.line()));
        for (ReadResult.Rejected rejected : r.rejected()) {
            seen.add(rejected.line());
            assertTrue(rejected.reason().startsWith("line " + rejected.line() + ": "), rejected.reason());
            assertFalse(rejected.reason().substring(("line " + rejected.line() + ": ").length()).isBlank(), rejected.reason());
        }
        for (String warning : r.warnings()) {
            assertTrue(warning.matches("^line \\d+: .+"), warning);
            Matcher m = REPLACED.matcher(warning);
            if (m.find()) {
                seen.add(Integer.parseInt(m.group(2)));
            }
        }
        assertEquals(expected, new HashSet<>(seen), "every non-blank line has one outcome");
        assertEquals(expected.size(), seen.size(), "no line has two outcomes");
    }

    private static void checkWrittenRecordsReadBack(ReadResult r) throws IOException {
        StringWriter out = new StringWriter();
        new Bip329Writer().write(r.records(), out);
        ReadResult again = new Bip329Reader().read(new StringReader(out.toString()));
        assertEquals(r.records(), again.records());
        assertEquals(List.of(), again.rejected());
    }
}
