package org.umbra.market.bundled;

/**
 * A bundled history file that cannot be read, naming the file and line ({@code bundled manifest.csv line 3: …}, or
 * {@code bundled <file>: cannot read: …} for a file that cannot be opened). The files
 * ship inside the application, so this is a build defect: nothing of the history is imported.
 */
public final class BundledHistoryException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public BundledHistoryException(String file, int line, String what, Throwable cause) {
        super("bundled " + file + " line " + line + ": " + what, cause);
    }

    /** A failure of the whole file (it cannot be opened), not of one line. */
    public BundledHistoryException(String file, String what, Throwable cause) {
        super("bundled " + file + ": " + what, cause);
    }
}
