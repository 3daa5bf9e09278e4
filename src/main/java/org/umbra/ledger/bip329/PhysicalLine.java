package org.umbra.ledger.bip329;

/**
 * One physical line of a label file, without its line ending: either its text, or why it could not be read
 * (too long, not UTF-8). Numbers are 1-based.
 */
record PhysicalLine(int number, String text, String problem) {
    /** The most a line may take; the longest real record (an xpub with an origin and extras) is far below. */
    static final int MAX_BYTES = 64 * 1024;

    static PhysicalLine tooLong(int number) {
        return new PhysicalLine(number, null, "longer than 64 KiB (65,536 bytes); no label record is that long");
    }

    /** Splits input into lines; next() is null at the end. */
    interface Source {
        PhysicalLine next() throws java.io.IOException;
    }
}
