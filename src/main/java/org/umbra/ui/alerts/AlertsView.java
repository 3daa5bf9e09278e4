package org.umbra.ui.alerts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.umbra.alerts.AlertRule;
import org.umbra.alerts.AlertRuleStore;
import org.umbra.alerts.Durations;
import org.umbra.ledger.PolicyMonitor;
import org.umbra.store.AlertLog;
import org.umbra.ui.policy.OffFx;

/**
 * The Alerts view: the rules (add, edit, switch on or off, delete, in a form checked field by field) and the history of
 * every rule's events, newest first, in the user's time zone. Database work runs on {@code background}.
 */
public final class AlertsView {
    static final int HISTORY_ROWS = 500;
    private static final String SHEET = AlertsView.class.getResource("/org/umbra/ui/alerts/alerts.css").toExternalForm();

    /** A rule and whether it is firing now. */
    record RuleRow(AlertRule rule, boolean firing) {
    }

    private final AlertRuleStore rules;
    private final AlertLog log;
    private final Executor background;
    private final BorderPane root = new BorderPane();
    private final TableView<RuleRow> ruleTable = new TableView<>();
    private final TableView<AlertLog.Event> history = new TableView<>();
    private final RuleFormPane form;
    private final Label status = new Label();
    private final Button toggle = new Button("Switch off");
    private volatile Map<Long, AlertRule> byId = Map.of();
    private ZoneId zone;

    public AlertsView(AlertRuleStore rules, AlertLog log, Set<String> sourceIds, Executor background, ZoneId zone) {
        this.rules = rules;
        this.log = log;
        this.background = background;
        this.zone = zone;
        root.setId("alerts-screen");
        root.getStylesheets().add(SHEET);
        form = new RuleFormPane(sourceIds, this::save, this::closeForm);

        ruleTable.setId("alerts-rules");
        ruleTable.setPlaceholder(new Label("No alert rules yet: Add one (e.g. BTC funding above 30 %/yr)."));
        ruleTable.getColumns().add(column("Rule", 420, r -> r.rule().describe()));
        ruleTable.getColumns().add(column("On", 50, r -> r.rule().enabled() ? "on" : "off"));
        ruleTable.getColumns().add(column("Now", 70, r -> !r.rule().enabled() ? "" : r.firing() ? "firing" : "quiet"));
        ruleTable.getColumns().add(column("Cooldown", 80, r -> Durations.format(r.rule().cooldownMs())));
        ruleTable.getColumns().add(column("Id", 50, r -> Long.toString(r.rule().id())));
        ruleTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ruleTable.setRowFactory(t -> {
            javafx.scene.control.TableRow<RuleRow> row = new javafx.scene.control.TableRow<>() {
                @Override
                protected void updateItem(RuleRow item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().remove("alert-firing");
                    if (!empty && item != null && item.firing() && item.rule().enabled()) {
                        getStyleClass().add("alert-firing");
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openForm(row.getItem().rule());
                }
            });
            return row;
        });

        history.setId("alerts-history");
        history.setPlaceholder(new Label("Nothing has fired yet."));
        history.getColumns().add(column("Time", 140, e -> DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH).withZone(this.zone)
                .format(Instant.ofEpochMilli(e.atMs()))));
        history.getColumns().add(column("State", 70, e -> e.firing() ? "firing" : "cleared"));
        history.getColumns().add(column("Rule", 220, this::ruleName));
        history.getColumns().add(column("Message", 520, AlertLog.Event::message));
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Button add = new Button("Add rule");
        add.setId("alerts-add");
        add.setOnAction(e -> openForm(null));
        Button edit = new Button("Edit");
        edit.setId("alerts-edit");
        edit.setOnAction(e -> selected().ifPresent(r -> openForm(r.rule())));
        toggle.setId("alerts-toggle");
        toggle.setOnAction(e -> selected().ifPresent(r -> save(r.rule().withEnabled(!r.rule().enabled()))));
        Button delete = new Button("Delete");
        delete.setId("alerts-delete");
        delete.setOnAction(e -> selected().ifPresent(r -> write(() -> rules.delete(r.rule().id()), "Deleted rule " + r.rule().id()
                + "; its history stays")));
        ruleTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> toggle.setText(b != null && !b.rule().enabled()
                ? "Switch on" : "Switch off"));
        edit.disableProperty().bind(ruleTable.getSelectionModel().selectedItemProperty().isNull());
        toggle.disableProperty().bind(edit.disableProperty());
        delete.disableProperty().bind(edit.disableProperty());
        status.setId("alerts-status");
        status.getStyleClass().add("muted");
        HBox toolbar = new HBox(8, add, edit, toggle, delete, status);
        toolbar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(8, 10, 8, 10));
        toolbar.getStyleClass().add("view-toolbar");

        Label rulesTitle = new Label("Rules");
        rulesTitle.getStyleClass().add("alerts-section");
        Label historyTitle = new Label("History (newest first)");
        historyTitle.getStyleClass().add("alerts-section");
        VBox top = new VBox(4, rulesTitle, ruleTable);
        VBox bottom = new VBox(4, historyTitle, history);
        VBox.setVgrow(ruleTable, Priority.ALWAYS);
        VBox.setVgrow(history, Priority.ALWAYS);
        top.setPadding(new Insets(6, 10, 6, 10));
        bottom.setPadding(new Insets(6, 10, 6, 10));
        SplitPane split = new SplitPane(top, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.4);
        root.setTop(toolbar);
        root.setCenter(split);
        reload();
    }

    public Node node() {
        return root;
    }

    public void setZone(ZoneId zone) {
        this.zone = zone;
        history.refresh();
    }

    /** What one reload reads off the FX thread. */
    private record Read(List<RuleRow> rows, List<AlertLog.Event> events) {
    }

    /** Reads the rules and the history again (after new events, or a change made elsewhere). */
    public void reload() {
        OffFx.run(background, () -> {
            List<AlertRule> all = rules.all();
            Map<String, Boolean> firing = log.firingByRule();
            return new Read(all.stream().map(r -> new RuleRow(r, firing.getOrDefault(r.ruleKey(), false))).toList(), log.recent(HISTORY_ROWS));
        }, read -> {
            List<RuleRow> rows = read.rows();
            List<AlertLog.Event> events = read.events();
            byId = rows.stream().collect(java.util.stream.Collectors.toMap(r -> r.rule().id(), RuleRow::rule));
            Long keep = selected().map(r -> r.rule().id()).orElse(null);
            ruleTable.getItems().setAll(rows);
            if (keep != null) {
                rows.stream().filter(r -> r.rule().id() == keep).findFirst().ifPresent(r -> ruleTable.getSelectionModel().select(r));
            }
            history.getItems().setAll(events);
        }, failed -> status.setText("Could not read the alerts: " + OffFx.reason(failed)));
    }

    private java.util.Optional<RuleRow> selected() {
        return java.util.Optional.ofNullable(ruleTable.getSelectionModel().getSelectedItem());
    }

    private void openForm(AlertRule rule) {
        form.edit(rule);
        root.setRight(form.node());
    }

    private void closeForm() {
        root.setRight(null);
    }

    private void save(AlertRule rule) {
        write(() -> rules.save(rule), (rule.id() == 0 ? "Added: " : "Saved: ") + rule.describe());
    }

    private void write(java.util.concurrent.Callable<?> work, String done) {
        OffFx.run(background, work, result -> {
            status.setText(done);
            closeForm();
            reload();
        }, failed -> {
            form.showError(OffFx.reason(failed));
            status.setText("Not saved: " + OffFx.reason(failed));
        });
    }

    /** The history's rule column: a rule's description, a policy check's id, or a deleted rule's number. */
    private String ruleName(AlertLog.Event e) {
        String key = e.rule();
        if (key.startsWith(AlertRule.RULE_PREFIX)) {
            try {
                long id = Long.parseLong(key.substring(AlertRule.RULE_PREFIX.length()));
                AlertRule r = byId.get(id);
                return r != null ? r.describe() : "rule " + id + " (deleted)";
            } catch (NumberFormatException ignored) {
                return key;
            }
        }
        if (key.startsWith(PolicyMonitor.RULE_PREFIX)) {
            return "Policy check " + key.substring(PolicyMonitor.RULE_PREFIX.length());
        }
        return key;
    }

    private static <S> TableColumn<S, String> column(String title, double width, java.util.function.Function<S, String> text) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        return c;
    }
}
