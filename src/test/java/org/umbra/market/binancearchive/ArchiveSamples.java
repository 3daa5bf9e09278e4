package org.umbra.market.binancearchive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.umbra.testing.Fixtures;

/** Builds archive-style zips and .CHECKSUM texts in memory from CSV text (see the resources README). */
public final class ArchiveSamples {
    public static final String METRICS_HEADER = "create_time,symbol,sum_open_interest,sum_open_interest_value,"
            + "count_toptrader_long_short_ratio,sum_toptrader_long_short_ratio,count_long_short_ratio,sum_taker_long_short_vol_ratio";

    private ArchiveSamples() {
    }

    public static String resource(String name) {
        return Fixtures.read(ArchiveSamples.class, name);
    }

    public static byte[] zip(String entryName, String text) {
        return zip(new String[] {entryName}, new String[] {text});
    }

    public static byte[] zip(String[] names, String[] texts) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (int i = 0; i < names.length; i++) {
                    ZipEntry entry = new ZipEntry(names[i]);
                    entry.setTimeLocal(java.time.LocalDateTime.of(2020, 1, 1, 0, 0)); // the same bytes every time: a zip and its .CHECKSUM agree
                    out.putNextEntry(entry);
                    out.write(texts[i].getBytes(StandardCharsets.UTF_8));
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What data.binance.vision serves beside a zip: {@code sha256sum} output. */
    public static String checksum(byte[] zip, String zipName) {
        return ArchiveFiles.sha256Hex(zip) + "  " + zipName + "\n";
    }

    /** A synthetic daily metrics file: {@code rows} 5-minute rows from 00:00 of {@code day}. */
    public static String syntheticMetrics(String symbol, String day, int rows, double oiBase) {
        StringBuilder sb = new StringBuilder(METRICS_HEADER).append('\n');
        for (int i = 0; i < rows; i++) {
            int minutes = i * 5;
            sb.append(String.format(java.util.Locale.ROOT, "%s %02d:%02d:00,%s,%.3f,%.2f,1.10,1.20,1.30,0.90%n", day, minutes / 60,
                    minutes % 60, symbol, oiBase + i, (oiBase + i) * 50_000));
        }
        return sb.toString();
    }
}
