package org.umbra.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.umbra.collect.ArchiveImport;
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
            ArchiveImport importer = new ArchiveImport(ctx.series());
            for (Path file : files) {
                ArchiveImport.Outcome outcome = importer.importFile(file);
                if (outcome.imported()) {
                    out.println(outcome.line());
                } else {
                    refused++;
                    err.println(outcome.line());
                }
            }
        }
        return refused == 0 ? 0 : 1;
    }
}
