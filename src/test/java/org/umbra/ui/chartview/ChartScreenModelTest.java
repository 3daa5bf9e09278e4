package org.umbra.ui.chartview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.umbra.analytics.RangeSpec;
import org.umbra.testing.TestStore;
import org.umbra.ui.chartview.ChartScreenModel.Prepared;
import org.umbra.ui.chartview.ChartScreenModel.TimeWindow;

class ChartScreenModelTest {
    /** Stored data span [0, 10,000,000] ms; records every load it is asked for as {from, to, buckets}. */
    private final List<long[]> loads = new ArrayList<>();
    private final FrameLoader loader = new FrameLoader() {
        @Override
        public Optional<long[]> extent() {
            return Optional.of(new long[] {0, 10_000_000});
        }

        @Override
        public Frame load(long from, long to, int buckets) {
            loads.add(new long[] {from, to, buckets});
            return new Frame(from, to, Map.of(), Map.of());
        }
    };

    @Test
    void aWindowTheUserMovedToIsLoadedAsAskedAndShownWithoutFollowingNewData(@TempDir Path dir) throws Exception {
        try (TestStore store = new TestStore(dir); ChartScreenModel model = new ChartScreenModel("test", store.series(), loader, Runnable::run)) {
            model.setPixelWidth(1600);
            model.present(model.prepare(RangeSpec.ALL));
            assertEquals(new TimeWindow(0, 10_000_000), model.windowProperty().get());
            assertTrue(model.isFollowing());

            // A pan back by a tenth of the 10,000,000 ms window: [-1,000,000, 9,000,000].
            Prepared moved = model.prepare(new TimeWindow(-1_000_000, 9_000_000));
            assertNull(moved.range());
            assertArrayEquals(new long[] {-1_000_000, 9_000_000, 1600}, loads.get(1));
            model.present(moved);

            assertEquals(new TimeWindow(-1_000_000, 9_000_000), model.windowProperty().get());
            assertSame(moved.frame(), model.frameProperty().get());
            assertFalse(model.isFollowing());
            assertEquals(RangeSpec.ALL, model.rangeProperty().get()); // The preset shown stays, as after a drag.
        }
    }
}
