package org.umbra.ui.sources;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.umbra.app.SourceCatalog;
import org.umbra.market.http.EndpointPolicy;

/**
 * The Sources screen: every source and, under it, every stored series, with state, freshness,
 * rows, extent, backfill progress and a stale marker; live sources can be switched on and off and
 * pointed at another endpoint here, applied without restart. Refreshes every 10 s while shown.
 */
public final class SourcesView {
    private final SourcesViewModel model;
    private final VBox root = new VBox(6);
    private final TreeTableView<SourceRow> table = new TreeTableView<>();
    private final Label feedback = new Label();
    private final Timeline refresher;

    public SourcesView(SourcesViewModel model) {
        this.model = model;
        root.setId("sources-view");
        root.setPadding(new Insets(10));
        Label title = new Label("Sources");
        title.getStyleClass().add("view-title");
        Label hint = new Label("Every venue and what it has stored. Untick a source to stop polling it; edit an endpoint to use a "
                + "mirror, a proxy or a test server (Enter applies). A series is stale when its newest point is older than "
                + SourcesViewModel.STALE_FACTOR + "× its cadence.");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        feedback.setId("sources-feedback");
        feedback.setWrapText(true);

        TreeItem<SourceRow> rootItem = new TreeItem<>();
        for (SourceRow source : model.sources()) {
            TreeItem<SourceRow> item = new TreeItem<>(source);
            model.seriesOf(source.sourceId()).addListener((javafx.collections.ListChangeListener<SourceRow>) c ->
                    item.getChildren().setAll(model.seriesOf(source.sourceId()).stream().map(TreeItem::new).toList()));
            rootItem.getChildren().add(item);
        }
        table.setRoot(rootItem);
        table.setShowRoot(false);
        table.setId("sources-table");
        // Columns keep readable widths; the table scrolls sideways on a narrow window rather than truncating.
        table.setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().setAll(List.of(
                text("Source / series", 265, r -> r.name),
                enabledColumn(),
                endpointColumn(),
                text("State", 95, r -> r.status),
                text("Last success", 150, r -> r.lastSuccess),
                text("Rows", 85, r -> r.rows.asString("%,d").map(s -> s.startsWith("-") ? "" : s)),
                text("Oldest", 150, r -> r.oldest),
                text("Newest", 150, r -> r.newest),
                progressColumn(),
                text("Last error", 420, r -> r.lastError)));
        table.setTreeColumn(table.getColumns().get(0));
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(title, hint, table, feedback);

        refresher = new Timeline(new KeyFrame(Duration.seconds(10), e -> model.refresh()));
        refresher.setCycleCount(Timeline.INDEFINITE);
        // Listen and refresh only while shown.
        root.parentProperty().addListener((obs, o, parent) -> {
            if (parent != null) {
                model.refresh();
                refresher.play();
            } else {
                refresher.stop();
            }
        });
    }

    public Node node() {
        return root;
    }

    private static TreeTableColumn<SourceRow, String> text(String title, double width, Function<SourceRow, ObservableValue<String>> value) {
        TreeTableColumn<SourceRow, String> c = new TreeTableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> f.getValue().getValue() == null ? new ReadOnlyObjectWrapper<>("") : value.apply(f.getValue().getValue()));
        c.setCellFactory(col -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                SourceRow row = empty ? null : getTableRow().getItem();
                setText(empty ? null : item);
                getStyleClass().removeAll("stale-cell", "source-cell");
                if (row != null && row.stale() && "stale".equals(item)) {
                    getStyleClass().add("stale-cell"); // Only the marker itself, not the whole row.
                }
                if (row != null && row.isSource() && getTableColumn() == getTreeTableView().getTreeColumn()) {
                    getStyleClass().add("source-cell"); // The source's name stands out; its figures stay regular.
                }
            }
        });
        return c;
    }

    private TreeTableColumn<SourceRow, SourceRow> enabledColumn() {
        TreeTableColumn<SourceRow, SourceRow> c = new TreeTableColumn<>("On");
        c.setPrefWidth(44);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().getValue()));
        c.setCellFactory(col -> new TreeTableCell<>() {
            private final CheckBox box = new CheckBox();

            @Override
            protected void updateItem(SourceRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null || !row.isSource() || !SourceCatalog.DEFAULT_ENDPOINTS.containsKey(row.sourceId())) {
                    setGraphic(null);
                    return;
                }
                box.setId("enable-" + row.sourceId());
                box.setSelected(row.enabled());
                box.setOnAction(e -> show(model.setEnabled(row.sourceId(), box.isSelected())));
                setGraphic(box);
            }
        });
        return c;
    }

    private TreeTableColumn<SourceRow, SourceRow> endpointColumn() {
        TreeTableColumn<SourceRow, SourceRow> c = new TreeTableColumn<>("Endpoint / unit");
        c.setPrefWidth(225);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().getValue()));
        c.setCellFactory(col -> new TreeTableCell<>() {
            private final TextField field = new TextField();

            @Override
            protected void updateItem(SourceRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(null);
                setGraphic(null);
                if (empty || row == null) {
                    return;
                }
                if (!row.isSource() || !SourceCatalog.DEFAULT_ENDPOINTS.containsKey(row.sourceId())) {
                    setText(row.endpoint());
                    return;
                }
                field.setId("endpoint-" + row.sourceId());
                field.setText(row.endpoint());
                field.setPromptText(SourceCatalog.DEFAULT_ENDPOINTS.get(row.sourceId()));
                field.setOnAction(e -> {
                    List<String> result = model.setEndpoint(row.sourceId(), field.getText());
                    show(result);
                    if (!result.get(0).startsWith("Saved")) {
                        field.setText(row.endpoint());
                    }
                });
                String note = EndpointPolicy.plainHttpNote(row.endpoint());
                if (note == null) {
                    setGraphic(field);
                    return;
                }
                Label unencrypted = new Label("not encrypted (local network)");
                unencrypted.getStyleClass().add("endpoint-note");
                unencrypted.setTooltip(new Tooltip(note));
                setGraphic(new VBox(2, field, unencrypted));
            }
        });
        return c;
    }

    private TreeTableColumn<SourceRow, SourceRow> progressColumn() {
        TreeTableColumn<SourceRow, SourceRow> c = new TreeTableColumn<>("Backfill");
        c.setPrefWidth(230);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().getValue()));
        c.setCellFactory(col -> new TreeTableCell<>() {
            private final ProgressBar bar = new ProgressBar();
            private final Label label = new Label();
            private final StackPane box = new StackPane(bar, label);

            {
                bar.setMaxWidth(Double.MAX_VALUE);
                label.getStyleClass().add("progress-label");
                StackPane.setAlignment(label, Pos.CENTER);
            }

            @Override
            protected void updateItem(SourceRow row, boolean empty) {
                super.updateItem(row, empty);
                bar.progressProperty().unbind();
                label.textProperty().unbind();
                if (empty || row == null || !row.isSource()) {
                    setGraphic(null);
                    return;
                }
                bar.progressProperty().bind(row.progress);
                label.textProperty().bind(row.progressText);
                box.visibleProperty().bind(row.progress.greaterThanOrEqualTo(0));
                setGraphic(box);
            }
        });
        return c;
    }

    private void show(List<String> result) {
        feedback.setText(String.join("\n", result));
    }

    /** Text of a live source's state, for tests and diagnostics. */
    public String describe(String sourceId) {
        return model.sources().stream().filter(r -> r.sourceId().equals(sourceId)).map(r -> r.status() + " " + r.rows())
                .findFirst().orElse("").toLowerCase(Locale.ROOT);
    }
}
