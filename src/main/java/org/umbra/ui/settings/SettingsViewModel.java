package org.umbra.ui.settings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.umbra.app.Settings;
import org.umbra.app.SettingsStore;
import org.umbra.market.binance.BinanceFuturesSource;

/**
 * The Settings form's state: one property per field, validated together on apply. Valid settings
 * are saved and handed to {@code onApplied}, which applies them without a restart (the database
 * location takes effect at the next start).
 */
public final class SettingsViewModel {
    private final SettingsStore store;
    private final Consumer<Settings> onApplied;
    private final StringProperty database = new SimpleStringProperty();
    private final StringProperty binanceEndpoint = new SimpleStringProperty();
    private final IntegerProperty cadence = new SimpleIntegerProperty();
    private final StringProperty theme = new SimpleStringProperty();
    private final StringProperty timeZone = new SimpleStringProperty();
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper("");
    private Settings current;

    public SettingsViewModel(Settings current, SettingsStore store, Consumer<Settings> onApplied) {
        this.store = store;
        this.onApplied = onApplied;
        load(current);
    }

    private void load(Settings s) {
        current = s;
        database.set(s.database());
        binanceEndpoint.set(s.endpoint(BinanceFuturesSource.ID));
        cadence.set(s.snapshotCadenceSeconds());
        theme.set(s.theme());
        timeZone.set(s.timeZone());
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty binanceEndpointProperty() {
        return binanceEndpoint;
    }

    public IntegerProperty cadenceProperty() {
        return cadence;
    }

    public StringProperty themeProperty() {
        return theme;
    }

    public StringProperty timeZoneProperty() {
        return timeZone;
    }

    /** What the last apply or revert said: the problems, each naming its field, or a confirmation. */
    public ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    public Settings current() {
        return current;
    }

    /** Validates, saves and applies; on any problem nothing changes and the problems are listed. */
    public boolean apply() {
        Settings next = current.withDatabase(database.get())
                .withEndpoint(BinanceFuturesSource.ID, binanceEndpoint.get())
                .withSnapshotCadenceSeconds(cadence.get())
                .withTheme(theme.get())
                .withTimeZone(timeZone.get() == null ? "" : timeZone.get());
        List<String> problems = new ArrayList<>(next.problems());
        if (!problems.isEmpty()) {
            feedback.set(String.join("\n", problems));
            return false;
        }
        try {
            store.save(next);
        } catch (IOException e) {
            feedback.set("Could not save settings to " + store.file() + ": " + e.getMessage());
            return false;
        }
        boolean restartNeeded = !next.database().equals(current.database());
        current = next;
        onApplied.accept(next);
        feedback.set("Saved to " + store.file() + "." + (restartNeeded ? " The new database location takes effect at the next start." : ""));
        return true;
    }

    public void revert() {
        load(current);
        feedback.set("");
    }
}
