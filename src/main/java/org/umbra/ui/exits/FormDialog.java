package org.umbra.ui.exits;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Modality;

/**
 * A form in a modal dialog whose OK button keeps the dialog open while the form has problems (each shown under its
 * field), and hands the checked value on when it closes with OK. Not blocking: the result arrives through a callback.
 */
final class FormDialog {
    private FormDialog() {
    }

    /**
     * Opens {@code form} over {@code owner}'s window; {@code check} shows the problems and returns empty, or returns
     * the value. {@code onOk} gets it on the FX thread. The OK button's id is {@code <id>-ok}.
     */
    static <T> Dialog<ButtonType> open(Node owner, String id, String title, Node form, Supplier<Optional<T>> check, Consumer<T> onOk) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.initModality(Modality.WINDOW_MODAL);
        if (owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.getDialogPane().getStylesheets().add(org.umbra.ui.policy.LedgerStyles.SHEET);
        dialog.getDialogPane().setPrefWidth(700);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId(id + "-ok");
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setId(id + "-cancel");
        Object[] checked = new Object[1];
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            Optional<T> value = check.get();
            if (value.isEmpty()) {
                e.consume(); // Stays open: the messages say what to fix.
            } else {
                checked[0] = value.get();
            }
        });
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == ButtonType.OK && checked[0] != null) {
                @SuppressWarnings("unchecked")
                T value = (T) checked[0];
                onOk.accept(value);
            }
        });
        dialog.show();
        return dialog;
    }
}
