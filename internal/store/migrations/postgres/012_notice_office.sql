-- A notice may name the office it comes from; "" for none.
ALTER TABLE notices ADD COLUMN office_id TEXT NOT NULL DEFAULT '';
