package org.umbra.market.binancearchive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Byte-level handling of data.binance.vision files, no HTTP: the SHA-256 check against a
 * {@code .CHECKSUM} file and unzipping the one CSV inside, with guards against zip bombs.
 */
public final class ArchiveFiles {
    /** Largest CSV we unzip. A daily metrics file is ~30 KB, a monthly funding file ~4 KB. */
    public static final long MAX_CSV_BYTES = 32L * 1024 * 1024;
    /** Largest zip we download (VenueHttp.getBytes limit) or read from disk. */
    public static final long MAX_ZIP_BYTES = 5L * 1024 * 1024;

    private ArchiveFiles() {
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this Java runtime", e);
        }
    }

    /**
     * The expected digest from a {@code .CHECKSUM} file: {@code <64 hex digits>  <file name>}, as
     * {@code sha256sum} writes it. Only the digest is compared; the name in it is informational.
     */
    public static String expectedSha256(String checksumText, String fileName) throws ArchiveException {
        String text = checksumText == null ? "" : checksumText.strip();
        String first = text.isEmpty() ? "" : text.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        if (!first.matches("[0-9a-f]{64}")) {
            throw new ArchiveException(fileName + ": .CHECKSUM does not start with a SHA-256 digest (64 hex digits): '"
                    + (text.length() > 80 ? text.substring(0, 80) + "…" : text) + "'");
        }
        return first;
    }

    /** Refuses {@code zip} unless its SHA-256 is the one in {@code checksumText}. */
    public static void verify(String fileName, byte[] zip, String checksumText) throws ArchiveException {
        String expected = expectedSha256(checksumText, fileName);
        String actual = sha256Hex(zip);
        if (!expected.equals(actual)) {
            throw new ArchiveException(fileName + ": checksum mismatch: SHA-256 is " + actual + " but its .CHECKSUM says " + expected
                    + "; file refused, nothing imported");
        }
    }

    /** The text of the single CSV inside {@code zip}; anything else (no CSV, two files, too large) is refused. */
    public static String singleCsv(String fileName, byte[] zip) throws ArchiveException {
        if (zip.length > MAX_ZIP_BYTES) {
            throw new ArchiveException(fileName + ": zip of " + zip.length + " bytes is larger than the " + MAX_ZIP_BYTES + " allowed");
        }
        if (zip.length == 0) {
            throw new ArchiveException(fileName + ": empty file (0 bytes)");
        }
        // Every zip starts "PK\3\4"; anything else is another answer (a proxy's or captive portal's HTML page) in its place.
        if (zip.length < 4 || zip[0] != 'P' || zip[1] != 'K' || zip[2] != 3 || zip[3] != 4) {
            String start = new String(zip, 0, Math.min(zip.length, 60), StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
            throw new ArchiveException(fileName + ": not a zip (" + zip.length + " bytes starting '" + start + "')");
        }
        String csvName = null;
        byte[] csv = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > 16) {
                    throw new ArchiveException(fileName + ": more than 16 entries in the zip; expected one CSV");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                if (csv != null) {
                    throw new ArchiveException(fileName + ": more than one file in the zip (" + csvName + ", " + entry.getName()
                            + "); expected exactly one CSV");
                }
                csvName = entry.getName();
                if (!csvName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    throw new ArchiveException(fileName + ": the zip holds '" + csvName + "', not a .csv file");
                }
                csv = readCapped(in, fileName);
            }
        } catch (ZipException e) {
            throw new ArchiveException(fileName + ": not a valid zip: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            // ZipInputStream decodes entry names as UTF-8 and throws this for bytes that are not.
            throw new ArchiveException(fileName + ": not a valid zip: an entry name is not UTF-8 (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new ArchiveException(fileName + ": unreadable zip (truncated?): " + e.getMessage(), e);
        }
        if (csv == null) {
            throw new ArchiveException(fileName + ": no CSV inside the zip (empty or not a zip)");
        }
        return new String(csv, StandardCharsets.UTF_8);
    }

    /** Reads an entry, stopping as soon as it passes {@link #MAX_CSV_BYTES}: the declared size is not trusted. */
    private static byte[] readCapped(InputStream in, String fileName) throws IOException, ArchiveException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        int n;
        while ((n = in.read(buf)) != -1) {
            out.write(buf, 0, n);
            if (out.size() > MAX_CSV_BYTES) {
                throw new ArchiveException(fileName + ": CSV inside the zip is larger than " + MAX_CSV_BYTES + " bytes (zip bomb?); refused");
            }
        }
        return out.toByteArray();
    }
}
