package org.umbra.ui.chartview;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.umbra.charts.LineSpec;
import org.umbra.charts.PaneSpec;
import org.umbra.export.FileNames;
import org.umbra.export.SeriesCsv;

/**
 * File → Export data (CSV): the shown chart screen's visible lines over its visible range, either as drawn (what the
 * chart holds) or reloaded from the store at one column per minute (every stored point of a line drawn from one
 * series; lines the loader puts on its time grid, such as open interest by venue, sums and OI weights, at one minute,
 * each value carried to the next as the loader carries it), written off the FX thread.
 */
public final class ChartDataExport {
    /** Columns asked of the loader for raw points: 100,000 minutes is about 69 days; a longer range is thinned to that. */
    static final int MAX_RAW_COLUMNS = 100_000;
    private static final long MINUTE = 60_000L;

    /** How finely the lines are written; {@code suffix} goes into the suggested file name. */
    public enum Detail {
        AS_DRAWN("As drawn", "drawn"),
        RAW("Raw points", "raw");

        private final String choice;
        private final String suffix;

        Detail(String choice, String suffix) {
            this.choice = choice;
            this.suffix = suffix;
        }

        @Override
        public String toString() {
            return choice;
        }
    }

    private ChartDataExport() {
    }

    /** Asks how finely and where, then exports; says how it went through {@code status}. FX thread. */
    public static void ask(ChartScreen screen, String viewId, Window owner, Consumer<String> status) {
        ChoiceDialog<Detail> detail = new ChoiceDialog<>(Detail.AS_DRAWN, Detail.values());
        detail.setTitle("Export data (CSV)");
        detail.setHeaderText("Export the visible lines of " + screen.title() + " over the visible range (lines hidden in the legend"
                + " are left out).\nAs drawn: the points the chart holds, about one per pixel column.\nRaw points: reloaded from the store"
                + " at one-minute detail (each stored point of lines drawn from one series; open interest by venue, sums and"
                + " weighted lines on a one-minute grid, a value carried to the next), up to 100,000"
                + " minutes (about 69 days) per line.");
        detail.setContentText("Detail");
        // The explanation wraps at this width; left to itself the pane grows to its longest line, wider than the window.
        detail.getDialogPane().setPrefWidth(640);
        detail.getDialogPane().setMaxWidth(640);
        detail.initOwner(owner);
        Optional<Detail> chosen = detail.showAndWait();
        if (chosen.isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export data (CSV)");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV file", "*.csv"));
        chooser.setInitialFileName(FileNames.suggest(".csv", "umbra", viewId,
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")), chosen.get().suffix));
        java.io.File file = chooser.showSaveDialog(owner);
        if (file != null) {
            export(screen, chosen.get(), file.toPath(), status);
        }
    }

    /**
     * Writes the screen's visible lines over its visible range to {@code file} (".csv" added when missing), off the FX
     * thread; {@code status} hears the outcome on the FX thread. Call on the FX thread.
     */
    public static void export(ChartScreen screen, Detail detail, Path file, Consumer<String> status) {
        Path target = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? file
                : file.resolveSibling(file.getFileName() + ".csv");
        long from = Math.round(screen.charts().visibleFrom() * 1000);
        long to = Math.round(screen.charts().visibleTo() * 1000);
        List<PaneSpec> panes = screen.panes();
        Set<String> hidden = new HashSet<>();
        panes.stream().flatMap(p -> p.lines().stream()).map(LineSpec::key).filter(screen::isHidden).forEach(hidden::add);
        Frame shown = screen.frame();
        ChartScreenModel model = screen.model();
        java.time.ZoneId zone = screen.zone();
        status.accept("Exporting " + screen.title() + " data (" + detail.suffix + ")…");
        Thread worker = new Thread(() -> {
            String outcome;
            try {
                Frame frame = detail == Detail.RAW
                        ? model.loadDetailed(from, to, (int) Math.max(200, Math.min(MAX_RAW_COLUMNS, (to - from) / MINUTE)))
                        : shown;
                if (frame == null) {
                    outcome = "Nothing to export yet: " + screen.title() + " has not loaded its data";
                } else {
                    SeriesCsv.Written w = SeriesCsv.write(target, ChartCsv.columns(panes, hidden::contains, frame, from, to), zone);
                    outcome = String.format(Locale.ENGLISH, "Exported %,d rows × %d series (%s; times in UTC and %s) to %s", w.rows(),
                            w.columns(), detail.suffix.equals("raw") ? "raw points" : "as drawn", zone, target);
                }
            } catch (IOException | RuntimeException e) {
                outcome = "Could not export to " + target + ": " + e.getMessage();
            }
            String message = outcome;
            Platform.runLater(() -> status.accept(message));
        }, "csv-export");
        worker.setDaemon(true);
        worker.start();
    }
}
