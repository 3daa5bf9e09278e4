package org.umbra.app;

import ch.qos.logback.classic.ClassicConstants;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Umbra's logging, configured in code (found by logback through META-INF/services): warnings and errors to
 * stderr, since commands print their results to stdout; ChartFX only on errors; the start-up figure from
 * UmbraApp; the last warnings and errors kept for "Copy diagnostics" ({@link RecentProblems}). A logback.xml cost about 0.35 s of every start (1.6 s on a loaded machine, docs/benchmarks.md):
 * XML parsing and Joran's model classes. A file named by {@code -Dlogback.configurationFile} still takes
 * over, through logback's own configurators.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_TOP_PRIORITY)
public final class LogConfig extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{0}: %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty(ClassicConstants.CONFIG_FILE_PROPERTY) != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        RecentProblems recent = new RecentProblems();
        recent.setContext(context);
        recent.setName("RECENT");
        recent.start();
        root.addAppender(recent);
        context.getLogger("io.fair_acc").setLevel(Level.ERROR);
        context.getLogger("org.umbra.ui.UmbraApp").setLevel(Level.INFO);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
