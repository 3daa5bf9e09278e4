package org.umbra.store;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file whole or not at all: into a new private temporary file in the same folder, flushed to the disk, then
 * renamed over the target in one step. A full disk or any failure leaves the old file as it was and no partial file
 * beside it, and the error names the target ({@link FileFaults}).
 */
public final class AtomicFiles {
    /** What goes into the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** What goes into a text file (UTF-8). */
    @FunctionalInterface
    public interface Text {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void writeText(Path target, Text text) throws IOException {
        write(target, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            text.writeTo(new FilterWriter(w) {
                @Override
                public void close() throws IOException {
                    flush(); // as for the stream below: closing is the file's last step, not the content's
                }
            });
            w.flush();
        });
    }

    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new IOException(absolute + " is a folder; choose a file name.");
        }
        Path dir = absolute.getParent();
        Path tmp = null;
        try {
            PrivateFiles.createDirectories(dir);
            tmp = PrivateFiles.POSIX
                    ? Files.createTempFile(dir, absolute.getFileName() + ".", ".tmp",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(dir, absolute.getFileName() + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                OutputStream out = new FilterOutputStream(Channels.newOutputStream(channel)) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len); // FilterOutputStream writes byte by byte
                    }

                    @Override
                    public void close() throws IOException {
                        flush(); // Content that closes its writer (a CSV printer) must not close the file before it is forced.
                    }
                };
                content.writeTo(out);
                out.flush();
                channel.force(true); // On the disk before the rename makes it the file: a crash never leaves an empty one.
            }
            move(tmp, absolute);
            tmp = null;
        } catch (IOException e) {
            throw FileFaults.explain(absolute, e);
        } finally {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
