package org.umbra.ui;

import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Tells once when a scene's first frame has been rendered, with the wall-clock time (epoch ms) it was.
 * A pulse's animation timers run before that pulse is rendered (and ChartFX's canvases are drawn by the
 * render thread after it), so the frame-rendered hook of JavaFX's scene performance tracker is used: it
 * runs on the render thread right after a frame is presented. The tracker is internal API, reached by
 * reflection; where it is not accessible (JavaFX on the module path) the third pulse after showing
 * stands in (a little late): the second pulse waited for the first frame's rendering before it synchronised.
 */
public final class FirstPaint {
    private static final String TRACKER = "com.sun.javafx.perf.PerformanceTracker";

    private FirstPaint() {
    }

    /** FX thread, before the scene's window shows; {@code then} runs on the FX thread with the time of the paint. */
    public static void whenPainted(Scene scene, LongConsumer then) {
        AtomicBoolean done = new AtomicBoolean();
        try {
            Class<?> trackerClass = Class.forName(TRACKER);
            Object tracker = trackerClass.getMethod("getSceneTracker", Scene.class).invoke(null, scene);
            Method release = trackerClass.getMethod("releaseSceneTracker", Scene.class);
            Runnable rendered = () -> {
                long paintedAt = System.currentTimeMillis();
                if (done.compareAndSet(false, true)) {
                    Platform.runLater(() -> {
                        try {
                            release.invoke(null, scene);
                        } catch (ReflectiveOperationException ignored) {
                            // The tracker then keeps counting frames: harmless.
                        }
                        then.accept(paintedAt);
                    });
                }
            };
            trackerClass.getMethod("setOnRenderedFrameTask", Runnable.class).invoke(tracker, rendered);
        } catch (ReflectiveOperationException | RuntimeException e) {
            thirdPulse(then);
        }
    }

    private static void thirdPulse(LongConsumer then) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 3) {
                    stop();
                    then.accept(System.currentTimeMillis());
                }
            }
        }.start();
    }
}
