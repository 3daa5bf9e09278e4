package org.umbra.ui.settings;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.umbra.app.Settings;
import org.umbra.app.SourceCatalog;
import org.umbra.market.binance.BinanceFuturesSource;
import org.umbra.ui.shell.PlainHttpNote;

/** The Settings screen: data location, endpoints, cadences, theme and time zone. */
public final class SettingsView {
    private final javafx.scene.layout.BorderPane root;

    public SettingsView(SettingsViewModel model, Path databaseInUse, Path settingsFile) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(16));
        ColumnConstraints labels = new ColumnConstraints(190);
        ColumnConstraints fields = new ColumnConstraints(320, 520, Double.MAX_VALUE);
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);

        int row = 0;
        grid.add(section("Data"), 0, row++, 2, 1);
        Label inUse = new Label(databaseInUse.toString());
        inUse.setId("settings-database-in-use");
        inUse.setWrapText(true);
        grid.addRow(row++, new Label("Database in use"), inUse);
        TextField database = new TextField();
        database.setId("settings-database");
        database.setPromptText("default: umbra.db in the per-user data folder");
        database.textProperty().bindBidirectional(model.databaseProperty());
        grid.addRow(row++, new Label("Database file"), withHint(database, "Used from the next start. --db PATH overrides it for one run."));

        grid.add(section("Sources"), 0, row++, 2, 1);
        TextField binance = new TextField();
        binance.setId("settings-endpoint-" + BinanceFuturesSource.ID);
        binance.setPromptText(SourceCatalog.DEFAULT_ENDPOINTS.get(BinanceFuturesSource.ID));
        binance.textProperty().bindBidirectional(model.binanceEndpointProperty());
        Button reset = new Button("Default");
        reset.setOnAction(e -> model.binanceEndpointProperty().set(SourceCatalog.DEFAULT_ENDPOINTS.get(BinanceFuturesSource.ID)));
        HBox endpointRow = new HBox(6, binance, reset);
        HBox.setHgrow(binance, Priority.ALWAYS);
        grid.addRow(row++, new Label("binance-futures endpoint"),
                withHint(endpointRow, "A mirror, a proxy or a test server can stand in for the venue.",
                        new PlainHttpNote(binance.textProperty())));
        Spinner<Integer> cadence = new Spinner<>(Settings.MIN_CADENCE_SECONDS, Settings.MAX_CADENCE_SECONDS, 60, 10);
        cadence.setId("settings-cadence");
        cadence.setEditable(true);
        cadence.getValueFactory().setValue(model.cadenceProperty().get());
        cadence.valueProperty().addListener((obs, o, n) -> model.cadenceProperty().set(n));
        model.cadenceProperty().addListener((obs, o, n) -> cadence.getValueFactory().setValue(n.intValue()));
        grid.addRow(row++, new Label("OI and premium every (s)"),
                withHint(cadence, "Funding is fetched after each settlement; history pages as fast as the venue's limits allow."));

        grid.add(section("Display"), 0, row++, 2, 1);
        ChoiceBox<String> theme = new ChoiceBox<>(FXCollections.observableArrayList(Settings.THEMES));
        theme.setId("settings-theme");
        theme.valueProperty().bindBidirectional(model.themeProperty());
        grid.addRow(row++, new Label("Theme"), theme);
        ComboBox<String> zone = new ComboBox<>();
        zone.setId("settings-timezone");
        zone.setEditable(true);
        List<String> zones = ZoneId.getAvailableZoneIds().stream().sorted().toList();
        zone.getItems().add("");
        zone.getItems().addAll(zones);
        zone.setPromptText("system default (" + ZoneId.systemDefault().getId() + ")");
        zone.valueProperty().bindBidirectional(model.timeZoneProperty());
        grid.addRow(row++, new Label("Time zone"), withHint(zone, "Charts and times are shown in this zone; data is stored in UTC."));

        grid.add(section("Analysis"), 0, row++, 2, 1);
        TextField benchmark = new TextField();
        benchmark.setId("settings-benchmark");
        benchmark.setPrefColumnCount(6);
        benchmark.textProperty().bindBidirectional(model.benchmarkRateProperty());
        grid.addRow(row++, new Label("Benchmark dollar rate (%/yr)"), withHint(benchmark,
                "The basis trade (short perp, long spot) earns the OI-weighted funding; Markets shows its carry over this rate."));
        TextField discount = new TextField();
        discount.setId("settings-discount-hours");
        discount.setPrefColumnCount(6);
        discount.textProperty().bindBidirectional(model.discountHoursProperty());
        grid.addRow(row++, new Label("Discount event after (h)"), withHint(discount,
                "A perp trading below its index for longer than this is marked as a discount episode."));

        grid.add(section("Ledgers: chain verification"), 0, row++, 2, 1);
        TextField esplora = new TextField();
        esplora.setId("settings-esplora");
        esplora.textProperty().bindBidirectional(model.esploraEndpointProperty());
        grid.addRow(row++, new Label("Esplora endpoint"), withHint(esplora,
                "Settlement addresses are checked here (Esplora or mempool.space API). Only addresses are sent, never keys, but the"
                        + " server sees which addresses you ask about and from which IP address. Point it at your own node's"
                        + " Esplora or mempool instance to keep that private; plain http is accepted only on your own network.",
                new PlainHttpNote(esplora.textProperty())));
        ChoiceBox<String> network = new ChoiceBox<>();
        network.setId("settings-network");
        network.getItems().setAll(Settings.NETWORKS);
        network.valueProperty().bindBidirectional(model.bitcoinNetworkProperty());
        grid.addRow(row++, new Label("Bitcoin network"), withHint(network, "Addresses and xpubs are checked against this network."));
        grid.addRow(row++, new Label("Alerts"), new Label("Alert rules are set in the Alerts view (Ctrl+0) and kept in the database."));

        Button apply = new Button("Apply");
        apply.setId("settings-apply");
        apply.setDefaultButton(true);
        apply.setOnAction(e -> model.apply());
        Button revert = new Button("Revert");
        revert.setId("settings-revert");
        revert.setOnAction(e -> model.revert());
        Label feedback = new Label();
        feedback.setId("settings-feedback");
        feedback.setWrapText(true);
        feedback.textProperty().bind(model.feedbackProperty());
        feedback.getStyleClass().add("settings-feedback");
        Label file = new Label("Settings file: " + settingsFile);
        file.getStyleClass().add("muted");
        grid.add(file, 1, row);

        Label title = new Label("Settings");
        title.getStyleClass().add("view-title");
        VBox box = new VBox(4, title, grid);
        box.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        // Apply and Revert stay in sight however long the form grows.
        HBox actions = new HBox(8, apply, revert, feedback);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        actions.setPadding(new Insets(8, 16, 8, 16));
        actions.getStyleClass().add("settings-actions");
        HBox.setHgrow(feedback, Priority.ALWAYS);
        root = new javafx.scene.layout.BorderPane(scroll);
        root.setBottom(actions);
        root.setId("settings-view");
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("settings-section");
        return l;
    }

    private static Node withHint(Node field, String hint, Node... notes) {
        Label h = new Label(hint);
        h.getStyleClass().add("muted");
        h.setWrapText(true);
        VBox box = new VBox(2, field, h);
        box.getChildren().addAll(notes);
        return box;
    }

    public Node node() {
        return root;
    }
}
