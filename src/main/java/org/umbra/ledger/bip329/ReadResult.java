package org.umbra.ledger.bip329;

import java.util.List;

/**
 * What a label file held, line by line. Every non-blank line ends in exactly one of the three lists, except a
 * line whose (type, ref, origin) a later line repeats: the later one is accepted and a warning names both.
 *
 * @param accepted records in line order, at most one per {@link LabelKey}
 * @param rejected lines that break the format, each with a reason starting "line N: "
 * @param skipped  lines of a type the spec does not define, kept out as the spec asks for forward compatibility
 * @param warnings accepted lines worth a look (replaced duplicates, labels over 255 characters), each "line N: ..."
 */
public record ReadResult(List<Accepted> accepted, List<Rejected> rejected, List<Skipped> skipped, List<String> warnings) {
    public ReadResult {
        accepted = List.copyOf(accepted);
        rejected = List.copyOf(rejected);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    /** The accepted records alone, in line order. */
    public List<LabelRecord> records() {
        return accepted.stream().map(Accepted::record).toList();
    }

    /** A record and the 1-based line it came from. */
    public record Accepted(int line, LabelRecord record) {
    }

    /** A refused line: its 1-based number and why, in words naming the field ("line 4: \"ref\" is missing"). */
    public record Rejected(int line, String reason) {
    }

    /** A line whose {@code type} this version does not know. */
    public record Skipped(int line, String type) {
    }
}
