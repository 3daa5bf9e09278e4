package org.umbra.ui.policy;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Ledger work (JDBC through the db-writer, which waits) run on a background executor, its result handed to the
 * FX thread: the window never waits on the database.
 */
public final class OffFx {
    private OffFx() {
    }

    /** Runs {@code work} on {@code background}; then {@code done} or {@code failed} on the FX thread. */
    public static <T> void run(Executor background, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> failed.accept(task.getException()));
        background.execute(task);
    }

    /** What a failed save says to the user: the reason the ledger gave, never a stack trace. */
    public static String reason(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && (root.getMessage() == null || root instanceof java.util.concurrent.CompletionException)) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
