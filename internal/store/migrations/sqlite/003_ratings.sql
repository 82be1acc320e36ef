-- The content's rules for ratings.
ALTER TABLE organization ADD COLUMN rating_scale INTEGER NOT NULL DEFAULT 3;
ALTER TABLE organization ADD COLUMN misuse_seconds INTEGER NOT NULL DEFAULT 10;
ALTER TABLE organization ADD COLUMN alert_window INTEGER NOT NULL DEFAULT 20;
ALTER TABLE organization ADD COLUMN alert_percent INTEGER NOT NULL DEFAULT 30;

-- Anonymous satisfaction ratings.
CREATE TABLE ratings (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    day TEXT NOT NULL, -- the day in Rome
    office_id TEXT NOT NULL,
    service_id TEXT NOT NULL,
    scale INTEGER NOT NULL CHECK (scale BETWEEN 3 AND 5),
    value INTEGER NOT NULL CHECK (value BETWEEN 1 AND scale),
    reason TEXT NOT NULL,
    comment TEXT NOT NULL CHECK (length(comment) <= 500),
    kiosk TEXT NOT NULL,
    misuse INTEGER NOT NULL
);
CREATE INDEX ratings_kiosk ON ratings (kiosk, id);
CREATE INDEX ratings_office ON ratings (office_id, misuse, id);

-- Counts of ratings a day, kept with every rating stored, so that a report
-- over a million ratings reads a few thousand rows.
CREATE TABLE rating_days (
    day TEXT NOT NULL,
    office_id TEXT NOT NULL,
    service_id TEXT NOT NULL,
    scale INTEGER NOT NULL,
    value INTEGER NOT NULL,
    reason TEXT NOT NULL,
    misuse INTEGER NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (day, office_id, service_id, scale, value, reason, misuse)
) WITHOUT ROWID;

CREATE TABLE alerts (
    id INTEGER PRIMARY KEY,
    office_id TEXT NOT NULL,
    at TEXT NOT NULL,
    negative INTEGER NOT NULL,
    window INTEGER NOT NULL,
    acknowledged_at TEXT,
    acknowledged_by TEXT NOT NULL DEFAULT ''
);
