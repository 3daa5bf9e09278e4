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
 *
 * <p>Durability: a future completes only after {@code COMMIT} has returned. With WAL and {@code synchronous=NORMAL}
 * ({@link Database#connect()}) the commit is in the {@code -wal} file, written but not fsynced: a process kill at any
 * moment loses nothing that completed (the kernel still writes it out; the next open replays the WAL), a power loss
 * can lose the last commits whole, never half of one; {@link #durableTransactionAndWait} (the ledger) syncs its commit, so
 * a power loss cannot take it. {@code KillDrillTest} kills a writer 50 times to check the first.
 */
public final class DbWriter implements AutoCloseable {
    /** Work done inside one transaction on the writer's connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    private final ExecutorService executor;
    private final Connection connection;
    private final java.nio.file.Path file;

    public DbWriter(Database database) {
        this.file = database.file();
        try {
            // Transactions are begun by hand (BEGIN IMMEDIATE, below): the driver's own begin is deferred and issued
            // eagerly after each commit.
            this.connection = database.connect();
        } catch (SQLException e) {
            throw new DatabaseException("Cannot open " + database.file() + " for writing: " + e.getMessage(), e);
        }
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "db-writer");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Queues {@code work}; the future completes after commit, or exceptionally after rollback (an SQL failure as a
     * {@link DatabaseException} naming the file).
     */
    public <T> CompletableFuture<T> transaction(SqlWork<T> work) {
        return transaction(work, false);
    }

    /**
     * Runs {@code work} in a transaction synced to the disk before it returns ({@code synchronous=FULL} for this one
     * commit), and waits for it: for what the user typed, the ledger, which no venue can send again and which must
     * survive a power loss too. Costs an fsync (milliseconds), so market data keeps the ordinary commit.
     */
    public <T> T durableTransactionAndWait(SqlWork<T> work) {
        return await(transaction(work, true));
    }

    private <T> CompletableFuture<T> transaction(SqlWork<T> work, boolean durable) {
        CompletableFuture<T> result = new CompletableFuture<>();
        executor.execute(() -> {
            boolean begun = false;
            try (java.sql.Statement st = connection.createStatement()) {
                if (durable) {
                    st.execute("PRAGMA synchronous = FULL"); // In WAL mode: the WAL is fsynced at this commit.
                }
                // IMMEDIATE takes the write lock at the start, waiting (busy timeout) for another program's write. A deferred
                // transaction that read first would fail at once with SQLITE_BUSY when it came to write.
                st.execute("BEGIN IMMEDIATE");
                begun = true;
                T value = work.run(connection);
                st.execute("COMMIT");
                begun = false;
                result.complete(value); // Only now: whoever waits tells the user it is stored.
            } catch (Throwable e) {
                if (begun) {
                    try (java.sql.Statement st = connection.createStatement()) {
                        st.execute("ROLLBACK");
                    } catch (SQLException rollbackFailure) {
                        e.addSuppressed(rollbackFailure);
                    }
                }
                // A full disk, a lock held too long, a damaged file: said naming the file, whoever waits on the future.
                result.completeExceptionally(e instanceof SQLException sql ? SqlFaults.describe(file, sql, "A write to") : e);
            } finally {
                if (durable) {
                    try (java.sql.Statement st = connection.createStatement()) {
                        st.execute("PRAGMA synchronous = NORMAL");
                    } catch (SQLException e) {
                        // The next durable or ordinary commit still commits; only its speed is at stake.
                    }
                }
            }
        });
        return result;
    }

    /** Runs {@code work} in a transaction and waits for it; SQL failures surface as {@link DatabaseException}. */
    public <T> T transactionAndWait(SqlWork<T> work) {
        return await(transaction(work));
    }

    private <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new DatabaseException("A write to " + file + " failed, nothing was changed: " + cause, cause);
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
