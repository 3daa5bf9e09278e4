package org.umbra.ui.venues;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.Callback;
import org.umbra.market.Asset;
import org.umbra.marketdata.MarketDataReader;
import org.umbra.marketdata.MarketFigures;
import org.umbra.store.SeriesRepository;
import org.umbra.ui.VenueColors;
import org.umbra.ui.chartview.AssetSwitch;
import org.umbra.ui.chartview.ChartScreen;
import org.umbra.ui.chartview.ChartScreenModel;
import org.umbra.ui.chartview.Screen;

/**
 * The Venues screen: where open interest lives and how it migrates (shares over time, 100 % stacked),
 * and a table of the venues as they stand: OI in coin and USD, share, last and predicted funding, and
 * the next settlement in the user's time zone with a live countdown.
 */
public final class VenuesScreen implements Screen {
    private final VenuesLoader loader;
    private final ChartScreenModel model;
    private final TableView<VenueRow> table = new TableView<>();
    private final Timeline ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> table.refresh()));
    private ChartScreen view;
    private volatile ZoneId zone;

    public VenuesScreen(SeriesRepository repository) {
        this.loader = new VenuesLoader(new MarketFigures(new MarketDataReader(repository)));
        this.model = new ChartScreenModel("venues", repository, loader);
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
            view = new ChartScreen("venues-view", model, new VenuesLayout(loader), zone, List.of(AssetSwitch.create(loader.asset(), a -> {
                loader.setAsset(a);
                model.reload();
            })));
            buildTable();
            view.setBottom(table);
            model.frameProperty().addListener((obs, o, f) -> table.setItems(FXCollections.observableArrayList(loader.rows())));
            table.setItems(FXCollections.observableArrayList(loader.rows()));
            ticker.setCycleCount(Timeline.INDEFINITE);
            ticker.play();
        }
        return view;
    }

    @Override
    public void setZone(ZoneId zone) {
        this.zone = zone;
        view.setZone(zone);
        table.refresh();
    }

    private void buildTable() {
        table.setId("venues-table");
        table.setPrefHeight(250);
        table.setMinHeight(180);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new javafx.scene.control.Label("No venue has open interest or funding stored for this asset yet."));
        TableColumn<VenueRow, VenueRow> venue = column("Venue", r -> r);
        venue.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(VenueRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.venue().label());
                setGraphic(empty || r == null ? null : new Rectangle(10, 10, Color.web(VenueColors.of(r.venue()))));
            }
        });
        table.getColumns().add(venue);
        table.getColumns().add(text("Contracts", VenueRow::contracts));
        table.getColumns().add(text("OI (coin)", r -> number(r.oiCoin(), "%,.0f")));
        table.getColumns().add(text("OI (USD)", r -> Double.isNaN(r.oiUsd()) ? "–" : usd(r.oiUsd())));
        table.getColumns().add(text("Share", r -> Double.isNaN(r.share()) ? "–" : String.format(Locale.ENGLISH, "%.1f %%", r.share() * 100)));
        table.getColumns().add(text("Funding, last", r -> number(r.fundingAnnualised(), "%+.2f %%/yr")));
        table.getColumns().add(text("Predicted next", r -> number(r.predictedAnnualised(), "%+.2f %%/yr")));
        table.getColumns().add(text("Every", r -> r.intervalSeconds() > 0 ? r.intervalSeconds() / 3600 + " h" : "–"));
        table.getColumns().add(text("Next funding", this::nextFunding));
        table.getColumns().add(text("OI as of", r -> r.asOf() < 0 ? "–"
                : DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH).withZone(zone).format(Instant.ofEpochMilli(r.asOf()))));
    }

    /** The next settlement by the venue's schedule, in the user's zone, with the time left. */
    private String nextFunding(VenueRow r) {
        if (r.intervalSeconds() <= 0) {
            return "–";
        }
        long now = System.currentTimeMillis();
        long next = VenueRow.nextSettlement(now, r.intervalSeconds());
        Duration left = Duration.ofMillis(next - now);
        return DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH).withZone(zone).format(Instant.ofEpochMilli(next))
                + String.format(Locale.ENGLISH, "  in %d:%02d:%02d", left.toHours(), left.toMinutesPart(), left.toSecondsPart());
    }

    /** 24.22 bn, 845.1 M: comparable at a glance whatever the venue's size. */
    static String usd(double v) {
        return v >= 1e9 ? String.format(Locale.ENGLISH, "%.2f bn", v / 1e9) : String.format(Locale.ENGLISH, "%.1f M", v / 1e6);
    }

    private static String number(double v, String format) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ENGLISH, format, v);
    }

    private static <T> TableColumn<VenueRow, T> column(String title, java.util.function.Function<VenueRow, T> value) {
        TableColumn<VenueRow, T> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    private static TableColumn<VenueRow, String> text(String title, java.util.function.Function<VenueRow, String> value) {
        TableColumn<VenueRow, String> c = column(title, value);
        Callback<TableColumn<VenueRow, String>, TableCell<VenueRow, String>> right = col -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
            }
        };
        c.setCellFactory(right);
        return c;
    }

    @Override
    public void close() {
        // The ticker is an FX animation; a snapshot closes the screen from its own thread.
        if (javafx.application.Platform.isFxApplicationThread()) {
            ticker.stop();
        } else {
            javafx.application.Platform.runLater(ticker::stop);
        }
        model.close();
    }
}
