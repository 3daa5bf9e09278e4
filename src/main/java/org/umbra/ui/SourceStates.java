package org.umbra.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.umbra.collect.SourceStatus;

/**
 * The latest state of every source, as the collector reports it, and which sources the user
 * disabled: what an empty chart says about why it is empty. FX thread.
 */
public final class SourceStates {
    private final Map<String, SourceStatus> latest = new LinkedHashMap<>();
    private List<String> disabled = List.of();

    public void update(SourceStatus status) {
        latest.put(status.sourceId(), status);
    }

    public void setDisabled(List<String> sourceIds) {
        this.disabled = List.copyOf(sourceIds);
    }

    /**
     * One short line naming the sources that are not simply live, grouped by what is wrong: backfilling
     * (how far), starting, offline, rate limited, refused or failing (each with its reason, without the
     * request), disabled; empty when all are well.
     */
    public String explain() {
        List<String> backfilling = new ArrayList<>();
        List<String> starting = new ArrayList<>();
        List<String> offline = new ArrayList<>();
        List<String> limited = new ArrayList<>();
        List<String> failing = new ArrayList<>();
        for (SourceStatus s : latest.values()) {
            if (disabled.contains(s.sourceId())) {
                continue;
            }
            switch (s.state()) {
                case BACKFILLING -> backfilling.add(s.sourceId() + (s.progress() >= 0
                        ? String.format(Locale.ENGLISH, " %.0f %%", s.progress() * 100) : ""));
                case STARTING -> starting.add(s.sourceId());
                case OFFLINE -> offline.add(s.sourceId());
                case RATE_LIMITED -> limited.add(s.sourceId());
                case FAILING -> failing.add(s.sourceId() + " (" + shortReason(s.reason()) + ")");
                default -> { }
            }
        }
        List<String> parts = new ArrayList<>();
        add(parts, "backfilling", backfilling);
        add(parts, "starting", starting);
        add(parts, "offline, host unreachable", offline);
        add(parts, "rate limited", limited);
        add(parts, "failing", failing);
        if (!disabled.isEmpty() && disabled.containsAll(org.umbra.app.SourceCatalog.ids())) {
            // Naming all ten made the note taller than a short pane, over the time axis.
            parts.add("every source is disabled (Sources or Settings turns them back on)");
        } else {
            add(parts, "disabled in Settings", disabled);
        }
        return parts.isEmpty() ? "" : "Now: " + String.join(" · ", parts) + ".";
    }

    private static void add(List<String> parts, String what, List<String> ids) {
        if (!ids.isEmpty()) {
            parts.add(what + ": " + String.join(", ", ids));
        }
    }

    /** The reason without the request it came from, at most 80 characters. */
    static String shortReason(String reason) {
        String r = reason == null ? "" : reason.replaceAll("\\s*\\((GET|POST) [^)]*\\)", "").trim();
        return r.length() <= 80 ? r : r.substring(0, 79) + "…";
    }
}
