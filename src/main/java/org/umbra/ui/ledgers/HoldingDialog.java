package org.umbra.ui.ledgers;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.umbra.ledger.Amounts;
import org.umbra.ledger.ConsistencyWarnings;
import org.umbra.ledger.Custodian;
import org.umbra.ledger.Holding;
import org.umbra.ledger.HoldingForm;
import org.umbra.ledger.HoldingForm.Field;
import org.umbra.ledger.InstrumentKind;
import org.umbra.ledger.Ledger;
import org.umbra.ledger.LedgerBook;
import org.umbra.ledger.LedgerState;
import org.umbra.ledger.Rights;
import org.umbra.ledger.WatchCheck;

/**
 * Adds or edits one holding. Each field's problem ({@link HoldingForm#check}) shows under it once the user
 * has pressed Save, and follows their typing from then on; Save stores only a holding with none. Consistency
 * warnings show as soon as the form is complete, without blocking. The save runs on {@code background}
 * (the book waits for the database); a database error stays in the dialog with everything typed.
 */
public final class HoldingDialog {
    static final String CAUSE_ADD = "add in Ledgers view";
    static final String CAUSE_EDIT = "edit in Ledgers view";

    private final Holding base;
    private final LedgerState state;
    private final WatchCheck watchCheck;
    private final LocalDate today;
    private final LedgerBook book;
    private final Executor background;
    private final Dialog<Holding> dialog = new Dialog<>();
    private final TextField label = field("holding-label", "e.g. Cold wallet, Kraken spot");
    private final TextField amount = field("holding-amount", "e.g. 0.25");
    private final ChoiceBox<Amounts.Unit> unit = new ChoiceBox<>();
    private final TextField asset = field("holding-asset", "BTC, cbBTC, WBTC, IBIT…");
    private final ChoiceBox<Ledger> ledger = new ChoiceBox<>();
    private final ChoiceBox<Rights> rights = new ChoiceBox<>();
    private final ChoiceBox<InstrumentKind> kind = new ChoiceBox<>();
    private final ComboBox<String> venue = new ComboBox<>();
    private final TextField opened = field("holding-opened", "YYYY-MM-DD (optional)");
    private final TextField tags = field("holding-tags", "comma-separated, e.g. long-term, inheritance");
    private final TextArea watch = new TextArea();
    private final TextArea note = new TextArea();
    private final Map<Field, Label> errors = new EnumMap<>(Field.class);
    private final Label warnings = new Label();
    private final Label saveError = new Label();
    private final Button save;
    private boolean attempted;
    private boolean rightsTouched;
    private boolean settingRights;
    private Holding saved;

    /**
     * @param base the holding to edit, or null for a new one
     * @param state the ledger as it stands (venues to offer, exit paths for the warnings)
     */
    public HoldingDialog(Window owner, Holding base, LedgerState state, WatchCheck watchCheck, LocalDate today, LedgerBook book,
            Executor background) {
        this.base = base;
        this.state = state;
        this.watchCheck = watchCheck;
        this.today = today;
        this.book = book;
        this.background = background;

        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(base == null ? "Add holding" : "Edit holding");
        dialog.setResizable(true);
        ButtonType saveType = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(saveType, ButtonType.CANCEL);
        dialog.getDialogPane().getStylesheets().add(LedgersView.STYLESHEET);
        dialog.getDialogPane().setId("holding-dialog");
        save = (Button) dialog.getDialogPane().lookupButton(saveType);
        save.setId("holding-save");
        // Save closes the dialog only once the book has stored the holding.
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            trySave();
        });
        dialog.setResultConverter(type -> type == saveType ? saved : null);

        setUpChoices();
        dialog.getDialogPane().setContent(form());
        fill(base == null ? null : HoldingForm.of(base));
        for (ObservableValue<?> v : List.of(label.textProperty(), amount.textProperty(), unit.valueProperty(), asset.textProperty(),
                ledger.valueProperty(), rights.valueProperty(), kind.valueProperty(), venue.getEditor().textProperty(),
                opened.textProperty(), tags.textProperty(), watch.textProperty(), note.textProperty())) {
            v.addListener((obs, o, n) -> recheck());
        }
        recheck();
    }

    public Dialog<Holding> dialog() {
        return dialog;
    }

    /** Shows the dialog without blocking; {@code onSaved} gets the stored holding. */
    public void show(java.util.function.Consumer<Holding> onSaved) {
        dialog.setOnHidden(e -> {
            if (saved != null) {
                onSaved.accept(saved);
            }
        });
        dialog.show();
        Platform.runLater(label::requestFocus);
    }

    private void setUpChoices() {
        unit.getItems().setAll(Amounts.Unit.values());
        unit.setConverter(converter(u -> u == Amounts.Unit.SATS ? "sats" : "BTC"));
        unit.setId("holding-unit");
        unit.setValue(Amounts.Unit.BTC);
        ledger.getItems().setAll(Ledger.values());
        ledger.setConverter(converter(Ledger::title));
        ledger.setId("holding-ledger");
        rights.getItems().setAll(Rights.values());
        rights.setConverter(converter(r -> r.title() + " — " + r.meaning()));
        rights.setId("holding-rights");
        kind.getItems().setAll(InstrumentKind.values());
        kind.setConverter(converter(InstrumentKind::title));
        kind.setId("holding-kind");
        // The form of a holding suggests its rights; once the user picks rights themselves, theirs stand.
        kind.valueProperty().addListener((obs, o, k) -> {
            if (k != null && !rightsTouched) {
                settingRights = true;
                rights.setValue(k.usualRights());
                settingRights = false;
            }
        });
        rights.valueProperty().addListener((obs, o, r) -> rightsTouched |= !settingRights);
        venue.setEditable(true);
        venue.setId("holding-venue");
        venue.setPromptText("exchange, custodian, fund; empty for your own key");
        venue.getItems().setAll(state.venues().stream().map(Custodian::name).toList());
        venue.setMaxWidth(Double.MAX_VALUE);
        watch.setId("holding-watch");
        watch.setPromptText("watch-only addresses or xpubs, one per line");
        watch.setPrefRowCount(3);
        note.setId("holding-note");
        note.setPrefRowCount(2);
        note.setWrapText(true);
    }

    private void fill(HoldingForm f) {
        if (f == null) {
            return;
        }
        label.setText(f.label());
        amount.setText(f.amount());
        unit.setValue(f.unit());
        asset.setText(f.asset());
        ledger.setValue(f.ledger());
        kind.setValue(f.kind());
        settingRights = true;
        rights.setValue(f.rights());
        settingRights = false;
        // Stored rights other than the form's usual were the user's choice: a new kind does not override them.
        rightsTouched = f.kind() != null && f.rights() != f.kind().usualRights();
        venue.getEditor().setText(f.venue());
        opened.setText(f.opened());
        tags.setText(f.tags());
        watch.setText(f.watch());
        note.setText(f.note());
    }

    private Node form() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(2);
        grid.setPadding(new Insets(4, 8, 0, 10));
        grid.getColumnConstraints().addAll(new ColumnConstraints(110), new ColumnConstraints(300, 460, Double.MAX_VALUE));
        int row = 0;
        row = addRow(grid, row, "Label", label, Field.LABEL);
        HBox amountBox = new HBox(6, amount, unit);
        HBox.setHgrow(amount, Priority.ALWAYS);
        row = addRow(grid, row, "Amount", amountBox, Field.AMOUNT);
        row = addRow(grid, row, "Asset", asset, Field.ASSET);
        row = addRow(grid, row, "Ledger", ledger, Field.LEDGER);
        row = addRow(grid, row, "Instrument", kind, Field.KIND);
        row = addRow(grid, row, "Rights", rights, Field.RIGHTS);
        row = addRow(grid, row, "Venue", venue, Field.VENUE);
        row = addRow(grid, row, "Opened", opened, Field.OPENED);
        row = addRow(grid, row, "Tags", tags, Field.TAGS);
        row = addRow(grid, row, "Watch-only", watch, Field.WATCH);
        row = addRow(grid, row, "Note", note, Field.NOTE);
        for (ChoiceBox<?> c : List.of(ledger, kind, rights)) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        warnings.setId("holding-warnings");
        warnings.getStyleClass().add("ledger-warning");
        warnings.setWrapText(true);
        warnings.setMaxWidth(560);
        warnings.setMinHeight(Region.USE_PREF_SIZE);
        warnings.setPadding(new Insets(0, 8, 0, 10));
        saveError.setId("holding-error-save");
        saveError.getStyleClass().add("field-error");
        saveError.setWrapText(true);
        saveError.setMaxWidth(560);
        saveError.setMinHeight(Region.USE_PREF_SIZE);
        saveError.setPadding(new Insets(0, 8, 0, 10));
        showWhenSet(warnings);
        showWhenSet(saveError);
        return new VBox(8, grid, warnings, saveError);
    }

    private int addRow(GridPane grid, int row, String name, Node input, Field field) {
        Label title = new Label(name);
        grid.add(title, 0, row);
        grid.add(input, 1, row);
        Label error = new Label();
        error.setId("holding-error-" + field.name().toLowerCase(Locale.ROOT));
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(460);
        error.setMinHeight(Region.USE_PREF_SIZE); // A long message wraps instead of ending in an ellipsis.
        showWhenSet(error);
        errors.put(field, error);
        grid.add(error, 1, row + 1);
        GridPane.setMargin(input, new Insets(4, 0, 0, 0));
        GridPane.setMargin(title, new Insets(4, 0, 0, 0));
        return row + 2;
    }

    /** Takes no room while empty, so a form without problems stays compact. */
    private static void showWhenSet(Label l) {
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.managedProperty());
    }

    /** What is typed, as the form the ledger checks. */
    HoldingForm typed() {
        return new HoldingForm(label.getText(), amount.getText(), unit.getValue(), asset.getText(), ledger.getValue(), rights.getValue(),
                kind.getValue(), venue.getEditor().getText(), opened.getText(), tags.getText(), note.getText(), watch.getText());
    }

    private HoldingForm.Result recheck() {
        HoldingForm.Result r = typed().check(base, today, watchCheck);
        for (Map.Entry<Field, Label> e : errors.entrySet()) {
            e.getValue().setText(attempted ? r.problems().getOrDefault(e.getKey(), "") : "");
        }
        warnings.setText(r.ok() ? ConsistencyWarnings.of(r.holding(), state).stream().map(w -> "⚠ " + w)
                .reduce((a, b) -> a + "\n" + b).orElse("") : "");
        return r;
    }

    private void trySave() {
        attempted = true;
        HoldingForm.Result r = recheck();
        if (!r.ok()) {
            return;
        }
        save.setDisable(true);
        saveError.setText("");
        Holding h = r.holding();
        background.execute(() -> {
            try {
                Holding stored;
                if (base == null) {
                    stored = book.add(h, CAUSE_ADD);
                } else {
                    book.save(h, CAUSE_EDIT);
                    stored = h;
                }
                Platform.runLater(() -> {
                    saved = stored;
                    dialog.setResult(stored);
                    dialog.close();
                });
            } catch (RuntimeException e) {
                String why = e.getMessage() == null ? e.toString() : e.getMessage();
                Platform.runLater(() -> {
                    saveError.setText("Not saved: " + why + ". What you typed is kept; Save tries again.");
                    save.setDisable(false);
                });
            }
        });
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }
}
