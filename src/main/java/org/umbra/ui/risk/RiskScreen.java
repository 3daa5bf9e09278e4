package org.umbra.ui.risk;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.umbra.analytics.risk.Breakdown;
import org.umbra.analytics.risk.Component;
import org.umbra.market.Asset;
import org.umbra.marketdata.MarketDataReader;
import org.umbra.marketdata.MarketFigures;
import org.umbra.marketdata.RiskInputsReader;
import org.umbra.store.SeriesRepository;
import org.umbra.ui.chartview.AssetSwitch;
import org.umbra.ui.chartview.ChartScreen;
import org.umbra.ui.chartview.ChartScreenModel;
import org.umbra.ui.chartview.Screen;

/**
 * The Risk screen: the score over time with its bands, the points each component adds, and beside
 * them the full breakdown (value, sub-score, weight, contribution, or why a component is missing) at
 * the crosshair time, or at the newest point shown when the mouse is elsewhere.
 */
public final class RiskScreen implements Screen {
    private final RiskLoader loader;
    private final RiskLayout layout;
    private final ChartScreenModel model;
    private final VBox side = new VBox(6);
    private ChartScreen view;
    private ZoneId zone;

    public RiskScreen(SeriesRepository repository) {
        MarketDataReader reader = new MarketDataReader(repository);
        this.loader = new RiskLoader(reader, new RiskInputsReader(new MarketFigures(reader)));
        this.layout = new RiskLayout(loader);
        this.model = new ChartScreenModel("risk", repository, loader);
    }

    @Override
    public ChartScreenModel model() {
        return model;
    }

    @Override
    public void setAsset(Asset asset) {
        loader.setAsset(asset);
    }

    @Override
    public ChartScreen view(ZoneId zone) {
        if (view == null) {
            this.zone = zone;
            view = new ChartScreen("risk-view", model, layout, zone, List.of(AssetSwitch.create(loader.asset(), a -> {
                loader.setAsset(a);
                model.reload();
            })));
            side.setId("risk-breakdown");
            side.getStyleClass().add("side-panel");
            side.setPadding(new Insets(10, 12, 10, 12));
            side.setPrefWidth(400);
            side.setMinWidth(400);
            view.setSide(side);
            view.addCursorListener(t -> showBreakdown(t));
            model.frameProperty().addListener((obs, o, f) -> showBreakdown(Double.NaN));
        }
        return view;
    }

    @Override
    public void setZone(ZoneId zone) {
        this.zone = zone;
        view.setZone(zone);
        showBreakdown(Double.NaN);
    }

    /** The breakdown at {@code t} (epoch seconds), or at the end of the range shown when NaN. */
    private void showBreakdown(double t) {
        var frame = model.frameProperty().get();
        if (frame == null) {
            return;
        }
        long at = Double.isNaN(t) ? frame.to() : Math.round(t * 1000);
        // Scored at the hour the chart's step starts at, as drawn.
        at = Math.floorDiv(at, 3_600_000L) * 3_600_000L;
        side.getChildren().clear();
        Breakdown b = loader.breakdownAt(at).orElse(null);
        if (b == null) {
            return;
        }
        Label when = new Label(DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH).withZone(zone).format(Instant.ofEpochMilli(at)));
        when.getStyleClass().add("muted");
        Label score = new Label(b.isDefined() ? String.format(Locale.ENGLISH, "%s %.1f  %s", b.asset(), b.score(), b.band().label())
                : b.asset() + " score undefined");
        score.setId("risk-score-value");
        score.getStyleClass().add("risk-score");
        side.getChildren().addAll(when, score);
        if (!b.isDefined()) {
            Label why = new Label(b.undefinedReason());
            why.setWrapText(true);
            side.getChildren().add(why);
        }
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(3);
        javafx.scene.layout.ColumnConstraints nameColumn = new javafx.scene.layout.ColumnConstraints(170);
        javafx.scene.layout.ColumnConstraints fixed = new javafx.scene.layout.ColumnConstraints();
        fixed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        fixed.setHalignment(javafx.geometry.HPos.RIGHT);
        grid.getColumnConstraints().addAll(nameColumn, fixed, fixed, fixed);
        int row = 0;
        grid.addRow(row++, header("Component"), header("Value"), header("Sub"), header("Pts"));
        for (Component c : Component.values()) {
            Breakdown.Part p = b.part(c);
            Rectangle swatch = new Rectangle(9, 9, Color.web(RiskLayout.color(c)));
            Label name = new Label(c.label(), swatch);
            name.setWrapText(true);
            name.setMaxWidth(170);
            name.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            if (p.isMissing()) {
                name.getStyleClass().add("muted");
                Label reason = new Label("missing");
                reason.getStyleClass().add("muted");
                javafx.scene.control.Tooltip.install(reason, new javafx.scene.control.Tooltip(p.missingReason()));
                grid.addRow(row++, name, reason);
            } else {
                grid.addRow(row++, name, new Label(value(p)), new Label(String.format(Locale.ENGLISH, "%.0f", p.subScore())),
                        new Label(String.format(Locale.ENGLISH, "%.1f", p.contribution())));
            }
        }
        side.getChildren().add(grid);
        Label note = new Label("Weights " + weights() + ". Missing components share their weight among the others."
                + " Same figures as 'umbra risk --asset " + b.asset() + " --at " + Instant.ofEpochMilli(at) + "'.");
        note.setWrapText(true);
        note.getStyleClass().add("muted");
        side.getChildren().add(note);
    }

    private static String weights() {
        StringBuilder b = new StringBuilder();
        for (Component c : Component.values()) {
            b.append(b.length() == 0 ? "" : ", ").append(String.format(Locale.ENGLISH, "%.0f", c.weight() * 100));
        }
        return b + " %";
    }

    private static String value(Breakdown.Part p) {
        double v = p.value();
        String unit = p.unit();
        if (unit.equals("USD")) {
            return String.format(Locale.ENGLISH, "%.1f bn", v / 1e9);
        }
        return String.format(Locale.ENGLISH, Math.abs(v) >= 100 ? "%.0f %s" : Math.abs(v) >= 1 ? "%.2f %s" : "%.3f %s", v, unit);
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        return l;
    }

}
