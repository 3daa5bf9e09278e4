package org.umbra.bench;

import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import org.umbra.app.HeadlessFx;

/**
 * One chart scene the pan benchmark moves. A step pans the visible time window by a tenth of its width
 * (back into the past, or forth to where it started) and ends when the chart shows the data of the new
 * window and a snapshot of the scene has been taken, as the user would see it drawn.
 */
abstract class PanScene implements AutoCloseable {
    /** The scene's size: the Markets window of the issue, inside Monocle's 1920 x 1200 headless screen. */
    static final int WIDTH = 1600;
    static final int HEIGHT = 900;

    private final String name;
    private final double from;
    private final double to;
    private WritableImage lastImage;

    /** @param from start of the window first shown, in the unit of the scene's time axis; {@code to} its end */
    PanScene(String name, double from, double to) {
        this.name = name;
        this.from = from;
        this.to = to;
    }

    /** What is drawn, for the printed figures ("JavaFX LineChart, 100,000 pts"). */
    final String name() {
        return name;
    }

    /** Pans one step and redraws; returns the nanoseconds the user waits for it (see each scene for what that holds). */
    abstract long pan(boolean back) throws Exception;

    /** The last snapshot, to check by eye that the lines were drawn. */
    final WritableImage lastImage() {
        return lastImage;
    }

    /** The first window moved back by a tenth of its width when {@code back}, else the first window. */
    final double[] window(boolean back) {
        double shift = back ? (to - from) / 10 : 0;
        return new double[] {from - shift, to - shift};
    }

    /**
     * Runs {@code draw} on the FX thread, then snapshots {@code root}; returns the time that took on the FX
     * thread (not the wait for the thread to be free).
     */
    final long drawnOnFx(Parent root, Runnable draw) throws Exception {
        long[] took = new long[1];
        lastImage = HeadlessFx.call(() -> {
            long t0 = System.nanoTime();
            draw.run();
            WritableImage image = snapshot(root);
            took[0] = System.nanoTime() - t0;
            return image;
        });
        return took[0];
    }

    /** Puts {@code root} in a scene of {@link #WIDTH} x {@link #HEIGHT} (without a window, as `umbra snapshot` does). FX thread. */
    static Scene scene(Parent root) {
        return new Scene(root, WIDTH, HEIGHT);
    }

    /**
     * Snapshots {@code root} (which lays it out first), exactly {@link #WIDTH} x {@link #HEIGHT}: a tick
     * label overhanging the edge would otherwise widen the image. FX thread.
     */
    static WritableImage snapshot(Parent root) {
        SnapshotParameters frame = new SnapshotParameters();
        frame.setViewport(new Rectangle2D(0, 0, WIDTH, HEIGHT));
        return root.snapshot(frame, null);
    }

    /** Nothing to release but memory, unless a scene says otherwise. */
    @Override
    public void close() {
    }
}
