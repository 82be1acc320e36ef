-- The kiosk's settings, changed by an admin in staff mode.
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
