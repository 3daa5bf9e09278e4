package org.umbra.ledger.bip329;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The label file convention Umbra follows, in words for the README and the import dialog. */
public final class Bip329Format {
    private Bip329Format() {
    }

    public static String describe() {
        String types = Arrays.stream(LabelType.values()).map(LabelType::wireName).collect(Collectors.joining(", "));
        return "Labels are imported and exported in the BIP-329 format: UTF-8 text, one JSON object per line, "
                + "lines ended by \\n. Umbra reads and keeps all " + LabelType.values().length + " record types of the spec ("
                + types + "), with their origin and any extra fields, so an export gives back what was imported. "
                + "A record is identified by its type, ref and origin; when a file repeats one, the later line wins. "
                + "A record without a label leaves an existing label unchanged. Lines of a type the spec does not "
                + "define are skipped and listed; lines that break the format are listed with the reason, and the "
                + "rest of the file is still read. Labels longer than " + LabelRecordParser.SUGGESTED_MAX_LABEL
                + " characters are kept whole, with a warning. Label files can reveal your wallet history: "
                + "keep them encrypted and delete plain copies.";
    }
}
