package org.umbra.ui.shell;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The window: menu bar, navigation on the left, the current screen in the middle, the status bar
 * at the bottom. Screens are registered with an id; only the shown one is attached to the scene.
 */
public final class MainWindow {
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final VBox nav = new VBox(4);
    private final ToggleGroup navGroup = new ToggleGroup();
    private final Map<String, Node> screens = new LinkedHashMap<>();
    private final Map<String, Supplier<Node>> builders = new LinkedHashMap<>();
    private final Map<String, ToggleButton> navButtons = new LinkedHashMap<>();
    private final ViewMenu viewMenu = new ViewMenu(this::shownChart);
    /** Shortcuts with no menu item of their own, listed in Help → Keyboard shortcuts. */
    private final Map<KeyCombination, String> extraShortcuts = new LinkedHashMap<>();
    private final java.util.List<java.util.function.Consumer<String>> viewListeners = new java.util.ArrayList<>();
    private final StatusBar statusBar;
    private final Scene scene;
    private final Runnable refresh;
    private final Supplier<String> aboutText;
    private Supplier<String> diagnostics = () -> "Umbra: no diagnostics available";
    private Runnable imageExport = () -> { };
    private Runnable imageCopy = () -> { };
    private Stage stage;

    /** Imports archive files the user chose; returns one line per file. Runs off the FX thread. */
    @FunctionalInterface
    public interface ArchiveImporter {
        java.util.List<String> importFiles(java.util.List<Path> files);
    }

    private ArchiveImporter archiveImporter = files -> java.util.List.of();

    public void setArchiveImporter(ArchiveImporter importer) {
        this.archiveImporter = importer;
    }

    public MainWindow(StatusBar statusBar, Runnable refresh, Supplier<String> aboutText, double width, double height) {
        this.statusBar = statusBar;
        this.refresh = refresh;
        this.aboutText = aboutText;
        nav.getStyleClass().add("nav");
        nav.setPadding(new Insets(10, 6, 10, 6));
        nav.setId("nav");
        content.setId("content");
        root.setTop(menuBar());
        root.setLeft(nav);
        root.setCenter(content);
        root.setBottom(statusBar.node());
        scene = new Scene(root, width, height);
    }

    public Scene scene() {
        return scene;
    }

    public void attach(Stage stage) {
        this.stage = stage;
        stage.setScene(scene);
    }

    public void addScreen(String id, String title, Node screen, KeyCode shortcut) {
        addScreen(id, title, () -> screen, shortcut);
    }

    /** A screen built the first time it is shown, so start-up pays only for the first one. */
    public void addScreen(String id, String title, Supplier<Node> screen, KeyCode shortcut) {
        builders.put(id, screen);
        ToggleButton b = new ToggleButton(title);
        b.setId("nav-" + id);
        b.setToggleGroup(navGroup);
        b.setMaxWidth(Double.MAX_VALUE);
        b.getStyleClass().add("nav-button");
        b.setOnAction(e -> show(id));
        nav.getChildren().add(b);
        navButtons.put(id, b);
        viewMenu.addView(id, title, shortcut, this::show);
    }

    public void show(String id) {
        content.getChildren().setAll(screens.computeIfAbsent(id, k -> builders.get(k).get()));
        navButtons.get(id).setSelected(true);
        viewMenu.viewChanged();
        viewListeners.forEach(l -> l.accept(id));
    }

    public boolean hasScreen(String id) {
        return builders.containsKey(id);
    }

    /** Told the id of every view shown, after it is shown. */
    public void addViewListener(java.util.function.Consumer<String> listener) {
        viewListeners.add(listener);
    }

    /** The chart view shown (Markets, Compare, Venues, Risk), if the shown view is one. */
    public java.util.Optional<org.umbra.ui.chartview.ChartScreen> shownChart() {
        return org.umbra.ui.chartview.ChartScreen.find(shownView());
    }

    /** A shortcut with no menu item of its own (a second key for a view), listed in Help → Keyboard shortcuts as {@code what}. */
    public void addShortcut(KeyCombination key, String what, Runnable action) {
        scene.getAccelerators().put(key, action);
        extraShortcuts.put(key, what);
    }

    /** The text of Help → Keyboard shortcuts, from the accelerators registered now. */
    public String shortcutsText() {
        return ShortcutList.text((MenuBar) root.getTop(), extraShortcuts);
    }

    public String shownScreen() {
        return screens.entrySet().stream().filter(e -> content.getChildren().contains(e.getValue())).map(Map.Entry::getKey)
                .findFirst().orElse("");
    }

    /** The view shown now, or null before the first is shown. */
    public Node shownView() {
        return content.getChildren().isEmpty() ? null : content.getChildren().get(0);
    }

    /** What Export chart image (Ctrl+E) and Copy chart image (Ctrl+Shift+C) do. */
    public void setImageExport(Runnable openDialog, Runnable copyLast) {
        this.imageExport = openDialog;
        this.imageCopy = copyLast;
    }

    /** Opens the chart image export for the shown screen. */
    public void exportImage() {
        imageExport.run();
    }

    /** Exports the shown chart screen's visible lines as CSV, asking how finely and where; other views have their own. */
    public void exportData() {
        shownChart().ifPresentOrElse(
                screen -> org.umbra.ui.chartview.ChartDataExport.ask(screen, shownScreen(), stage, statusBar::showMessage),
                () -> statusBar.showMessage("Export data (CSV) takes the lines of a chart view (Markets, Compare, Venues, Risk);"
                        + " the Ledger menu exports holdings"));
    }

    /** Lets the user pick downloaded archive zips/CSVs and imports them in the background. */
    private void importArchive() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import Binance archive files (data.binance.vision)");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Archive files", "*.zip", "*.csv"));
        java.util.List<java.io.File> chosen = chooser.showOpenMultipleDialog(stage);
        if (chosen == null || chosen.isEmpty()) {
            return;
        }
        java.util.List<Path> files = chosen.stream().map(java.io.File::toPath).toList();
        statusBar.showMessage("Importing " + files.size() + " file(s)…");
        inBackground("archive-import", () -> {
            java.util.List<String> lines = archiveImporter.importFiles(files);
            long refused = lines.stream().filter(l -> l.contains(": REFUSED: ")).count();
            javafx.application.Platform.runLater(() -> {
                statusBar.showMessage("Imported " + (files.size() - refused) + " of " + files.size() + " archive file(s)"
                        + (refused > 0 ? "; " + refused + " refused" : ""));
                if (refused > 0 || files.size() > 1) {
                    info("Archive import", String.join("\n", lines));
                }
            });
        });
    }

    /** Runs {@code work} on its own daemon thread: file and database work never holds up the FX thread. */
    private static void inBackground(String name, Runnable work) {
        Thread worker = new Thread(work, name);
        worker.setDaemon(true);
        worker.start();
    }

    private MenuBar menuBar() {
        MenuItem export = new MenuItem("Export chart image…");
        export.setId("menu-export-image");
        export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        export.setOnAction(e -> exportImage());
        MenuItem copyImage = new MenuItem("Copy chart image");
        copyImage.setId("menu-copy-image");
        copyImage.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        copyImage.setOnAction(e -> imageCopy.run());
        MenuItem exportData = new MenuItem("Export data (CSV)…");
        exportData.setId("menu-export-data");
        exportData.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        exportData.setOnAction(e -> exportData());
        MenuItem importArchive = new MenuItem("Import Binance archive files…");
        importArchive.setId("menu-import-archive");
        importArchive.setOnAction(e -> importArchive());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> stage.close());
        Menu file = new Menu("File", null, export, copyImage, exportData, importArchive, quit);

        MenuItem refreshNow = new MenuItem("Refresh now");
        refreshNow.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        refreshNow.setOnAction(e -> {
            refresh.run();
            statusBar.showMessage("Polling every source now");
        });
        Menu data = new Menu("Data", null, refreshNow);

        MenuItem shortcuts = new MenuItem("Keyboard shortcuts");
        shortcuts.setId("menu-shortcuts");
        shortcuts.setOnAction(e -> info("Keyboard shortcuts", shortcutsText() + "\n(Cmd instead of Ctrl on macOS.)"));
        MenuItem diagnostics = new MenuItem("Copy diagnostics");
        diagnostics.setId("menu-copy-diagnostics");
        diagnostics.setOnAction(e -> copyDiagnostics());
        MenuItem about = new MenuItem("About Umbra");
        about.setId("menu-about");
        about.setOnAction(e -> gatherThenShow("about", aboutText, "Could not gather the About text", text -> AboutDialog.show(stage, text)));
        Menu help = new Menu("Help", null, shortcuts, diagnostics, about);
        MenuBar bar = new MenuBar(file, viewMenu.menu(), data, help);
        bar.setId("menu-bar");
        return bar;
    }

    /** Where "Copy diagnostics" gets its text; called off the FX thread (it reads the database's size and version). */
    public void setDiagnostics(Supplier<String> diagnostics) {
        this.diagnostics = diagnostics;
    }

    private void copyDiagnostics() {
        gatherThenShow("diagnostics", diagnostics, "Could not gather diagnostics", text -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(text);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            statusBar.showMessage("Diagnostics copied to the clipboard (" + text.lines().count()
                    + " lines; no addresses, labels or amounts): paste them into a bug report");
        });
    }

    /**
     * Gathers {@code work} off the FX thread (it reads the database's size and version, the bundled NOTICE), then hands
     * it to {@code show} on the FX thread; a failure is said in the status bar.
     */
    private <T> void gatherThenShow(String name, Supplier<T> work, String whatFailed, java.util.function.Consumer<T> show) {
        inBackground(name, () -> {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException ex) {
                javafx.application.Platform.runLater(() -> statusBar.showMessage(whatFailed + ": " + ex.getMessage()));
                return;
            }
            javafx.application.Platform.runLater(() -> show.accept(result));
        });
    }

    /** Shows {@code text} in a dialog that does not block the window (a start-up notice). */
    public void showNotice(String title, String text) {
        info(title, text);
    }

    private void info(String title, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text);
        a.setTitle(title);
        a.setHeaderText(title);
        a.initOwner(stage);
        a.show();
    }

    /** Adds a menu before Help (the Ledger menu, once the ledger is read). */
    public void addMenu(Menu menu) {
        MenuBar bar = (MenuBar) root.getTop();
        bar.getMenus().add(bar.getMenus().size() - 1, menu);
    }

    public void setZone(ZoneId zone) {
        statusBar.setZone(zone);
    }
}
