-- An outbox item the central database keeps refusing is set aside, with its
-- error, for staff to see, so that the items after it go on.
ALTER TABLE outbox ADD COLUMN set_aside TEXT;
