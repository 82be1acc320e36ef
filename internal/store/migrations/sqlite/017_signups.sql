-- How an event takes sign-ups, as JSON; '' for none.
ALTER TABLE notices ADD COLUMN signups TEXT NOT NULL DEFAULT '';
-- Who signed up for an event: a seat, or a place on its waiting list.
-- name, email and phone are personal: only staff see them.
CREATE TABLE event_signups (
    id INTEGER PRIMARY KEY,
    notice_id TEXT NOT NULL,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT NOT NULL,
    lang TEXT NOT NULL,
    status TEXT NOT NULL,
    signed TEXT NOT NULL,
    changed TEXT NOT NULL
);
CREATE INDEX event_signups_notice ON event_signups (notice_id, status, id);
-- The seats of each event taken: the row a sign-up locks.
CREATE TABLE event_seats (
    notice_id TEXT PRIMARY KEY,
    taken INTEGER NOT NULL
);
