package org.umbra.app;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.LayoutBase;
import org.umbra.ledger.PrivateText;

/**
 * Formats a log line with a pattern, then scrubs anything that looks like an address, a key, a transaction id or an
 * amount of bitcoin ({@link PrivateText#generic()}): the log file outlives the run and is attached to bug reports, so
 * no message (nor an exception's, from a library that quotes its input) may carry what identifies a holding.
 */
final class PrivateLogLayout extends LayoutBase<ILoggingEvent> {
    private final PatternLayout pattern = new PatternLayout();
    private final PrivateText scrub = PrivateText.generic();

    PrivateLogLayout(LoggerContext context, String format) {
        setContext(context);
        pattern.setContext(context);
        pattern.setPattern(format);
    }

    @Override
    public void start() {
        pattern.start();
        super.start();
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        return scrub.scrub(pattern.doLayout(event));
    }
}
