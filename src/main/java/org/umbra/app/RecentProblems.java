package org.umbra.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The last warnings and errors logged in this run, kept in memory for "Copy diagnostics" (a user asked for help
 * rarely knows where a log file is). Bounded, so a source failing every minute for a week costs nothing.
 */
public final class RecentProblems extends AppenderBase<ILoggingEvent> {
    static final int KEPT = 50;
    private static final Deque<String> LINES = new ArrayDeque<>();

    @Override
    protected void append(ILoggingEvent e) {
        if (!e.getLevel().isGreaterOrEqual(Level.WARN)) {
            return;
        }
        StringBuilder line = new StringBuilder().append(Instant.ofEpochMilli(e.getTimeStamp())).append(' ').append(e.getLevel())
                .append(' ').append(e.getLoggerName().substring(e.getLoggerName().lastIndexOf('.') + 1)).append(": ")
                .append(e.getFormattedMessage());
        for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
            line.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
        }
        record(line.toString());
    }

    static void record(String line) {
        synchronized (LINES) {
            if (LINES.size() == KEPT) {
                LINES.removeFirst();
            }
            LINES.addLast(line);
        }
    }

    /** Oldest first. */
    public static List<String> lines() {
        synchronized (LINES) {
            return List.copyOf(LINES);
        }
    }
}
