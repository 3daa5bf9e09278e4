package org.umbra.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import org.umbra.ui.UmbraApp;

/** Starts the JavaFX application with the command line's common options. */
final class GuiLauncher {
    private GuiLauncher() {
    }

    static void launch(Cli cli) {
        List<String> args = new ArrayList<>();
        if (cli.database != null) {
            args.add("--db=" + cli.database);
        }
        for (Map.Entry<String, String> e : cli.endpoints.entrySet()) {
            args.add("--endpoint=" + e.getKey() + "=" + e.getValue());
        }
        List<String> raw = List.copyOf(args);
        UmbraApp.preopen(CompletableFuture.supplyAsync(() -> Startup.open(raw)));
        Application.launch(UmbraApp.class, args.toArray(String[]::new));
    }

    /** Parses the options {@link #launch} passed, for the application's init(). */
    static Cli parse(List<String> raw) {
        Cli cli = new Cli();
        if (raw.isEmpty()) {
            return cli; // the plain launch: no picocli at all (Launcher)
        }
        new picocli.CommandLine(cli).parseArgs(raw.toArray(String[]::new));
        return cli;
    }
}
