package org.umbra.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.ClassicConstants;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class LogConfigTest {
    @Test
    void warningsToStderrChartFxOnlyErrorsAndTheStartupFigure() {
        LoggerContext context = new LoggerContext();
        LogConfig config = new LogConfig();
        config.setContext(context);
        assertEquals(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY, config.configure(context), "no logback.xml is looked for");
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertEquals(Level.WARN, root.getLevel());
        @SuppressWarnings("unchecked")
        ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent> stderr = assertInstanceOf(ConsoleAppender.class, root.getAppender("STDERR"));
        assertEquals("System.err", stderr.getTarget());
        assertEquals(Level.ERROR, context.getLogger("io.fair_acc.chartfx.Chart").getEffectiveLevel());
        assertEquals(Level.INFO, context.getLogger("org.umbra.ui.UmbraApp").getEffectiveLevel());
        assertEquals(Level.INFO, context.getLogger("org.umbra.store.Database").getEffectiveLevel(), "Umbra's INFO, for the log file");
        assertEquals(Level.WARN, context.getLogger("okhttp3.OkHttpClient").getEffectiveLevel());
        // Stderr still shows only warnings, errors and the start-up figure.
        assertEquals(ch.qos.logback.core.spi.FilterReply.DENY, stderr.getFilterChainDecision(event(context, "org.umbra.store.Database", Level.INFO)));
        assertEquals(ch.qos.logback.core.spi.FilterReply.NEUTRAL, stderr.getFilterChainDecision(event(context, "org.umbra.ui.UmbraApp", Level.INFO)));
        assertEquals(ch.qos.logback.core.spi.FilterReply.NEUTRAL, stderr.getFilterChainDecision(event(context, "okhttp3.OkHttpClient", Level.WARN)));
    }

    @Test
    void aConfigurationFileNamedOnTheCommandLineTakesOver() {
        String before = System.getProperty(ClassicConstants.CONFIG_FILE_PROPERTY);
        System.setProperty(ClassicConstants.CONFIG_FILE_PROPERTY, "my-logback.xml");
        try {
            LoggerContext context = new LoggerContext();
            LogConfig config = new LogConfig();
            config.setContext(context);
            assertEquals(ExecutionStatus.INVOKE_NEXT_IF_ANY, config.configure(context));
        } finally {
            if (before == null) {
                System.clearProperty(ClassicConstants.CONFIG_FILE_PROPERTY);
            } else {
                System.setProperty(ClassicConstants.CONFIG_FILE_PROPERTY, before);
            }
        }
    }

    @Test
    void logbackFindsItThroughItsServiceFile() {
        LoggerContext context = assertInstanceOf(LoggerContext.class, LoggerFactory.getILoggerFactory());
        assertNotNull(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR"), "the running configuration is LogConfig's");
        assertEquals(Level.ERROR, context.getLogger("io.fair_acc").getLevel());
    }

    private static ch.qos.logback.classic.spi.LoggingEvent event(LoggerContext context, String logger, Level level) {
        return new ch.qos.logback.classic.spi.LoggingEvent("test", context.getLogger(logger), level, "m", null, null);
    }

    @Test
    void theLogFileHasUmbrasInfoOthersWarningsAndNoAddressOrAmount(@TempDir Path data) throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter()); // as logback's own start-up does
        LogConfig config = new LogConfig();
        config.setContext(context);
        config.configure(context);
        LogConfig.logToFile(context, data);
        LogConfig.logToFile(context, data.resolve("elsewhere")); // a second call adds nothing
        Path file = data.resolve("logs/umbra.log");
        assertEquals(java.util.Optional.of(file), LogConfig.activeLogFile(context));
        context.getLogger("org.umbra.collect.Collector").info("binance-futures live");
        context.getLogger("okhttp3.OkHttpClient").info("a library's chatter");
        context.getLogger("okhttp3.OkHttpClient").warn("a library's warning");
        context.getLogger("org.umbra.ledger.LedgerBook").info("checked bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq holding 0.25 BTC");
        context.stop();
        String text = Files.readString(file);
        assertTrue(text.contains("INFO  [main] Collector: binance-futures live"), text);
        assertTrue(text.contains("WARN  [main] OkHttpClient: a library's warning"), text);
        assertFalse(text.contains("chatter"), "other libraries' INFO stays out: " + text);
        assertTrue(text.contains("LedgerBook: checked [redacted] holding [redacted]"), text);
        assertFalse(text.contains("bc1q") || text.contains("0.25"), text);
        assertTrue(text.lines().allMatch(l -> l.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d) .*")), text);
        assertFalse(Files.exists(data.resolve("elsewhere")));
    }

    @Test
    void theFileRollsDailyAndAtFiveMegabytesKeepingAtMostTwentyFive(@TempDir Path data) {
        LoggerContext context = new LoggerContext();
        LogConfig.logToFile(context, data);
        RollingFileAppender<?> file = assertInstanceOf(RollingFileAppender.class,
                context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(LogConfig.FILE_APPENDER));
        SizeAndTimeBasedRollingPolicy<?> rolling = assertInstanceOf(SizeAndTimeBasedRollingPolicy.class, file.getRollingPolicy());
        assertEquals(data.resolve("logs/umbra-%d{yyyy-MM-dd}.%i.log").toString(), rolling.getFileNamePattern());
        assertEquals(5, rolling.getMaxHistory());
        assertTrue(file.isStarted());
        context.stop();
    }
}
