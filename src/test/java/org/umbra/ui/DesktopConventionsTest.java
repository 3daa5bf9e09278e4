package org.umbra.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.umbra.app.SourceCatalog;

/**
 * The real application, headless, with no source enabled (nothing is contacted), started from preferences saved by an
 * earlier run: the View menu, shortcuts, Help's list, About, the Settings form, and the preferences kept.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class DesktopConventionsTest {
    @TempDir
    static Path dir;
    private static Application app;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void launch() throws Exception {
        Path home = dir.resolve("home");
        System.setProperty("umbra.home", home.toString());
        new org.umbra.app.SettingsStore(home.resolve("settings.json")).save(org.umbra.app.Settings.defaults().withEnabledSources(List.of()));
        Files.writeString(home.resolve("preferences.json"), """
                {"x": 40, "y": 30, "width": 1100, "height": 700, "maximized": false, "lastView": "venues", "ranges": {"markets": "1W"}}""");
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(UmbraApp.class, "--db=" + dir.resolve("ui.db"));
    }

    @AfterAll
    static void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        System.clearProperty("umbra.home");
    }

    private Scene scene() {
        return robot.lookup("#menu-bar").query().getScene();
    }

    private Stage window(String title) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.listWindows().stream()
                .anyMatch(w -> w instanceof Stage s && title.equals(s.getTitle()) && s.isShowing()));
        return (Stage) robot.listWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle()) && s.isShowing())
                .findFirst().orElseThrow();
    }

    /**
     * Ctrl (or, with {@code ctrl} false, Alt) and {@code key} pressed in the window, as the keyboard delivers it: the event
     * goes through the scene, where its accelerators are. (The headless robot's key presses do not reach the accelerators.)
     */
    private void press(KeyCode key, boolean ctrl) {
        robot.interact(() -> javafx.event.Event.fireEvent(scene().getRoot(), new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", key, false, ctrl, !ctrl, false)));
    }

    private boolean selected(String nav) {
        return robot.lookup(nav).queryAs(ToggleButton.class).isSelected();
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private String preferencesFile() throws Exception {
        return Files.readString(dir.resolve("home/preferences.json"));
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void theWindowOpensAsItWasLeft() throws Exception {
        assertTrue(selected("#nav-venues"), "the last view");
        Stage stage = (Stage) scene().getWindow();
        assertEquals(1100, stage.getWidth(), 0.5);
        assertEquals(700, stage.getHeight(), 0.5);
        assertEquals(40, stage.getX(), 0.5, "the saved position is on the (headless) screen");
        robot.clickOn("#nav-markets");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#range-1W").queryAs(ToggleButton.class).isSelected());
    }

    @Test
    void viewShortcutsAndRangePresetsWorkFromTheKeyboardAndAreSaved() throws Exception {
        robot.clickOn("#nav-markets");
        press(KeyCode.DIGIT3, true);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> selected("#nav-venues"));
        assertFalse(menuItem("menu-range-1Y").isDisable(), "Venues is a chart view: its ranges apply");
        press(KeyCode.COMMA, true);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> selected("#nav-settings"));
        assertTrue(menuItem("menu-range-1Y").isDisable(), "Settings has no time range");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> preferencesFile().contains("\"lastView\": \"settings\""));

        press(KeyCode.DIGIT1, true);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> selected("#nav-markets"));
        press(KeyCode.DIGIT4, false); // 1D 1W 1M 3M: the fourth preset
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#range-3M").queryAs(ToggleButton.class).isSelected());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> preferencesFile().contains("\"markets\": \"3M\""));
        press(KeyCode.DIGIT2, false);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> preferencesFile().contains("\"markets\": \"1W\""));
    }

    @Test
    void helpListsEveryShortcutTheWindowHas() throws Exception {
        robot.interact(() -> menuItem("menu-shortcuts").fire());
        Stage shown = window("Keyboard shortcuts");
        String text = ((DialogPane) shown.getScene().getRoot()).getContentText();
        assertFalse(scene().getAccelerators().isEmpty());
        scene().getAccelerators().keySet().forEach(key -> assertTrue(text.contains(key.getDisplayText() + " "),
                key.getDisplayText() + " is missing from:\n" + text));
        // The key column is as wide as the longest key (Ctrl+Shift+C): compare with the padding collapsed.
        String collapsed = text.replaceAll(" {2,}", " ");
        for (String line : List.of("Ctrl+1 View › Markets", "Ctrl+, View › Settings", "Alt+1 View › Range 1D", "Alt+6 View › Range All",
                "Ctrl+E File › Export chart image", "Ctrl+Shift+C File › Copy chart image", "Ctrl+Shift+E File › Export data (CSV)",
                "F5 Data › Refresh now", "Ctrl+Q File › Quit")) {
            assertTrue(collapsed.contains("\n" + line) || collapsed.startsWith(line), line + " in:\n" + text);
        }
        robot.interact(shown::close);
    }

    @Test
    void aboutNamesTheVersionsFilesAndLicencesAndLeavesTheWindowUsable() throws Exception {
        robot.interact(() -> menuItem("menu-about").fire());
        Stage about = window("About Umbra");
        assertEquals(Modality.NONE, about.getModality());
        String text = robot.lookup("#about-text").queryAs(TextArea.class).getText();
        Path home = dir.resolve("home").toAbsolutePath();
        for (String part : List.of("Umbra ", "Java ", "JavaFX ", "Data folder:    " + home, "Database:       " + dir.resolve("ui.db").toAbsolutePath() + " (",
                "Config folder:  " + home, "Log file:       " + home.resolve("logs/umbra.log"), "Licensed under the Apache License, Version 2.0",
                "OpenJFX 21.0.5", "ChartFX 11.3.1", "MIT License, Copyright (c) 2024 supervik", "Copyright (c) 2026 Lucas Mol")) {
            assertTrue(text.contains(part), part + " in:\n" + text);
        }
        robot.clickOn("#about-copy");
        String[] clip = new String[1];
        robot.interact(() -> clip[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertEquals(text, clip[0]);
        robot.clickOn("#about-close");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !about.isShowing());
    }

    @Test
    void settingsHaveEverySourcesEndpointAndSayWhatIsWrongUnderTheField() throws Exception {
        robot.clickOn("#nav-settings");
        for (String id : SourceCatalog.ids()) {
            assertEquals(SourceCatalog.DEFAULT_ENDPOINTS.get(id), robot.lookup("#settings-endpoint-" + id).queryAs(TextField.class).getText(), id);
        }
        TextField okx = robot.lookup("#settings-endpoint-okx").queryAs(TextField.class);
        robot.interact(() -> okx.setText("http://mirror.example.com"));
        Label problem = robot.lookup("#settings-problem-endpoint-okx").queryAs(Label.class);
        assertTrue(problem.isVisible());
        assertTrue(problem.getText().startsWith("Endpoint okx: "), problem.getText());
        assertFalse(robot.lookup("#settings-problem-esplora").queryAs(Label.class).isVisible(), "only the field typed in is marked");
        robot.interact(() -> robot.lookup("#settings-timezone").queryAs(javafx.scene.control.ComboBox.class).setValue("Mars/Olympus"));
        assertEquals("Time zone: 'Mars/Olympus' is not a known zone (e.g. Europe/Berlin, UTC)",
                robot.lookup("#settings-problem-timezone").queryAs(Label.class).getText());
        robot.clickOn("#settings-revert");
        assertFalse(problem.isVisible(), "reverted: nothing wrong");
        assertTrue(robot.lookup("#settings-policy-yield-max").tryQuery().isPresent(), "the ledger's thresholds are here too");
        robot.clickOn("#settings-open-sources");
        assertTrue(selected("#nav-sources"));
    }
}
