package org.umbra.ui.ledgers;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.umbra.ledger.LabelImport;
import org.umbra.ledger.bip329.ReadResult;

/**
 * What a BIP-329 import would do, before it does it: the summary, then every rejected line with its reason, every
 * warning and every skipped line. Apply applies; Cancel (or closing) changes nothing.
 */
public final class LabelImportPreview {
    /** The Apply button. */
    public static final ButtonType APPLY = new ButtonType("Apply", ButtonBar.ButtonData.OK_DONE);

    private final Dialog<ButtonType> dialog = new Dialog<>();

    public LabelImportPreview(Window owner, String fileName, LabelImport.Plan plan) {
        dialog.initOwner(owner);
        dialog.setTitle("Import wallet labels");
        dialog.setHeaderText("Import wallet labels (BIP-329) from " + fileName);
        dialog.getDialogPane().setId("label-import-preview");
        Label summary = new Label(plan.summary() + (plan.changes().isEmpty() ? ". Nothing would change." : "."));
        summary.setId("label-import-summary");
        summary.setWrapText(true);
        ListView<String> lines = new ListView<>();
        lines.setId("label-import-lines");
        lines.getItems().setAll(lines(plan.read()));
        lines.setPrefSize(720, Math.min(320, 40 + 26 * Math.max(1, lines.getItems().size())));
        lines.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0); // Wrap to the list's width rather than scroll sideways.
                getStyleClass().remove("field-error");
                if (!empty && item != null && item.contains("REJECTED")) {
                    getStyleClass().add("field-error");
                }
            }
        });
        Label note = new Label(plan.read().rejected().isEmpty() ? "Every line was accepted."
                : "Rejected lines are left out; Apply imports the accepted ones as one change (Undo takes it back).");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        VBox box = new VBox(8, summary, lines, note);
        box.setPrefWidth(740);
        dialog.getDialogPane().setPrefWidth(780);
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().setAll(APPLY, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(APPLY).setId("label-import-apply");
        dialog.getDialogPane().lookupButton(APPLY).setDisable(plan.changes().isEmpty());
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("label-import-cancel");
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
    }

    /** The lines the preview lists: rejected first (the user has to act on them), then warnings and skipped lines. */
    static List<String> lines(ReadResult read) {
        List<String> out = new ArrayList<>();
        read.rejected().forEach(r -> out.add("REJECTED " + r.reason()));
        read.warnings().forEach(w -> out.add("warning  " + w));
        read.skipped().forEach(s -> out.add("skipped  line " + s.line() + ": unknown type '" + s.type() + "' (kept out, as BIP-329 asks)"));
        if (out.isEmpty()) {
            out.add(read.accepted().size() + " line(s), all accepted");
        }
        return out;
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    /** Shows the preview and calls {@code apply} only if the user chose Apply. */
    public void show(Runnable apply) {
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == APPLY) {
                apply.run();
            }
        });
        dialog.show();
    }
}
