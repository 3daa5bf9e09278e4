package org.umbra.ui.exits;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.umbra.ledger.Custodian;
import org.umbra.ledger.WithdrawalMode;
import org.umbra.ui.policy.FormRows;

/** The "Edit exit path" form of one venue: withdrawal mode, alternative route, the steps one per line, a note, and a new halt. */
final class ExitPathForm {
    private final LocalDate today;
    private final ChoiceBox<WithdrawalMode> mode = new ChoiceBox<>(FXCollections.observableArrayList(WithdrawalMode.values()));
    private final TextField alternative = new TextField();
    private final TextArea steps = new TextArea();
    private final TextArea note = new TextArea();
    private final TextField haltDate = new TextField();
    private final TextField haltNote = new TextField();
    private final Label haltDateMessage;
    private final Label haltNoteMessage;
    private final VBox root;

    ExitPathForm(Custodian current, LocalDate today) {
        this.today = today;
        mode.setConverter(new StringConverter<>() {
            @Override
            public String toString(WithdrawalMode m) {
                return m == null ? "" : m.title();
            }

            @Override
            public WithdrawalMode fromString(String s) {
                return Arrays.stream(WithdrawalMode.values()).filter(m -> m.title().equals(s)).findFirst().orElse(null);
            }
        });
        mode.setValue(current.withdrawalMode());
        alternative.setText(current.alternativeRoute());
        alternative.setPromptText("if the site closed: e.g. an API key, another front end");
        steps.setText(String.join("\n", current.exitSteps()));
        steps.setPromptText("one step per line, ending with the coins on an address of your own wallet");
        steps.setPrefRowCount(6);
        note.setText(current.note());
        note.setPrefRowCount(2);
        haltDate.setPromptText("YYYY-MM-DD");
        haltNote.setPromptText("what happened, how long it lasted");

        FormRows rows = new FormRows(150, 420);
        rows.add("Withdrawals", mode, "exit-mode");
        rows.add("Alternative route", alternative, "exit-alternative");
        rows.add("Steps to a UTXO under your key", steps, "exit-steps");
        rows.add("Note", note, "exit-note");
        Label halts = new Label(current.halts().isEmpty() ? "Add a withdrawal halt (none recorded)"
                : "Add a withdrawal halt (" + current.halts().size() + " recorded)");
        halts.getStyleClass().add("settings-section");
        rows.addWide(halts);
        haltDateMessage = rows.add("Halt date", haltDate, "exit-halt-date");
        haltNoteMessage = rows.add("Halt note", haltNote, "exit-halt-note");
        root = new VBox(rows.node());
        root.setId("exit-path-form");
    }

    VBox node() {
        return root;
    }

    /** The edit, or empty with each problem shown under its field. */
    Optional<ExitPathEdit> check() {
        FormRows.show(haltDateMessage, null);
        FormRows.show(haltNoteMessage, null);
        Custodian.Halt halt = null;
        boolean wantsHalt = !haltDate.getText().isBlank() || !haltNote.getText().isBlank();
        if (wantsHalt) {
            Days.Parsed day = Days.parsePast(haltDate.getText(), today);
            if (day.problem() != null) {
                FormRows.show(haltDateMessage, "Halt date: " + day.problem());
                return Optional.empty();
            }
            halt = new Custodian.Halt(day.day(), haltNote.getText().strip());
        }
        List<String> lines = steps.getText().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        return Optional.of(new ExitPathEdit(mode.getValue(), alternative.getText(), lines, note.getText(), halt));
    }
}
