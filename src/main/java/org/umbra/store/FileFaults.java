package org.umbra.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * What went wrong with a file, said so a user can act on it: a full disk, or a file standing where a folder should be.
 * The JDK reports both as an {@link IOException} whose message is the operating system's text (ENOSPC: "No space left
 * on device" on Linux and macOS; Windows: "There is not enough space on the disk"), so they are recognised by it.
 */
public final class FileFaults {
    private static final String[] DISK_FULL = {"no space left on device", "not enough space on the disk", "disk quota exceeded"};

    private FileFaults() {
    }

    public static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String text = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            for (String marker : DISK_FULL) {
                if (text.contains(marker)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The message for a full disk while writing {@code file}: nothing written, what to do. */
    public static String diskFull(Path file) {
        return "The disk holding " + file + " is full; nothing was changed. Free some space on it and try again.";
    }

    /** The nearest existing ancestor of {@code dir} (or {@code dir} itself) that is not a folder, if any. */
    public static Optional<Path> fileInTheWay(Path dir) {
        for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? Optional.empty() : Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** {@code e} restated naming {@code file} when it is a known fault; else {@code e} itself. */
    public static IOException explain(Path file, IOException e) {
        if (isDiskFull(e)) {
            return new IOException(diskFull(file), e);
        }
        Path parent = file.toAbsolutePath().getParent();
        Optional<Path> inTheWay = parent == null ? Optional.empty() : fileInTheWay(parent);
        if (inTheWay.isPresent()) {
            return new IOException(cannotBeFolder(file, inTheWay.get()), e);
        }
        return e;
    }

    static String cannotBeFolder(Path wanted, Path file) {
        return "Cannot use " + wanted + ": " + file + " is a file, not a folder. Move that file aside, or choose another location.";
    }
}
