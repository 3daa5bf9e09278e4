package org.umbra.ledger.bip329;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a BIP-329 label file (JSON Lines) line by line. Bad lines are reported, never thrown: one broken line
 * costs that line only. Blank lines are ignored, a UTF-8 byte order mark on line 1 is tolerated, and line
 * numbers are physical (1-based), so a user can find each reported line in an editor.
 */
public final class Bip329Reader {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final LabelRecordParser parser;

    /** A reader whose address and extended-key checks look at the characters only. */
    public Bip329Reader() {
        this(new CharacterSetRefValidator());
    }

    public Bip329Reader(RefValidator refs) {
        this.parser = new LabelRecordParser(refs);
    }

    /** Reads characters already decoded; IOException only when the stream itself fails. */
    public ReadResult read(Reader in) throws IOException {
        return read(new CharLines(in));
    }

    /** Reads UTF-8 bytes; a line that is not UTF-8 is rejected on its own. */
    public ReadResult read(InputStream in) throws IOException {
        return read(new ByteLines(in));
    }

    public ReadResult read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    private ReadResult read(PhysicalLine.Source lines) throws IOException {
        Map<LabelKey, ReadResult.Accepted> accepted = new LinkedHashMap<>();
        List<ReadResult.Rejected> rejected = new ArrayList<>();
        List<ReadResult.Skipped> skipped = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (PhysicalLine line = lines.next(); line != null; line = lines.next()) {
            int n = line.number();
            String at = "line " + n + ": ";
            if (line.problem() != null) {
                rejected.add(new ReadResult.Rejected(n, at + line.problem()));
                continue;
            }
            String text = n == 1 && !line.text().isEmpty() && line.text().charAt(0) == BYTE_ORDER_MARK ? line.text().substring(1) : line.text();
            if (text.isBlank()) {
                continue;
            }
            JsonLine.Parsed json = JsonLine.parse(text);
            if (json.problem() != null) {
                rejected.add(new ReadResult.Rejected(n, at + json.problem()));
                continue;
            }
            LabelRecordParser.Outcome outcome = parser.parse(json.object());
            if (outcome instanceof LabelRecordParser.Invalid invalid) {
                rejected.add(new ReadResult.Rejected(n, at + invalid.reason()));
            } else if (outcome instanceof LabelRecordParser.UnknownType unknown) {
                skipped.add(new ReadResult.Skipped(n, unknown.type()));
            } else if (outcome instanceof LabelRecordParser.Parsed parsed) {
                parsed.warnings().forEach(w -> warnings.add(at + w));
                // removed first so the winner takes its own place in line order
                ReadResult.Accepted earlier = accepted.remove(parsed.record().key());
                if (earlier != null) {
                    warnings.add(at + "same type, ref and origin as line " + earlier.line() + "; line " + n + " replaces it");
                }
                accepted.put(parsed.record().key(), new ReadResult.Accepted(n, parsed.record()));
            }
        }
        return new ReadResult(new ArrayList<>(accepted.values()), rejected, skipped, warnings);
    }
}
