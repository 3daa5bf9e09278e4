package org.umbra.ui.ledgers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.umbra.ledger.Amounts;
import org.umbra.ledger.Holding;
import org.umbra.ledger.Ledger;
import org.umbra.ledger.ChainChecks;
import org.umbra.ledger.LedgerBook;
import org.umbra.ledger.chain.HoldingVerifier;
import org.umbra.ledger.LedgerState;
import org.umbra.ledger.Rights;
import org.umbra.ledger.WatchCheck;
import org.umbra.ui.ledgers.LedgersViewModel.Column;
import org.umbra.ui.ledgers.LedgersViewModel.Filter;
import org.umbra.ui.ledgers.LedgersViewModel.Row;

/**
 * The Ledgers screen: settlement, working and yield side by side, each with its job, total (BTC and USD at
 * the stored spot price) and share of the whole, then its holdings with their rights, venue, tags and
 * consistency warnings. Holdings are added, edited and deleted here; Undo reverts the last change. Every
 * call into the book runs on one background thread (it waits for the database); the screen follows the
 * book's changes, whoever makes them.
 */
public final class LedgersView implements AutoCloseable {
    static final String STYLESHEET = Objects.requireNonNull(LedgersView.class.getResource("/org/umbra/ui/ledgers/ledgers.css"),
            "ledgers.css").toExternalForm();
    static final String ALL_RIGHTS = "All rights";
    static final String ALL_VENUES = "All venues";
    static final String ALL_TAGS = "All tags";
    static final String CAUSE_DELETE = "delete in Ledgers view";

    private final LedgerBook book;
    private final WatchCheck watchCheck;
    private final Supplier<OptionalDouble> btcUsd;
    private final Clock clock;
    private volatile ZoneId zone;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ledgers-view");
        t.setDaemon(true);
        return t;
    });
    private final VBox root = new VBox(8);
    private final Button add = new Button("Add holding");
    private final Button edit = new Button("Edit");
    private final Button delete = new Button("Delete");
    private final Button undo = new Button("Undo");
    private final Button verify = new Button("Verify on chain");
    private final ChainAccess chain;
    /** The newest chain check per holding id, read with the ledger. */
    private Map<Long, ChainChecks.Check> checks = Map.of();
    private final ChoiceBox<String> rightsFilter = new ChoiceBox<>();
    private final ChoiceBox<String> venueFilter = new ChoiceBox<>();
    private final ChoiceBox<String> tagFilter = new ChoiceBox<>();
    private final Label summary = new Label();
    private final Label feedback = new Label();
    private final Map<Ledger, ColumnNodes> columns = new EnumMap<>(Ledger.class);
    private LedgersViewModel model = new LedgersViewModel(new LedgerState());
    private OptionalDouble price = OptionalDouble.empty();
    private Row selected;

    /**
     * @param btcUsd the stored BTC spot price in USD, or empty; called off the FX thread
     * @param clock  for today's date (an opened date may not be later), read in {@code zone}
     */
    public LedgersView(LedgerBook book, WatchCheck watchCheck, Supplier<OptionalDouble> btcUsd, Clock clock, ZoneId zone) {
        this(book, watchCheck, btcUsd, clock, zone, ChainAccess.NONE);
    }

    /** Reading and making chain checks of settlement holdings (the explorer is slow: called off the FX thread). */
    public interface ChainAccess {
        ChainAccess NONE = new ChainAccess() {
            @Override
            public Map<Long, ChainChecks.Check> latest() {
                return Map.of();
            }

            @Override
            public ChainChecks.Check verify(Holding h) {
                throw new IllegalStateException("chain verification is not available here");
            }

            @Override
            public String endpoint() {
                return "";
            }
        };

        Map<Long, ChainChecks.Check> latest();

        ChainChecks.Check verify(Holding h) throws Exception;

        /** Where addresses are sent, to say so before sending them. */
        String endpoint();
    }

    public LedgersView(LedgerBook book, WatchCheck watchCheck, Supplier<OptionalDouble> btcUsd, Clock clock, ZoneId zone,
            ChainAccess chain) {
        this.chain = chain;
        this.book = book;
        this.watchCheck = watchCheck;
        this.btcUsd = btcUsd;
        this.clock = clock;
        this.zone = zone;
        root.setId("ledgers-view");
        root.setPadding(new Insets(10));
        root.getStylesheets().add(STYLESHEET);

        Label title = new Label("Ledgers");
        title.getStyleClass().add("view-title");
        Label hint = new Label("Your BTC by job: settlement (coins under your own key), working (liquidity), yield (a small share at"
                + " risk). Rights say what each holding gives you: finality, a claim, or exposure to the price only.");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);

        HBox columnBox = new HBox(10);
        for (Ledger l : Ledger.values()) {
            ColumnNodes c = new ColumnNodes(l);
            columns.put(l, c);
            columnBox.getChildren().add(c.box);
            HBox.setHgrow(c.box, Priority.ALWAYS);
        }
        VBox.setVgrow(columnBox, Priority.ALWAYS);
        summary.setId("ledgers-summary");
        summary.getStyleClass().add("ledgers-summary");
        feedback.setId("ledgers-feedback");
        feedback.setWrapText(true);
        root.getChildren().addAll(title, hint, toolbar(), summary, columnBox, feedback);

        book.addListener(this::refresh);
        refresh();
    }

    public Node node() {
        return root;
    }

    /** Today's date (bounding the opened date) follows this zone. */
    public void setZone(ZoneId zone) {
        this.zone = zone;
    }

    private HBox toolbar() {
        add.setId("ledgers-add");
        add.setOnAction(e -> openDialog(null));
        edit.setId("ledgers-edit");
        edit.setOnAction(e -> editSelected());
        delete.setId("ledgers-delete");
        delete.setOnAction(e -> deleteSelected());
        undo.setId("ledgers-undo");
        undo.setMaxWidth(240); // The description is cut with an ellipsis; the tooltip has it whole.
        undo.setMinWidth(70);
        undo.setDisable(true);
        undo.setOnAction(e -> undo());
        edit.setDisable(true);
        delete.setDisable(true);
        verify.setId("ledgers-verify");
        verify.setDisable(true);
        verify.setOnAction(e -> verifySelected());
        verify.setTooltip(new Tooltip("Checks the selected holding's watch-only addresses (and the addresses derived from its xpub)"
                + " against the chain. Only addresses are sent, never keys."));

        rightsFilter.setId("ledgers-filter-rights");
        rightsFilter.setPrefWidth(120);
        venueFilter.setPrefWidth(160);
        tagFilter.setPrefWidth(130);
        rightsFilter.getItems().add(ALL_RIGHTS);
        for (Rights r : Rights.values()) {
            rightsFilter.getItems().add(r.title());
        }
        rightsFilter.setValue(ALL_RIGHTS);
        venueFilter.setId("ledgers-filter-venue");
        venueFilter.getItems().setAll(ALL_VENUES);
        venueFilter.setValue(ALL_VENUES);
        tagFilter.setId("ledgers-filter-tag");
        tagFilter.getItems().setAll(ALL_TAGS);
        tagFilter.setValue(ALL_TAGS);
        for (ChoiceBox<String> c : List.of(rightsFilter, venueFilter, tagFilter)) {
            c.valueProperty().addListener((obs, o, n) -> {
                if (n != null) {
                    render();
                }
            });
        }
        Label show = new Label("Show");
        show.getStyleClass().add("muted");
        Region gap = new Region();
        gap.setMinWidth(16);
        for (javafx.scene.control.Control c : List.of(add, edit, delete, verify, show)) {
            c.setMinWidth(Region.USE_PREF_SIZE); // Never cut the actions; the Undo description gives way first.
        }
        HBox bar = new HBox(8, add, edit, delete, undo, verify, gap, show, rightsFilter, venueFilter, tagFilter);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("view-toolbar");
        bar.setPadding(new Insets(0, 0, 6, 0));
        return bar;
    }

    /** The filters as chosen. */
    Filter filter() {
        Rights r = null;
        for (Rights each : Rights.values()) {
            if (each.title().equals(rightsFilter.getValue())) {
                r = each;
            }
        }
        String v = venueFilter.getValue();
        String t = tagFilter.getValue();
        return new Filter(r, v == null || ALL_VENUES.equals(v) ? null : v, t == null || ALL_TAGS.equals(t) ? null : t);
    }

    /** Any thread: reads the book and the price in the background, then shows them. */
    public void refresh() {
        load();
    }

    /** As {@link #refresh}, completing once the book is shown (a headless image waits for it). */
    public java.util.concurrent.CompletableFuture<Void> load() {
        java.util.concurrent.CompletableFuture<Void> shown = new java.util.concurrent.CompletableFuture<>();
        background.execute(() -> {
            try {
                LedgersViewModel next = new LedgersViewModel(book.state());
                Optional<String> undoable = book.undoable();
                OptionalDouble p = priceNow();
                Map<Long, ChainChecks.Check> latest = chainChecks();
                Platform.runLater(() -> {
                    checks = latest;
                    show(next, undoable, p);
                    shown.complete(null);
                });
            } catch (RuntimeException e) {
                shown.completeExceptionally(e); // `umbra snapshot --view ledgers` waits on this: it must end, with the reason.
                throw e;
            }
        });
        return shown;
    }

    private Map<Long, ChainChecks.Check> chainChecks() {
        try {
            return chain.latest();
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    private void verifySelected() {
        if (selected == null) {
            return;
        }
        Holding h = selected.holding();
        verify.setDisable(true);
        feedback.setText("Checking '" + h.label() + "' against " + chain.endpoint() + " (one request per address; a key scans at"
                + " least 40 addresses)…");
        background.execute(() -> {
            try {
                ChainChecks.Check c = chain.verify(h);
                Platform.runLater(() -> feedback.setText("'" + h.label() + "': " + HoldingVerifier.describe(c, h.amountSats(), zone)));
                refresh();
            } catch (Exception e) {
                String why = e.getMessage() == null ? e.toString() : e.getMessage();
                Platform.runLater(() -> {
                    feedback.setText("Could not verify '" + h.label() + "': " + why);
                    updateButtons();
                });
            }
        });
    }

    private OptionalDouble priceNow() {
        try {
            return btcUsd.get();
        } catch (RuntimeException e) {
            return OptionalDouble.empty(); // No price is shown as such; the holdings still are.
        }
    }

    private void show(LedgersViewModel next, Optional<String> undoable, OptionalDouble p) {
        model = next;
        price = p;
        offer(venueFilter, ALL_VENUES, next.venuesInUse());
        offer(tagFilter, ALL_TAGS, next.tagsInUse());
        undo.setDisable(undoable.isEmpty());
        undo.setText(undoable.map(u -> "Undo " + u).orElse("Undo"));
        undo.setTooltip(new Tooltip(undoable.map(u -> "Undo: " + u + " (the history keeps both)").orElse("Nothing to undo")));
        render();
    }

    /** Replaces a filter's choices, keeping the chosen one while it is still in use. */
    private static void offer(ChoiceBox<String> box, String all, List<String> inUse) {
        String was = box.getValue();
        List<String> items = new ArrayList<>();
        items.add(all);
        items.addAll(inUse);
        if (!items.equals(box.getItems())) {
            box.getItems().setAll(items);
            box.setValue(items.contains(was) ? was : all);
        }
    }

    private void render() {
        Filter f = filter();
        Long keep = selected == null ? null : selected.holding().id();
        selected = null;
        for (Column c : model.columns(f)) {
            columns.get(c.ledger()).show(c, f.isAll());
        }
        if (keep != null) {
            columns.values().forEach(c -> c.select(keep));
        }
        summary.setText(model.summary(f) + " · " + LedgersViewModel.usd(model.state().totalSats(), price));
        updateButtons();
    }

    private void updateButtons() {
        edit.setDisable(selected == null);
        delete.setDisable(selected == null);
        verify.setDisable(selected == null || selected.holding().watch().isEmpty());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private void openDialog(Holding base) {
        HoldingDialog d = new HoldingDialog(root.getScene() == null ? null : root.getScene().getWindow(), base, model.state(), watchCheck,
                today(), book, background);
        d.show(h -> feedback.setText((base == null ? "Added " : "Saved ") + "'" + h.label() + "'."));
    }

    private void editSelected() {
        if (selected != null) {
            openDialog(selected.holding());
        }
    }

    private void deleteSelected() {
        if (selected == null) {
            return;
        }
        Holding h = selected.holding();
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION);
        confirm.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        confirm.setTitle("Delete holding");
        confirm.setHeaderText("Delete '" + h.label() + "' (" + amountText(h) + ")?");
        confirm.setContentText("It stays in the history, and Undo brings it back.");
        confirm.getDialogPane().setId("ledgers-delete-confirm");
        confirm.getDialogPane().lookupButton(ButtonType.OK).setId("ledgers-delete-ok");
        confirm.setOnHidden(e -> {
            if (confirm.getResult() == ButtonType.OK) {
                inBackground(() -> book.delete(h.id(), CAUSE_DELETE), "Deleted '" + h.label() + "'. Undo brings it back.");
            }
        });
        confirm.show();
    }

    private void undo() {
        undo.setDisable(true);
        background.execute(() -> {
            try {
                Optional<String> done = book.undo();
                Platform.runLater(() -> feedback.setText(done.map(u -> "Undone: " + u + ".").orElse("Nothing to undo.")));
            } catch (RuntimeException e) {
                failed("Undo", e);
            }
        });
    }

    private void inBackground(Runnable change, String done) {
        background.execute(() -> {
            try {
                change.run();
                Platform.runLater(() -> feedback.setText(done));
            } catch (RuntimeException e) {
                failed("The change", e);
            }
        });
    }

    private void failed(String what, RuntimeException e) {
        String why = e.getMessage() == null ? e.toString() : e.getMessage();
        Platform.runLater(() -> {
            feedback.setText(what + " failed: " + why);
            refresh();
        });
    }

    private static String amountText(Holding h) {
        return h.amountSats() == null ? LedgersViewModel.UNKNOWN_AMOUNT : Amounts.btc(h.amountSats()) + " BTC";
    }

    @Override
    public void close() {
        background.shutdown();
    }

    /** One ledger's header and list. */
    private final class ColumnNodes {
        final VBox box = new VBox(4);
        final Label share = new Label();
        final Label total = new Label();
        final Label usd = new Label();
        final ListView<Row> list = new ListView<>();
        final Label placeholder = new Label();

        ColumnNodes(Ledger ledger) {
            String id = ledger.id();
            box.setId("ledgers-column-" + id);
            box.getStyleClass().add("ledger-column");
            box.setMinWidth(0);
            box.setPrefWidth(400);
            Label title = new Label(ledger.title());
            title.getStyleClass().add("ledger-title");
            share.setId("ledgers-share-" + id);
            share.getStyleClass().add("ledger-share");
            share.setTooltip(new Tooltip("Share of all your BTC"));
            Region spring = new Region();
            HBox.setHgrow(spring, Priority.ALWAYS);
            HBox head = new HBox(6, title, spring, share);
            head.setAlignment(Pos.BASELINE_LEFT);
            Label job = new Label(ledger.job());
            job.getStyleClass().add("muted");
            job.setWrapText(true);
            job.setMinHeight(Region.USE_PREF_SIZE);
            total.setId("ledgers-total-" + id);
            total.getStyleClass().addAll("ledger-total", "amount");
            usd.setId("ledgers-usd-" + id);
            usd.getStyleClass().add("muted");
            HBox figures = new HBox(10, total, usd);
            figures.setAlignment(Pos.BASELINE_LEFT);
            list.setId("ledgers-list-" + id);
            list.getStyleClass().add("ledger-list");
            list.setCellFactory(v -> new HoldingCell());
            list.setPlaceholder(placeholder);
            placeholder.getStyleClass().add("muted");
            placeholder.setWrapText(true);
            VBox.setVgrow(list, Priority.ALWAYS);
            list.getSelectionModel().selectedItemProperty().addListener((obs, o, row) -> {
                if (row != null) {
                    selected = row;
                    columns.values().stream().filter(c -> c != this).forEach(c -> c.list.getSelectionModel().clearSelection());
                } else if (selected != null && selected.holding().ledger() == ledger) {
                    selected = null;
                }
                updateButtons();
            });
            list.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                    editSelected();
                }
            });
            list.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    editSelected();
                } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                    deleteSelected();
                }
            });
            box.getChildren().addAll(head, job, figures, list);
        }

        void show(Column c, boolean unfiltered) {
            share.setText(LedgersViewModel.percent(c.sharePercent()));
            total.setText(Amounts.btc(c.sats()) + " BTC");
            usd.setText(LedgersViewModel.usd(c.sats(), price));
            placeholder.setText(unfiltered ? "No holdings in this ledger yet: Add holding." : "No holding here matches the filters.");
            list.getItems().setAll(c.rows());
        }

        void select(long holdingId) {
            for (Row r : list.getItems()) {
                if (r.holding().id() == holdingId) {
                    list.getSelectionModel().select(r);
                }
            }
        }
    }

    /** Two lines per holding: warning marker, label and amount; then rights chip, venue and tags. */
    private final class HoldingCell extends ListCell<Row> {
        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Holding h = row.holding();
            Label name = new Label(h.label());
            name.getStyleClass().add("holding-label");
            name.setMinWidth(40);
            Label amount = new Label(h.amountSats() == null ? LedgersViewModel.UNKNOWN_AMOUNT : Amounts.btc(h.amountSats()));
            amount.getStyleClass().add(h.amountSats() == null ? "holding-unknown" : "amount");
            amount.setMinWidth(Region.USE_PREF_SIZE);
            Region spring = new Region();
            HBox.setHgrow(spring, Priority.ALWAYS);
            HBox first = new HBox(6);
            if (row.warned()) {
                Label marker = new Label("⚠");
                marker.getStyleClass().add("warning-marker");
                marker.setId("warning-" + h.id());
                Tooltip tip = new Tooltip(String.join("\n\n", row.warnings()));
                tip.setWrapText(true);
                tip.setMaxWidth(420);
                marker.setTooltip(tip);
                marker.setMinWidth(Region.USE_PREF_SIZE);
                first.getChildren().add(marker);
            }
            first.getChildren().addAll(name, spring, amount);
            first.setAlignment(Pos.BASELINE_LEFT);
            List<String> where = new ArrayList<>();
            where.add(h.held() ? h.venue() : "own key");
            if (!"BTC".equalsIgnoreCase(h.asset())) {
                where.add(h.asset());
            }
            String tagText = h.tags().isEmpty() ? "" : "  #" + String.join(" #", h.tags());
            Label detail = new Label(String.join(" · ", where) + tagText);
            detail.getStyleClass().add("muted");
            detail.setMinWidth(40);
            HBox second = new HBox(6, RightsColors.chip(h.rights()), detail);
            second.setAlignment(Pos.CENTER_LEFT);
            VBox box = new VBox(3, first, second);
            ChainChecks.Check check = checks.get(h.id());
            if (check != null) {
                Label chainLine = new Label(HoldingVerifier.describe(check, h.amountSats(), zone));
                chainLine.getStyleClass().add(check.matches(h.amountSats()) || h.amountSats() == null ? "chain-verified" : "chain-mismatch");
                chainLine.setId("chain-" + h.id());
                chainLine.setMinWidth(40);
                box.getChildren().add(chainLine);
            }
            box.setMinWidth(0);
            box.setPrefWidth(1);
            setGraphic(box);
            setPrefWidth(0);
        }
    }
}
