package org.umbra.ui.chartview;

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
import javafx.scene.shape.Rectangle;
import javafx.scene.paint.Color;
import org.umbra.analytics.RangeSpec;
import org.umbra.charts.LineSpec;
import org.umbra.charts.PaneSpec;
import org.umbra.charts.StackedTimeCharts;
import org.umbra.charts.StackedTimeCharts.LineData;
import org.umbra.ui.chartview.Frame.LineOrigin;

/**
 * A screen of stacked time charts (Markets, Compare, Risk): range presets, panes on one time axis,
 * and per pane a legend that says where every line comes from and how fresh it is; under the mouse
 * it turns into a readout of every value at that time. Clicking a legend entry hides or shows its line.
 */
public final class ChartScreen {
    public static final List<String> PRESETS = List.of("1D", "1W", "1M", "3M", "1Y", "All");

    private final ChartScreenModel model;
    private final ScreenLayout layout;
    private final BorderPane root = new BorderPane();
    private final StackedTimeCharts charts;
    private final List<PaneSpec> panes;
    private final java.util.Set<String> hidden = new java.util.HashSet<>();
    private final Map<String, javafx.scene.layout.FlowPane> legends = new LinkedHashMap<>();
    private final Map<String, Label> entries = new LinkedHashMap<>();
    private java.util.function.Supplier<String> sourceContext = () -> "";
    private double cursorAt = Double.NaN;
    private final List<java.util.function.DoubleConsumer> cursorListeners = new java.util.ArrayList<>();
    private final Map<String, Label> emptyNotes = new LinkedHashMap<>();
    /** The time axis' tick labels and name under the bottom pane's plot, in pixels. */
    private static final double TIME_AXIS_HEIGHT = 44;
    private final ToggleGroup presets = new ToggleGroup();
    private final Label cursorTime = new Label();
    private final Label rangeLabel = new Label();
    private ZoneId zone;

    /**
     * @param id node id of the screen ({@code markets-view})
     * @param extras controls placed in the tool bar after the title (an asset switch, say)
     */
    public ChartScreen(String id, ChartScreenModel model, ScreenLayout layout, ZoneId zone, List<Node> extras) {
        this.model = model;
        this.layout = layout;
        this.panes = layout.panes();
        this.zone = zone;
        this.charts = new StackedTimeCharts(panes, zone);
        root.getStyleClass().add("chart-screen");
        root.setId(id);
        root.getProperties().put(ChartScreen.class, this); // Tests and exports find the screen behind the node.

        HBox bar = new HBox(6);
        bar.getStyleClass().add("view-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        Label title = new Label(layout.title());
        title.getStyleClass().add("view-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        bar.getChildren().add(title);
        bar.getChildren().addAll(extras);
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
        if (panes.stream().anyMatch(p -> layout.logAllowed(p.id()))) {
            ToggleButton log = new ToggleButton("Log");
            log.setId("log-scale");
            log.setMinWidth(Region.USE_PREF_SIZE);
            log.setTooltip(new javafx.scene.control.Tooltip("Log scale for the price panes (never for funding or premium, which cross zero)"));
            log.setOnAction(e -> {
                for (int i = 0; i < panes.size(); i++) {
                    if (layout.logAllowed(panes.get(i).id())) {
                        charts.setLogScale(i, log.isSelected());
                    }
                }
            });
            HBox.setMargin(log, new Insets(0, 0, 0, 8));
            bar.getChildren().add(log);
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
            // Entries flow in rows, so eight venues take two or three lines of a pane, not eight.
            javafx.scene.layout.FlowPane legend = new javafx.scene.layout.FlowPane(14, 1);
            legend.setPrefWrapLength(900);
            legend.getStyleClass().add("chart-legend-overlay");
            legend.setPickOnBounds(false); // Entries take clicks (toggle a line); the gaps let the chart have the mouse.
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
            if (i == panes.size() - 1) {
                // The bottom pane also holds the time axis: centre the note over the plot, not over the axis labels.
                StackPane.setMargin(empty, new Insets(0, 0, TIME_AXIS_HEIGHT, 0));
            }
            charts.pane(i).getChildren().addAll(legend, empty);
            legends.put(panes.get(i).id(), legend);
            emptyNotes.put(panes.get(i).id(), empty);
        }
        root.setCenter(charts.node());
        for (int i = 0; i < panes.size(); i++) {
            double[] range = layout.fixedRange(panes.get(i).id());
            if (range != null) {
                charts.setFixedRange(i, range[0], range[1]);
            }
        }

        charts.setRangeListener((from, to) -> {
            updateRangeLabel(from, to);
            model.userMovedTo(Math.round(from * 1000), Math.round(to * 1000));
        });
        charts.setCursorListener(t -> {
            cursorAt = t;
            showReadout(t);
            cursorListeners.forEach(l -> l.accept(t));
        });
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

    /** The chart screen that {@code shown} is or holds (a view, the window's content), if there is one. */
    public static java.util.Optional<ChartScreen> find(Node shown) {
        if (shown == null) {
            return java.util.Optional.empty();
        }
        if (shown.getProperties().get(ChartScreen.class) instanceof ChartScreen screen) {
            return java.util.Optional.of(screen);
        }
        if (shown instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                java.util.Optional<ChartScreen> inside = find(child);
                if (inside.isPresent()) {
                    return inside;
                }
            }
        }
        return java.util.Optional.empty();
    }

    public Node node() {
        return root;
    }

    public StackedTimeCharts charts() {
        return charts;
    }

    /** The screen's title ("Markets"), for exports. */
    public String title() {
        return layout.title();
    }

    public List<PaneSpec> panes() {
        return panes;
    }

    public ChartScreenModel model() {
        return model;
    }

    /** The zone times are shown in. */
    public ZoneId zone() {
        return zone;
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

    /** Shows the range preset named {@code preset} (one of {@link #PRESETS}), as its button does. */
    public void choosePreset(String preset) {
        presets.getToggles().stream().filter(t -> ((RangeSpec) t.getUserData()).toString().equalsIgnoreCase(preset)).findFirst()
                .ifPresent(t -> ((ToggleButton) t).fire());
    }

    /** The preset in force: {@link RangeSpec#toString()} names it as in {@link #PRESETS}. */
    public javafx.beans.value.ObservableValue<RangeSpec> rangeProperty() {
        return model.rangeProperty();
    }

    /** The time under the mouse (epoch seconds), NaN when it is not over a pane. */
    public double cursorTime() {
        return cursorAt;
    }

    /** The value a line's readout shows at {@code t} (epoch seconds): NaN where it is not drawn. */
    public double readoutValue(String key, double t) {
        Frame f = model.frameProperty().get();
        return f == null ? Double.NaN : readoutAt(f, key, t);
    }

    /** Hears the time under the mouse (epoch seconds), NaN when it leaves the panes. */
    public void addCursorListener(java.util.function.DoubleConsumer listener) {
        cursorListeners.add(listener);
    }

    /** Puts a panel to the right of the panes (a breakdown at the crosshair time, say). */
    public void setSide(Node side) {
        root.setRight(side);
    }

    /** Adds a line to every empty pane's note saying how the sources stand (backfilling, region blocked, disabled). */
    public void setSourceContext(java.util.function.Supplier<String> context) {
        this.sourceContext = context;
        apply(model.frameProperty().get());
    }

    /** Says again how the sources stand in the notes of empty panes (a source went offline, finished its backfill). */
    public void refreshNotes() {
        Frame f = model.frameProperty().get();
        if (f != null) {
            updateNotes(f);
        }
    }

    /** Puts a panel under the panes (a table, say). */
    public void setBottom(Node bottom) {
        root.setBottom(bottom);
    }

    public Frame frame() {
        return model.frameProperty().get();
    }

    /** Hides or shows a line, as a click on its legend entry does. */
    public void toggleLine(String key) {
        if (!hidden.remove(key)) {
            hidden.add(key);
        }
        apply(model.frameProperty().get());
    }

    public boolean isHidden(String key) {
        return hidden.contains(key);
    }

    private void apply(Frame f) {
        if (f == null) {
            return;
        }
        f.lines().forEach((key, line) -> charts.setLine(key, hidden.contains(key) ? LineData.EMPTY : line));
        updateNotes(f);
        rebuildLegends(f);
        showReadout(Double.NaN);
        updateRangeLabel(charts.visibleFrom(), charts.visibleTo());
    }

    private void updateNotes(Frame f) {
        for (PaneSpec pane : panes) {
            boolean stored = pane.lines().stream().anyMatch(l -> f.info().containsKey(l.key()));
            boolean drawn = pane.lines().stream().anyMatch(l -> f.lines().getOrDefault(l.key(), LineData.EMPTY).x().length > 0);
            Label note = emptyNotes.get(pane.id());
            String context = sourceContext.get();
            note.setText((stored ? "Nothing stored in this time range. Choose All, or zoom out." : layout.emptyText(pane.id()))
                    + (context.isEmpty() ? "" : "\n" + context));
            drawn = drawn || pane.lines().stream().anyMatch(l -> hidden.contains(l.key()) && f.info().containsKey(l.key()));
            note.setVisible(!drawn);
        }
    }

    private void updateRangeLabel(double from, double to) {
        if (!(to > from)) {
            return;
        }
        DateTimeFormatter f = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH).withZone(zone);
        // The zone is named on the time axis.
        rangeLabel.setText(f.format(Instant.ofEpochSecond((long) from)) + " – " + f.format(Instant.ofEpochSecond((long) to)));
    }

    /**
     * Builds each pane's legend for the frame shown: an entry per line drawn in this range (or hidden by
     * the user, so it can be shown again), then the reference line. Entries are kept while the mouse
     * moves; {@link #showReadout} only changes their text.
     */
    private void rebuildLegends(Frame f) {
        List<String> wanted = new java.util.ArrayList<>();
        for (PaneSpec pane : panes) {
            for (LineSpec line : pane.lines()) {
                boolean isHidden = hidden.contains(line.key());
                if (f.info().get(line.key()) != null && (isHidden || charts.line(line.key()).x().length > 0)) {
                    wanted.add(line.key());
                }
            }
        }
        if (wanted.equals(new java.util.ArrayList<>(entries.keySet()))) {
            // The same lines as before: keep the nodes (a click in flight keeps its target), restyle only.
            entries.forEach((key, entry) -> {
                entry.getStyleClass().remove("legend-hidden");
                if (hidden.contains(key)) {
                    entry.getStyleClass().add("legend-hidden");
                }
            });
            return;
        }
        entries.clear();
        for (PaneSpec pane : panes) {
            javafx.scene.layout.FlowPane legend = legends.get(pane.id());
            legend.getChildren().clear();
            for (LineSpec line : pane.lines()) {
                if (wanted.contains(line.key())) {
                    Label entry = entry(line, hidden.contains(line.key()));
                    entries.put(line.key(), entry);
                    legend.getChildren().add(entry);
                }
            }
            if (pane.referenceValue() != null) {
                Label ref = new Label("- - " + pane.referenceLabel());
                ref.getStyleClass().add("legend-reference");
                legend.getChildren().add(ref);
            }
        }
    }

    /** Legend with freshness, or with every value at {@code t} (epoch seconds) while the mouse is over a pane. */
    private void showReadout(double t) {
        Frame f = model.frameProperty().get();
        boolean cursor = !Double.isNaN(t);
        cursorTime.setText(cursor ? DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH).withZone(zone)
                .format(Instant.ofEpochMilli(Math.round(t * 1000))) : "");
        if (f == null) {
            return;
        }
        for (PaneSpec pane : panes) {
            for (LineSpec line : pane.lines()) {
                Label entry = entries.get(line.key());
                if (entry == null) {
                    continue;
                }
                String text;
                if (cursor) {
                    double v = hidden.contains(line.key()) ? Double.NaN : readoutAt(f, line.key(), t);
                    // Not drawn at this time: a dash rather than a stale value; the entry stays put under the mouse.
                    text = line.label() + "  " + (Double.isNaN(v) ? "–" : layout.format(pane.id(), v));
                } else {
                    LineOrigin origin = f.info().get(line.key());
                    text = line.label() + " · " + origin.origin() + (origin.dated() ? " · " + freshness(origin) : "");
                }
                entry.setText(text);
            }
            legends.get(pane.id()).getChildren().stream().filter(n -> n.getStyleClass().contains("legend-reference"))
                    .forEach(n -> n.setVisible(!cursor));
        }
    }

    /** The value read at {@code t}: from the frame's readout data where the drawn line is a running sum. */
    private double readoutAt(Frame f, String key, double t) {
        LineData r = f.readouts().get(key);
        if (r == null) {
            return charts.valueAt(key, t);
        }
        int i = java.util.Arrays.binarySearch(r.x(), t);
        i = i >= 0 ? i : -i - 2;
        return i < 0 || Double.isNaN(charts.valueAt(key, t)) ? Double.NaN : r.y()[i];
    }

    private String freshness(LineOrigin info) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH).withZone(zone);
        DateTimeFormatter d = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(zone);
        Instant first = Instant.ofEpochMilli(info.firstTs());
        Instant last = Instant.ofEpochMilli(info.lastTs());
        boolean recent = System.currentTimeMillis() - info.lastTs() < 2 * 86_400_000L;
        return d.format(first) + " → " + (recent ? "latest " + f.format(last) : d.format(last));
    }

    private Label entry(LineSpec line, boolean isHidden) {
        Rectangle swatch = new Rectangle(14, line.dashed() ? 2 : 3, Color.web(line.color()));
        if (line.dashed()) {
            swatch.getStrokeDashArray().addAll(3.0, 2.0);
            swatch.setStroke(Color.web(line.color()));
            swatch.setFill(Color.TRANSPARENT);
        }
        Label l = new Label(line.label(), swatch);
        l.getStyleClass().add("legend-entry");
        l.setId("legend-" + line.key().replace(':', '-'));
        if (isHidden) {
            l.getStyleClass().add("legend-hidden");
        }
        l.setOnMouseClicked(e -> toggleLine(line.key()));
        return l;
    }
}
