package org.umbra.charts;

import io.fair_acc.chartfx.utils.WriteFxImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import org.umbra.store.AtomicFiles;

/** PNG images of nodes, written with ChartFX's PNG encoder (no AWT/Swing needed, so it works headless). */
public final class ChartImages {
    private ChartImages() {
    }

    /** Snapshots {@code node} at its current size. FX thread. */
    public static WritableImage snapshot(Node node) {
        SnapshotParameters params = new SnapshotParameters();
        return node.snapshot(params, null);
    }

    /**
     * Draws a ChartFX chart in {@code root} now, given the chart's own pre- and post-layout hooks.
     * ChartFX draws in scene pulse hooks, so a chart in a scene without a window (the headless
     * snapshot) would otherwise snapshot with no data; two passes are needed for the axes to settle
     * before the lines are drawn. FX thread.
     */
    public static void drawNow(Parent root, Runnable preLayout, Runnable postLayout) {
        root.applyCss();
        root.layout();
        for (int pass = 0; pass < 2; pass++) {
            preLayout.run();
            root.applyCss();
            root.layout();
            postLayout.run();
        }
    }

    /** Writes {@code image} as PNG to {@code file}, whole or not at all ({@link AtomicFiles}): a full disk leaves no half image. */
    public static void savePng(WritableImage image, Path file) throws IOException {
        ByteBuffer png = WriteFxImage.encode(image);
        AtomicFiles.write(file, out -> Channels.newChannel(out).write(png));
    }
}
