package org.umbra.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import ch.qos.logback.classic.ClassicConstants;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;
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
        ConsoleAppender<?> stderr = assertInstanceOf(ConsoleAppender.class, root.getAppender("STDERR"));
        assertEquals("System.err", stderr.getTarget());
        assertEquals(Level.ERROR, context.getLogger("io.fair_acc.chartfx.Chart").getEffectiveLevel());
        assertEquals(Level.INFO, context.getLogger("org.umbra.ui.UmbraApp").getEffectiveLevel());
        assertEquals(Level.WARN, context.getLogger("org.umbra.store.Database").getEffectiveLevel());
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
}
