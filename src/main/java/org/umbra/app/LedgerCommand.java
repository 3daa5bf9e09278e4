package org.umbra.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.umbra.export.HoldingsCsv;
import org.umbra.export.LedgerBackup;
import org.umbra.ledger.LedgerBook;
import org.umbra.ledger.LedgerEvent;
import org.umbra.store.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code umbra ledger import|export}: the user's holdings in and out, headless, on the same database. */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = "Import or export the ledger of your own holdings (BIP-329 wallet labels, a JSON backup, or CSV).",
        subcommands = {LedgerCommand.Import.class, LedgerCommand.Export.class})
final class LedgerCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "name a command: import or export");
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import wallet labels (BIP-329 JSON Lines) or restore a JSON backup.",
                "bip329: accepted lines are applied as one change (undoable in the window); each rejected line is printed as",
                "'line N: reason'; the exit code is 1 when any line was rejected. json: restores a backup into an empty ledger."})
    static final class Import implements Callable<Integer> {
        @ParentCommand
        LedgerCommand parent;

        @Option(names = "--format", required = true, paramLabel = "bip329|json", description = "bip329 or json.")
        String format;

        @Option(names = "--dry-run", description = "Check and report, write nothing.")
        boolean dryRun;

        @Parameters(paramLabel = "FILE", description = "The file to import.")
        Path file;

        @Override
        public Integer call() throws IOException {
            String chosen = format.toLowerCase(Locale.ROOT);
            if (!List.of("bip329", "json").contains(chosen)) {
                throw new ParameterException(parent.spec.commandLine(), "--format: '" + format + "' is not bip329 or json");
            }
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(parent.spec.commandLine(), "FILE: " + file + " is not a readable file");
            }
            PrintWriter out = parent.spec.commandLine().getOut();
            PrintWriter err = parent.spec.commandLine().getErr();
            try (AppContext ctx = parent.cli.openContext()) {
                LedgerBook book = ctx.ledger();
                if (chosen.equals("json")) {
                    List<LedgerEvent> rows;
                    try {
                        rows = LedgerBackup.read(Files.readString(file, StandardCharsets.UTF_8));
                    } catch (IllegalArgumentException e) {
                        err.println("umbra ledger import: " + file + ": " + e.getMessage() + "; nothing was changed");
                        return 1;
                    }
                    if (!book.history().isEmpty()) {
                        err.println("umbra ledger import: the ledger in " + ctx.databaseFile() + " is not empty; a backup restores only"
                                + " into an empty ledger (use --db with a new file). Nothing was changed.");
                        return 1;
                    }
                    if (!dryRun) {
                        book.restore(rows);
                    }
                    out.println((dryRun ? "would restore " : "restored ") + rows.size() + " history rows ("
                            + book.state().holdings().size() + " holdings now) " + (dryRun ? "into " : "in ") + ctx.databaseFile());
                    return 0;
                }
                return LabelsCli.importLabels(book, ctx.settings().bitcoinNetwork(), file, dryRun, out);
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Export wallet labels (bip329), a backup of the whole ledger with its history (json), or the holdings (csv).")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        LedgerCommand parent;

        @Option(names = "--format", required = true, paramLabel = "bip329|json|csv", description = "bip329, json or csv.")
        String format;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write (replaced if it exists).")
        Path out;

        @Override
        public Integer call() throws IOException {
            String chosen = format.toLowerCase(Locale.ROOT);
            if (!List.of("bip329", "json", "csv").contains(chosen)) {
                throw new ParameterException(parent.spec.commandLine(), "--format: '" + format + "' is not bip329, json or csv");
            }
            try (AppContext ctx = parent.cli.openContext()) {
                LedgerBook book = ctx.ledger();
                // Whole or not at all, readable by the user only (holdings, addresses, labels): a full disk leaves no half file.
                AtomicFiles.writeText(out, w -> {
                    switch (chosen) {
                        case "json" -> w.write(LedgerBackup.write(book.history(), ctx.clock().instant()));
                        case "csv" -> HoldingsCsv.write(book.state(), w);
                        default -> LabelsCli.exportLabels(book, w);
                    }
                });
                parent.spec.commandLine().getOut().println("wrote " + out);
            }
            return 0;
        }
    }
}
