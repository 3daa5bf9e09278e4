package org.umbra.ledger.bip329;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Lines of a character stream, ended by {@code \n} or {@code \r\n}. A line over {@link PhysicalLine#MAX_BYTES}
 * (counted as UTF-8) is skipped to its end without being kept in memory.
 */
final class CharLines implements PhysicalLine.Source {
    private final Reader in;
    private final StringBuilder text = new StringBuilder();
    private int number;
    private boolean ended;

    CharLines(Reader in) {
        this.in = in instanceof BufferedReader ? in : new BufferedReader(in);
    }

    @Override
    public PhysicalLine next() throws IOException {
        if (ended) {
            return null;
        }
        text.setLength(0);
        long bytes = 0;
        boolean any = false;
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            any = true;
            bytes += utf8Length((char) c);
            if (bytes <= PhysicalLine.MAX_BYTES) {
                text.append((char) c);
            }
        }
        if (c == -1) {
            ended = true;
            if (!any) {
                return null;
            }
        }
        number++;
        if (bytes > PhysicalLine.MAX_BYTES) {
            return PhysicalLine.tooLong(number);
        }
        if (text.length() > 0 && text.charAt(text.length() - 1) == '\r') {
            text.setLength(text.length() - 1);
        }
        return new PhysicalLine(number, text.toString(), null);
    }

    /** Bytes this char takes in UTF-8; a surrogate pair is 4, so each half counts 2. */
    private static int utf8Length(char c) {
        if (c < 0x80) {
            return 1;
        }
        return c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
    }
}
