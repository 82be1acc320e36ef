-- A kiosk working with a central database keeps here, in order, the requests
-- and ratings not yet sent to it.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('request', 'rating')),
    key TEXT NOT NULL UNIQUE, -- the request's code, the rating's uid
    payload TEXT NOT NULL,    -- JSON
    created TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT ''
);

-- A rating sent twice is stored once: its uid, set on kiosks that relay.
ALTER TABLE ratings ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX ratings_uid ON ratings (uid);
