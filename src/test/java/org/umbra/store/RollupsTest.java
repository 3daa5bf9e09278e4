package org.umbra.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.market.Asset;
import org.umbra.market.Metric;
import org.umbra.market.SeriesBatch;
import org.umbra.market.SeriesSpec;
import org.umbra.market.Unit;

class RollupsTest {
    private static final long MIN = 60_000L;
    private static final long HOUR = 3_600_000L;
    /** 2024-01-01T00:00Z, a multiple of every level's step. */
    private static final long T0 = 1_704_067_200_000L;
    private static final SeriesSpec MARK = new SeriesSpec("binance-futures", "BTCUSDT", Asset.BTC, Metric.MARK_PRICE, Unit.USD, 60);

    @TempDir
    Path dir;
    private Database db;
    private DbWriter writer;
    private SeriesRepository repo;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("umbra.db"));
        writer = new DbWriter(db);
        repo = new SeriesRepository(db, writer);
    }

    @AfterEach
    void close() {
        repo.close();
        writer.close();
    }

    @Test
    void levelsKeptAreThoseThatThinAtLeastEightfold() {
        assertEquals(List.of(RollupLevel.MIN_15, RollupLevel.HOUR_1, RollupLevel.HOUR_4, RollupLevel.DAY_1), RollupLevel.keptFor(60));
        assertEquals(List.of(RollupLevel.HOUR_1, RollupLevel.HOUR_4, RollupLevel.DAY_1), RollupLevel.keptFor(300), "15 min / 5 min = 3: not kept");
        assertEquals(List.of(RollupLevel.DAY_1), RollupLevel.keptFor(3_600));
        assertEquals(List.of(), RollupLevel.keptFor(28_800), "8-hourly funding is never rolled up");
        assertEquals(RollupLevel.HOUR_4, RollupLevel.forResolution(60, 5 * HOUR), "the coarsest bucket no wider than a column");
        assertEquals(null, RollupLevel.forResolution(60, 10 * MIN), "a column narrower than 15 min reads raw points");
        assertEquals(-HOUR, RollupLevel.HOUR_1.bucketOf(-1), "buckets floor before 1970 too");
    }

    @Test
    void aBucketKeepsItsFirstLowestHighestAndLastPointWithTheirTimes() throws Exception {
        // 00:00..00:14 -> 10, 12, 8, 15, 11, then 11 to the end of the bucket; 00:15 -> 20.
        SeriesBatch.Builder b = SeriesBatch.builder(MARK);
        double[] first = {10, 12, 8, 15, 11};
        for (int i = 0; i < 15; i++) {
            b.add(T0 + i * MIN, i < first.length ? first[i] : 11);
        }
        b.add(T0 + 15 * MIN, 20);
        repo.write(List.of(b.build()), null).join();

        List<RollupBucket> m15 = buckets(RollupLevel.MIN_15);
        assertEquals(2, m15.size());
        RollupBucket q = m15.get(0);
        assertEquals(T0, q.start);
        assertEquals(15, q.n);
        assertEquals(T0, q.firstTs);
        assertEquals(10, q.firstV);
        assertEquals(T0 + 2 * MIN, q.minTs);
        assertEquals(8, q.minV);
        assertEquals(T0 + 3 * MIN, q.maxTs);
        assertEquals(15, q.maxV);
        assertEquals(T0 + 14 * MIN, q.lastTs);
        assertEquals(11, q.lastV);
        RollupBucket h = buckets(RollupLevel.HOUR_1).get(0);
        assertEquals(16, h.n, "the hour is built from its quarters");
        assertEquals(20, h.maxV);
        assertEquals(T0 + 15 * MIN, h.maxTs);
        assertEquals(T0 + 15 * MIN, h.lastTs);

        SeriesData drawn = repo.readForChart(info(), T0, T0 + HOUR, 15 * MIN);
        assertArrayEquals(new long[] {T0, T0 + 2 * MIN, T0 + 3 * MIN, T0 + 14 * MIN, T0 + 15 * MIN}, drawn.timestamps(),
                "first, lowest, highest, last of the first quarter; the lone point of the second");
        assertArrayEquals(new double[] {10, 8, 15, 11, 20}, drawn.values());
        assertArrayEquals(new long[] {T0 + 2 * MIN, T0 + 3 * MIN, T0 + 14 * MIN}, repo.readForChart(info(), T0 + MIN, T0 + 14 * MIN, 15 * MIN)
                .timestamps(), "only points inside the range");
        assertEquals(16, repo.readForChart(info(), T0, T0 + HOUR, 10 * MIN).size(), "a column under 15 min gets every raw point");
    }

    @Test
    void rollupsKeptOnWriteEqualRollupsBuiltFromAllPoints() throws Exception {
        // Pages in any order, overlapping, rewriting values, with holes and a lone late point: whatever the
        // order, what the writes kept must be what a build from the final points gives.
        Random random = new Random(7);
        List<long[]> pages = new ArrayList<>();
        for (int p = 0; p < 40; p++) {
            long start = T0 + random.nextInt(3 * 24 * 60) * MIN;
            pages.add(new long[] {start, 1 + random.nextInt(600)});
        }
        pages.add(new long[] {T0 + 10 * 24 * 60 * MIN, 1});
        for (long[] page : pages) {
            SeriesBatch.Builder b = SeriesBatch.builder(MARK);
            for (int i = 0; i < page[1]; i++) {
                if (random.nextInt(10) > 0) { // A hole now and then.
                    b.add(page[0] + i * MIN, Math.round(random.nextGaussian() * 1000) / 10.0);
                }
            }
            SeriesBatch batch = b.build();
            if (!batch.isEmpty()) {
                repo.write(List.of(batch), null).join();
            }
        }
        List<List<RollupBucket>> kept = new ArrayList<>();
        for (RollupLevel l : RollupLevel.keptFor(60)) {
            kept.add(buckets(l));
        }
        long id = info().id();
        writer.transactionAndWait(c -> {
            Rollups.build(new CachedStatements(c), id, 60);
            return null;
        });
        int levels = 0;
        for (RollupLevel l : RollupLevel.keptFor(60)) {
            List<RollupBucket> built = buckets(l);
            List<RollupBucket> incremental = kept.get(levels++);
            assertEquals(built.size(), incremental.size(), l + " bucket count");
            assertFalse(built.isEmpty());
            for (int i = 0; i < built.size(); i++) {
                assertEquals(describe(built.get(i)), describe(incremental.get(i)), l + " bucket " + i);
            }
        }
    }

    @Test
    void onAWholeHourGridTheLastPointAtOrBeforeEachTimeIsTheRawOne() {
        // Why the risk inputs may read OI through hourly rollups: sampling them on whole hours loses nothing.
        SeriesBatch.Builder b = SeriesBatch.builder(MARK);
        Random random = new Random(11);
        for (long t = T0 + 3 * MIN; t < T0 + 48 * HOUR; t += MIN) {
            if (random.nextInt(7) > 0) {
                b.add(t, random.nextDouble());
            }
        }
        repo.write(List.of(b.build()), null).join();
        SeriesData raw = repo.read(info().id(), T0, T0 + 48 * HOUR);
        SeriesData thin = repo.readForChart(info(), T0, T0 + 48 * HOUR, HOUR);
        assertTrue(thin.size() < raw.size() / 10, thin.size() + " drawn points of " + raw.size());
        for (long t = T0 + HOUR; t <= T0 + 48 * HOUR; t += HOUR) {
            assertEquals(lastAtOrBefore(raw, t), lastAtOrBefore(thin, t), "at " + t);
        }
    }

    @Test
    void aSeriesFromBeforeRollupsIsReadRawUntilBuilt() throws Exception {
        SeriesBatch.Builder b = SeriesBatch.builder(MARK);
        for (int i = 0; i < 120; i++) {
            b.add(T0 + i * MIN, i);
        }
        repo.write(List.of(b.build()), null).join();
        long id = info().id();
        writer.transactionAndWait(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("DELETE FROM rollup");
                st.execute("DELETE FROM rollup_ready"); // As a v2 database looks after the upgrade.
            }
            return null;
        });
        assertEquals(120, repo.readForChart(info(), T0, T0 + 2 * HOUR, HOUR).size(), "no rollups yet: every raw point");
        assertEquals(1, repo.buildMissingRollups().join(), "the one series missing its rollups is built");
        assertArrayEquals(new long[] {T0, T0 + 59 * MIN, T0 + 60 * MIN, T0 + 119 * MIN}, repo.readForChart(info(), T0, T0 + 2 * HOUR, HOUR)
                .timestamps(), "first and last of each hour (the lowest and highest are among them: values rise)");
        repo.write(List.of(SeriesBatch.builder(MARK).add(T0 + 120 * MIN, 500).build()), null).join();
        SeriesData thin = repo.readForChart(info(), T0, T0 + 2 * HOUR + MIN, HOUR);
        assertArrayEquals(new long[] {T0, T0 + 59 * MIN, T0 + 60 * MIN, T0 + 119 * MIN, T0 + 120 * MIN}, thin.timestamps());
        assertEquals(500, thin.values()[4], "built, then kept up to date by the next write");
        assertEquals(0, repo.buildMissingRollups().join());
        assertTrue(ready(id));
    }

    @Test
    void buildsStillQueuedWhenTheRepositoryClosesAreLeftForTheNextStart() throws Exception {
        repo.write(List.of(SeriesBatch.builder(MARK).add(T0, 1).add(T0 + MIN, 2).build()), null).join();
        long id = info().id();
        writer.transactionAndWait(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("DELETE FROM rollup_ready");
            }
            return null;
        });
        repo.close(); // As the app quits: the writer then closes without building anything more.
        repo.buildMissingRollups().join();
        assertFalse(ready(id), "not built now; the next start builds it");
    }

    @Test
    void aSeriesWhoseIntervalBecomesFinerIsBuiltAgainWithMoreLevels() throws Exception {
        SeriesSpec hourly = new SeriesSpec(MARK.source(), MARK.instrument(), MARK.asset(), MARK.metric(), MARK.unit(), 3_600);
        SeriesBatch.Builder h = SeriesBatch.builder(hourly);
        for (int i = 0; i < 48; i++) {
            h.add(T0 + i * HOUR, i);
        }
        repo.write(List.of(h.build()), null).join();
        assertEquals(2, buckets(RollupLevel.DAY_1).size());
        assertTrue(buckets(RollupLevel.MIN_15).isEmpty(), "hourly points keep only days");
        SeriesBatch.Builder m = SeriesBatch.builder(MARK);
        for (int i = 1; i <= 30; i++) {
            m.add(T0 + 48 * HOUR + i * MIN, 100 + i);
        }
        repo.write(List.of(m.build()), null).join();
        repo.buildMissingRollups().join();
        assertEquals(48 + 3, buckets(RollupLevel.MIN_15).size(), "every hourly point a quarter of its own; minutes 1-14, 15-29, 30");
        RollupBucket lastDay = buckets(RollupLevel.DAY_1).get(2);
        assertEquals(30, lastDay.n);
        assertEquals(130, lastDay.maxV);
    }

    @Test
    void aFailedWriteLeavesNoRollupBehind() throws Exception {
        SeriesBatch good = SeriesBatch.builder(MARK).add(T0, 1).add(T0 + MIN, 2).build();
        SeriesSpec clash = new SeriesSpec(MARK.source(), MARK.instrument(), Asset.ETH, MARK.metric(), MARK.unit(), 60);
        SeriesBatch bad = SeriesBatch.builder(clash).add(T0 + 2 * MIN, 3).build();
        try {
            repo.write(List.of(good, bad), null).join();
        } catch (java.util.concurrent.CompletionException expected) {
            // The second batch contradicts the stored asset: the whole transaction rolls back.
        }
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM rollup")) {
            assertEquals(0, rs.getLong(1));
        }
    }

    private SeriesInfo info() {
        return repo.describe(MARK.source(), MARK.instrument(), MARK.metric()).orElseThrow();
    }

    private boolean ready(long id) throws Exception {
        try (Connection c = db.connect()) {
            return Rollups.ready(new CachedStatements(c), id);
        }
    }

    private List<RollupBucket> buckets(RollupLevel level) throws Exception {
        try (Connection c = db.connect()) {
            return Rollups.read(new CachedStatements(c), repo.describe(MARK.source(), MARK.instrument(), MARK.metric()).orElseThrow().id(), level, Long.MIN_VALUE,
                    Long.MAX_VALUE);
        }
    }

    private static String describe(RollupBucket b) {
        return b.start + " n=" + b.n + " first=" + b.firstTs + ":" + b.firstV + " min=" + b.minTs + ":" + b.minV + " max=" + b.maxTs + ":"
                + b.maxV + " last=" + b.lastTs + ":" + b.lastV;
    }

    private static double lastAtOrBefore(SeriesData s, long t) {
        double v = Double.NaN;
        for (int i = 0; i < s.size() && s.timestamps()[i] <= t; i++) {
            v = s.values()[i];
        }
        return v;
    }
}
