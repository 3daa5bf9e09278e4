package org.umbra.ui.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The text of Help → Keyboard shortcuts, generated from the menus' accelerators and the window's extra shortcuts as they
 * are when the list is asked for, so it cannot drift from what the keys do.
 */
final class ShortcutList {
    static final String MOUSE = """
            In a chart: drag a box to zoom, mouse wheel to zoom, middle-drag to pan,
            right-click to zoom back out. Range buttons reset the view.
            Click a legend entry to hide or show its line.""";

    private ShortcutList() {
    }

    /**
     * One line per shortcut: the key as the platform writes it (Ctrl+1, or ⌘1 on macOS), then what it does,
     * named by its menu path; {@code extra} are shortcuts with no menu item of their own (a second key for a view).
     */
    static String text(MenuBar bar, Map<KeyCombination, String> extra) {
        Map<String, String> lines = new LinkedHashMap<>();
        for (Menu m : bar.getMenus()) {
            collect(m, m.getText(), lines);
        }
        extra.forEach((key, what) -> lines.put(key.getDisplayText(), what));
        if (bar.getScene() != null) {
            // What the controls register themselves: the menu bar's F10, a default or cancel button's Enter and Esc.
            bar.getScene().getAccelerators().keySet().forEach(key -> lines.putIfAbsent(key.getDisplayText(), builtIn(key)));
        }
        int width = lines.keySet().stream().mapToInt(String::length).max().orElse(0);
        List<String> out = new ArrayList<>();
        lines.forEach((key, what) -> out.add(key + " ".repeat(width - key.length() + 2) + what));
        return String.join("\n", out) + "\n\n" + MOUSE;
    }

    private static String builtIn(KeyCombination key) {
        if (key instanceof javafx.scene.input.KeyCodeCombination k && k.getControl() == KeyCombination.ModifierValue.UP
                && k.getAlt() == KeyCombination.ModifierValue.UP && k.getShortcut() == KeyCombination.ModifierValue.UP) {
            switch (k.getCode()) {
                case F10:
                    return "Open the menu bar (then the arrow keys)";
                case ENTER:
                    return "The view's main button (Apply in Settings)";
                case ESCAPE:
                    return "Cancel (closes a dialog)";
                default:
                    break;
            }
        }
        return "Registered by a control of this view";
    }

    private static void collect(Menu menu, String path, Map<String, String> lines) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, path + " › " + sub.getText(), lines);
            } else if (item.getAccelerator() != null) {
                lines.put(item.getAccelerator().getDisplayText(), path + " › " + item.getText().replace("…", ""));
            }
        }
    }
}
