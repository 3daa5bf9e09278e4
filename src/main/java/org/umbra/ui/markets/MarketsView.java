package org.umbra.ui.markets;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.paint.Color;
import org.umbra.analytics.RangeSpec;
import org.umbra.charts.LineSpec;
import org.umbra.charts.PaneSpec;
import org.umbra.charts.StackedTimeCharts;
import org.umbra.ui.markets.MarketsQuery.Frame;
import org.umbra.ui.markets.MarketsQuery.LineInfo;

/**
 * The Markets screen: range presets, and price, open interest and funding for BTC against ETH on
 * one time axis. Each pane's legend says where every line comes from and how fresh it is; under
 * the mouse it turns into a readout of every value at that time.
 */
public final class MarketsView {
    public static final List<String> PRESETS = List.of("1D", "1W", "1M", "3M", "1Y", "All");

    private final MarketsViewModel model;
    private final BorderPane root = new BorderPane();
    private final StackedTimeCharts charts;
    private final List<PaneSpec> panes = MarketsLayout.panes();
    private final Map<String, VBox> legends = new LinkedHashMap<>();
    private final Map<String, Label> emptyNotes = new LinkedHashMap<>();
    private final ToggleGroup presets = new ToggleGroup();
    private final Label cursorTime = new Label();
    private final Label rangeLabel = new Label();
    private ZoneId zone;

    public MarketsView(MarketsViewModel model, ZoneId zone) {
        this.model = model;
        this.zone = zone;
        this.charts = new StackedTimeCharts(panes, zone);
        root.getStyleClass().add("markets-view");
        root.setId("markets-view");

        HBox bar = new HBox(6);
        bar.getStyleClass().add("view-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        Label title = new Label("Markets · BTC vs ETH");
        title.getStyleClass().add("view-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        bar.getChildren().add(title);
        Region gap = new Region();
        gap.setMinWidth(16);
        bar.getChildren().add(gap);
        for (String p : PRESETS) {
            ToggleButton b = new ToggleButton(p);
            b.setId("range-" + p);
            b.setToggleGroup(presets);
            b.setMinWidth(Region.USE_PREF_SIZE); // The labels give way when space is short, never the buttons.
            b.setUserData(RangeSpec.parse(p));
            b.setOnAction(e -> {
                b.setSelected(true);
                model.selectRange((RangeSpec) b.getUserData());
            });
            bar.getChildren().add(b);
        }
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        cursorTime.setId("cursor-time");
        cursorTime.getStyleClass().add("readout-time");
        cursorTime.setMinWidth(Region.USE_PREF_SIZE);
        rangeLabel.setId("range-label");
        rangeLabel.setMinWidth(0);
        rangeLabel.getStyleClass().add("muted");
        bar.getChildren().addAll(spring, cursorTime, rangeLabel);
        root.setTop(bar);

        for (int i = 0; i < panes.size(); i++) {
            VBox legend = new VBox(1);
            legend.getStyleClass().add("chart-legend-overlay");
            legend.setMouseTransparent(true);
            legend.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            StackPane.setAlignment(legend, Pos.TOP_LEFT);
            StackPane.setMargin(legend, new Insets(8, 0, 0, 100));
            Label empty = new Label();
            empty.setId("empty-" + panes.get(i).id());
            empty.getStyleClass().add("empty-note");
            empty.setWrapText(true);
            empty.setMaxWidth(560);
            empty.setMouseTransparent(true);
            empty.setVisible(false);
            charts.pane(i).getChildren().addAll(legend, empty);
            legends.put(panes.get(i).id(), legend);
            emptyNotes.put(panes.get(i).id(), empty);
        }
        root.setCenter(charts.node());

        charts.setRangeListener((from, to) -> {
            updateRangeLabel(from, to);
            model.userMovedTo(Math.round(from * 1000), Math.round(to * 1000));
        });
        charts.setCursorListener(this::showReadout);
        model.windowProperty().addListener((obs, o, w) -> {
            if (w != null) {
                charts.setTimeRange(w.from() / 1000.0, w.to() / 1000.0);
            }
        });
        model.frameProperty().addListener((obs, o, f) -> apply(f));
        model.rangeProperty().addListener((obs, o, r) -> selectPreset(r));
        selectPreset(model.rangeProperty().get());
        root.widthProperty().addListener((obs, o, w) -> model.setPixelWidth(w.doubleValue()));
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
        updateRangeLabel(charts.visibleFrom(), charts.visibleTo());
        apply(model.frameProperty().get());
    }

    private void selectPreset(RangeSpec r) {
        presets.getToggles().forEach(t -> t.setSelected(r != null && r.toString().equalsIgnoreCase(
                ((RangeSpec) t.getUserData()).toString())));
    }

    private void apply(Frame f) {
        if (f == null) {
            return;
        }
        f.lines().forEach(charts::setLine);
        for (PaneSpec pane : panes) {
            boolean stored = pane.lines().stream().anyMatch(l -> f.info().containsKey(l.key()));
            boolean drawn = pane.lines().stream().anyMatch(l -> f.lines().get(l.key()).x().length > 0);
            Label note = emptyNotes.get(pane.id());
            note.setText(stored ? "Nothing stored in this time range. Choose All, or zoom out." : MarketsLayout.emptyText(pane.id()));
            note.setVisible(!drawn);
        }
        showReadout(Double.NaN);
        updateRangeLabel(charts.visibleFrom(), charts.visibleTo());
    }

    private void updateRangeLabel(double from, double to) {
        if (!(to > from)) {
            return;
        }
        DateTimeFormatter f = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH).withZone(zone);
        // The zone is named on the time axis.
        rangeLabel.setText(f.format(Instant.ofEpochSecond((long) from)) + " – " + f.format(Instant.ofEpochSecond((long) to)));
    }

    /** Legend with freshness, or with every value at {@code t} (epoch seconds) while the mouse is over a pane. */
    private void showReadout(double t) {
        Frame f = model.frameProperty().get();
        boolean cursor = !Double.isNaN(t);
        cursorTime.setText(cursor ? DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH).withZone(zone)
                .format(Instant.ofEpochMilli(Math.round(t * 1000))) : "");
        for (PaneSpec pane : panes) {
            VBox legend = legends.get(pane.id());
            legend.getChildren().clear();
            for (LineSpec line : pane.lines()) {
                LineInfo info = f == null ? null : f.info().get(line.key());
                if (info == null || charts.line(line.key()).x().length == 0) {
                    continue; // The legend names what is drawn in this range, nothing else.
                }
                String text;
                if (cursor) {
                    double v = charts.valueAt(line.key(), t);
                    if (Double.isNaN(v)) {
                        continue; // Not drawn at this time: say nothing rather than a stale value.
                    }
                    text = line.label() + "  " + format(pane.id(), v);
                } else {
                    text = line.label() + " · " + info.source().origin() + " · " + freshness(info);
                }
                legend.getChildren().add(entry(line, text));
            }
            if (pane.referenceValue() != null && !cursor) {
                Label ref = new Label("- - " + pane.referenceLabel());
                ref.getStyleClass().add("legend-reference");
                legend.getChildren().add(ref);
            }
        }
    }

    private String freshness(LineInfo info) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH).withZone(zone);
        DateTimeFormatter d = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(zone);
        Instant first = Instant.ofEpochMilli(info.firstTs());
        Instant last = Instant.ofEpochMilli(info.lastTs());
        boolean recent = System.currentTimeMillis() - info.lastTs() < 2 * 86_400_000L;
        return d.format(first) + " → " + (recent ? "latest " + f.format(last) : d.format(last));
    }

    private static Node entry(LineSpec line, String text) {
        Rectangle swatch = new Rectangle(14, line.dashed() ? 2 : 3, Color.web(line.color()));
        if (line.dashed()) {
            swatch.getStrokeDashArray().addAll(3.0, 2.0);
            swatch.setStroke(Color.web(line.color()));
            swatch.setFill(Color.TRANSPARENT);
        }
        Label l = new Label(text, swatch);
        l.getStyleClass().add("legend-entry");
        return l;
    }

    private static String format(String pane, double v) {
        DecimalFormatSymbols sym = DecimalFormatSymbols.getInstance(Locale.ENGLISH);
        return switch (pane) {
            case MarketsLayout.OI -> new DecimalFormat("#,##0.00", sym).format(v) + " bn USD";
            case MarketsLayout.FUNDING -> new DecimalFormat("+#,##0.00;-#,##0.00", sym).format(v) + " %/yr";
            default -> new DecimalFormat(v >= 1000 ? "#,##0" : "#,##0.00", sym).format(v) + " USD";
        };
    }
}
