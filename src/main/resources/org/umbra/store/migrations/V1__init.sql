-- Umbra schema v1: time series, feed cursors, app metadata.
-- Timestamps are UTC epoch milliseconds. Values are REAL in the series' unit.

CREATE TABLE series (
    id          INTEGER PRIMARY KEY,
    source      TEXT    NOT NULL,              -- stable source id: binance-futures, bundled, ...
    instrument  TEXT    NOT NULL,              -- venue symbol, e.g. BTCUSDT; bundled: venue/symbol
    asset       TEXT    NOT NULL,              -- BTC or ETH
    metric      TEXT    NOT NULL,              -- oi_coin, funding_rate, mark_price, ...
    unit        TEXT    NOT NULL,              -- coin, USD, contracts, fraction
    interval_s  INTEGER NOT NULL CHECK (interval_s > 0), -- funding: the settlement period the rate is per
    UNIQUE (source, instrument, metric)
);

CREATE TABLE point (
    series_id INTEGER NOT NULL REFERENCES series (id),
    ts        INTEGER NOT NULL,
    value     REAL    NOT NULL,
    PRIMARY KEY (series_id, ts)
) WITHOUT ROWID;

-- Where each feed of each source stands, so backfills resume and gaps after downtime are filled.
CREATE TABLE feed_state (
    source               TEXT    NOT NULL,
    feed                 TEXT    NOT NULL,
    cursor               INTEGER NOT NULL DEFAULT -1,
    last_success_ms      INTEGER,
    last_attempt_ms      INTEGER,
    last_error           TEXT,
    last_error_ms        INTEGER,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (source, feed)
) WITHOUT ROWID;

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
