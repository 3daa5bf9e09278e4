package org.umbra.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import org.umbra.market.binancearchive.ArchiveException;
import org.umbra.market.binancearchive.ArchiveReader;
import org.umbra.market.binancearchive.BinanceArchiveSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "import-archive", mixinStandardHelpOptions = true,
        description = {"Import files downloaded from the Binance public data archive (data.binance.vision) into the "
                + "source " + BinanceArchiveSource.ID + ":",
                "daily metrics (OI, long/short and taker ratios) and monthly fundingRate files, as .zip or the .csv inside.",
                "A zip with FILE.CHECKSUM beside it is verified (a mismatch refuses that file); without one it is imported unverified.",
                "Each file is read whole and committed in one transaction; a bad line refuses the whole file.",
                "Prints one line per file; exits 1 if any file was refused."})
final class ImportArchiveCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Archive .zip or .csv files.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int refused = 0;
        try (AppContext ctx = cli.openContext()) {
            for (Path file : files) {
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
                    long points = ctx.series().write(r.batches(), null).join().points();
                    String range = r.rows() == 0 ? "no rows" : Instant.ofEpochMilli(r.fromTs()) + " .. " + Instant.ofEpochMilli(r.toTs());
                    out.printf("%s: %s %s, %,d rows (%,d points), %s%s%n", name, r.symbol() == null ? "?" : r.symbol(),
                            r.kind() == ArchiveReader.Kind.METRICS ? "metrics" : "fundingRate", r.rows(), points, range, note);
                } catch (ArchiveException e) {
                    refused++;
                    String own = file.getFileName() + ": ";
                    String msg = e.getMessage().startsWith(own) ? e.getMessage().substring(own.length()) : e.getMessage();
                    err.println(name + ": REFUSED: " + msg);
                } catch (IOException e) {
                    refused++;
                    err.println(name + ": REFUSED: cannot read: " + e.getMessage());
                } catch (CompletionException e) {
                    refused++;
                    err.println(name + ": REFUSED: not stored: " + Cli.message(e));
                }
            }
        }
        return refused == 0 ? 0 : 1;
    }
}
