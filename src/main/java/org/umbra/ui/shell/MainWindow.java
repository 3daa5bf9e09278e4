package org.umbra.ui.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.LocalDateTime;
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
import org.umbra.charts.ChartImages;

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
    private final StatusBar statusBar;
    private final Scene scene;
    private final Runnable refresh;
    private final Supplier<String> aboutText;
    private Supplier<String> diagnostics = () -> "Umbra: no diagnostics available";
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
        scene.getAccelerators().put(new KeyCodeCombination(shortcut, KeyCombination.SHORTCUT_DOWN), () -> show(id));
    }

    public void show(String id) {
        content.getChildren().setAll(screens.computeIfAbsent(id, k -> builders.get(k).get()));
        navButtons.get(id).setSelected(true);
    }

    public String shownScreen() {
        return screens.entrySet().stream().filter(e -> content.getChildren().contains(e.getValue())).map(Map.Entry::getKey)
                .findFirst().orElse("");
    }

    /** Saves the shown screen as a PNG chosen in a file dialog. */
    public void exportImage() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export chart image");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        chooser.setInitialFileName(org.umbra.export.FileNames.suggest(".png", "umbra", shownScreen(),
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm"))));
        java.io.File file = chooser.showSaveDialog(stage);
        if (file != null) {
            exportImage(file.toPath());
        }
    }

    /** Saves the shown screen as a PNG at {@code file}, reporting the outcome in the status bar. */
    public void exportImage(Path file) {
        Path target = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? file
                : file.resolveSibling(file.getFileName() + ".png");
        try {
            ChartImages.savePng(ChartImages.snapshot(content), target);
            statusBar.showMessage("Saved chart image to " + target);
        } catch (IOException e) {
            statusBar.showMessage("Could not save " + target + ": " + e.getMessage());
        }
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
        MenuItem importArchive = new MenuItem("Import Binance archive files…");
        importArchive.setId("menu-import-archive");
        importArchive.setOnAction(e -> importArchive());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> stage.close());
        Menu file = new Menu("File", null, export, importArchive, quit);

        MenuItem refreshNow = new MenuItem("Refresh now");
        refreshNow.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        refreshNow.setOnAction(e -> {
            refresh.run();
            statusBar.showMessage("Polling every source now");
        });
        Menu data = new Menu("Data", null, refreshNow);

        MenuItem shortcuts = new MenuItem("Keyboard shortcuts");
        shortcuts.setOnAction(e -> info("Keyboard shortcuts", """
                Ctrl+1  Markets (one asset: price, OI by venue, funding, premium,
                        long/short, liquidations)
                Ctrl+2  Compare (BTC vs ETH)
                Ctrl+3  Venues (OI share over time, venues table, next funding)
                Ctrl+4  Risk (score, components, breakdown at the crosshair)
                Ctrl+5  Ledgers (your BTC: settlement, working, yield)
                Ctrl+6  Exit paths (venues, halts, drills)
                Ctrl+7  Policy (checklist, composition over time)
                Ctrl+8  Sources
                Ctrl+9  Settings
                Ctrl+0  Alerts (rules and history)
                Ctrl+E  Export chart image
                F5      Refresh now
                Ctrl+Q  Quit

                In a chart: drag a box to zoom, mouse wheel to zoom, middle-drag to pan,
                right-click to zoom back out. Range buttons reset the view.
                Click a legend entry to hide or show its line.
                (Cmd instead of Ctrl on macOS.)"""));
        MenuItem diagnostics = new MenuItem("Copy diagnostics");
        diagnostics.setId("menu-copy-diagnostics");
        diagnostics.setOnAction(e -> copyDiagnostics());
        MenuItem about = new MenuItem("About Umbra");
        about.setOnAction(e -> info("About Umbra", aboutText.get()));
        Menu help = new Menu("Help", null, shortcuts, diagnostics, about);
        MenuBar bar = new MenuBar(file, data, help);
        bar.setId("menu-bar");
        return bar;
    }

    /** Where "Copy diagnostics" gets its text; called off the FX thread (it reads the database's size and version). */
    public void setDiagnostics(Supplier<String> diagnostics) {
        this.diagnostics = diagnostics;
    }

    private void copyDiagnostics() {
        inBackground("diagnostics", () -> {
            String text;
            try {
                text = diagnostics.get();
            } catch (RuntimeException ex) {
                javafx.application.Platform.runLater(() -> statusBar.showMessage("Could not gather diagnostics: " + ex.getMessage()));
                return;
            }
            javafx.application.Platform.runLater(() -> {
                javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
                content.putString(text);
                javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
                statusBar.showMessage("Diagnostics copied to the clipboard (" + text.lines().count()
                        + " lines; no addresses, labels or amounts): paste them into a bug report");
            });
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
