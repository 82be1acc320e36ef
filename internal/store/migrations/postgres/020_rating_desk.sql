-- The desk a rating is about: a citizen served at a desk rates it by the
-- queue ticket's QR; '' for the others.
ALTER TABLE ratings ADD COLUMN desk TEXT NOT NULL DEFAULT '';
