-- Staff accounts, and every sign-in and failure.
CREATE TABLE staff (
    username TEXT PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('operator', 'editor', 'admin')),
    hash TEXT NOT NULL,
    created TEXT NOT NULL,
    failures INTEGER NOT NULL DEFAULT 0,  -- failed attempts since the last success or lock
    lockouts INTEGER NOT NULL DEFAULT 0,  -- how many times it was locked: each lock lasts twice the last
    locked_until TEXT
);

CREATE TABLE staff_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    username TEXT NOT NULL,
    event TEXT NOT NULL
);
