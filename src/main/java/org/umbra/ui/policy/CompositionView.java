package org.umbra.ui.policy;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.umbra.charts.LineSpec;
import org.umbra.charts.PaneSpec;
import org.umbra.charts.StackedTimeCharts;
import org.umbra.ledger.Amounts;
import org.umbra.ledger.Composition;
import org.umbra.ledger.LedgerBook;

/**
 * The three ledgers over time as a stacked area in BTC, with the shadow share (the part that is not coins under
 * the user's key) on a pane of its own beneath, from the ledger's history. Reloads after every committed change.
 * Build on the FX thread (a ChartFX chart).
 */
public final class CompositionView {
    public static final String SETTLEMENT = "composition:settlement";
    public static final String WORKING = "composition:working";
    public static final String YIELD = "composition:yield";
    public static final String SHADOW = "composition:shadow";
    static final String SETTLEMENT_COLOR = "#009e73";
    static final String WORKING_COLOR = "#56b4e9";
    static final String YIELD_COLOR = "#e69f00";
    static final String SHADOW_COLOR = "#cc79a7";

    private final LedgerBook book;
    private final Executor background;
    private final Clock clock;
    /**
     * Rebuilt with each presentation and swapped in with its data: ChartFX 11.3.1 deadlocked the FX thread when the
     * datasets of a chart that joined an already showing scene empty were filled later (the chart held their read
     * lock from a layout pass). Built with data before it joins the scene, it draws (docs/design.md, ChartFX traps).
     */
    private StackedTimeCharts charts;
    private final StackPane chartsBox = new StackPane();
    private ZoneId zone;
    private final VBox root = new VBox(6);
    private final Label now = new Label();
    private final Label empty = new Label("No holdings yet: the chart starts with the first one you enter.");

    public CompositionView(LedgerBook book, Executor background, Clock clock, ZoneId zone) {
        this.zone = zone;
        this.book = book;
        this.background = background;
        this.clock = clock;
        charts = newCharts(zone);
        chartsBox.getChildren().setAll(charts.node(), empty);
        empty.getStyleClass().add("empty-note");
        empty.setVisible(false);
        empty.setMouseTransparent(true);
        VBox.setVgrow(chartsBox, Priority.ALWAYS);

        root.setId("composition-view");
        root.setPadding(new Insets(10));
        root.getStylesheets().add(LedgerStyles.SHEET);
        Label title = new Label("Composition over time");
        title.getStyleClass().add("view-title");
        HBox legend = new HBox(14, swatch("Settlement", SETTLEMENT_COLOR), swatch("Working", WORKING_COLOR), swatch("Yield", YIELD_COLOR),
                swatch("Shadow share (% not finality, lower pane)", SHADOW_COLOR));
        legend.getStyleClass().add("composition-legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        now.setId("composition-now");
        now.getStyleClass().add("composition-now");
        now.setWrapText(true);
        root.getChildren().addAll(title, legend, chartsBox, now);
        book.addListener(this::reload);
        reload();
    }

    public Node node() {
        return root;
    }

    public StackedTimeCharts charts() {
        return charts;
    }

    public void setZone(ZoneId zone) {
        this.zone = zone;
        charts.setZone(zone);
    }

    /** Running sums, lowest band first: ChartFX paints a renderer's datasets last to first, each down to zero. */
    private static StackedTimeCharts newCharts(ZoneId zone) {
        PaneSpec ledgers = new PaneSpec("composition", "Holdings", "BTC", null, null, List.of(
                new LineSpec(SETTLEMENT, "Settlement", SETTLEMENT_COLOR, false, false, true, true),
                new LineSpec(WORKING, "Working", WORKING_COLOR, false, false, true, true),
                new LineSpec(YIELD, "Yield", YIELD_COLOR, false, false, true, true)), null, null, true);
        PaneSpec shadow = new PaneSpec("shadow-share", "Shadow share", "%", null, null,
                List.of(new LineSpec(SHADOW, "Shadow share (not finality)", SHADOW_COLOR, false, false)), null, null, true);
        StackedTimeCharts c = new StackedTimeCharts(List.of(ledgers, shadow), zone);
        c.setFixedRange(1, 0, 100);
        // A handful of changes: every corner of every step is drawn (reduction would turn small steps into slopes).
        c.drawEveryPoint(0);
        c.drawEveryPoint(1);
        StackPane shadowPane = c.pane(1);
        shadowPane.setPrefHeight(170);
        shadowPane.setMinHeight(120);
        VBox.setVgrow(shadowPane, Priority.NEVER);
        return c;
    }

    /** Re-reads the history off the FX thread and redraws. Any thread. */
    public void reload() {
        long at = clock.millis();
        OffFx.run(background, () -> Composition.over(book.history()), points -> show(points, at),
                e -> now.setText("Could not read the ledger history: " + OffFx.reason(e)));
    }

    private void show(List<Composition.Point> points, long at) {
        CompositionLines lines = CompositionLines.of(points, at);
        charts = newCharts(zone);
        charts.setLine(SETTLEMENT, lines.settlement());
        charts.setLine(WORKING, lines.working());
        charts.setLine(YIELD, lines.yield());
        charts.setLine(SHADOW, lines.shadow());
        empty.setVisible(points.isEmpty());
        if (points.isEmpty()) {
            now.setText("");
            chartsBox.getChildren().set(0, charts.node());
            return;
        }
        double first = points.get(0).atMs() / 1000.0;
        double end = Math.max(at / 1000.0, points.get(points.size() - 1).atMs() / 1000.0);
        double pad = Math.max(3600, (end - first) * 0.03);
        charts.setTimeRange(first - pad, end + pad);
        chartsBox.getChildren().set(0, charts.node()); // Joins the scene with its data.
        Composition.Point p = points.get(points.size() - 1);
        now.setText("Now: settlement " + Amounts.btc(p.settlement()) + " BTC · working " + Amounts.btc(p.working()) + " BTC · yield "
                + Amounts.btc(p.yield()) + " BTC · total " + Amounts.btc(p.total()) + " BTC · shadow share "
                + String.format(Locale.ROOT, "%.1f %%", p.shadowSharePercent()));
    }

    private static Label swatch(String text, String color) {
        Region box = new Region();
        box.getStyleClass().add("composition-swatch");
        box.setStyle("-fx-background-color: " + color + ";");
        Label l = new Label(text, box);
        l.setGraphicTextGap(6);
        return l;
    }
}
