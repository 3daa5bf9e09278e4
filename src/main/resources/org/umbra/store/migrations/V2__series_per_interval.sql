-- Umbra schema v2: a funding series is identified by its interval too.
-- A venue that moves a symbol from 8 h to 4 h funding produces a second series (rates per 4 h), instead of
-- mixing two different quantities in one or refusing the new rates. Other metrics keep one series each.
-- SQLite cannot change a UNIQUE constraint in place, so both tables are rebuilt inside the migration's
-- transaction: point_v2 references series_v2, the old pair is dropped, and the renames rewrite point's
-- reference to "series" (SQLite updates foreign keys on rename while foreign_keys is on).

CREATE TABLE series_v2 (
    id          INTEGER PRIMARY KEY,
    source      TEXT    NOT NULL,
    instrument  TEXT    NOT NULL,
    asset       TEXT    NOT NULL,
    metric      TEXT    NOT NULL,
    unit        TEXT    NOT NULL,
    interval_s  INTEGER NOT NULL CHECK (interval_s > 0),
    UNIQUE (source, instrument, metric, interval_s)
);

INSERT INTO series_v2 (id, source, instrument, asset, metric, unit, interval_s)
SELECT id, source, instrument, asset, metric, unit, interval_s FROM series;

CREATE TABLE point_v2 (
    series_id INTEGER NOT NULL REFERENCES series_v2 (id),
    ts        INTEGER NOT NULL,
    value     REAL    NOT NULL,
    PRIMARY KEY (series_id, ts)
) WITHOUT ROWID;

INSERT INTO point_v2 (series_id, ts, value) SELECT series_id, ts, value FROM point;

DROP TABLE point;
DROP TABLE series;
ALTER TABLE series_v2 RENAME TO series;
ALTER TABLE point_v2 RENAME TO point;

CREATE INDEX series_by_name ON series (source, instrument, metric);
