package org.umbra.ui;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.umbra.app.Settings;
import org.umbra.app.SettingsStore;

/**
 * The one owner of the settings in force while the window is open: every screen that changes
 * them (Settings, Sources) goes through {@link #apply}, which validates, saves, applies and tells
 * every screen, so none of them holds a stale copy. FX thread.
 */
public final class SettingsModel {
    private final SettingsStore store;
    private final Consumer<Settings> applier;
    private final ReadOnlyObjectWrapper<Settings> current;

    public SettingsModel(Settings initial, SettingsStore store, Consumer<Settings> applier) {
        this.store = store;
        this.applier = applier;
        this.current = new ReadOnlyObjectWrapper<>(initial);
    }

    public ReadOnlyObjectProperty<Settings> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Settings current() {
        return current.get();
    }

    public SettingsStore store() {
        return store;
    }

    /**
     * Validates, saves and applies {@code next}.
     * @return the problems (each naming its setting), or a one-line confirmation prefixed "Saved"
     */
    public List<String> apply(Settings next) {
        List<String> problems = next.problems();
        if (!problems.isEmpty()) {
            return problems;
        }
        try {
            store.save(next);
        } catch (IOException e) {
            return List.of("Could not save settings to " + store.file() + ": " + e.getMessage());
        }
        applier.accept(next);
        current.set(next);
        return List.of("Saved to " + store.file() + ".");
    }
}
