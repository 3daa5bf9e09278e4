package org.umbra.ui.export;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import org.umbra.charts.LineSpec;
import org.umbra.charts.PaneSpec;
import org.umbra.charts.StackedTimeCharts;
import org.umbra.marketdata.Venue;
import org.umbra.ui.chartview.ChartScreen;
import org.umbra.ui.chartview.Frame;

/**
 * A chart screen, whole or one pane, as an image shows it: the lines drawn now (the range and hidden lines as on
 * screen), without the tool bar, whose title and range the image prints in its own header.
 */
public final class ChartScreenContent implements ImageContent {
    /** Names looked for in the drawn lines' labels and origins, to list the sources in the footer. */
    private static final List<String> SOURCE_NAMES = sourceNames();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private final ChartScreen screen;
    private final int pane;
    private final BorrowedNode borrowed;
    private Node toolbar;

    /**
     * @param paneId the id of the one pane to show, or null for the whole screen
     * @throws IllegalArgumentException naming the pane ids there are when {@code paneId} is none of them
     */
    public ChartScreenContent(ChartScreen screen, String paneId) {
        this.screen = screen;
        this.pane = paneId == null ? -1 : paneIndex(screen, paneId);
        this.borrowed = new BorrowedNode(pane < 0 ? screen.node() : screen.charts().pane(pane));
    }

    /** The panes by id with their titles, in order: what the export dialog and {@code --pane} offer. */
    public static List<String[]> panes(ChartScreen screen) {
        List<String[]> out = new ArrayList<>();
        for (PaneSpec p : screen.charts().panes()) {
            out.add(new String[] {p.id(), p.leftName()});
        }
        return out;
    }

    private static int paneIndex(ChartScreen screen, String paneId) {
        List<PaneSpec> specs = screen.charts().panes();
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).id().equals(paneId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("'" + paneId + "' is not a pane of this view (panes: "
                + String.join(", ", specs.stream().map(PaneSpec::id).toList()) + ")");
    }

    @Override
    public String defaultTitle() {
        String title = screen.node().lookupAll(".view-title").stream().filter(n -> n instanceof javafx.scene.control.Label)
                .map(n -> ((javafx.scene.control.Label) n).getText()).findFirst().orElse("Umbra");
        String asset = screen.node().lookupAll(".toggle-button").stream()
                .filter(n -> n.getId() != null && n.getId().startsWith("asset-") && ((ToggleButton) n).isSelected())
                .map(n -> ((ToggleButton) n).getText()).findFirst().orElse(null);
        String full = asset == null ? title : title + " · " + asset;
        return pane < 0 ? full : full + " · " + screen.charts().panes().get(pane).leftName();
    }

    @Override
    public String rangeLine() {
        StackedTimeCharts charts = screen.charts();
        ZoneId zone = charts.zone();
        double from = charts.visibleFrom();
        double to = charts.visibleTo();
        // Hours matter in a range of days; across months they are noise.
        DateTimeFormatter f = (to - from < 7 * 86_400 ? MINUTE : DAY).withZone(zone);
        return f.format(Instant.ofEpochSecond((long) from)) + " – " + f.format(Instant.ofEpochSecond((long) to)) + " · " + zone.getId();
    }

    @Override
    public List<String> units() {
        List<String> out = new ArrayList<>();
        for (int i : paneIndexes()) {
            out.add(screen.charts().axisUnits(i));
        }
        return out;
    }

    @Override
    public String sourcesLine() {
        Frame frame = screen.frame();
        Set<String> names = new LinkedHashSet<>();
        StringBuilder texts = new StringBuilder();
        double newest = Double.NaN;
        for (int i : paneIndexes()) {
            for (LineSpec line : screen.charts().panes().get(i).lines()) {
                StackedTimeCharts.LineData drawn = screen.charts().line(line.key());
                if (screen.isHidden(line.key()) || drawn.x().length == 0) {
                    continue;
                }
                Frame.LineOrigin origin = frame == null ? null : frame.info().get(line.key());
                texts.append(line.label()).append(' ').append(origin == null ? "" : origin.origin()).append('\n');
                double last = drawn.x()[drawn.x().length - 1];
                newest = Double.isNaN(newest) ? last : Math.max(newest, last);
            }
        }
        for (String name : SOURCE_NAMES) {
            if (texts.indexOf(name) >= 0) {
                names.add(name);
            }
        }
        if (texts.indexOf("bundled") >= 0) {
            names.add("bundled history");
        }
        String sources = names.isEmpty() ? (texts.length() == 0 ? "no data drawn" : "stored series") : String.join(", ", names);
        return "Sources: " + sources + (Double.isNaN(newest) ? ""
                : " · data to " + MINUTE.withZone(ZoneOffset.UTC).format(Instant.ofEpochSecond((long) newest)) + " UTC");
    }

    private List<Integer> paneIndexes() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < screen.charts().panes().size(); i++) {
            if (pane < 0 || pane == i) {
                out.add(i);
            }
        }
        return out;
    }

    @Override
    public Node borrow() {
        if (pane < 0 && screen.node() instanceof BorderPane root && root.getTop() != null) {
            toolbar = root.getTop();
            toolbar.setVisible(false);
            toolbar.setManaged(false);
        }
        screen.charts().setPanesShrinkable(true);
        boolean lastPane = pane == screen.charts().panes().size() - 1;
        if (pane >= 0 && !lastPane) {
            screen.charts().setTimeLabelsShown(pane, true);
        }
        return borrowed.take();
    }

    @Override
    public void drawNow() {
        screen.charts().renderNowIn(pane < 0 ? screen.node() : screen.charts().pane(pane));
    }

    @Override
    public void giveBack() {
        borrowed.giveBack();
        screen.charts().setPanesShrinkable(false);
        if (toolbar != null) {
            toolbar.setVisible(true);
            toolbar.setManaged(true);
            toolbar = null;
        }
        if (pane >= 0 && pane != screen.charts().panes().size() - 1) {
            screen.charts().setTimeLabelsShown(pane, false);
        }
    }

    private static List<String> sourceNames() {
        List<String> out = new ArrayList<>();
        for (Venue v : Venue.values()) {
            out.add(v.label());
        }
        out.add("Coinbase");
        return List.copyOf(out);
    }
}
