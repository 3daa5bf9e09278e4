package org.umbra.app;

/**
 * The main class. Not a JavaFX {@code Application}: on the classpath the JavaFX launcher refuses a
 * main class that extends Application, and the headless subcommands must not start the toolkit.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Cli.main(args);
    }
}
