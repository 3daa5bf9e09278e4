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
     * One line naming the sources that are not simply live: backfilling (how far), offline, rate limited,
     * refused (with the venue's reason, e.g. a region block), or disabled; empty when all are well.
     */
    public String explain() {
        List<String> parts = new ArrayList<>();
        for (SourceStatus s : latest.values()) {
            if (disabled.contains(s.sourceId())) {
                continue;
            }
            switch (s.state()) {
                case BACKFILLING -> parts.add(s.sourceId() + " backfilling" + (s.progress() >= 0
                        ? String.format(Locale.ENGLISH, " %.0f %%", s.progress() * 100) : ""));
                case STARTING -> parts.add(s.sourceId() + " starting");
                case OFFLINE -> parts.add(s.sourceId() + " offline (" + s.reason() + ")");
                case RATE_LIMITED -> parts.add(s.sourceId() + " rate limited (" + s.reason() + ")");
                case FAILING -> parts.add(s.sourceId() + " failing (" + s.reason() + ")");
                default -> { }
            }
        }
        for (String id : disabled) {
            parts.add(id + " disabled in Settings");
        }
        return parts.isEmpty() ? "" : "Now: " + String.join(" · ", parts) + ".";
    }
}
