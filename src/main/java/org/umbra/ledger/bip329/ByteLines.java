package org.umbra.ledger.bip329;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Lines of a UTF-8 byte stream, ended by {@code \n} or {@code \r\n}. Each line is decoded on its own, so one
 * line in another encoding is reported (with the offending byte) instead of silently turned into U+FFFD.
 * A line over {@link PhysicalLine#MAX_BYTES} is skipped to its end without being kept in memory.
 */
final class ByteLines implements PhysicalLine.Source {
    private final InputStream in;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private int number;
    private boolean ended;

    ByteLines(InputStream in) {
        this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in);
    }

    @Override
    public PhysicalLine next() throws IOException {
        if (ended) {
            return null;
        }
        bytes.reset();
        long length = 0;
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            length++;
            if (length <= PhysicalLine.MAX_BYTES) {
                bytes.write(b);
            }
        }
        if (b == -1) {
            ended = true;
            if (length == 0) {
                return null;
            }
        }
        number++;
        if (length > PhysicalLine.MAX_BYTES) {
            return PhysicalLine.tooLong(number);
        }
        return decode();
    }

    private PhysicalLine decode() {
        byte[] raw = bytes.toByteArray();
        int end = raw.length > 0 && raw[raw.length - 1] == '\r' ? raw.length - 1 : raw.length;
        ByteBuffer in = ByteBuffer.wrap(raw, 0, end);
        CharBuffer out = CharBuffer.allocate(end);
        decoder.reset();
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return new PhysicalLine(number, null, String.format("not UTF-8 text: invalid byte 0x%02X at byte %d",
                    raw[in.position()] & 0xFF, in.position() + 1));
        }
        decoder.flush(out);
        return new PhysicalLine(number, out.flip().toString(), null);
    }
}
