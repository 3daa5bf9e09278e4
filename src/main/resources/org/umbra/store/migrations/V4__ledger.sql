-- Umbra schema v4: the user's own holdings (the three ledgers), custodian exit paths, wallet labels and
-- policy thresholds, kept as an append-only history of changes; plus alert events.
-- Nothing a user enters is ever updated in place or deleted: every create, edit and delete is a new row
-- holding the entity's whole state after the change (JSON), and the current state is the replay of the
-- rows in order. Undo is itself a change (rows that point at the rows they revert).

CREATE TABLE ledger_event (
    seq         INTEGER PRIMARY KEY,             -- order of the changes
    change_id   INTEGER NOT NULL,                -- the user's action: an import writes many rows in one change
    at_ms       INTEGER NOT NULL,                -- when the change was made, UTC epoch ms
    entity      TEXT    NOT NULL CHECK (entity IN ('holding', 'custodian', 'label', 'policy')),
    entity_key  TEXT    NOT NULL,                -- holding id, custodian name, label type|ref|origin, 'thresholds'
    action      TEXT    NOT NULL CHECK (action IN ('create', 'edit', 'delete')),
    state       TEXT,                            -- the entity after the change, JSON; NULL after a delete
    amount_sats INTEGER,                         -- holdings: the amount after the change, for readers in SQL
    undoes      INTEGER REFERENCES ledger_event (seq), -- set on the rows an undo wrote
    cause       TEXT    NOT NULL,                -- where the change came from: form, bip329 import, restore, undo
    CHECK ((action = 'delete') = (state IS NULL))
);
CREATE INDEX ledger_event_change ON ledger_event (change_id);

-- The history is append-only, enforced here as well as in code.
CREATE TRIGGER ledger_event_no_update BEFORE UPDATE ON ledger_event BEGIN SELECT RAISE(ABORT, 'the ledger history is append-only'); END;
CREATE TRIGGER ledger_event_no_delete BEFORE DELETE ON ledger_event BEGIN SELECT RAISE(ABORT, 'the ledger history is append-only'); END;

-- Alerts that fired or cleared (ledger policy checks now; market rules later), newest last.
CREATE TABLE alert_event (
    id      INTEGER PRIMARY KEY,
    at_ms   INTEGER NOT NULL,
    rule    TEXT    NOT NULL,
    state   TEXT    NOT NULL CHECK (state IN ('firing', 'cleared')),
    message TEXT    NOT NULL
);

-- Chain checks of settlement holdings: what the explorer said, when. Observations, not user input: kept so the
-- view can say "verified: N BTC at block H" after a restart and show how old that is.
CREATE TABLE chain_check (
    id               INTEGER PRIMARY KEY,
    holding_id       INTEGER NOT NULL,     -- the holding's id in ledger_event (not a key: holdings live in the history)
    at_ms            INTEGER NOT NULL,
    tip_height       INTEGER NOT NULL,
    tip_time_ms      INTEGER NOT NULL,
    confirmed_sats   INTEGER NOT NULL,
    unconfirmed_sats INTEGER NOT NULL,
    addresses        INTEGER NOT NULL      -- addresses queried (derived ones included)
);
CREATE INDEX chain_check_holding ON chain_check (holding_id, at_ms);
