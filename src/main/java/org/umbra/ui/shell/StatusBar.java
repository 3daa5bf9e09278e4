package org.umbra.ui.shell;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import org.umbra.collect.SourceStatus;

/**
 * The bottom bar: for each source its state, last update and next poll, or why it is offline; and
 * the latest message. Status reports arrive on poller threads and are coalesced into at most one
 * FX update per pulse.
 */
public final class StatusBar {
    private final HBox root = new HBox(14);
    private final HBox sources = new HBox(14);
    private final Label message = new Label();
    private final Label summary = new Label();
    private final java.util.List<String> order;
    private final Map<String, Label> labels = new LinkedHashMap<>();
    private final Map<String, SourceStatus> pending = new ConcurrentHashMap<>();
    private final AtomicBoolean flushQueued = new AtomicBoolean();
    private ZoneId zone;

    /** @param order source ids in the order to show them (the catalogue's) */
    public StatusBar(ZoneId zone, java.util.List<String> order) {
        this.zone = zone;
        this.order = java.util.List.copyOf(order);
        summary.setId("status-summary");
        summary.setMinWidth(Region.USE_PREF_SIZE);
        root.getStyleClass().add("status-bar");
        root.setId("status-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(4, 10, 4, 10));
        message.setId("status-message");
        message.getStyleClass().add("muted");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        message.setMinWidth(0);
        root.getChildren().addAll(summary, sources, spring, message);
    }

    public Node node() {
        return root;
    }

    /** A node shown first in the bar (the ledger policy badge). */
    public void addBadge(Node badge) {
        if (badge instanceof Region r) {
            r.setMinWidth(Region.USE_PREF_SIZE); // A long message is cut, never a badge.
        }
        root.getChildren().add(0, badge);
    }

    public void setZone(ZoneId zone) {
        this.zone = zone;
    }

    /** Any thread. */
    public void update(SourceStatus status) {
        pending.put(status.sourceId(), status);
        if (flushQueued.compareAndSet(false, true)) {
            Platform.runLater(this::flush);
        }
    }

    public void showMessage(String text) {
        message.setText(text);
        // A notice (a damaged file set aside, where it was kept) can be longer than the bar: the tooltip has it whole.
        message.setTooltip(text == null || text.isEmpty() ? null : new javafx.scene.control.Tooltip(text));
    }

    private void flush() {
        flushQueued.set(false);
        for (SourceStatus s : Map.copyOf(pending).values()) {
            Label l = labels.computeIfAbsent(s.sourceId(), id -> {
                Label label = new Label();
                label.setId("status-" + id);
                label.getStyleClass().add("source-status");
                label.setMinWidth(Region.USE_PREF_SIZE);
                return label;
            });
            Circle dot = new Circle(4);
            dot.getStyleClass().addAll("status-dot", "status-" + s.state().name().toLowerCase(Locale.ROOT));
            l.setGraphic(dot);
            // With many sources the bar stays short; the full line (state, reason, next poll) is the tooltip.
            l.setText(brief(s));
            l.setTooltip(new Tooltip(describe(s) + "\n" + s.displayName() + (s.reason().isEmpty() ? "" : "\n" + s.reason())
                    + "\nPoints stored this session: " + s.pointsWritten()));
            l.setUserData(describe(s));
        }
        sources.getChildren().setAll(labels.keySet().stream()
                .sorted(java.util.Comparator.comparingInt(id -> order.indexOf(id) < 0 ? Integer.MAX_VALUE : order.indexOf(id)))
                .map(labels::get).toList());
        summary.setText(summarise());
    }

    /** A time today, or a date and time when it was earlier. */
    private String when(long epochMs) {
        Instant at = Instant.ofEpochMilli(epochMs);
        boolean today = at.atZone(zone).toLocalDate().equals(Instant.now().atZone(zone).toLocalDate());
        return DateTimeFormatter.ofPattern(today ? "HH:mm:ss" : "d MMM HH:mm", Locale.ENGLISH).withZone(zone).format(at);
    }

    /**
     * What the bar shows for a source, kept short for ten of them: a healthy one with its last update
     * (and backfill progress); an unhealthy one by name only, its dot's colour saying how it fails.
     * The full line (state, reason, last update, next poll) is the tooltip.
     */
    String brief(SourceStatus s) {
        StringBuilder b = new StringBuilder(s.sourceId());
        if (s.healthy() && s.lastSuccessMs() > 0) {
            b.append(' ').append(when(s.lastSuccessMs()));
        }
        if (s.state() == SourceStatus.State.BACKFILLING && s.progress() >= 0) {
            b.append(String.format(Locale.ENGLISH, " · %.0f %%", s.progress() * 100));
        }
        return b.toString();
    }

    /** "3 live · 1 backfilling · 6 offline": the state of every source at a glance. */
    private String summarise() {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (SourceStatus s : pending.values()) {
            String word = switch (s.state()) {
                case OK -> "live";
                case BACKFILLING -> "backfilling";
                case STARTING -> "starting";
                case OFFLINE -> "offline";
                case RATE_LIMITED -> "rate limited";
                case FAILING -> "failing";
            };
            counts.merge(word, 1, Integer::sum);
        }
        return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(java.util.stream.Collectors.joining(" · "));
    }

    String describe(SourceStatus s) {
        DateTimeFormatter t = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH).withZone(zone);
        String last = s.lastSuccessMs() > 0 ? "updated " + when(s.lastSuccessMs()) : "no data yet";
        String next = s.nextPollMs() > 0 ? "next " + t.format(Instant.ofEpochMilli(s.nextPollMs())) : "";
        String state = switch (s.state()) {
            case STARTING -> "starting";
            case BACKFILLING -> "backfilling history";
            case OK -> "live";
            case OFFLINE -> "offline (" + s.reason() + "), retrying";
            case RATE_LIMITED -> "rate limited (" + s.reason() + ")";
            case FAILING -> "failing: " + s.reason();
        };
        StringBuilder b = new StringBuilder(s.sourceId()).append(": ").append(state);
        b.append(" · ").append(last);
        if (!next.isEmpty()) {
            b.append(" · ").append(next);
        }
        return b.toString();
    }
}
