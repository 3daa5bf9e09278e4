package org.umbra.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.market.Feed;
import org.umbra.market.FeedCursor;
import org.umbra.market.FeedPage;
import org.umbra.market.MarketSource;
import org.umbra.market.http.Backoff;
import org.umbra.testing.MovableClock;
import org.umbra.testing.TestStore;

/** A collector given a scheduler per source polls on it (the steady-state benchmark runs time fast this way). */
class CollectorSchedulerTest {
    private static final long NOW = 1_700_000_000_000L;

    /** One feed, nothing new ever, next poll one minute after each run. */
    private static final MarketSource QUIET = new MarketSource() {
        @Override
        public String id() {
            return "quiet";
        }

        @Override
        public String displayName() {
            return "Quiet";
        }

        @Override
        public List<Feed> feeds() {
            return List.of(new Feed() {
                @Override
                public String id() {
                    return "X/snapshot";
                }

                @Override
                public FeedPage fetch(FeedCursor cursor, long nowMillis) {
                    return new FeedPage(List.of(), cursor, false);
                }

                @Override
                public long nextRunAfter(long nowMillis) {
                    return nowMillis + 60_000;
                }
            });
        }
    };

    @Test
    void eachSourcePollsOnTheSchedulerMadeForItAndItIsShutDownOnClose(@TempDir Path dir) throws Exception {
        List<String> askedFor = new CopyOnWriteArrayList<>();
        LinkedBlockingQueue<Long> delaysMs = new LinkedBlockingQueue<>();
        List<ScheduledExecutorService> made = new CopyOnWriteArrayList<>();
        try (TestStore store = new TestStore(dir)) {
            Collector collector = new Collector(List.of(QUIET), store.series(), store.states(), new MovableClock(NOW), Backoff.standard(),
                    id -> {
                        askedFor.add(id);
                        ScheduledExecutorService ex = new ScheduledThreadPoolExecutor(1) {
                            @Override
                            public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
                                if (delay > 0) {
                                    delaysMs.add(unit.toMillis(delay));
                                }
                                return super.schedule(command, delay, unit);
                            }
                        };
                        made.add(ex);
                        return ex;
                    });
            collector.start();
            // The clock stands at NOW, the feed asks for NOW + 60 s: the poller schedules its next run 60,000 ms ahead.
            assertEquals(60_000L, delaysMs.poll(10, TimeUnit.SECONDS));
            collector.close();
        }
        assertEquals(List.of("quiet"), askedFor);
        assertTrue(made.get(0).isShutdown(), "the poller shuts down the scheduler it was given");
    }
}
