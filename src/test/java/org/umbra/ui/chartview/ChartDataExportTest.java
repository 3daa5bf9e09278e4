package org.umbra.ui.chartview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.umbra.analytics.RangeSpec;
import org.umbra.charts.LineSpec;
import org.umbra.charts.PaneSpec;
import org.umbra.charts.StackedTimeCharts.LineData;
import org.umbra.testing.TestStore;
import org.umbra.ui.chartview.Frame.LineOrigin;

/** File → Export data (CSV) on a real chart screen: what the legend hides is not exported; raw points are loaded finer. */
class ChartDataExportTest {
    private static final long T0 = Instant.parse("2026-10-30T00:00:00Z").toEpochMilli();
    private static final long HOUR = 3_600_000L;

    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private final List<Integer> columnsAsked = new ArrayList<>();
    private TestStore store;
    private ChartScreenModel model;
    private ChartScreen screen;
    private final AtomicReference<String> status = new AtomicReference<>("");

    private static double s(long ms) {
        return ms / 1000.0;
    }

    /** Binance funding at 0, 1, 2 h; Bybit at 0:30, 1 h, a break, 3 h; the Binance OI band (drawn as a sum) reads 100 and 110. */
    private final FrameLoader loader = new FrameLoader() {
        @Override
        public Optional<long[]> extent() {
            return Optional.of(new long[] {T0, T0 + 3 * HOUR});
        }

        @Override
        public Frame load(long from, long to, int columns) {
            columnsAsked.add(columns);
            return new Frame(from, to, Map.of(
                    "funding:binance", new LineData(new double[] {s(T0), s(T0 + HOUR), s(T0 + 2 * HOUR)}, new double[] {10.95, 12, 9.5}),
                    "funding:bybit", new LineData(new double[] {s(T0 + HOUR / 2), s(T0 + HOUR), s(T0 + 2 * HOUR), s(T0 + 3 * HOUR)},
                            new double[] {5, 6, Double.NaN, 7.25}),
                    "oi:binance", new LineData(new double[] {s(T0), s(T0 + 3 * HOUR)}, new double[] {300, 300})),
                    Map.of("funding:binance", new LineOrigin("BTCUSDT, every 8 h", T0, T0 + 2 * HOUR),
                            "funding:bybit", new LineOrigin("BTCUSDT", T0, T0 + 3 * HOUR), "oi:binance", new LineOrigin("BTCUSDT", T0, T0 + 3 * HOUR)),
                    Map.of("oi:binance", new LineData(new double[] {s(T0), s(T0 + 3 * HOUR)}, new double[] {100, 110})));
        }
    };

    private final ScreenLayout layout = new ScreenLayout() {
        @Override
        public String title() {
            return "Test";
        }

        @Override
        public List<PaneSpec> panes() {
            return List.of(new PaneSpec("funding", "Funding, annualised", "%", null, null, List.of(
                            new LineSpec("funding:binance", "Binance", "#e69f00", false, false),
                            new LineSpec("funding:bybit", "Bybit", "#56b4e9", false, false)), null, null, true),
                    new PaneSpec("oi", "Open interest", "USD", null, null, List.of(LineSpec.area("oi:binance", "Binance", "#e69f00")),
                            null, null, false));
        }

        @Override
        public String emptyText(String paneId) {
            return "nothing";
        }

        @Override
        public String format(String paneId, double value) {
            return Double.toString(value);
        }
    };

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void show() throws Exception {
        store = new TestStore(dir);
        model = new ChartScreenModel("test", store.series(), loader);
        ChartScreenModel.Prepared all = model.prepare(RangeSpec.ALL);
        FxToolkit.setupStage(stage -> {
            screen = new ChartScreen("test-view", model, layout, ZoneId.of("UTC"), List.of());
            model.present(all);
            stage.setScene(new Scene(new StackPane(screen.node()), 1200, 800));
            stage.show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#legend-funding-binance").tryQuery().isPresent());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        model.close();
        store.close();
    }

    private String export(ChartDataExport.Detail detail, Path file) throws Exception {
        robot.interact(() -> ChartDataExport.export(screen, detail, file, status::set));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.get().startsWith("Exported") || status.get().startsWith("Could not"));
        return status.get();
    }

    @Test
    void aLineHiddenInTheLegendIsLeftOutOfTheExport() throws Exception {
        robot.clickOn("#legend-funding-binance");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(screen.isHidden("funding:binance"));
        Path file = dir.resolve("test-drawn"); // ".csv" is added
        String said = export(ChartDataExport.Detail.AS_DRAWN, file);
        // Bybit's break at 2 h is no row; Binance's funding (hidden) gives no column and no rows of its own (1 h is Bybit's).
        assertEquals("time_utc,time_local,\"Funding, annualised: Bybit [%] (BTCUSDT)\",Open interest: Binance [USD] (BTCUSDT)\r\n"
                + "2026-10-30T00:00:00Z,2026-10-30T00:00:00Z,,100\r\n"
                + "2026-10-30T00:30:00Z,2026-10-30T00:30:00Z,5,\r\n"
                + "2026-10-30T01:00:00Z,2026-10-30T01:00:00Z,6,\r\n"
                + "2026-10-30T03:00:00Z,2026-10-30T03:00:00Z,7.25,110\r\n", Files.readString(dir.resolve("test-drawn.csv")));
        assertEquals("Exported 4 rows × 2 series (as drawn; times in UTC and UTC) to " + dir.resolve("test-drawn.csv"), said);
    }

    @Test
    void rawPointsAreLoadedAgainAtOneColumnPerMinuteAndEveryLineShownIsExported() throws Exception {
        int before = columnsAsked.size();
        String said = export(ChartDataExport.Detail.RAW, dir.resolve("raw.csv"));
        // The 3 h shown are 180 minutes; at least 200 columns are asked for.
        assertEquals(List.of(200), columnsAsked.subList(before, columnsAsked.size()));
        assertTrue(said.startsWith("Exported 5 rows × 3 series (raw points"), said);
        assertTrue(Files.readString(dir.resolve("raw.csv")).startsWith("time_utc,time_local,Funding, annualised: Binance [%] (BTCUSDT, every 8 h),"
                .replace("Funding, annualised: Binance [%] (BTCUSDT, every 8 h)", "\"Funding, annualised: Binance [%] (BTCUSDT, every 8 h)\"")));
    }

    @Test
    void theChartScreenIsFoundInsideWhatTheWindowShows() {
        // The window's content holds the screen's node, here inside the stage's StackPane.
        assertSame(screen, ChartScreen.find(screen.node().getScene().getRoot()).orElseThrow());
        assertTrue(ChartScreen.find(new StackPane()).isEmpty());
    }
}
