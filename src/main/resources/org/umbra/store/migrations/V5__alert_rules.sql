-- Alert rules the user set (issue 6). Their events go to alert_event as rule 'rule:<id>'. AUTOINCREMENT: a deleted
-- rule's id is never reused, so its history never reads as another rule's.
CREATE TABLE alert_rule (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT    NOT NULL,
    asset       TEXT,
    venue       TEXT,
    threshold   REAL    NOT NULL DEFAULT 0,
    window_ms   INTEGER NOT NULL DEFAULT 0,
    source      TEXT,
    enabled     INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    cooldown_ms INTEGER NOT NULL CHECK (cooldown_ms >= 0)
);
