-- The legal clocks of access requests and what the access register
-- (registro degli accessi) publishes of them.
-- counter_notified: when the counter-interested parties were told (the term stops 10 days); NULL: never.
ALTER TABLE requests ADD COLUMN counter_notified TEXT;
-- release_after: granted over an opposition, the first day the documents may go out; '' for none.
ALTER TABLE requests ADD COLUMN release_after TEXT NOT NULL DEFAULT '';
-- review_of: a riesame, the tracking code of the request it reviews; '' for none.
ALTER TABLE requests ADD COLUMN review_of TEXT NOT NULL DEFAULT '';
-- access_summary and access_reason: what staff write for the public register, never a name.
ALTER TABLE requests ADD COLUMN access_summary TEXT NOT NULL DEFAULT '';
ALTER TABLE requests ADD COLUMN access_reason TEXT NOT NULL DEFAULT '';
-- clock: the clock change an event records ('' for a plain status change).
ALTER TABLE request_events ADD COLUMN clock TEXT NOT NULL DEFAULT '';
CREATE INDEX requests_registered ON requests (registered);
CREATE INDEX requests_review_of ON requests (review_of);
