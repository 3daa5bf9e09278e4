package org.umbra.ui.chartview;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.umbra.analytics.RangeSpec;
import org.umbra.store.SeriesChangeListener;
import org.umbra.store.SeriesRepository;

/**
 * State and actions of a chart screen (Markets, Compare, Risk). A preset range follows the newest data as it arrives; a
 * zoom or pan by the user stops following until a preset is chosen again. Loads run on one
 * background thread; only the newest result reaches the view, on the FX thread.
 */
public final class ChartScreenModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChartScreenModel.class);
    private static final long DEBOUNCE_MS = 150;

    /** A time range to show, in epoch ms. */
    public record TimeWindow(long from, long to) {
    }

    private final FrameLoader query;
    private final String name;
    private final SeriesRepository repository;
    private final ScheduledExecutorService loader;
    private final Consumer<Runnable> fxThread;
    private final ObjectProperty<RangeSpec> range = new SimpleObjectProperty<>(RangeSpec.parse("1y"));
    private final ReadOnlyObjectWrapper<TimeWindow> window = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Frame> frame = new ReadOnlyObjectWrapper<>();
    private final AtomicLong generation = new AtomicLong();
    private final SeriesChangeListener changeListener = (ids, from, to) -> dataChanged();
    private volatile boolean following = true;
    private volatile int buckets = 1600;
    private ScheduledFuture<?> pending;

    /** @param name the screen's name, for its loader thread and log lines */
    public ChartScreenModel(String name, SeriesRepository repository, FrameLoader query) {
        this(name, repository, query, Platform::runLater);
    }

    ChartScreenModel(String name, SeriesRepository repository, FrameLoader query, Consumer<Runnable> fxThread) {
        this.name = name;
        this.repository = repository;
        this.query = query;
        this.fxThread = fxThread;
        this.loader = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name + "-loader");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts listening for new data (when the view is shown), loading the current range unless already shown. */
    public void activate() {
        repository.addListener(changeListener);
        if (frame.get() == null) {
            selectRange(range.get());
        }
    }

    /** Stops listening (when the view is hidden). */
    public void deactivate() {
        repository.removeListener(changeListener);
    }

    public ObjectProperty<RangeSpec> rangeProperty() {
        return range;
    }

    /** The range the charts should show; changes when a preset is chosen or new data moves the end. */
    public ReadOnlyObjectProperty<TimeWindow> windowProperty() {
        return window.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Frame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    public boolean isFollowing() {
        return following;
    }

    public void setPixelWidth(double width) {
        this.buckets = (int) Math.max(200, Math.min(4000, width));
    }

    /** Shows a preset range ending at the newest data, and follows new data from now on. */
    public void selectRange(RangeSpec spec) {
        range.set(spec);
        following = true;
        schedule(0, () -> {
            TimeWindow w = resolve(spec);
            Frame f = query.load(w.from(), w.to(), buckets);
            return new Result(w, f);
        });
    }

    /** The user zoomed or panned to [from, to]: load it at full resolution, stop following. */
    public void userMovedTo(long from, long to) {
        TimeWindow current = window.get();
        if (current != null && Math.abs(current.from() - from) < 1000 && Math.abs(current.to() - to) < 1000) {
            return; // Our own range change echoed back by the axes.
        }
        following = false;
        schedule(DEBOUNCE_MS, () -> new Result(null, query.load(from, to, buckets)));
    }

    /** Loads again what is shown (the loader's own choices changed: another asset, another unit). */
    public void reload() {
        Frame shown = frame.get();
        if (following || shown == null) {
            selectRange(range.get());
        } else {
            schedule(0, () -> new Result(null, query.load(shown.from(), shown.to(), buckets)));
        }
    }

    private void dataChanged() {
        if (following) {
            schedule(DEBOUNCE_MS * 4, () -> {
                TimeWindow w = resolve(range.get());
                return new Result(w, query.load(w.from(), w.to(), buckets));
            });
        } else {
            Frame shown = frame.get();
            if (shown != null) {
                schedule(DEBOUNCE_MS * 4, () -> new Result(null, query.load(shown.from(), shown.to(), buckets)));
            }
        }
    }

    /** A window and its data, loaded ahead of showing them; {@code range} is null for a window the user moved to. */
    public record Prepared(RangeSpec range, TimeWindow window, Frame frame) {
    }

    /** Loads synchronously on the calling thread (not the FX thread), for snapshots. */
    public Prepared prepare(RangeSpec spec) {
        TimeWindow w = resolve(spec);
        return new Prepared(spec, w, query.load(w.from(), w.to(), buckets));
    }

    /**
     * Loads {@code w} synchronously on the calling thread (not the FX thread): the load a zoom or pan
     * schedules once its debounce has passed, for measuring a pan without the deliberate wait.
     */
    public Prepared prepare(TimeWindow w) {
        return new Prepared(null, w, query.load(w.from(), w.to(), buckets));
    }

    /**
     * Loads [from, to] at {@code columns} columns on the calling thread (not the FX thread), leaving what is shown as it
     * is: a data export at finer detail than the screen's width.
     */
    public Frame loadDetailed(long from, long to, int columns) {
        return query.load(from, to, columns);
    }

    /**
     * Shows what {@link #prepare} loaded, moving the charts to its window. A preset range follows new
     * data from now on; a window the user moved to does not, and the preset shown stays. FX thread.
     */
    public void present(Prepared p) {
        following = p.range() != null;
        if (p.range() != null) {
            range.set(p.range());
        }
        window.set(p.window());
        frame.set(p.frame());
    }

    private TimeWindow resolve(RangeSpec spec) {
        Optional<long[]> extent = query.extent();
        long now = System.currentTimeMillis();
        long[] r = spec.resolve(extent.map(e -> e[0]).orElse(now - 86_400_000L), extent.map(e -> e[1]).orElse(now));
        return new TimeWindow(r[0], r[1]);
    }

    private record Result(TimeWindow window, Frame frame) {
    }

    private interface Load {
        Result run();
    }

    private synchronized void schedule(long delayMs, Load load) {
        long gen = generation.incrementAndGet();
        if (pending != null) {
            pending.cancel(false);
        }
        pending = loader.schedule(() -> {
            try {
                Result r = load.run();
                fxThread.accept(() -> {
                    if (gen != generation.get()) {
                        return;
                    }
                    if (r.window() != null) {
                        window.set(r.window());
                    }
                    frame.set(r.frame());
                });
            } catch (RuntimeException e) {
                LOG.error("{} view could not load its data", name, e);
            }
        }, delayMs, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        deactivate();
        loader.shutdownNow();
    }
}
