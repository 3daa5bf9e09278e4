package org.umbra.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code umbra}: with no subcommand it opens the window; subcommands run headless on the same
 * database. The common options ({@code --db}, {@code --endpoint}) are accepted before or after
 * the subcommand.
 */
@Command(name = "umbra", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Umbra: BTC and ETH perpetual futures (open interest, funding, premium) kept in a local SQLite history.%n"
                + "Without a command, opens the window.",
        subcommands = {CollectCommand.class, SeriesCommand.class, ExportCommand.class, SnapshotCommand.class, RiskCommand.class, ImportArchiveCommand.class, LedgerCommand.class, AlertsCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"%nData lives in the per-user data folder unless --db says otherwise; settings in the config folder.",
                "Exit codes: 0 success, 1 a source or step failed, 2 bad usage."})
public final class Cli implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "Database file (default: umbra.db in the per-user data folder).")
    Path database;

    @Option(names = "--endpoint", paramLabel = "SOURCE=URL", scope = ScopeType.INHERIT, mapFallbackValue = "",
            description = "Base URL for a source, e.g. binance-futures=http://127.0.0.1:8080 (repeatable).")
    Map<String, String> endpoints = new LinkedHashMap<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Opens the window. */
    @Override
    public Integer call() {
        GuiLauncher.launch(this);
        return 0;
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs {@code args} and returns the exit code; used by main and by tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new Cli());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("umbra: " + message(e));
            return 1;
        });
        return cmd.execute(args);
    }

    static String message(Throwable e) {
        Throwable t = e;
        while ((t.getMessage() == null || t.getMessage().isBlank()) && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** Settings from the config folder with this invocation's overrides applied and validated. */
    Settings effectiveSettings(DataDirs dirs) {
        Settings s = new SettingsStore(dirs.settingsFile()).load().settings();
        for (Map.Entry<String, String> e : endpoints.entrySet()) {
            SourceCatalog.parseEndpoint(e.getKey(), e.getValue());
            s = s.withEndpoint(e.getKey(), e.getValue());
        }
        return s;
    }

    Path databaseFile(DataDirs dirs, Settings settings) {
        if (database != null) {
            return database;
        }
        return settings.database().isEmpty() ? dirs.defaultDatabase() : Path.of(settings.database());
    }

    /** Opens the database with this invocation's options; a notice about it (a damaged file moved aside) goes to stderr. */
    AppContext openContext() {
        DataDirs dirs = DataDirs.forCurrentUser();
        Settings settings = effectiveSettings(dirs);
        AppContext ctx = new AppContext(databaseFile(dirs, settings), settings, Clock.systemUTC());
        PrintWriter err = spec != null ? spec.commandLine().getErr() : new PrintWriter(System.err, true);
        ctx.notice().ifPresent(n -> err.println("umbra: " + n));
        return ctx;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Umbra " + AppContext.VERSION, "Java " + System.getProperty("java.version")};
        }
    }
}
