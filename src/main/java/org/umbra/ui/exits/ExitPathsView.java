package org.umbra.ui.exits;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.umbra.ledger.Amounts;
import org.umbra.ledger.Change;
import org.umbra.ledger.Custodian;
import org.umbra.ledger.ExitDrill;
import org.umbra.ledger.LedgerBook;
import org.umbra.ledger.LedgerState;
import org.umbra.ledger.PolicyThresholds;
import org.umbra.ui.policy.LedgerStyles;
import org.umbra.ui.policy.OffFx;

/**
 * The Exit paths screen: one card per venue holding (or profiled for) the user's BTC, with what it holds, how
 * coins come out, its halts, the other way out, the steps back to a UTXO under the user's key, the last drill and
 * the two warnings (drill overdue, no exit path); market stress beside venues that hold a working claim. Edits and
 * drills are saved off the FX thread; the screen reloads after every committed ledger change.
 */
public final class ExitPathsView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ROOT);

    private final LedgerBook book;
    private final VenueStress stress;
    private final Executor background;
    private final Clock clock;
    private ZoneId zone;
    private final VBox root = new VBox(8);
    private final VBox cards = new VBox(10);
    private final Label feedback = new Label();
    private final Set<String> expanded = new HashSet<>();
    private List<ExitRow> rows = List.of();
    private Map<String, Optional<VenueStress.Stress>> stresses = Map.of();
    private PolicyThresholds thresholds = PolicyThresholds.defaults();

    public ExitPathsView(LedgerBook book, VenueStress stress, Executor background, Clock clock, ZoneId zone) {
        this.book = book;
        this.stress = stress;
        this.background = background;
        this.clock = clock;
        this.zone = zone;
        root.setId("exits-view");
        root.setPadding(new Insets(10));
        root.getStylesheets().add(LedgerStyles.SHEET);
        Label title = new Label("Exit paths");
        title.getStyleClass().add("view-title");
        Label hint = new Label("Every venue that holds a claim of yours: how coins come out, whether it ever stopped them, the way out if "
                + "the site closed, and the steps back to a UTXO under your own key. A drill (a small withdrawal done end to end) "
                + "proves the path works.");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        feedback.setId("exits-feedback");
        feedback.setWrapText(true);
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        cards.setPadding(new Insets(2, 4, 2, 0));
        root.getChildren().addAll(title, hint, scroll, feedback);
        book.addListener(this::reload);
        reload();
    }

    public Node node() {
        return root;
    }

    /** Shows times (of the market figures) in {@code zone}; "today" for drills follows it too. */
    public void setZone(ZoneId zone) {
        this.zone = zone;
        reload();
    }

    /** The rows shown now (FX thread). */
    public List<ExitRow> rows() {
        return rows;
    }

    /** What one load read: the rows, the stress of each market venue with a working claim (by key), the thresholds. */
    private record Loaded(List<ExitRow> rows, Map<String, Optional<VenueStress.Stress>> stresses, PolicyThresholds thresholds) {
    }

    /** Re-reads the ledger and the market figures off the FX thread, then redraws. Any thread. */
    public void reload() {
        ZoneId z = zone;
        OffFx.run(background, () -> {
            LedgerState state = book.state();
            List<ExitRow> fresh = ExitRow.of(state, LocalDate.now(clock.withZone(z)));
            Map<String, Optional<VenueStress.Stress>> s = new LinkedHashMap<>();
            for (ExitRow r : fresh) {
                if (r.workingClaim() && VenueStress.marketVenue(r.name()).isPresent()) {
                    s.put(r.custodian().key(), stress.stressOf(r.name()));
                }
            }
            return new Loaded(fresh, s, state.thresholds());
        }, loaded -> {
            rows = loaded.rows();
            stresses = loaded.stresses();
            thresholds = loaded.thresholds();
            redraw();
        }, e -> feedback.setText("Could not read the ledger: " + OffFx.reason(e)));
    }

    private void redraw() {
        cards.getChildren().clear();
        if (rows.isEmpty()) {
            Label none = new Label("No venues yet. A venue appears here when a holding names it (add one under Ledgers).");
            none.getStyleClass().add("empty-note");
            none.setId("exits-empty");
            cards.getChildren().add(none);
        }
        for (ExitRow r : rows) {
            cards.getChildren().add(card(r));
        }
    }

    private static String idOf(ExitRow r) {
        return r.custodian().key().replaceAll("[^a-z0-9]+", "-");
    }

    private VBox card(ExitRow r) {
        Custodian c = r.custodian();
        String id = idOf(r);
        Label name = new Label(c.name());
        name.getStyleClass().add("exit-name");
        Label held = new Label(r.sats() == 0 ? "holds nothing entered" : Amounts.btc(r.sats()) + " BTC · "
                + String.format(Locale.ROOT, "%.1f %%", r.sharePercent()) + " of your BTC");
        held.setId("exit-held-" + id);
        HBox header = new HBox(10, name, held);
        header.setAlignment(Pos.BASELINE_LEFT);
        if (r.overdue()) {
            header.getChildren().add(marker("DRILL OVERDUE", "exit-overdue-" + id, "Holds " + String.format(Locale.ROOT, "%.1f %%", r.sharePercent())
                    + " of your BTC (over " + fmt(thresholds.drillVenueMinPercent()) + " %) and "
                    + c.lastDrill().map(d -> "was last drilled " + Days.show(d.date())).orElse("was never drilled")));
        }
        if (r.noExitPath()) {
            header.getChildren().add(marker("NO EXIT PATH", "exit-noexit-" + id,
                    "Holds a claim, and no steps back to a UTXO under your key are written down"));
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        header.getChildren().add(spacer);
        if (stresses.containsKey(c.key())) {
            header.getChildren().add(stressLabel(id, stresses.get(c.key())));
        }
        Button edit = new Button("Edit exit path…");
        edit.setId("exit-edit-" + id);
        edit.setOnAction(e -> editExitPath(c, edit));
        Button drill = new Button("Record drill…");
        drill.setId("exit-drill-" + id);
        drill.setOnAction(e -> recordDrill(c, drill));
        header.getChildren().addAll(edit, drill);

        String halts = c.halts().isEmpty() ? "no halts recorded" : c.halts().size() + (c.halts().size() == 1 ? " halt" : " halts") + ", last "
                + c.halts().stream().max(java.util.Comparator.comparing(Custodian.Halt::date))
                        .map(h -> Days.show(h.date()) + (h.note().isBlank() ? "" : " (" + h.note() + ")")).orElseThrow();
        Label profile = new Label("Withdrawals: " + c.withdrawalMode().title() + "   ·   Halts: " + halts + "   ·   Alternative route: "
                + (c.alternativeRoute().isEmpty() ? "none recorded" : c.alternativeRoute()));
        profile.setId("exit-profile-" + id);
        profile.setWrapText(true);

        Label path = new Label(c.exitSteps().isEmpty() ? "Exit: no steps written down"
                : "Exit: " + c.exitSteps().size() + (c.exitSteps().size() == 1 ? " step" : " steps") + " to a UTXO under your key");
        path.setId("exit-path-" + id);
        Label last = new Label("Last drill: " + c.lastDrill().map(ExitPathsView::drillText).orElse("never"));
        last.setId("exit-last-drill-" + id);
        FlowPane pathLine = new FlowPane(14, 4, path, last);
        VBox stepsBox = new VBox(2);
        stepsBox.getStyleClass().add("exit-steps");
        for (int i = 0; i < c.exitSteps().size(); i++) {
            Label step = new Label((i + 1) + ". " + c.exitSteps().get(i));
            step.setWrapText(true);
            stepsBox.getChildren().add(step);
        }
        if (!c.note().isBlank()) {
            Label note = new Label("Note: " + c.note());
            note.getStyleClass().add("muted");
            note.setWrapText(true);
            stepsBox.getChildren().add(note);
        }
        if (!stepsBox.getChildren().isEmpty()) {
            ToggleButton show = new ToggleButton("Steps");
            show.setId("exit-steps-toggle-" + id);
            show.getStyleClass().add("small");
            show.setSelected(expanded.contains(c.key()));
            stepsBox.visibleProperty().bind(show.selectedProperty());
            stepsBox.managedProperty().bind(show.selectedProperty());
            show.selectedProperty().addListener((obs, o, on) -> {
                if (on) {
                    expanded.add(c.key());
                } else {
                    expanded.remove(c.key());
                }
            });
            pathLine.getChildren().add(0, show);
        }
        stepsBox.setId("exit-steps-" + id);
        VBox card = new VBox(6, header, profile, pathLine, stepsBox);
        card.getStyleClass().add("exit-card");
        if (r.overdue() || r.noExitPath()) {
            card.getStyleClass().add("exit-card-warning");
        }
        card.setId("exit-card-" + id);
        return card;
    }

    private static String drillText(ExitDrill d) {
        return Days.show(d.date()) + ", " + d.minutes() + " min, " + switch (d.outcome()) {
            case COMPLETED -> "completed";
            case DELAYED -> "delayed";
            case FAILED -> "FAILED";
        };
    }

    private static Label marker(String text, String id, String why) {
        Label l = new Label(text);
        l.setId(id);
        l.getStyleClass().add("exit-marker");
        l.setTooltip(new Tooltip(why));
        return l;
    }

    private Label stressLabel(String id, Optional<VenueStress.Stress> s) {
        Label l = new Label();
        l.setId("exit-stress-" + id);
        l.getStyleClass().add("exit-stress");
        if (s.isEmpty()) {
            l.setText("no market data");
            l.getStyleClass().add("muted");
            return l;
        }
        VenueStress.Stress st = s.get();
        String oi = Double.isNaN(st.oiChange24hPercent()) ? "OI 24 h: n/a" : String.format(Locale.ROOT, "OI 24 h %+.1f %%", st.oiChange24hPercent());
        String funding = Double.isNaN(st.fundingAnnualised()) ? "funding n/a" : String.format(Locale.ROOT, "funding %+.1f %%/yr", st.fundingAnnualised());
        l.setText(oi + " · " + funding);
        l.setTooltip(new Tooltip("Market stress at " + st.venue().label() + " (BTC perpetuals)\nOpen interest change over the 24 h up to "
                + at(st.oiAsOfMs()) + "\nNewest settled funding, annualised: " + at(st.fundingAtMs())));
        return l;
    }

    private String at(long ms) {
        return ms < 0 ? "not stored" : TIME.format(Instant.ofEpochMilli(ms).atZone(zone)) + " (" + zone.getId() + ")";
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private void editExitPath(Custodian c, Node owner) {
        ExitPathForm form = new ExitPathForm(c, today());
        FormDialog.open(owner, "exit-path-dialog", "Exit path: " + c.name(), form.node(), form::check, edit -> save(
                // Built from the profile as it stands when saved: a drill recorded meanwhile is kept.
                () -> book.change(now -> List.of(Change.custodian(edit.applyTo(now.custodian(c.name()).orElse(Custodian.named(c.name()))))),
                        "edit exit path"),
                "Saved the exit path of " + c.name() + "."));
    }

    private void recordDrill(Custodian c, Node owner) {
        DrillForm form = new DrillForm(c.name(), today());
        FormDialog.open(owner, "drill-dialog", "Record drill: " + c.name(), form.node(), form::check,
                drill -> save(() -> book.recordDrill(c.name(), drill, "record drill"), "Recorded a drill at " + c.name() + "."));
    }

    private void save(Runnable work, String done) {
        feedback.setText("Saving…");
        OffFx.run(background, () -> {
            work.run();
            return done;
        }, feedback::setText, e -> feedback.setText("Not saved: " + OffFx.reason(e)));
    }
}
