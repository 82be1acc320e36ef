-- How a service takes appointments, as JSON; '' for none.
ALTER TABLE services ADD COLUMN booking TEXT NOT NULL DEFAULT '';
-- Appointments booked. name, email, phone and reason are personal: only staff
-- see them, and they are erased as those of requests are.
CREATE TABLE appointments (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    service_id TEXT NOT NULL,
    office_id TEXT NOT NULL,
    starts TEXT NOT NULL,
    minutes INTEGER NOT NULL,
    reason TEXT NOT NULL,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT NOT NULL,
    lang TEXT NOT NULL,
    booked TEXT NOT NULL,
    status TEXT NOT NULL,
    changed TEXT NOT NULL
);
CREATE INDEX appointments_starts ON appointments (starts);
-- How many places of a slot are taken: the row a booking locks, so that a
-- slot taken is gone for everyone at once.
CREATE TABLE appointment_slots (
    service_id TEXT NOT NULL,
    starts TEXT NOT NULL,
    taken INTEGER NOT NULL,
    PRIMARY KEY (service_id, starts)
);
