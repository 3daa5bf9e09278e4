package org.umbra.collect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import org.umbra.market.binancearchive.ArchiveException;
import org.umbra.market.binancearchive.ArchiveReader;
import org.umbra.store.SeriesRepository;

/**
 * Imports one Binance archive file the user downloaded (zip or csv) in one transaction. A zip with a
 * {@code .CHECKSUM} beside it is verified first; a refused file changes nothing. Used by
 * {@code umbra import-archive} and the window's File menu.
 */
public final class ArchiveImport {
    /** What became of one file: a one-line report, and whether it was imported. */
    public record Outcome(Path file, boolean imported, String line) {
    }

    private final SeriesRepository series;

    public ArchiveImport(SeriesRepository series) {
        this.series = series;
    }

    public Outcome importFile(Path file) {
        String name = file.toString();
        try {
            String note = "";
            String checksum = null;
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                Path checksumFile = file.resolveSibling(file.getFileName() + ".CHECKSUM");
                if (Files.isRegularFile(checksumFile)) {
                    checksum = Files.readString(checksumFile, StandardCharsets.US_ASCII);
                    note = ", checksum verified";
                } else {
                    note = ", no .CHECKSUM beside it: imported unverified";
                }
            }
            ArchiveReader.Result r = ArchiveReader.readFile(file, checksum);
            long points = series.write(r.batches(), null).join().points();
            String range = r.rows() == 0 ? "no rows" : Instant.ofEpochMilli(r.fromTs()) + " .. " + Instant.ofEpochMilli(r.toTs());
            return new Outcome(file, true, String.format(Locale.ENGLISH, "%s: %s %s, %,d rows (%,d points), %s%s", name,
                    r.symbol() == null ? "?" : r.symbol(), r.kind() == ArchiveReader.Kind.METRICS ? "metrics" : "fundingRate", r.rows(),
                    points, range, note));
        } catch (ArchiveException e) {
            String own = file.getFileName() + ": ";
            String msg = e.getMessage().startsWith(own) ? e.getMessage().substring(own.length()) : e.getMessage();
            return new Outcome(file, false, name + ": REFUSED: " + msg);
        } catch (IOException e) {
            return new Outcome(file, false, name + ": REFUSED: cannot read: " + e.getMessage());
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Outcome(file, false, name + ": REFUSED: not stored: " + cause.getMessage());
        }
    }
}
