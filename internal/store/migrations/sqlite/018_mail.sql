-- E-mails to citizens waiting for the SMTP server: an appointment's
-- confirmation and its reminder. ref is what the mail is about (the
-- appointment's code); recipient and body are personal, erased once sent.
CREATE TABLE mail_queue (
    id INTEGER PRIMARY KEY,
    ref TEXT NOT NULL,
    kind TEXT NOT NULL,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    due TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    sent TEXT,
    failed TEXT
);
CREATE INDEX mail_queue_due ON mail_queue (due) WHERE sent IS NULL AND failed IS NULL;
CREATE INDEX mail_queue_ref ON mail_queue (ref);
