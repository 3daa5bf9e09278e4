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
import org.umbra.ui.shell.PlainHttpNote;

/**
 * The Settings screen, in titled sections: data location, every source's endpoint and the cadence, theme and time zone,
 * the analysis figures, the ledger's policy thresholds, the Esplora endpoint and network, and where the files are.
 * Each field says what is wrong with it as it is typed; Apply saves and applies without a restart.
 */
public final class SettingsView {
    private final javafx.scene.layout.BorderPane root;

    /**
     * @param policyThresholds the ledger's thresholds form (null when there is no ledger to edit)
     * @param openSources      shows the Sources view, where sources are switched on and off
     */
    public SettingsView(SettingsViewModel model, Path databaseInUse, Path settingsFile, Path logFile, Node policyThresholds,
            Runnable openSources) {
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
        javafx.scene.control.Hyperlink sources = new javafx.scene.control.Hyperlink("Choose which sources are polled in the Sources view (Ctrl+8)");
        sources.setId("settings-open-sources");
        sources.setOnAction(e -> openSources.run());
        Label mirrors = new Label("Each endpoint can point at a mirror, a proxy or a test server that stands in for the venue.");
        mirrors.getStyleClass().add("muted");
        mirrors.setWrapText(true);
        grid.add(new VBox(2, sources, mirrors), 1, row++);
        for (String id : SourceCatalog.ids()) {
            grid.addRow(row++, new Label(id + " endpoint"), endpointField(model, id));
        }
        Spinner<Integer> cadence = new Spinner<>(Settings.MIN_CADENCE_SECONDS, Settings.MAX_CADENCE_SECONDS, 60, 10);
        cadence.setId("settings-cadence");
        cadence.setEditable(true);
        cadence.getValueFactory().setValue(model.cadenceProperty().get());
        cadence.valueProperty().addListener((obs, o, n) -> model.cadenceProperty().set(n));
        model.cadenceProperty().addListener((obs, o, n) -> cadence.getValueFactory().setValue(n.intValue()));
        grid.addRow(row++, new Label("OI and premium every (s)"),
                withHint(cadence, "Funding is fetched after each settlement; history pages as fast as the venue's limits allow.",
                        problem(model, "cadence")));

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
        grid.addRow(row++, new Label("Time zone"), withHint(zone, "Charts and times are shown in this zone; data is stored in UTC.",
                problem(model, "timezone")));

        grid.add(section("Analysis"), 0, row++, 2, 1);
        TextField benchmark = new TextField();
        benchmark.setId("settings-benchmark");
        benchmark.setPrefColumnCount(6);
        benchmark.textProperty().bindBidirectional(model.benchmarkRateProperty());
        grid.addRow(row++, new Label("Benchmark dollar rate (%/yr)"), withHint(benchmark,
                "The basis trade (short perp, long spot) earns the OI-weighted funding; Markets shows its carry over this rate.",
                problem(model, "benchmark")));
        TextField discount = new TextField();
        discount.setId("settings-discount-hours");
        discount.setPrefColumnCount(6);
        discount.textProperty().bindBidirectional(model.discountHoursProperty());
        grid.addRow(row++, new Label("Discount event after (h)"), withHint(discount,
                "A perp trading below its index for longer than this is marked as a discount episode.", problem(model, "discount")));

        if (policyThresholds != null) {
            grid.add(section("Ledgers: policy thresholds"), 0, row++, 2, 1);
            Label where = new Label("Kept in the ledger with their history, and shown in the Policy view (Ctrl+7). Saved on their own button.");
            where.getStyleClass().add("muted");
            where.setWrapText(true);
            grid.add(where, 0, row++, 2, 1);
            grid.add(policyThresholds, 0, row++, 2, 1);
        }

        grid.add(section("Ledgers: chain verification"), 0, row++, 2, 1);
        TextField esplora = new TextField();
        esplora.setId("settings-esplora");
        esplora.textProperty().bindBidirectional(model.esploraEndpointProperty());
        grid.addRow(row++, new Label("Esplora endpoint"), withHint(esplora,
                "Settlement addresses are checked here (Esplora or mempool.space API). Only addresses are sent, never keys, but the"
                        + " server sees which addresses you ask about and from which IP address. Point it at your own node's"
                        + " Esplora or mempool instance to keep that private; plain http is accepted only on your own network.",
                new PlainHttpNote(esplora.textProperty()), problem(model, "esplora")));
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
        grid.add(section("Files"), 0, row++, 2, 1);
        for (String line : List.of("Settings: " + settingsFile, "Window size, position, views and ranges: "
                + settingsFile.resolveSibling(org.umbra.app.PreferencesStore.FILE_NAME), "Log: " + logFile)) {
            Label file = new Label(line);
            file.getStyleClass().add("muted");
            file.setWrapText(true);
            grid.add(file, 0, row++, 2, 1);
        }

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

    /** A source's endpoint with its Default button, the plain-http note and its problem as typed. */
    private static Node endpointField(SettingsViewModel model, String id) {
        TextField field = new TextField();
        field.setId("settings-endpoint-" + id);
        field.setPromptText(SourceCatalog.DEFAULT_ENDPOINTS.get(id));
        field.textProperty().bindBidirectional(model.endpointProperty(id));
        Button reset = new Button("Default");
        reset.setId("settings-endpoint-default-" + id);
        reset.setOnAction(e -> model.endpointProperty(id).set(SourceCatalog.DEFAULT_ENDPOINTS.get(id)));
        HBox row = new HBox(6, field, reset);
        HBox.setHgrow(field, Priority.ALWAYS);
        return new VBox(2, row, new PlainHttpNote(field.textProperty()), problem(model, "endpoint:" + id));
    }

    /** The field's problem as typed, in the danger colour; takes no space while there is none. */
    private static Label problem(SettingsViewModel model, String field) {
        Label l = new Label();
        l.setId("settings-problem-" + field.replace(':', '-'));
        l.getStyleClass().add("field-problem");
        l.setWrapText(true);
        l.textProperty().bind(model.problemProperty(field));
        l.visibleProperty().bind(model.problemProperty(field).isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
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
