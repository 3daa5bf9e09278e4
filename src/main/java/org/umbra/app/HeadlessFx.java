package org.umbra.app;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;

/**
 * Starts JavaFX without a display (Monocle's headless platform, software rendering) so views can
 * be rendered to images on servers and in scripts. Must run before anything else touches JavaFX.
 */
public final class HeadlessFx {
    private HeadlessFx() {
    }

    /** Starts the toolkit with a virtual screen at least {@code width} x {@code height}. */
    public static void start(int width, int height) throws InterruptedException {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        // Monocle's default 1280x800 screen overflows when a larger scene is rendered.
        System.setProperty("headless.geometry", Math.max(width, 1280) + "x" + Math.max(height, 800) + "-32");
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            return; // Started earlier in this JVM (several snapshots in one test run).
        }
        Platform.setImplicitExit(false);
        started.await();
    }

    /** Runs {@code work} on the FX thread and returns its result. */
    public static <T> T call(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }
}
