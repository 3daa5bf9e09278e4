package org.umbra.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files that hold the user's data (the database, backups, exports) readable by the user only: they list holdings,
 * addresses and labels. Where the file system has no POSIX permissions (Windows), the per-user profile folders
 * already keep them private and nothing is changed.
 */
public final class PrivateFiles {
    static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    /** Creates the folder (and missing parents) as rwx------ when it does not exist yet; a file in the way is named. */
    public static void createDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        java.util.Optional<Path> inTheWay = FileFaults.fileInTheWay(dir);
        if (inTheWay.isPresent()) {
            throw new java.nio.file.NotDirectoryException(FileFaults.cannotBeFolder(dir, inTheWay.get()));
        }
        Files.createDirectories(dir);
        if (POSIX) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** Creates an empty file as rw------- if none is there (before anything writes into it). */
    public static void createFile(Path file) throws IOException {
        if (Files.exists(file)) {
            return;
        }
        if (POSIX) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
    }
}
