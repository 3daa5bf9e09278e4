-- Umbra schema v3: rollups, a level of detail per series, so a chart of years of 1- or 5-minute points
-- reads thousands of rows instead of millions.
-- Each row sums up one bucket of one series at one step (15 min, 1 h, 4 h, 1 d; buckets aligned to UTC
-- epoch multiples of the step) by its first, lowest, highest and last points, each with its time, as
-- milliseconds after the bucket's start: drawn in time order these four points give the same line as
-- every raw point of the bucket at a pixel per bucket (the M4 aggregation). Kept up to date inside the
-- transaction that writes the points. Derived data: it can be rebuilt from `point` at any time.

CREATE TABLE rollup (
    series_id INTEGER NOT NULL REFERENCES series (id),
    step_s    INTEGER NOT NULL,
    bucket    INTEGER NOT NULL,              -- start of the bucket, epoch ms, a multiple of step_s * 1000
    n         INTEGER NOT NULL CHECK (n > 0), -- raw points in the bucket
    first_dt  INTEGER NOT NULL, first_v REAL NOT NULL,
    min_dt    INTEGER NOT NULL, min_v   REAL NOT NULL,
    max_dt    INTEGER NOT NULL, max_v   REAL NOT NULL,
    last_dt   INTEGER NOT NULL, last_v  REAL NOT NULL,
    PRIMARY KEY (series_id, step_s, bucket)
) WITHOUT ROWID;

-- Series whose rollups are complete. A series absent here is read raw until its rollups are built
-- (series stored before v3 are built in the background after the upgrade).
CREATE TABLE rollup_ready (
    series_id INTEGER PRIMARY KEY REFERENCES series (id)
);
