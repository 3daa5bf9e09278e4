package org.umbra.market.binancearchive;

/**
 * An archive file that is refused as a whole: wrong checksum, not a zip with one CSV, an unknown
 * header, or a bad line. The message starts with the file name (and the line, where there is one).
 * Nothing of a refused file is imported.
 */
public final class ArchiveException extends Exception {
    private static final long serialVersionUID = 1L;

    public ArchiveException(String message) {
        super(message);
    }

    public ArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
