package org.umbra.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fair_acc.dataset.locks.DefaultDataSetLock;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * ChartFX 11.3.1 read-locks a chart's datasets when it lays the chart out and unlocks them in the scene's next post-layout
 * pulse. A chart taken out of its scene in between (a view switched in the same event as a layout, a pane lent to an
 * image's scene) never saw that pulse: its datasets stayed read-locked, and the next data update (a write lock, on the
 * FX thread) hung the whole window. TimeChart finishes the pass when it leaves a scene.
 */
class DetachedChartLockTest {
    private static StackPane root;

    @BeforeAll
    static void stage() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            root = new StackPane();
            stage.setScene(new Scene(root, 640, 400));
            stage.show();
        });
    }

    @AfterAll
    static void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aChartLaidOutAndDetachedInOneEventLeavesNoReadLockBehind() throws Exception {
        SafeDataSet line = new SafeDataSet("line");
        // As the window does at start-up and a snapshot does: data in, then laid out at once, outside a pulse; here the
        // chart is taken out again before any pulse (a view switched in the same event).
        int[] readers = onFx(() -> {
            TimeChart chart = new TimeChart("Funding", "%");
            chart.getDatasets().add(line);
            line.set(new double[] {1, 2, 3}, new double[] {0.1, 0.2, 0.3});
            root.getChildren().setAll(chart);
            root.applyCss();
            root.layout();
            int whileShown = readers(line);
            root.getChildren().clear();
            return new int[] {whileShown, readers(line)};
        });
        assertEquals(1, readers[0], "ChartFX holds a read lock from the layout until its post-layout pulse");
        assertEquals(0, readers[1], "the detached chart's datasets are unlocked; a write would wait forever");

        // A write goes through, as the next poll's update would (bounded: were the lock leaked, this fails, never hangs).
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(
                () -> line.set(new double[] {1, 2, 3, 4}, new double[] {0.1, 0.2, 0.3, 0.4})));
        assertEquals(4, (int) onFx(line::getDataCount));
    }

    private static int readers(SafeDataSet ds) {
        return ((DefaultDataSetLock<?>) ds.lock()).getReaderCount();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(work));
    }
}
