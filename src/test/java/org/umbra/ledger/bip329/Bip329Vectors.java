package org.umbra.ledger.bip329;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The official test lines, and reading text in tests. */
final class Bip329Vectors {
    static final String TXID = "f91d0a8a78462bc59398f2c5d7a84fcff491c26ba54c4833478b202796c8aafd";

    private Bip329Vectors() {
    }

    /** The file as shipped: seven lines, each ended by \n. */
    static String text() {
        try (InputStream in = Bip329Vectors.class.getResourceAsStream("bip329_test_vectors.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines() {
        return text().lines().toList();
    }

    static ReadResult read(String text) {
        try {
            return new Bip329Reader().read(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
