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
        Cli.main(args);
    }
}
