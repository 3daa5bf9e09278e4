package org.umbra.app;

/**
 * The main class. Not a JavaFX {@code Application}: on the classpath the JavaFX launcher refuses a
 * main class that extends Application, and the headless subcommands must not start the toolkit.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // Initialise logging once, here, before start-up threads log concurrently (else SLF4J replays and warns).
        org.slf4j.LoggerFactory.getLogger(Launcher.class);
        // The window and every command log to the same rotating file in the data folder.
        LogConfig.logToFile(DataDirs.forCurrentUser().dataDir());
        if (args.length == 0) {
            // The plain window launch has nothing to parse: picocli's model of every command took about 0.2 s.
            System.exit(openWindow());
        }
        Cli.main(args);
    }

    /** What {@link Cli#call()} does without options, with the same exit code and message on failure. */
    private static int openWindow() {
        try {
            GuiLauncher.launch(new Cli());
            return 0;
        } catch (RuntimeException e) {
            System.err.println("umbra: " + Cli.message(e));
            return 1;
        }
    }
}
