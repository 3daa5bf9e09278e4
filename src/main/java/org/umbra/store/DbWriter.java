package org.umbra.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The one thread ({@code db-writer}) that writes to the database. Every unit of work runs in its
 * own transaction: it commits whole or rolls back whole, so a failed poll leaves nothing partial.
 */
public final class DbWriter implements AutoCloseable {
    /** Work done inside one transaction on the writer's connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    private final ExecutorService executor;
    private final Connection connection;

    public DbWriter(Database database) {
        try {
            this.connection = database.connect();
            this.connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new DatabaseException("Cannot open " + database.file() + " for writing: " + e.getMessage(), e);
        }
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "db-writer");
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues {@code work}; the future completes after commit, or exceptionally after rollback. */
    public <T> CompletableFuture<T> transaction(SqlWork<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        executor.execute(() -> {
            try {
                T value = work.run(connection);
                connection.commit();
                result.complete(value);
            } catch (Throwable e) {
                try {
                    connection.rollback();
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /** Runs {@code work} in a transaction and waits for it; SQL failures surface as {@link DatabaseException}. */
    public <T> T transactionAndWait(SqlWork<T> work) {
        try {
            return transaction(work).join();
        } catch (java.util.concurrent.CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new DatabaseException("database write failed: " + cause.getMessage(), cause);
        }
    }

    /** Finishes queued work, then closes the connection (checkpointing the WAL). */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing at shutdown: the WAL is replayed on next open if the checkpoint did not run.
        }
    }
}
