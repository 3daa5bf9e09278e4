package org.umbra.ui.ledgers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.umbra.export.HoldingsCsv;
import org.umbra.export.LedgerBackup;
import org.umbra.ledger.LabelExport;
import org.umbra.ledger.LabelImport;
import org.umbra.ledger.LedgerBook;
import org.umbra.ledger.LedgerEvent;
import org.umbra.ledger.bip329.Bip329Reader;
import org.umbra.ledger.bip329.Bip329Writer;
import org.umbra.ledger.bip329.ReadResult;
import org.umbra.ledger.bip329.RefValidator;
import org.umbra.store.AtomicFiles;

/**
 * The Ledger menu: wallet labels in (previewed, then applied on confirm) and out, the JSON backup and its restore,
 * the holdings as CSV. Files are read and written off the FX thread; every outcome is reported in one line.
 */
public final class LedgerFiles {
    private final LedgerBook book;
    private final RefValidator refs;
    private final Executor background;
    private final Clock clock;
    private final Consumer<String> report;
    private final Path backups;

    /**
     * @param backups the automatic backups' folder, where Restore starts looking
     * @param report  where outcomes go (the status bar), called on the FX thread
     */
    public LedgerFiles(LedgerBook book, RefValidator refs, Executor background, Clock clock, Path backups, Consumer<String> report) {
        this.backups = backups;
        this.book = book;
        this.refs = refs;
        this.background = background;
        this.clock = clock;
        this.report = report;
    }

    public Menu menu(java.util.function.Supplier<Window> owner) {
        MenuItem importLabels = new MenuItem("Import wallet labels (BIP-329)…");
        importLabels.setId("menu-import-labels");
        importLabels.setOnAction(e -> choose(owner.get(), "Import wallet labels", "BIP-329 labels", "*.jsonl", false)
                .ifPresent(f -> previewLabels(owner.get(), f)));
        MenuItem exportLabels = new MenuItem("Export wallet labels (BIP-329)…");
        exportLabels.setId("menu-export-labels");
        exportLabels.setOnAction(e -> choose(owner.get(), "Export wallet labels", "BIP-329 labels", "*.jsonl", true)
                .ifPresent(f -> write(f, w -> new Bip329Writer().write(LabelExport.records(book.state()), w), "wallet labels")));
        MenuItem backup = new MenuItem("Back up the ledger (JSON, with its history)…");
        backup.setId("menu-ledger-backup");
        backup.setOnAction(e -> choose(owner.get(), "Back up the ledger", "Umbra ledger backup", "*.json", true)
                .ifPresent(f -> write(f, w -> w.write(LedgerBackup.write(book.history(), clock.instant())), "the ledger backup")));
        MenuItem restore = new MenuItem("Restore a ledger backup…");
        restore.setId("menu-ledger-restore");
        restore.setOnAction(e -> chooseBackup(owner.get()).ifPresent(f -> confirmRestore(owner.get(), f)));
        MenuItem csv = new MenuItem("Export holdings (CSV)…");
        csv.setId("menu-export-holdings");
        csv.setOnAction(e -> choose(owner.get(), "Export holdings", "CSV", "*.csv", true)
                .ifPresent(f -> write(f, w -> HoldingsCsv.write(book.state(), w), "the holdings")));
        Menu menu = new Menu("Ledger", null, importLabels, exportLabels, backup, restore, csv);
        menu.setId("menu-ledger");
        return menu;
    }

    private static java.util.Optional<Path> choose(Window owner, String title, String kind, String pattern, boolean save) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        if (save) {
            chooser.setInitialFileName(org.umbra.export.FileNames.suggest(pattern.substring(1), "umbra", title, LocalDate.now().toString()));
        }
        java.io.File f = save ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
        return java.util.Optional.ofNullable(f).map(java.io.File::toPath);
    }

    /** Reads {@code file} off the FX thread, then shows what importing it would do; applies only on Apply. */
    public void previewLabels(Window owner, Path file) {
        String name = file.getFileName().toString();
        background.execute(() -> {
            try {
                ReadResult read = new Bip329Reader(refs).read(file);
                LabelImport.Plan plan = LabelImport.plan(read, book.state(), name);
                Platform.runLater(() -> new LabelImportPreview(owner, name, plan).show(() -> background.execute(() -> {
                    try {
                        List<LedgerEvent> rows = book.change(now -> LabelImport.plan(read, now, name).changes(), "bip329 import (" + name + ")");
                        done("Imported " + name + ": " + rows.size() + " change(s); Undo in Ledgers takes them back");
                    } catch (RuntimeException e) {
                        done("Import of " + name + " failed, nothing was changed: " + e.getMessage());
                    }
                })));
            } catch (IOException e) {
                done("Cannot read " + file + ": " + e.getMessage());
            }
        });
    }

    private java.util.Optional<Path> chooseBackup(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Restore a ledger backup");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Umbra ledger backup", "*.json"));
        if (Files.isDirectory(backups)) {
            chooser.setInitialDirectory(backups.toFile());
        }
        return java.util.Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath);
    }

    /** An empty ledger takes the backup as it is; over a ledger, the user confirms a replacement Undo can take back. */
    private void confirmRestore(Window owner, Path file) {
        if (book.history().isEmpty()) {
            restore(file);
            return;
        }
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION);
        ask.initOwner(owner);
        ask.setTitle("Restore a ledger backup");
        ask.setHeaderText("Replace your ledger with the one in " + file.getFileName() + "?");
        ask.setContentText("Holdings, exit paths, labels and thresholds become what the backup holds. What they are now stays in"
                + " the history, and Undo (Ledgers) brings it back.");
        ask.getDialogPane().setId("ledger-restore-confirm");
        ask.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).ifPresent(b -> restore(file));
    }

    private void restore(Path file) {
        background.execute(() -> {
            try {
                List<LedgerEvent> rows = LedgerBackup.read(Files.readString(file, StandardCharsets.UTF_8));
                List<LedgerEvent> written = book.restoreOrReplace(rows, "restore of " + file.getFileName());
                done(written.isEmpty() ? "The ledger already is what " + file.getFileName() + " holds; nothing was changed"
                        : "Restored the ledger from " + file.getFileName() + " (" + written.size() + " history rows written; Undo in Ledgers"
                                + " takes it back)");
            } catch (IOException | RuntimeException e) {
                done("Not restored, nothing was changed: " + file.getFileName() + ": " + e.getMessage());
            }
        });
    }

    /** Writes beside the target and moves into place ({@link AtomicFiles}), so a failed export never leaves half a file. */
    private void write(Path file, AtomicFiles.Text content, String what) {
        background.execute(() -> {
            try {
                AtomicFiles.writeText(file, content);
                done("Saved " + what + " to " + file);
            } catch (IOException | RuntimeException e) {
                done("Could not save " + what + " to " + file + ": " + e.getMessage());
            }
        });
    }

    private void done(String message) {
        Platform.runLater(() -> report.accept(message));
    }
}
