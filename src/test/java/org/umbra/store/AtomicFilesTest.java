package org.umbra.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups, exports and settings are written whole or not at all, and a full disk or a file in the way is named. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aDiskFullHalfwayLeavesTheOldFileAsItWasAndNoPartialFile() throws Exception {
        Path target = dir.resolve("backup.json");
        Files.writeString(target, "the good backup\n");
        // The injected failure: what the JDK throws when write(2) fails with ENOSPC, after 4 KB reached the file.
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write(new byte[4096]);
            throw new IOException("No space left on device");
        }));
        assertEquals("The disk holding " + target + " is full; nothing was changed. Free some space on it and try again.", e.getMessage());
        assertEquals("the good backup\n", Files.readString(target));
        assertEquals(List.of("backup.json"), names()); // the temporary file is gone
    }

    @Test
    void aWholeWriteReplacesTheFileReadableByTheUserOnly() throws Exception {
        Path target = dir.resolve("export.csv");
        Files.writeString(target, "old");
        AtomicFiles.writeText(target, w -> {
            try (java.io.Writer closing = w) { // a CSV printer closes its writer: the file must still be forced and moved
                closing.write("id,label\r\n1,Cold\r\n");
            }
        });
        assertEquals("id,label\r\n1,Cold\r\n", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of("export.csv"), names());
        if (PrivateFiles.POSIX) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        }
    }

    @Test
    void aFileWhereTheFolderShouldBeIsNamed() throws Exception {
        Path notAFolder = dir.resolve("backups");
        Files.writeString(notAFolder, "x");
        Path target = notAFolder.resolve("sub").resolve("ledger.json");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeText(target, w -> w.write("{}")));
        assertTrue(e.getMessage().contains(notAFolder + " is a file, not a folder. Move that file aside"), e.getMessage());
        assertEquals("x", Files.readString(notAFolder));
    }

    @Test
    void aFolderWhereTheFileShouldBeIsRefused() throws Exception {
        Path target = Files.createDirectory(dir.resolve("out.png"));
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> out.write(1)));
        assertEquals(target + " is a folder; choose a file name.", e.getMessage());
        assertTrue(Files.isDirectory(target));
    }

    @Test
    void theOperatingSystemsOwnDiskFullErrorIsRecognised() {
        Path full = Path.of("/dev/full"); // Linux: every write fails with ENOSPC
        assumeTrue(Files.isWritable(full));
        IOException e = assertThrows(IOException.class, () -> Files.write(full, new byte[1]));
        assertTrue(FileFaults.isDiskFull(e), e.getMessage());
        assertTrue(!FileFaults.isDiskFull(new IOException("Permission denied")));
    }
}
