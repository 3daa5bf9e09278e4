package org.umbra.ui.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.analytics.risk.Breakdown;
import org.umbra.app.Cli;
import org.umbra.market.Asset;
import org.umbra.market.Metric;
import org.umbra.market.SeriesSpec;
import org.umbra.marketdata.MarketDataReader;
import org.umbra.marketdata.MarketFigures;
import org.umbra.marketdata.RiskInputsReader;
import org.umbra.testing.StoreWriter;
import org.umbra.testing.TestStore;

/** {@code umbra risk} and the Risk view read the same inputs through the same model: same time, same number. */
class RiskCliAndViewTest {
    private static final long H = StoreWriter.HOUR;
    private static final long DAY = 24 * H;
    private static final long END = Instant.parse("2025-06-01T00:00:00Z").toEpochMilli();
    private static final long START = END - 420 * DAY;

    @TempDir
    Path dir;

    @BeforeEach
    void fill() throws Exception {
        System.setProperty("umbra.home", dir.resolve("home").toString());
        try (TestStore store = new TestStore(dir)) {
            StoreWriter w = new StoreWriter(store.series());
            int hours = (int) ((END - START) / H);
            long[] ts = new long[hours + 1];
            double[] price = new double[ts.length];
            double[] oi = new double[ts.length];
            double[] ratio = new double[ts.length];
            for (int i = 0; i < ts.length; i++) {
                ts[i] = START + i * H;
                double days = i / 24.0;
                price[i] = 60_000 + 20_000 * Math.sin(days / 40) + 800 * Math.sin(i * 0.7);
                oi[i] = 30e9 + 8e9 * Math.sin(days / 55) + days * 2e7;
                ratio[i] = 1.4 + 0.3 * Math.sin(days / 9);
            }
            w.points(SeriesSpec.of("binance-spot", "BTCUSDT", Asset.BTC, Metric.PRICE_CLOSE, H), ts, price);
            w.points(SeriesSpec.of("binance-futures", "BTCUSDT", Asset.BTC, Metric.OPEN_INTEREST_USD, H), ts, oi);
            w.points(SeriesSpec.of("binance-futures", "BTCUSDT", Asset.BTC, Metric.LONG_SHORT_ACCOUNTS, H), ts, ratio);
            w.funding("binance-futures", "BTCUSDT", Asset.BTC, START, 0, hours, 8, 0.00012);
        }
    }

    @AfterEach
    void restore() {
        System.clearProperty("umbra.home");
    }

    @Test
    void theCommandAndTheViewScoreTheSameTimeAlike() throws Exception {
        String first = risk("--at", "2025-06-01");
        assertEquals(first, risk("--at", "2025-06-01T00:00:00Z"), "a date is its 00:00 UTC, and the same database prints the same text");
        Matcher m = Pattern.compile("Score: (\\d+\\.\\d) / 100").matcher(first);
        assertTrue(m.find(), first);

        try (TestStore store = new TestStore(dir)) {
            MarketDataReader reader = new MarketDataReader(store.series());
            RiskLoader loader = new RiskLoader(reader, new RiskInputsReader(new MarketFigures(reader)));
            loader.load(END - 30 * DAY, END, 720);
            Breakdown b = loader.breakdownAt(END).orElseThrow();
            assertEquals(m.group(1), String.format(Locale.ROOT, "%.1f", b.score()));
        }
    }

    @Test
    void withoutAtTheNewestStoredPointIsScored() throws Exception {
        assertTrue(risk().startsWith("Risk score BTC at 2025-06-01T00:00:00Z\n"), risk());
    }

    @Test
    void aBadTimeIsRefusedNamingTheOption() {
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"risk", "--db", dir.resolve("umbra.db").toString(), "--at", "last tuesday"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(2, code);
        assertTrue(err.toString().contains("--at: 'last tuesday'"), err.toString());
    }

    private String risk(String... more) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = new String[3 + more.length];
        args[0] = "risk";
        args[1] = "--db";
        args[2] = dir.resolve("umbra.db").toString();
        System.arraycopy(more, 0, args, 3, more.length);
        assertEquals(0, Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true)), err.toString());
        return out.toString();
    }
}
