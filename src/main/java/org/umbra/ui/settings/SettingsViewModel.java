package org.umbra.ui.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.umbra.app.Settings;
import org.umbra.ui.SettingsModel;
import org.umbra.app.SourceCatalog;

/**
 * The Settings form's state: one property per field, validated together on apply. Valid settings
 * are saved and handed to {@code onApplied}, which applies them without a restart (the database
 * location takes effect at the next start).
 */
public final class SettingsViewModel {
    private final SettingsModel settings;
    private final StringProperty database = new SimpleStringProperty();
    /** Every source's endpoint field, in catalogue order. */
    private final Map<String, StringProperty> endpoints = new LinkedHashMap<>();
    private final IntegerProperty cadence = new SimpleIntegerProperty();
    private final StringProperty theme = new SimpleStringProperty();
    private final StringProperty timeZone = new SimpleStringProperty();
    private final StringProperty benchmarkRate = new SimpleStringProperty();
    private final StringProperty discountHours = new SimpleStringProperty();
    private final StringProperty esploraEndpoint = new SimpleStringProperty();
    private final StringProperty bitcoinNetwork = new SimpleStringProperty();
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper("");
    /** Each field's problem as typed (empty when it can be applied): the form marks the field, not just the Apply line. */
    private final Map<String, ReadOnlyStringWrapper> problems = new LinkedHashMap<>();
    private Settings current;

    public SettingsViewModel(SettingsModel settings) {
        this.settings = settings;
        SourceCatalog.ids().forEach(id -> endpoints.put(id, new SimpleStringProperty()));
        for (String field : fields()) {
            problems.put(field, new ReadOnlyStringWrapper(""));
        }
        load(settings.current());
        List.<javafx.beans.Observable>of(cadence, theme, timeZone, benchmarkRate, discountHours, esploraEndpoint, bitcoinNetwork)
                .forEach(p -> p.addListener(o -> check()));
        endpoints.values().forEach(p -> p.addListener(o -> check()));
        // Another screen (Sources) may change endpoints or sources: show what is in force.
        settings.currentProperty().addListener((obs, o, n) -> load(n));
    }

    private void load(Settings s) {
        current = s;
        database.set(s.database());
        endpoints.forEach((id, p) -> p.set(s.endpoint(id)));
        cadence.set(s.snapshotCadenceSeconds());
        theme.set(s.theme());
        timeZone.set(s.timeZone());
        benchmarkRate.set(plain(s.benchmarkRatePercent()));
        discountHours.set(plain(s.discountHours()));
        esploraEndpoint.set(s.esploraEndpoint());
        bitcoinNetwork.set(s.bitcoinNetwork());
        check();
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

    /** The endpoint field of source {@code id} (one of {@link SourceCatalog#ids()}). */
    public StringProperty endpointProperty(String id) {
        StringProperty p = endpoints.get(id);
        if (p == null) {
            throw new IllegalArgumentException("unknown source '" + id + "' (known: " + String.join(", ", SourceCatalog.ids()) + ")");
        }
        return p;
    }

    /** The fields {@link #problemProperty} knows: {@code endpoint:<source id>}, cadence, theme, timezone, benchmark, discount, esplora, network. */
    public static List<String> fields() {
        List<String> out = new ArrayList<>();
        SourceCatalog.ids().forEach(id -> out.add("endpoint:" + id));
        out.addAll(List.of("cadence", "theme", "timezone", "benchmark", "discount", "esplora", "network"));
        return out;
    }

    /** What is wrong with {@code field} as typed now, empty when nothing is; checked on every change. */
    public ReadOnlyStringProperty problemProperty(String field) {
        ReadOnlyStringWrapper p = problems.get(field);
        if (p == null) {
            throw new IllegalArgumentException("unknown settings field '" + field + "' (known: " + String.join(", ", fields()) + ")");
        }
        return p.getReadOnlyProperty();
    }

    /** Puts each problem of the settings as typed under the field it names. */
    private void check() {
        if (current == null) {
            return; // still loading
        }
        List<String> found = new ArrayList<>();
        Settings typed = typed(found);
        if (typed != null) {
            found.addAll(typed.problems());
        }
        problems.forEach((field, p) -> p.set(""));
        for (String problem : found) {
            String field = fieldOf(problem);
            if (field != null) {
                ReadOnlyStringWrapper p = problems.get(field);
                p.set(p.get().isEmpty() ? problem : p.get() + "\n" + problem);
            }
        }
    }

    /** The field a problem from {@link Settings#problems()} or {@link #number} is about, by the name it starts with. */
    static String fieldOf(String problem) {
        for (String id : SourceCatalog.ids()) {
            if (problem.startsWith("Endpoint " + id + ":")) {
                return "endpoint:" + id;
            }
        }
        Map<String, String> byName = Map.of("Poll cadence", "cadence", "Theme", "theme", "Time zone", "timezone", "Benchmark rate", "benchmark",
                "Discount threshold", "discount", "Esplora endpoint", "esplora", "Bitcoin network", "network");
        return byName.entrySet().stream().filter(e -> problem.startsWith(e.getKey() + ":")).map(Map.Entry::getValue).findFirst().orElse(null);
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
        Settings next = typed(unreadable);
        if (next == null) {
            feedback.set(String.join("\n", unreadable));
            return false;
        }
        boolean restartNeeded = !next.database().equals(current.database());
        List<String> result = settings.apply(next);
        boolean saved = result.size() == 1 && result.get(0).startsWith("Saved");
        feedback.set(String.join("\n", result)
                + (saved && restartNeeded ? " The new database location takes effect at the next start." : ""));
        return saved;
    }

    /** The settings as typed, or null (and the unreadable numbers in {@code problems}) when a number cannot be read. */
    private Settings typed(List<String> problems) {
        double benchmark = number(benchmarkRate.get(), "Benchmark rate", problems);
        double discount = number(discountHours.get(), "Discount threshold", problems);
        if (!problems.isEmpty()) {
            return null;
        }
        Settings next = current.withDatabase(database.get())
                .withBenchmarkRatePercent(benchmark)
                .withDiscountHours(discount)
                .withEsplora(esploraEndpoint.get(), bitcoinNetwork.get())
                .withSnapshotCadenceSeconds(cadence.get())
                .withTheme(theme.get())
                .withTimeZone(timeZone.get() == null ? "" : timeZone.get());
        for (Map.Entry<String, StringProperty> e : endpoints.entrySet()) {
            next = next.withEndpoint(e.getKey(), e.getValue().get());
        }
        return next;
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
        check();
        feedback.set("");
    }
}
