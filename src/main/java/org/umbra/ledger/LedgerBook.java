package org.umbra.ledger;

import com.google.gson.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.umbra.store.Database;
import org.umbra.store.DbWriter;

/**
 * The user's ledger: every change is appended to the history through the one database writer, in one
 * transaction per user action, and the state is the replay of that history. A method returns only after
 * the change is committed, so what the window confirms to the user is on disk.
 */
public final class LedgerBook {
    private final LedgerStore store;
    private final DbWriter writer;
    private final Clock clock;
    private final List<LedgerEvent> history = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private LedgerState state = new LedgerState();

    public LedgerBook(Database database, DbWriter writer, Clock clock) {
        this.store = new LedgerStore(database);
        this.writer = writer;
        this.clock = clock;
        for (LedgerEvent e : store.readAll()) {
            remember(e);
        }
    }

    /** The stored history, read once, without a writer: for a backup taken before the database is migrated. */
    public static List<LedgerEvent> readHistory(Database database) {
        return new LedgerStore(database).readAll();
    }

    /** Called after every committed change, on the thread that made it. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** A copy of the ledger as it stands. */
    public synchronized LedgerState state() {
        return state.copy();
    }

    public synchronized List<LedgerEvent> history() {
        return List.copyOf(history);
    }

    /** Stores a new holding under the next free id and returns it with that id. */
    public Holding add(Holding holding, String cause) {
        Holding[] stored = new Holding[1];
        change(now -> {
            stored[0] = holding.withId(now.nextHoldingId());
            return List.of(Change.holding(stored[0]));
        }, cause);
        return stored[0];
    }

    /** Stores the edited holding (same id). */
    public void save(Holding holding, String cause) {
        requireHolding(holding.id());
        apply(List.of(Change.holding(holding)), cause);
    }

    /** Deletes a holding from the current state; its history stays. */
    public void delete(long holdingId, String cause) {
        requireHolding(holdingId);
        apply(List.of(Change.deleteHolding(holdingId)), cause);
    }

    public void saveCustodian(Custodian custodian, String cause) {
        apply(List.of(Change.custodian(custodian)), cause);
    }

    public void saveThresholds(PolicyThresholds thresholds, String cause) {
        List<String> problems = thresholds.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        apply(List.of(Change.thresholds(thresholds)), cause);
    }

    /** Records a drill on the venue's profile (creating the profile if it had none). */
    public void recordDrill(String venue, ExitDrill drill, String cause) {
        change(now -> List.of(Change.custodian(now.custodian(venue).orElse(Custodian.named(venue)).withDrill(drill))), cause);
    }

    /**
     * Applies {@code changes} as one user action: all rows commit together or none do. Changes that leave an
     * entity as it was are dropped. Returns the rows written.
     */
    public List<LedgerEvent> apply(List<Change> changes, String cause) {
        return change(now -> changes, cause);
    }

    /**
     * Like {@link #apply}, with the changes built from the ledger as it stands inside the transaction (after
     * rows another process added are read), so a new id or an appended drill never overwrites theirs.
     */
    public List<LedgerEvent> change(java.util.function.Function<LedgerState, List<Change>> build, String cause) {
        List<LedgerEvent> rows;
        synchronized (this) {
            rows = commit(build, cause, null);
        }
        if (!rows.isEmpty()) {
            listeners.forEach(Runnable::run);
        }
        return rows;
    }

    /** What {@link #undo} would revert, in words; empty when there is nothing to undo. */
    public synchronized Optional<String> undoable() {
        return lastUndoable().map(id -> describe(rowsOf(id)));
    }

    /** Reverts the last change not yet undone, by appending rows that restore what it replaced. */
    public Optional<String> undo() {
        Optional<String> done;
        synchronized (this) {
            Optional<Long> target = lastUndoable();
            if (target.isEmpty()) {
                return Optional.empty();
            }
            List<LedgerEvent> rows = rowsOf(target.get());
            List<Change> reverts = new ArrayList<>();
            List<Long> undoes = new ArrayList<>();
            for (int i = rows.size() - 1; i >= 0; i--) {
                LedgerEvent row = rows.get(i);
                reverts.add(new Change(row.entity(), row.key(), stateBefore(row)));
                undoes.add(row.seq());
            }
            String what = describe(rows);
            commit(now -> reverts, "undo: " + what, undoes);
            done = Optional.of(what);
        }
        listeners.forEach(Runnable::run);
        return done;
    }

    /**
     * Brings the ledger back to what {@code backup} (a backed-up history) ends in, as one change: into an empty
     * ledger row for row (the backup's history kept as it was), over a ledger with a history as new rows, so what
     * it replaces stays in the history and Undo brings it back. Returns the rows written.
     */
    public List<LedgerEvent> restoreOrReplace(List<LedgerEvent> backup, String cause) {
        LedgerState target = LedgerState.replay(backup);
        synchronized (this) {
            if (history.isEmpty()) {
                restore(backup);
                return List.copyOf(backup);
            }
        }
        return change(now -> LedgerState.changesTo(now, target), cause);
    }

    /**
     * Restores a backed-up history into this ledger, row for row (sequence numbers, times and causes kept).
     * Only into an empty ledger: merging two histories would rewrite one of them.
     */
    public void restore(List<LedgerEvent> rows) {
        synchronized (this) {
            LedgerState.replay(rows); // Refuses a history that does not replay, before writing.
            writer.durableTransactionAndWait(c -> {
                if (!LedgerStore.isEmpty(c)) {
                    throw new IllegalStateException("the ledger in this database is not empty: a backup restores only into an empty"
                            + " ledger (start with a new database file, --db PATH)");
                }
                LedgerStore.insert(c, rows);
                return null;
            });
            rows.forEach(this::remember);
        }
        listeners.forEach(Runnable::run);
    }

    private List<LedgerEvent> commit(java.util.function.Function<LedgerState, List<Change>> build, String cause, List<Long> undoes) {
        long at = clock.millis();
        // Durable: what the user entered survives a power loss, not only a crash (the market data can be fetched again).
        List<LedgerEvent> written = writer.durableTransactionAndWait(c -> {
            catchUp(c);
            return rowsFor(c, build.apply(state.copy()), cause, undoes, at);
        });
        written.forEach(this::remember);
        return written;
    }

    /** Rows another process appended since this book was read (the command line while the window is open). */
    private void catchUp(Connection c) throws SQLException {
        long last = history.isEmpty() ? 0 : history.get(history.size() - 1).seq();
        for (LedgerEvent e : LedgerStore.readAfter(c, last)) {
            remember(e);
        }
    }

    private List<LedgerEvent> rowsFor(Connection c, List<Change> changes, String cause, List<Long> undoes, long at) throws SQLException {
        LedgerState working = state.copy();
        long seq = LedgerStore.nextSeq(c);
        long changeId = seq;
        List<LedgerEvent> rows = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            Change ch = changes.get(i);
            JsonObject current = current(working, ch.entity(), ch.key());
            if (Objects.equals(current, ch.state())) { // both null: deleting what is not there
                continue;
            }
            LedgerEvent.Action action = ch.state() == null ? LedgerEvent.Action.DELETE
                    : current == null ? LedgerEvent.Action.CREATE : LedgerEvent.Action.EDIT;
            Long amount = ch.entity() == LedgerEvent.Entity.HOLDING && ch.state() != null && ch.state().has("amountSats")
                    ? ch.state().get("amountSats").getAsLong() : null;
            LedgerEvent row = new LedgerEvent(seq++, changeId, at, ch.entity(), ch.key(), action, ch.state(), amount,
                    undoes == null ? null : undoes.get(i), cause);
            working.apply(row); // Refuses a state that does not read back, before anything is written.
            rows.add(row);
        }
        if (!rows.isEmpty()) {
            LedgerStore.insert(c, rows);
        }
        return rows;
    }

    private static JsonObject current(LedgerState s, LedgerEvent.Entity entity, String key) {
        return switch (entity) {
            case HOLDING -> s.holding(Long.parseLong(key)).map(LedgerJson::holding).orElse(null);
            case CUSTODIAN -> s.custodians().containsKey(key) ? LedgerJson.custodian(s.custodians().get(key)) : null;
            case LABEL -> s.labels().get(key);
            case POLICY -> LedgerJson.thresholds(s.thresholds());
        };
    }

    private void remember(LedgerEvent e) {
        history.add(e);
        state.apply(e);
    }

    private void requireHolding(long id) {
        synchronized (this) {
            if (state.holding(id).isEmpty()) {
                throw new IllegalArgumentException("no holding with id " + id + " (it may have been deleted meanwhile)");
            }
        }
    }

    private Optional<Long> lastUndoable() {
        Set<Long> undone = new HashSet<>();
        Set<Long> undoChanges = new HashSet<>();
        for (LedgerEvent e : history) {
            if (e.undoes() != null) {
                undoChanges.add(e.changeId());
                undone.add(changeOf(e.undoes()));
            }
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            long id = history.get(i).changeId();
            if (!undoChanges.contains(id) && !undone.contains(id)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    private long changeOf(long seq) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).seq() == seq) {
                return history.get(i).changeId();
            }
        }
        return -1;
    }

    private List<LedgerEvent> rowsOf(long changeId) {
        return history.stream().filter(e -> e.changeId() == changeId).toList();
    }

    /** The entity's state just before {@code row}: the latest earlier row about it, or nothing. */
    private JsonObject stateBefore(LedgerEvent row) {
        for (int i = history.indexOf(row) - 1; i >= 0; i--) {
            LedgerEvent e = history.get(i);
            if (e.entity() == row.entity() && e.key().equals(row.key())) {
                return e.state();
            }
        }
        return row.entity() == LedgerEvent.Entity.POLICY ? LedgerJson.thresholds(PolicyThresholds.defaults()) : null;
    }

    /** A change in words, for the Undo menu and the history: "add holding 'Cold wallet'", "import: 12 changes". */
    private String describe(List<LedgerEvent> rows) {
        if (rows.size() != 1) {
            return rows.size() + " changes (" + rows.get(0).cause() + ")";
        }
        LedgerEvent e = rows.get(0);
        String verb = switch (e.action()) {
            case CREATE -> "add";
            case EDIT -> "edit";
            case DELETE -> "delete";
        };
        String name = switch (e.entity()) {
            case HOLDING -> {
                JsonObject shown = e.state() != null ? e.state() : stateBefore(e);
                yield "holding " + (shown != null ? "'" + shown.get("label").getAsString() + "'" : "#" + e.key());
            }
            case CUSTODIAN -> "exit path of " + (e.state() != null ? e.state().get("name").getAsString() : e.key());
            case LABEL -> "label " + e.key().replace('|', ' ').strip();
            case POLICY -> "policy thresholds";
        };
        return verb + " " + name;
    }
}
