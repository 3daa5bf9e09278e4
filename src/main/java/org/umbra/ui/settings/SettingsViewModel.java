package org.umbra.ui.settings;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.umbra.app.Settings;
import org.umbra.ui.SettingsModel;
import org.umbra.market.binance.BinanceFuturesSource;

/**
 * The Settings form's state: one property per field, validated together on apply. Valid settings
 * are saved and handed to {@code onApplied}, which applies them without a restart (the database
 * location takes effect at the next start).
 */
public final class SettingsViewModel {
    private final SettingsModel settings;
    private final StringProperty database = new SimpleStringProperty();
    private final StringProperty binanceEndpoint = new SimpleStringProperty();
    private final IntegerProperty cadence = new SimpleIntegerProperty();
    private final StringProperty theme = new SimpleStringProperty();
    private final StringProperty timeZone = new SimpleStringProperty();
    private final StringProperty benchmarkRate = new SimpleStringProperty();
    private final StringProperty discountHours = new SimpleStringProperty();
    private final StringProperty esploraEndpoint = new SimpleStringProperty();
    private final StringProperty bitcoinNetwork = new SimpleStringProperty();
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper("");
    private Settings current;

    public SettingsViewModel(SettingsModel settings) {
        this.settings = settings;
        load(settings.current());
        // Another screen (Sources) may change endpoints or sources: show what is in force.
        settings.currentProperty().addListener((obs, o, n) -> load(n));
    }

    private void load(Settings s) {
        current = s;
        database.set(s.database());
        binanceEndpoint.set(s.endpoint(BinanceFuturesSource.ID));
        cadence.set(s.snapshotCadenceSeconds());
        theme.set(s.theme());
        timeZone.set(s.timeZone());
        benchmarkRate.set(plain(s.benchmarkRatePercent()));
        discountHours.set(plain(s.discountHours()));
        esploraEndpoint.set(s.esploraEndpoint());
        bitcoinNetwork.set(s.bitcoinNetwork());
    }

    public StringProperty esploraEndpointProperty() {
        return esploraEndpoint;
    }

    public StringProperty bitcoinNetworkProperty() {
        return bitcoinNetwork;
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    public StringProperty benchmarkRateProperty() {
        return benchmarkRate;
    }

    public StringProperty discountHoursProperty() {
        return discountHours;
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
        List<String> unreadable = new java.util.ArrayList<>();
        double benchmark = number(benchmarkRate.get(), "Benchmark rate", unreadable);
        double discount = number(discountHours.get(), "Discount threshold", unreadable);
        if (!unreadable.isEmpty()) {
            feedback.set(String.join("\n", unreadable));
            return false;
        }
        Settings next = current.withDatabase(database.get())
                .withBenchmarkRatePercent(benchmark)
                .withDiscountHours(discount)
                .withEsplora(esploraEndpoint.get(), bitcoinNetwork.get())
                .withEndpoint(BinanceFuturesSource.ID, binanceEndpoint.get())
                .withSnapshotCadenceSeconds(cadence.get())
                .withTheme(theme.get())
                .withTimeZone(timeZone.get() == null ? "" : timeZone.get());
        boolean restartNeeded = !next.database().equals(current.database());
        List<String> result = settings.apply(next);
        boolean saved = result.size() == 1 && result.get(0).startsWith("Saved");
        feedback.set(String.join("\n", result)
                + (saved && restartNeeded ? " The new database location takes effect at the next start." : ""));
        return saved;
    }

    /** A number typed by the user: a decimal point or comma, no unit; NaN (and a problem naming the field) otherwise. */
    private static double number(String text, String field, List<String> problems) {
        String t = text == null ? "" : text.trim().replace(',', '.');
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            problems.add(field + ": '" + (text == null ? "" : text) + "' is not a number");
            return Double.NaN;
        }
    }

    public void revert() {
        load(current);
        feedback.set("");
    }
}
