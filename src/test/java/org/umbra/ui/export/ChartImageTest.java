package org.umbra.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.umbra.analytics.RangeSpec;
import org.umbra.charts.ChartImages;
import org.umbra.market.Asset;
import org.umbra.market.Metric;
import org.umbra.market.SeriesSpec;
import org.umbra.testing.StoreWriter;
import org.umbra.testing.TestStore;
import org.umbra.ui.chartview.ChartScreen;
import org.umbra.ui.chartview.ChartScreenModel;
import org.umbra.ui.markets.MarketsScreen;

/**
 * Chart images of a Markets view shown in a window: exact pixel sizes at 1× and 2×, the printed title, range, units
 * and sources, one pane alone, the clipboard, and the view back in the window as it was.
 */
class ChartImageTest {
    private static final long H = StoreWriter.HOUR;
    /** Sunday 1 June 2025 00:00 UTC, 01:00 in London (BST): the newest stored point. */
    private static final long END = Instant.parse("2025-06-01T00:00:00Z").toEpochMilli();
    private static final long START = END - 60 * 24 * H;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir
    Path dir;
    private TestStore store;
    private MarketsScreen screen;
    private ChartScreen view;
    private StackPane window;
    private final List<String> status = new ArrayList<>();
    private final ChartImageRenderer renderer = new ChartImageRenderer("test");

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void showMarkets() throws Exception {
        store = new TestStore(dir);
        StoreWriter w = new StoreWriter(store.series());
        int hours = (int) ((END - START) / H);
        long[] ts = new long[hours + 1];
        double[] price = new double[ts.length];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = START + i * H;
            price[i] = 60_000 + 1_000 * Math.sin(i / 50.0);
        }
        w.points(SeriesSpec.of("binance-spot", "BTCUSDT", Asset.BTC, Metric.PRICE_CLOSE, H), ts, price);
        w.funding("binance-futures", "BTCUSDT", Asset.BTC, START, 0, hours, 8, 0.0001);
        screen = new MarketsScreen(store.series());
        screen.setAsset(Asset.BTC);
        ChartScreenModel model = screen.model();
        model.setPixelWidth(1000);
        ChartScreenModel.Prepared prepared = model.prepare(RangeSpec.parse("1M"));
        FxToolkit.setupStage(stage -> {
            view = screen.view(LONDON);
            window = new StackPane(view.node());
            stage.setScene(new Scene(window, 1000, 700));
            stage.show();
        });
        WaitForAsyncUtils.asyncFx(() -> model.present(prepared)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupStage(Stage::hide);
        screen.close();
        store.close();
    }

    private static int[] pngSize(Path png) throws Exception {
        byte[] head = Files.readAllBytes(png);
        assertEquals("PNG", new String(head, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
        return new int[] {ByteBuffer.wrap(head, 16, 4).getInt(), ByteBuffer.wrap(head, 20, 4).getInt()};
    }

    private Path render(ImageOptions options, String pane, Map<String, String> printed) throws Exception {
        Path png = dir.resolve("image-" + options.scale() + "-" + pane + ".png");
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> renderer.render(new ChartScreenContent(view, pane), options, root -> {
            for (String id : List.of(ChartImageRenderer.TITLE_ID, ChartImageRenderer.RANGE_ID, ChartImageRenderer.UNITS_ID,
                    ChartImageRenderer.FOOTER_ID)) {
                Label l = (Label) root.lookup("#" + id);
                printed.put(id, l == null ? null : l.getText());
            }
        })).get();
        ChartImages.savePng(image, png);
        return png;
    }

    @Test
    void aTwoTimesImageHasTwiceThePixelsEachWayAndTheOneTimesImageExactlyTheSize() throws Exception {
        Map<String, String> printed = new java.util.HashMap<>();
        int[] one = pngSize(render(new ImageOptions(1200, 675, 1, "dark", ""), null, printed));
        int[] two = pngSize(render(new ImageOptions(1200, 675, 2, "light", ""), null, printed));
        assertEquals(1200, one[0]);
        assertEquals(675, one[1]);
        assertEquals(2400, two[0]);
        assertEquals(1350, two[1]);
    }

    @Test
    void theImageCarriesTitleRangeWithZoneUnitsAndSources() throws Exception {
        Map<String, String> printed = new java.util.HashMap<>();
        render(new ImageOptions(1600, 900, 1, "dark", ""), null, printed);
        assertEquals("Markets · BTC", printed.get(ChartImageRenderer.TITLE_ID));
        // The window of 1M ends at the newest point, 01:00 on 1 June in London.
        String range = printed.get(ChartImageRenderer.RANGE_ID);
        assertTrue(range.matches("\\d{1,2} May 2025 – 1 Jun 2025 · Europe/London"), range);
        assertEquals("Units: Price (USD) · Open interest (USD), CME (USD) · Funding, annualised (%) · Premium (%)"
                + " · Long/short (accounts) · Liquidations (USD)", printed.get(ChartImageRenderer.UNITS_ID));
        String footer = printed.get(ChartImageRenderer.FOOTER_ID);
        // The spot line is the blend of Binance, Coinbase and the bundled daily closes; funding comes from Binance.
        assertTrue(footer.startsWith("Sources: Binance, Coinbase, bundled history · data to "), footer);
        assertTrue(footer.matches(".* · data to \\d{1,2} (May|Jun) 2025 \\d\\d:\\d\\d UTC · Umbra test"), footer);

        WaitForAsyncUtils.asyncFx(() -> view.toggleLine(view.frame().info().keySet().stream()
                .filter(k -> k.startsWith("funding:")).findFirst().orElseThrow())).get();
        render(new ImageOptions(1600, 900, 1, "dark", "My title"), "funding", printed);
        assertEquals("My title", printed.get(ChartImageRenderer.TITLE_ID));
        assertTrue(printed.get(ChartImageRenderer.FOOTER_ID).startsWith("Sources: "), "a hidden line is not drawn, so not a source");
    }

    @Test
    void onePaneAloneIsDrawnWithItsUnitAndGoesBackIntoTheWindow() throws Exception {
        Node paneNode = view.charts().pane(2);
        javafx.scene.Parent parent = paneNode.getParent();
        int index = parent.getChildrenUnmodifiable().indexOf(paneNode);
        javafx.scene.layout.Priority grow = javafx.scene.layout.VBox.getVgrow(paneNode);
        Map<String, String> printed = new java.util.HashMap<>();
        int[] size = pngSize(render(new ImageOptions(1200, 675, 2, "dark", ""), "funding", printed));
        assertEquals(2400, size[0]);
        assertEquals(1350, size[1]);
        assertEquals("Markets · BTC · Funding, annualised", printed.get(ChartImageRenderer.TITLE_ID));
        assertEquals("Units: Funding, annualised (%)", printed.get(ChartImageRenderer.UNITS_ID));
        assertTrue(printed.get(ChartImageRenderer.FOOTER_ID).startsWith("Sources: Binance · data to "), printed.get(ChartImageRenderer.FOOTER_ID));

        assertSame(parent, paneNode.getParent());
        assertEquals(index, parent.getChildrenUnmodifiable().indexOf(paneNode));
        assertEquals(javafx.scene.layout.Priority.ALWAYS, grow, "a pane grows in the stack");
        assertEquals(grow, javafx.scene.layout.VBox.getVgrow(paneNode), "and still does after its image");
        assertSame(window, view.node().getParent());
        assertTrue(((javafx.scene.layout.BorderPane) view.node()).getTop().isVisible(), "the tool bar is shown again");
    }

    @Test
    void aPaneThatIsNotThereIsNamedWithThePanesThereAre() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ChartScreenContent(view, "volume"));
        assertEquals("'volume' is not a pane of this view (panes: price, oi, funding, premium, ls, liq)", e.getMessage());
    }

    @Test
    void copyPutsTheImageOnTheClipboardAndSaysSo() throws Exception {
        ImageExport export = new ImageExport(() -> view.node().getParent() == null ? null : view.node(), () -> "markets",
                () -> null, () -> LONDON, () -> "dark", Clock.fixed(Instant.ofEpochMilli(END), ZoneOffset.UTC), status::add, "test");
        AtomicReference<Image> copied = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            Clipboard.getSystemClipboard().clear();
            export.copy(new ImageOptions(800, 450, 2, "light", ""), null);
            copied.set(Clipboard.getSystemClipboard().getImage());
        }).get();
        assertNotNull(copied.get(), "an image on the clipboard");
        assertEquals(1600, (int) copied.get().getWidth());
        assertEquals(900, (int) copied.get().getHeight());
        assertEquals(List.of("Copied the chart image to the clipboard (1600 × 900 px)"), status);

        WaitForAsyncUtils.asyncFx(export::copyLast).get();
        assertEquals("Copied the chart image to the clipboard (1600 × 900 px)", status.get(1), "Ctrl+Shift+C reuses the last options");

        Path file = dir.resolve("saved");
        assertTrue(WaitForAsyncUtils.asyncFx(() -> export.save(new ImageOptions(640, 360, 1, "dark", ""), null, file)).get());
        assertEquals(640, pngSize(dir.resolve("saved.png"))[0]);
        assertEquals("Saved chart image to " + dir.resolve("saved.png") + " (640 × 360 px)", status.get(2));
    }

    @Test
    void theDialogsFieldsAreReadNamingTheWrongOne() throws Exception {
        ImageExportForm form = WaitForAsyncUtils.asyncFx(() -> new ImageExportForm(ChartScreenContent.panes(view),
                new ImageOptions(1600, 900, 1, "dark", ""), "Markets · BTC")).get();
        WaitForAsyncUtils.asyncFx(() -> {
            assertEquals("1600 × 900", form.size.getValue());
            assertEquals("Markets · BTC", form.title.getText());
            assertEquals(7, form.target.getItems().size(), "whole view and six panes");
            form.target.setValue("Pane: Premium");
            assertEquals("premium", form.paneId());
            form.size.setValue("1200 × 675");
            ImageOptions preset = form.options();
            assertEquals(1200, preset.width());
            assertEquals(675, preset.height());
            form.size.setValue(ImageExportForm.CUSTOM);
            form.width.setText("wide");
            assertEquals("Width: 'wide' is not a whole number of pixels",
                    assertThrows(IllegalArgumentException.class, form::options).getMessage());
            form.width.setText("2000");
            form.height.setText("5000");
            assertEquals("Height: 5000 is outside 240 .. 4320", assertThrows(IllegalArgumentException.class, form::options).getMessage());
            form.height.setText("1000");
            form.scale.setValue("2×");
            form.theme.setValue("light");
            assertEquals(new ImageOptions(2000, 1000, 2, "light", "Markets · BTC"), form.options());
        }).get();
    }
}
