package org.umbra.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Moves a file Umbra cannot use out of the way, as {@code <name>.corrupt-<UTC time>}, so the defaults can be saved in
 * its place while the user's file is kept for them to look at: never overwritten, never deleted. Also says when
 * something else stands where such a file or its folder should be.
 */
final class CorruptFiles {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private CorruptFiles() {
    }

    /**
     * A folder where the file should be, or a file where its folder (or a parent) should be: named in a sentence about
     * the {@code noun} ("settings", "preferences"); such a path is left alone, never moved.
     */
    static java.util.Optional<String> inTheWay(Path file, String noun) {
        if (Files.isDirectory(file)) {
            return java.util.Optional.of("The " + noun + " file " + file + " is a folder, not a file.");
        }
        Path folder = file.toAbsolutePath().getParent();
        return org.umbra.store.FileFaults.fileInTheWay(folder)
                .map(f -> "The " + noun + " folder " + folder + " cannot be used: " + f + " is a file, not a folder.");
    }

    /** Where {@code file} found unusable at {@code now} is kept; a second one in the same second gets {@code -2}, {@code -3}… */
    static Path asideName(Path file, Instant now) {
        String base = file.getFileName() + ".corrupt-" + STAMP.format(now);
        Path aside = file.resolveSibling(base);
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling(base + "-" + n);
        }
        return aside;
    }

    /** Moves {@code file} aside; returns where it now is, or {@code file} itself when it could not be moved. */
    static Path moveAside(Path file, Instant now) {
        Path aside = asideName(file, now);
        try {
            Files.move(file, aside);
            return aside;
        } catch (IOException e) {
            return file;
        }
    }

    /** What was wrong with a file that could not be read into its record, from the innermost message there is. */
    static String reason(Exception e) {
        Throwable t = e;
        // Gson wraps a record constructor's own exception ("Failed to invoke constructor …"); its cause says what was wrong.
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
        return t instanceof NumberFormatException ? "a number was expected: " + message : message;
    }
}
