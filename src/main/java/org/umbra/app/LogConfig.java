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
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.spi.FilterReply;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;

/**
 * Umbra's logging, configured in code (found by logback through META-INF/services): warnings and errors to
 * stderr, since commands print their results to stdout; ChartFX only on errors; the start-up figure from
 * UmbraApp; the last warnings and errors kept for "Copy diagnostics" ({@link RecentProblems}). A logback.xml cost about 0.35 s of every start (1.6 s on a loaded machine, docs/benchmarks.md):
 * XML parsing and Joran's model classes. A file named by {@code -Dlogback.configurationFile} still takes
 * over, through logback's own configurators.
 *
 * <p>The log file ({@link #logToFile}) is added once the data folder is known, by the launcher, for the window and every
 * command alike: Umbra's INFO and above, other libraries' WARN and above, with addresses and amounts scrubbed
 * ({@link PrivateLogLayout}). Tests never call it, so a test run writes no log file in the user's data folder.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_TOP_PRIORITY)
public final class LogConfig extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{0}: %msg%n";
    /** The file's lines carry the date and the UTC offset: a log is read days later, maybe in another zone. */
    static final String FILE_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{0}: %msg%n";
    /** Enough for weeks of an ordinary run, small enough never to matter on disk: 5 files of at most 5 MB, 25 MB in all. */
    static final String MAX_FILE_SIZE = "5MB";
    static final int MAX_HISTORY_DAYS = 5;
    static final String TOTAL_SIZE_CAP = "25MB";
    static final String FILE_APPENDER = "FILE";

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
        stderr.addFilter(warningsAndTheStartupFigure());
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
        context.getLogger("org.umbra").setLevel(Level.INFO);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * Stderr stays as quiet as before the log file existed: warnings and errors, and the start-up figure. Umbra's
     * other INFO lines (now logged for the file) would clutter a command's output.
     */
    private static Filter<ILoggingEvent> warningsAndTheStartupFigure() {
        return new Filter<>() {
            @Override
            public FilterReply decide(ILoggingEvent e) {
                return e.getLevel().isGreaterOrEqual(Level.WARN) || e.getLoggerName().equals("org.umbra.ui.UmbraApp") ? FilterReply.NEUTRAL
                        : FilterReply.DENY;
            }
        };
    }

    /** Where {@link #logToFile} writes for the data folder {@code dataDir}. */
    public static Path logFile(Path dataDir) {
        return dataDir.resolve("logs").resolve("umbra.log");
    }

    /**
     * Adds the rotating log file {@code <dataDir>/logs/umbra.log} to the running configuration (once; a second call does
     * nothing): rolled daily and at {@value #MAX_FILE_SIZE}, the older files named {@code umbra-<date>.<n>.log}.
     * Does nothing when logback is not the logging backend or a logback.xml was named (it decides then).
     */
    public static void logToFile(Path dataDir) {
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && System.getProperty(ClassicConstants.CONFIG_FILE_PROPERTY) == null) {
            logToFile(context, dataDir);
        }
    }

    /** The log file this run writes, if {@link #logToFile} added one. */
    public static java.util.Optional<Path> activeLogFile() {
        return org.slf4j.LoggerFactory.getILoggerFactory() instanceof LoggerContext context ? activeLogFile(context) : java.util.Optional.empty();
    }

    static java.util.Optional<Path> activeLogFile(LoggerContext context) {
        return context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(FILE_APPENDER) instanceof RollingFileAppender<?> file
                ? java.util.Optional.of(Path.of(file.getFile())) : java.util.Optional.empty();
    }

    static synchronized void logToFile(LoggerContext context, Path dataDir) {
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(FILE_APPENDER) != null) {
            return;
        }
        Path file = logFile(dataDir);
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName(FILE_APPENDER);
        appender.setFile(file.toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(file.resolveSibling("umbra-%d{yyyy-MM-dd}.%i.log").toString());
        rolling.setMaxFileSize(FileSize.valueOf(MAX_FILE_SIZE));
        rolling.setMaxHistory(MAX_HISTORY_DAYS);
        rolling.setTotalSizeCap(FileSize.valueOf(TOTAL_SIZE_CAP));
        appender.setRollingPolicy(rolling);
        rolling.start();
        PrivateLogLayout layout = new PrivateLogLayout(context, FILE_PATTERN);
        layout.start();
        ch.qos.logback.core.encoder.LayoutWrappingEncoder<ILoggingEvent> encoder = new ch.qos.logback.core.encoder.LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        appender.setEncoder(encoder);
        appender.start();
        if (appender.isStarted()) {
            root.addAppender(appender);
        }
    }
}
