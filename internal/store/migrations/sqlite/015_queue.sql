-- The desk queue: the content's lines and desks, as JSON; '' for none.
ALTER TABLE organization ADD COLUMN queue TEXT NOT NULL DEFAULT '';
-- Each line's last number of the day: numbers restart each day.
CREATE TABLE queue_counters (
    day TEXT NOT NULL,
    line TEXT NOT NULL,
    last INTEGER NOT NULL,
    PRIMARY KEY (day, line)
);
-- The tickets taken: no personal data.
CREATE TABLE queue_tickets (
    id INTEGER PRIMARY KEY,
    day TEXT NOT NULL,
    line TEXT NOT NULL,
    number INTEGER NOT NULL,
    priority INTEGER NOT NULL DEFAULT 0,
    lang TEXT NOT NULL,
    token TEXT NOT NULL UNIQUE,
    kiosk TEXT NOT NULL,
    taken TEXT NOT NULL,
    queued TEXT NOT NULL,
    called TEXT,
    desk TEXT NOT NULL DEFAULT '',
    finished TEXT,
    status TEXT NOT NULL,
    UNIQUE (day, line, number)
);
CREATE INDEX queue_tickets_day ON queue_tickets (day, status);
CREATE INDEX queue_tickets_called ON queue_tickets (called);
CREATE INDEX queue_tickets_kiosk ON queue_tickets (kiosk, taken);
