package org.umbra.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.umbra.ui.chartview.ChartScreen;

/**
 * The View menu: one item per view with its Ctrl+digit, then the range presets of the chart view shown (Alt+1…),
 * greyed out while the shown view has no time range (Ledgers, Sources, Settings).
 */
final class ViewMenu {
    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
        KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};
    private final Menu menu = new Menu("View");
    private final SeparatorMenuItem rangesStart = new SeparatorMenuItem();
    private final List<MenuItem> rangeItems = new ArrayList<>();
    private final Supplier<Optional<ChartScreen>> shownChart;

    ViewMenu(Supplier<Optional<ChartScreen>> shownChart) {
        this.shownChart = shownChart;
        menu.setId("menu-view");
        menu.getItems().add(rangesStart);
        List<String> presets = ChartScreen.PRESETS;
        for (int i = 0; i < presets.size() && i < DIGITS.length; i++) {
            String preset = presets.get(i);
            MenuItem item = new MenuItem("Range " + preset);
            item.setId("menu-range-" + preset);
            item.setAccelerator(new KeyCodeCombination(DIGITS[i], KeyCombination.ALT_DOWN));
            item.setOnAction(e -> shownChart.get().ifPresent(c -> c.choosePreset(preset)));
            rangeItems.add(item);
        }
        menu.getItems().addAll(rangeItems);
        viewChanged();
    }

    Menu menu() {
        return menu;
    }

    /** Adds a view's item above the range presets, with its Ctrl+key. */
    void addView(String id, String title, KeyCode key, Consumer<String> show) {
        MenuItem item = new MenuItem(title);
        item.setId("menu-view-" + id);
        item.setAccelerator(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN));
        item.setOnAction(e -> show.accept(id));
        menu.getItems().add(menu.getItems().indexOf(rangesStart), item);
    }

    /** Call when another view is shown: the presets apply only to a chart view. */
    void viewChanged() {
        boolean chart = shownChart.get().isPresent();
        rangeItems.forEach(i -> i.setDisable(!chart));
    }
}
