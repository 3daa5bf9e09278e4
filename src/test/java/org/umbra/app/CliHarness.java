package org.umbra.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the command line in a test ({@code @RegisterExtension}): settings and the default database in a home folder of
 * the test's own (never the user's), stdout and stderr of the last run kept.
 */
final class CliHarness implements BeforeEachCallback, AfterEachCallback {
    private final java.util.function.Supplier<Path> home;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    /** @param home the folder to use as {@code umbra.home}, asked for before each test (a {@code @TempDir} subfolder) */
    CliHarness(java.util.function.Supplier<Path> home) {
        this.home = home;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        System.setProperty("umbra.home", home.get().toString());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.clearProperty("umbra.home");
    }

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
