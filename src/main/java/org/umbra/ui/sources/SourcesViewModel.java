package org.umbra.ui.sources;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.umbra.app.Settings;
import org.umbra.app.SourceCatalog;
import org.umbra.collect.SourceStatus;
import org.umbra.store.FeedState;
import org.umbra.store.FeedStateRepository;
import org.umbra.store.SeriesInfo;
import org.umbra.store.SeriesRepository;
import org.umbra.ui.SettingsModel;

/**
 * The Sources screen's state: every known source (enabled or not) with its endpoint, state, last
 * success and error, backfill progress, and under it each stored series with its rows, extent and a
 * stale marker. Counts are read off the FX thread; enabling, disabling and endpoint edits go
 * through the {@link SettingsModel}, so they take effect at once.
 */
public final class SourcesViewModel implements AutoCloseable {
    /** A series is stale when its newest point is older than this many times its cadence. */
    static final int STALE_FACTOR = 3;

    private final SeriesRepository series;
    private final FeedStateRepository feedStates;
    private final SettingsModel settings;
    private final Consumer<Runnable> fxThread;
    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sources-loader");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, SourceRow> sourceRows = new LinkedHashMap<>();
    private final Map<String, ObservableList<SourceRow>> seriesRows = new LinkedHashMap<>();
    private final Map<String, SourceStatus> statuses = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicBoolean statusFlushQueued = new AtomicBoolean();
    private ZoneId zone;

    public SourcesViewModel(SeriesRepository series, FeedStateRepository feedStates, SettingsModel settings, ZoneId zone) {
        this(series, feedStates, settings, zone, Platform::runLater);
    }

    SourcesViewModel(SeriesRepository series, FeedStateRepository feedStates, SettingsModel settings, ZoneId zone,
            Consumer<Runnable> fxThread) {
        this.series = series;
        this.feedStates = feedStates;
        this.settings = settings;
        this.zone = zone;
        this.fxThread = fxThread;
        List<String> ids = new ArrayList<>(SourceCatalog.ids());
        ids.add("bundled");
        for (String id : ids) {
            SourceRow row = new SourceRow(id, true, id);
            sourceRows.put(id, row);
            seriesRows.put(id, FXCollections.observableArrayList());
        }
        showSettings(settings.current());
        settings.currentProperty().addListener((obs, o, n) -> showSettings(n));
    }

    public List<SourceRow> sources() {
        return List.copyOf(sourceRows.values());
    }

    public ObservableList<SourceRow> seriesOf(String sourceId) {
        return seriesRows.get(sourceId);
    }

    public void setZone(ZoneId zone) {
        this.zone = zone;
        refresh();
    }

    /** Enables or disables a live source; applied at once. */
    public List<String> setEnabled(String sourceId, boolean enabled) {
        List<String> ids = new ArrayList<>(settings.current().enabledSources());
        ids.remove(sourceId);
        if (enabled) {
            ids.add(sourceId);
        }
        // Keep the catalogue's order, so settings files stay stable.
        List<String> ordered = SourceCatalog.ids().stream().filter(ids::contains).toList();
        return settings.apply(settings.current().withEnabledSources(ordered));
    }

    /** Points a live source at another base URL (empty: the default); applied at once. */
    public List<String> setEndpoint(String sourceId, String url) {
        return settings.apply(settings.current().withEndpoint(sourceId, url));
    }

    /** Any thread: a source's status changed; at most one FX update per pulse. */
    public void statusChanged(SourceStatus s) {
        statuses.put(s.sourceId(), s);
        if (statusFlushQueued.compareAndSet(false, true)) {
            fxThread.accept(() -> {
                statusFlushQueued.set(false);
                statuses.values().forEach(this::showStatus);
            });
        }
    }

    /** Re-reads counts, extents and feed states in the background, then shows them. */
    public void refresh() {
        loader.execute(() -> {
            List<SeriesInfo> all = series.listSeries();
            List<FeedState> states = feedStates.all();
            fxThread.accept(() -> show(all, states));
        });
    }

    private void showSettings(Settings s) {
        for (SourceRow row : sourceRows.values()) {
            boolean live = SourceCatalog.DEFAULT_ENDPOINTS.containsKey(row.sourceId());
            row.enabled.set(!live || s.enabledSources().contains(row.sourceId()));
            row.endpoint.set(live ? s.endpoint(row.sourceId()) : "bundled with Umbra");
            if (live && !row.enabled.get()) {
                row.status.set("disabled");
                row.progress.set(-1);
                row.progressText.set("");
            }
        }
    }

    private void showStatus(SourceStatus s) {
        SourceRow row = sourceRows.get(s.sourceId());
        if (row == null || !row.enabled.get()) {
            return;
        }
        // A short state here; the reason is in "Last error".
        row.status.set(switch (s.state()) {
            case STARTING -> "starting";
            case BACKFILLING -> "backfilling";
            case OK -> "live";
            case OFFLINE -> "offline";
            case RATE_LIMITED -> "rate limited";
            case FAILING -> "failing";
        });
        if (!s.reason().isEmpty()) {
            row.lastError.set(s.reason());
        }
        if (s.lastSuccessMs() > 0) {
            row.lastSuccess.set(format(s.lastSuccessMs()));
        }
        row.progress.set(s.progress());
        row.progressText.set(s.progress() < 0 ? "" : String.format(Locale.ENGLISH, "%.0f %%, %,d rows%s", s.progress() * 100,
                s.pointsWritten(), s.etaMs() > 0 ? ", about " + duration(s.etaMs()) + " left" : ""));
    }

    private void show(List<SeriesInfo> all, List<FeedState> states) {
        long now = System.currentTimeMillis();
        Settings s = settings.current();
        Map<String, List<SourceRow>> bySource = new LinkedHashMap<>();
        Map<String, long[]> totals = new LinkedHashMap<>();
        for (SeriesInfo info : all) {
            String source = info.spec().source();
            if (!sourceRows.containsKey(source)) {
                continue;
            }
            SourceRow r = new SourceRow(source, false, info.spec().instrument() + " · " + info.spec().metric().id());
            r.endpoint.set(info.spec().unit().id() + (info.spec().metric().name().startsWith("FUNDING")
                    ? " per " + info.spec().intervalSeconds() / 3600 + " h" : ""));
            r.rows.set(info.points());
            if (info.points() > 0) {
                r.oldest.set(format(info.firstTs()));
                r.newest.set(format(info.lastTs()));
                boolean live = SourceCatalog.DEFAULT_ENDPOINTS.containsKey(source);
                long cadence = Math.max(info.spec().intervalSeconds(), s.snapshotCadenceSeconds()) * 1000L;
                r.stale.set(live && now - info.lastTs() > STALE_FACTOR * cadence);
                r.status.set(r.stale.get() ? "stale" : "");
            }
            bySource.computeIfAbsent(source, k -> new ArrayList<>()).add(r);
            long[] t = totals.computeIfAbsent(source, k -> new long[] {0, Long.MAX_VALUE, Long.MIN_VALUE});
            t[0] += info.points();
            if (info.points() > 0) {
                t[1] = Math.min(t[1], info.firstTs());
                t[2] = Math.max(t[2], info.lastTs());
            }
        }
        for (SourceRow row : sourceRows.values()) {
            seriesRows.get(row.sourceId()).setAll(bySource.getOrDefault(row.sourceId(), List.of()));
            long[] t = totals.get(row.sourceId());
            row.rows.set(t == null ? 0 : t[0]);
            row.oldest.set(t == null || t[1] == Long.MAX_VALUE ? "" : format(t[1]));
            row.newest.set(t == null || t[2] == Long.MIN_VALUE ? "" : format(t[2]));
            row.stale.set(bySource.getOrDefault(row.sourceId(), List.of()).stream().anyMatch(SourceRow::stale));
        }
        for (FeedState f : states) {
            SourceRow row = sourceRows.get(f.source());
            if (row == null) {
                continue;
            }
            if (f.lastSuccessMs() > 0 && row.lastSuccess.get().isEmpty()) {
                row.lastSuccess.set(format(f.lastSuccessMs()));
            }
            if (f.consecutiveFailures() > 0 && f.lastError() != null) {
                row.lastError.set(format(f.lastErrorMs()) + " " + f.feed() + ": " + f.lastError());
            }
        }
    }

    private String format(long epochMs) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH).withZone(zone).format(Instant.ofEpochMilli(epochMs));
    }

    static String duration(long ms) {
        long s = Math.max(1, ms / 1000);
        return s < 90 ? s + " s" : s < 5400 ? Math.round(s / 60.0) + " min" : Math.round(s / 3600.0) + " h";
    }

    @Override
    public void close() {
        loader.shutdownNow();
    }
}
