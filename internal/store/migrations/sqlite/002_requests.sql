-- The protocol register: one gap-free sequence a year, incoming and outgoing.
CREATE TABLE register (
    year INTEGER NOT NULL,
    number INTEGER NOT NULL CHECK (number > 0),
    direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    registered TEXT NOT NULL,
    PRIMARY KEY (year, number)
);

-- What citizens file. office_id and service_id are not foreign keys: a
-- content import may remove an office, never a request.
CREATE TABLE requests (
    id INTEGER PRIMARY KEY,
    protocol_year INTEGER NOT NULL,
    protocol_number INTEGER NOT NULL,
    code TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    office_id TEXT NOT NULL,
    service_id TEXT NOT NULL,
    body TEXT NOT NULL,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT NOT NULL,
    lang TEXT NOT NULL,
    registered TEXT NOT NULL,
    term_days INTEGER NOT NULL,
    suspended_days INTEGER NOT NULL DEFAULT 0,
    suspended_since TEXT,
    deadline TEXT NOT NULL,
    status TEXT NOT NULL,
    outcome TEXT NOT NULL DEFAULT '',
    FOREIGN KEY (protocol_year, protocol_number) REFERENCES register (year, number),
    UNIQUE (protocol_year, protocol_number)
);
CREATE INDEX requests_status ON requests (status, deadline);

CREATE TABLE request_events (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests (id),
    status TEXT NOT NULL,
    outcome TEXT NOT NULL,
    public_note TEXT NOT NULL,
    internal_note TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX request_events_request ON request_events (request_id, id);
