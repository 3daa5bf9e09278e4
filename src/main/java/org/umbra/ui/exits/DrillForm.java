package org.umbra.ui.exits;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.umbra.ledger.ExitDrill;
import org.umbra.ui.policy.FormRows;

/** The "Record drill" form: when, which steps were taken, how many minutes until the coins arrived, how it ended. */
final class DrillForm {
    private final LocalDate today;
    private final TextField date = new TextField();
    private final TextArea steps = new TextArea();
    private final TextField minutes = new TextField();
    private final ChoiceBox<ExitDrill.Outcome> outcome = new ChoiceBox<>(FXCollections.observableArrayList(ExitDrill.Outcome.values()));
    private final TextField note = new TextField();
    private final Label dateMessage;
    private final Label minutesMessage;
    private final VBox root;

    DrillForm(String venue, LocalDate today) {
        this.today = today;
        date.setText(today.toString());
        steps.setPromptText("what you did, e.g. withdrew 0.001 BTC to my Coldcard, 2 confirmations");
        steps.setPrefRowCount(4);
        minutes.setPromptText("from request to coins confirmed");
        outcome.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExitDrill.Outcome o) {
                return o == null ? "" : o.title();
            }

            @Override
            public ExitDrill.Outcome fromString(String s) {
                return Arrays.stream(ExitDrill.Outcome.values()).filter(o -> o.title().equals(s)).findFirst().orElse(null);
            }
        });
        outcome.setValue(ExitDrill.Outcome.COMPLETED);
        FormRows rows = new FormRows(150, 420);
        Label hint = new Label("A small withdrawal from " + venue + " to an address of your own, done end to end: it proves the exit path works today.");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        rows.addWide(hint);
        dateMessage = rows.add("Date", date, "drill-date");
        rows.add("Steps taken", steps, "drill-steps");
        minutesMessage = rows.add("Minutes", minutes, "drill-minutes");
        rows.add("Outcome", outcome, "drill-outcome");
        rows.add("Note", note, "drill-note");
        root = new VBox(rows.node());
        root.setId("drill-form");
    }

    VBox node() {
        return root;
    }

    /** The drill, or empty with each problem shown under its field (every field is checked, not only the first). */
    Optional<ExitDrill> check() {
        Days.Parsed day = Days.parsePast(date.getText(), today);
        FormRows.show(dateMessage, day.problem() == null ? null : "Date: " + day.problem());
        Integer mins = null;
        String m = minutes.getText().strip();
        if (m.isEmpty()) {
            FormRows.show(minutesMessage, "Minutes: enter how many minutes the drill took (a whole number, 0 or more)");
        } else if (!m.matches("\\d{1,7}")) {
            FormRows.show(minutesMessage, "Minutes: '" + m + "' is not a whole number of minutes, 0 or more (e.g. 45)");
        } else {
            mins = Integer.parseInt(m);
            FormRows.show(minutesMessage, null);
        }
        if (day.problem() != null || mins == null) {
            return Optional.empty();
        }
        return Optional.of(new ExitDrill(day.day(), steps.getText(), mins, outcome.getValue(), note.getText()));
    }
}
