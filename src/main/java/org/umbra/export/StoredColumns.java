package org.umbra.export;

import java.util.Locale;
import org.umbra.market.SeriesSpec;
import org.umbra.store.SeriesData;

/**
 * How a stored series is named outside the app: the spec {@code umbra series} lists and {@code umbra export} takes
 * ({@code source:instrument:metric}), its unit as stored ({@code fraction/8h} for a funding rate per 8 hours), and its
 * CSV column.
 */
public final class StoredColumns {
    private StoredColumns() {
    }

    /** {@code binance-futures:BTCUSDT:oi_usd}: the three columns {@code umbra series} prints first, joined by colons. */
    public static String spec(SeriesSpec s) {
        return s.source() + ":" + s.instrument() + ":" + s.metric().id();
    }

    /** The unit as stored; a funding rate names the period it is per ({@code fraction/8h}). */
    public static String unit(SeriesSpec s) {
        return s.metric().name().startsWith("FUNDING") ? s.unit().id() + "/" + (s.intervalSeconds() / 3600) + "h" : s.unit().id();
    }

    /** {@code BTC open interest [USD] (binance-futures BTCUSDT)}. */
    public static String header(SeriesSpec s) {
        String label = s.metric().label();
        String what = s.asset().name() + " " + label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
        return SeriesCsv.header(what, unit(s), s.source() + " " + s.instrument());
    }

    public static SeriesCsv.Column column(SeriesSpec s, SeriesData data) {
        return new SeriesCsv.Column(header(s), data.timestamps(), data.values());
    }
}
