package org.umbra.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.umbra.charts.ChartImages;
import org.umbra.market.binance.BinanceMockVenue;

/** The real application, headless, polling a MockWebServer that replays recorded Binance responses. */
class UmbraAppTest {
    @TempDir
    static Path dir;
    private static BinanceMockVenue venue;
    private static Application app;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void launch() throws Exception {
        System.setProperty("umbra.home", dir.resolve("home").toString());
        venue = new BinanceMockVenue();
        // Only the mock venue is enabled: a test never reaches for a real host.
        new org.umbra.app.SettingsStore(dir.resolve("home/settings.json"))
                .save(org.umbra.app.Settings.defaults().withEnabledSources(java.util.List.of("binance-futures")));
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(UmbraApp.class, "--db=" + dir.resolve("ui.db"), "--endpoint=binance-futures=" + venue.baseUrl());
    }

    @AfterAll
    static void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        venue.close();
        System.clearProperty("umbra.home");
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void statusBarShowsTheSourceLiveWithItsTimes() throws Exception {
        // The bar stays short; the full line (state, last update, next poll) is the tooltip. Wait for "live":
        // right after start the source may still be backfilling.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#status-binance-futures").tryQuery().isPresent()
                && String.valueOf(robot.lookup("#status-binance-futures").queryAs(Label.class).getUserData()).contains(": live ·"));
        assertTrue(text("#status-binance-futures").matches("binance-futures \\d\\d:\\d\\d:\\d\\d"), text("#status-binance-futures"));
        String full = (String) robot.lookup("#status-binance-futures").queryAs(Label.class).getUserData();
        assertTrue(full.matches("binance-futures: live · updated \\d\\d:\\d\\d:\\d\\d · next \\d\\d:\\d\\d:\\d\\d"), full);
        // Another test may have restarted the collector (Sources, Settings): wait for its polls.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> venue.hits("/fapi/v1/premiumIndex") >= 2);
    }

    @Test
    void marketsShowsEveryPaneAndSaysWhereEachLineComesFrom() throws Exception {
        robot.clickOn("#nav-markets");
        robot.clickOn("#range-All");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#range-label").contains("2015"));
        for (String pane : new String[] {"#chart-price", "#chart-oi", "#chart-funding", "#chart-premium", "#chart-ls", "#chart-liq"}) {
            assertTrue(robot.lookup(pane).tryQuery().isPresent(), pane);
        }
        // The live OI arrives with the first poll; the bundled history is there from the start.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> legendText("#markets-view").contains("Binance · BTCUSDT, every 8 h")
                && legendText("#markets-view").contains("Binance · BTCUSDT · ")
                && legendText("#markets-view").contains("spot close (Binance, Coinbase, bundled daily) · 2 Jan 2015"));
        String legend = legendText("#markets-view");
        assertTrue(legend.contains("Spot · spot close"), "the bundled daily close fills the spot line: " + legend);
        assertTrue(legend.contains("Binance · BTCUSDT · "), "OI by venue names the contracts: " + legend);
        assertTrue(legend.contains("OI-weighted · weighted by OI in USD"), legend);
        assertTrue(legend.contains("baseline 0.01 % / 8 h = 10.95 %/yr"), legend);
    }

    @Test
    void aLegendClickHidesItsLineAndASecondShowsItAgain() throws Exception {
        robot.clickOn("#nav-markets");
        robot.clickOn("#range-All");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#legend-funding-binance").tryQuery().isPresent());
        org.umbra.ui.chartview.ChartScreen screen = (org.umbra.ui.chartview.ChartScreen) robot.lookup("#markets-view").query()
                .getProperties().get(org.umbra.ui.chartview.ChartScreen.class);
        assertTrue(screen.charts().line("funding:binance").x().length > 0);
        robot.clickOn("#legend-funding-binance");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, screen.charts().line("funding:binance").x().length, "hidden");
        assertTrue(robot.lookup("#legend-funding-binance").query().getStyleClass().contains("legend-hidden"), "still listed, marked hidden");
        robot.clickOn("#legend-funding-binance");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(screen.charts().line("funding:binance").x().length > 0, "shown again");
    }

    @Test
    void rangePresetsChangeTheVisibleRange() throws Exception {
        robot.clickOn("#nav-markets");
        robot.clickOn("#range-All");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#range-label").contains("2015"));
        org.umbra.ui.chartview.ChartScreen screen = (org.umbra.ui.chartview.ChartScreen) robot.lookup("#markets-view").query()
                .getProperties().get(org.umbra.ui.chartview.ChartScreen.class);
        robot.clickOn("#range-1M");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !text("#range-label").contains("2015"));
        double days = (screen.charts().visibleTo() - screen.charts().visibleFrom()) / 86_400;
        assertTrue(days >= 28 && days <= 31.5, "1M shows a month: " + days + " days");
    }

    @Test
    void logScaleAppliesToPricesOnlyNeverToFunding() throws Exception {
        robot.clickOn("#nav-markets");
        org.umbra.ui.chartview.ChartScreen screen = (org.umbra.ui.chartview.ChartScreen) robot.lookup("#markets-view").query()
                .getProperties().get(org.umbra.ui.chartview.ChartScreen.class);
        robot.clickOn("#log-scale");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(screen.charts().isLogScale(0), "price pane");
        assertFalse(screen.charts().isLogScale(2), "funding crosses zero: never log");
        robot.clickOn("#log-scale");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(screen.charts().isLogScale(0));
    }

    @Test
    void compareShowsBtcAgainstEthWithTheBundledHistoryLabelled() throws Exception {
        robot.clickOn("#nav-compare");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#compare-view").tryQuery().isPresent());
        robot.clickOn(robot.from(robot.lookup("#compare-view").<Node>query()).lookup("#range-All").<Node>query());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> legendText("#compare-view").contains("BTC daily close · bundled history")
                && legendText("#compare-view").contains("BTC funding · Binance"));
        String legend = legendText("#compare-view");
        assertTrue(legend.contains("BTC funding · bundled history · 1 Jan 2020 → 31 Dec 2023"), legend);
        assertTrue(legend.contains("BTC funding · Binance"), "the live series is drawn and labelled: " + legend);
        robot.clickOn("#nav-markets");
    }

    @Test
    void hoveringAPaneShowsTheTimeAndEveryValueThere() throws Exception {
        robot.clickOn("#nav-markets");
        robot.clickOn("#range-All");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#range-label").contains("2015"));
        Node funding = robot.lookup("#chart-funding").query();
        robot.moveTo(funding).moveBy(250, 0);
        // The range just changed: the pane may still be taking its new frame when the first move arrives. Nudge until
        // a move lands on the drawn chart (a loaded machine can take seconds to get there).
        int[] nudge = {1};
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            if (text("#cursor-time").isEmpty()) {
                robot.moveBy(nudge[0], 0);
                nudge[0] = -nudge[0];
                return false;
            }
            return true;
        });
        assertTrue(text("#cursor-time").matches("\\w{3} \\d{1,2} \\w{3} \\d{4} \\d\\d:\\d\\d"), text("#cursor-time"));
        assertTrue(legendText("#markets-view").contains("%/yr"), "funding readout in %/yr: " + legendText("#markets-view"));
        org.umbra.ui.chartview.ChartScreen screen = (org.umbra.ui.chartview.ChartScreen) robot.lookup("#markets-view").query()
                .getProperties().get(org.umbra.ui.chartview.ChartScreen.class);
        double t = screen.cursorTime();
        double under = screen.charts().valueAt("funding:binance", t);
        assertFalse(Double.isNaN(under), "the Binance funding line is drawn under the mouse");
        String entry = robot.lookup("#legend-funding-binance").queryAs(Label.class).getText();
        assertEquals("Binance  " + org.umbra.ui.chartview.Readouts.funding(under), entry, "the readout is the value of the point under it");
        robot.moveTo("#status-bar");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text("#cursor-time").isEmpty());
    }

    @Test
    void settingsRefuseABadEndpointNamingItAndSaveAGoodOne() throws Exception {
        robot.clickOn("#nav-settings");
        TextField endpoint = robot.lookup("#settings-endpoint-binance-futures").queryAs(TextField.class);
        String good = endpoint.getText();
        robot.interact(() -> endpoint.setText("ftp://mirror.example"));
        robot.clickOn("#settings-apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text("#settings-feedback").contains("Endpoint binance-futures: 'ftp://mirror.example' is not an http or https URL"),
                text("#settings-feedback"));
        assertFalse(Files.readString(dir.resolve("home/settings.json")).contains("ftp://"), "nothing saved");

        robot.interact(() -> endpoint.setText(good));
        robot.clickOn("#settings-apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text("#settings-feedback").startsWith("Saved to"), text("#settings-feedback"));
        assertTrue(Files.readString(dir.resolve("home/settings.json")).contains(good));
        robot.clickOn("#nav-markets");
    }

    @Test
    void aPlainHttpEndpointOnTheLocalNetworkShowsThatItIsNotEncrypted() {
        robot.clickOn("#nav-settings");
        TextField esplora = robot.lookup("#settings-esplora").queryAs(TextField.class);
        String before = esplora.getText();
        robot.interact(() -> esplora.setText("http://192.168.1.20:3002/api"));
        java.util.Set<Label> notes = robot.lookup(".endpoint-note").queryAllAs(Label.class);
        String note = "Plain http: requests to 192.168.1.20 are not encrypted. Accepted because it is this computer or your"
                + " local network; anyone on that network can read them.";
        List<String> shown = notes.stream().filter(Node::isVisible).map(Label::getText).sorted().toList();
        // The test's Binance stand-in is plain http on localhost: its field carries the same note.
        assertEquals(List.of(note, note.replace("192.168.1.20", "localhost")), shown);
        robot.interact(() -> esplora.setText("https://mempool.space/api"));
        assertEquals(List.of(note.replace("192.168.1.20", "localhost")),
                notes.stream().filter(Node::isVisible).map(Label::getText).toList(), "no note for https");
        robot.interact(() -> esplora.setText(before));
        robot.clickOn("#nav-markets");
    }

    @Test
    void theShownViewExportsAsAPngOfItsOwnSize() throws Exception {
        robot.clickOn("#nav-markets");
        Node content = robot.lookup("#content").query();
        Path png = dir.resolve("export/markets.png");
        robot.interact(() -> {
            try {
                ChartImages.savePng(ChartImages.snapshot(content), png);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        byte[] head = Files.readAllBytes(png);
        assertEquals((int) Math.round(content.getLayoutBounds().getWidth()), java.nio.ByteBuffer.wrap(head, 16, 4).getInt());
        assertEquals((int) Math.round(content.getLayoutBounds().getHeight()), java.nio.ByteBuffer.wrap(head, 20, 4).getInt());
    }

    @Test
    void sourcesListsEverySourceAndSwitchingOneOffAppliesAtOnce() throws Exception {
        robot.clickOn("#nav-sources");
        @SuppressWarnings("unchecked")
        javafx.scene.control.TreeTableView<org.umbra.ui.sources.SourceRow> table =
                robot.lookup("#sources-table").queryAs(javafx.scene.control.TreeTableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getRoot().getChildren().stream()
                .anyMatch(i -> i.getValue().sourceId().equals("bundled") && i.getValue().rows() == 50_034));
        var binance = table.getRoot().getChildren().stream().filter(i -> i.getValue().sourceId().equals("binance-futures")).findFirst()
                .orElseThrow();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> binance.getValue().rows() > 0 && !binance.getChildren().isEmpty());
        assertTrue(binance.getChildren().stream().anyMatch(i -> i.getValue().name().equals("BTCUSDT · funding_rate")));

        robot.clickOn("#enable-binance-futures");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text("#sources-feedback").startsWith("Saved to"), text("#sources-feedback"));
        assertEquals("disabled", binance.getValue().status());
        assertFalse(Files.readString(dir.resolve("home/settings.json")).contains("\"binance-futures\"\n  ]"),
                "binance-futures is no longer in the enabled sources");
        robot.clickOn("#enable-binance-futures");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !binance.getValue().status().equals("disabled"));
        robot.clickOn("#nav-markets");
    }

    private String legendText(String screen) {
        StringBuilder b = new StringBuilder();
        for (Node n : robot.from(robot.lookup(screen).<Node>query()).lookup(".chart-legend-overlay").queryAll()) {
            for (Node entry : ((javafx.scene.layout.Pane) n).getChildren()) {
                b.append(((Label) entry).getText()).append('\n');
            }
        }
        return b.toString();
    }
}
