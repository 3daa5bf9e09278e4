package org.umbra.charts;

import io.fair_acc.chartfx.axes.TickUnitSupplier;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import javafx.util.StringConverter;

/**
 * Time-axis labels in the user's zone (ChartFX's own formatter only knows fixed offsets, so it
 * gets DST wrong), as fine as the tick step: a label never claims more precision than the ticks
 * have, nor repeats (a year label on ticks 8 months apart would show "2016 2016").
 */
final class ZoneTimeFormatter extends StringConverter<Number> {
    private static final double MINUTE = 60;
    private static final double HOUR = 3600;
    private static final double DAY = 86_400;
    /** Calendar-like tick steps in seconds; ChartFX 11.3.1's own time table is not monotonic. */
    private static final double[] STEPS = {
        MINUTE, 5 * MINUTE, 15 * MINUTE, 30 * MINUTE, HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR,
        DAY, 2 * DAY, 7 * DAY, 14 * DAY, 30 * DAY, 61 * DAY, 91 * DAY, 182 * DAY, 365 * DAY, 730 * DAY, 1826 * DAY};

    static final TickUnitSupplier TICK_UNITS = reference -> {
        for (double step : STEPS) {
            if (step >= reference) {
                return step;
            }
        }
        return STEPS[STEPS.length - 1];
    };

    private final ZoneId zone;
    private final DoubleSupplier tickUnitSeconds;

    ZoneTimeFormatter(ZoneId zone, DoubleSupplier tickUnitSeconds) {
        this.zone = zone;
        this.tickUnitSeconds = tickUnitSeconds;
    }

    static String patternFor(double tickUnitSeconds) {
        if (tickUnitSeconds >= 30 * DAY) {
            return "MMM yyyy";
        }
        if (tickUnitSeconds >= DAY) {
            return "d MMM";
        }
        if (tickUnitSeconds >= 6 * HOUR) {
            return "d MMM HH:mm";
        }
        return "HH:mm";
    }

    @Override
    public String toString(Number epochSeconds) {
        return DateTimeFormatter.ofPattern(patternFor(tickUnitSeconds.getAsDouble()), Locale.ENGLISH).withZone(zone)
                .format(Instant.ofEpochMilli(Math.round(epochSeconds.doubleValue() * 1000)));
    }

    @Override
    public Number fromString(String text) {
        throw new UnsupportedOperationException("time labels are not parsed");
    }
}
