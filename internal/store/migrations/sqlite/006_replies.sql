-- Written replies: each registered as outgoing in the same yearly register.
CREATE TABLE replies (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests (id),
    protocol_year INTEGER NOT NULL,
    protocol_number INTEGER NOT NULL,
    body TEXT NOT NULL,
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    FOREIGN KEY (protocol_year, protocol_number) REFERENCES register (year, number)
);
CREATE INDEX replies_request ON replies (request_id);
