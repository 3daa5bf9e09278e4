package org.umbra.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.market.Feed;
import org.umbra.market.FeedCursor;
import org.umbra.market.FeedPage;
import org.umbra.market.MarketSource;
import org.umbra.market.http.SourceException;
import org.umbra.store.Database;
import org.umbra.store.DbWriter;
import org.umbra.store.FeedStateRepository;
import org.umbra.store.SeriesRepository;
import org.umbra.testing.MovableClock;

/** A run always returns a result the poller can reschedule on, whatever goes wrong inside it. */
class FeedRunnerFailuresTest {
    @TempDir
    Path dir;

    /** The OKX source, as far as the runner sees it: its id (the feed is passed on its own). */
    private static final MarketSource OKX = new MarketSource() {
        @Override
        public String id() {
            return "okx";
        }

        @Override
        public String displayName() {
            return "OKX";
        }

        @Override
        public List<Feed> feeds() {
            return List.of();
        }
    };

    private static Feed failing(RuntimeException bug, SourceException answer) {
        return new Feed() {
            @Override
            public String id() {
                return "BTC/funding";
            }

            @Override
            public FeedPage fetch(FeedCursor cursor, long nowMillis) throws SourceException {
                if (bug != null) {
                    throw bug;
                }
                throw answer;
            }

            @Override
            public long nextRunAfter(long nowMillis) {
                return nowMillis + 60_000;
            }
        };
    }

    @Test
    void aBugInASourceIsAFailureOfItsFeedNotAnExceptionThatStopsThePoller() {
        Database db = Database.open(dir.resolve("u.db"));
        try (DbWriter writer = new DbWriter(db)) {
            FeedStateRepository states = new FeedStateRepository(db, writer);
            FeedRunner runner = new FeedRunner(new SeriesRepository(db, writer), states, new MovableClock(1_790_000_000_000L));
            FeedRunResult r = runner.run(OKX, failing(new NullPointerException("markPx was null"), null), () -> false, p -> {
            });
            assertTrue(r.failed());
            assertEquals(SourceException.Kind.MALFORMED, r.failure().kind());
            assertEquals("okx: unexpected NullPointerException: markPx was null (BTC/funding)", r.failure().getMessage());
            assertEquals(1, states.load("okx", "BTC/funding").consecutiveFailures());
        }
    }

    @Test
    void aFailureThatCannotBeRecordedIsStillReported() {
        Database db = Database.open(dir.resolve("u.db"));
        DbWriter writer = new DbWriter(db);
        FeedStateRepository states = new FeedStateRepository(db, writer);
        FeedRunner runner = new FeedRunner(new SeriesRepository(db, writer), states, new MovableClock(1_790_000_000_000L));
        writer.close(); // as good as a disk that refuses the failure's own row
        SourceException answer = new SourceException("okx", SourceException.Kind.HTTP_STATUS, "HTTP 503 (GET /x)");
        FeedRunResult r = runner.run(OKX, failing(null, answer), () -> false, p -> {
        });
        assertTrue(r.failed());
        assertEquals(answer, r.failure());
        assertEquals(1, answer.getSuppressed().length, "why it was not recorded travels with it");
    }
}
