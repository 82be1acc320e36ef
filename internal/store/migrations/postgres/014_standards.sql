-- A service's standard in the service charter, as JSON (indicator, target, threshold); '' for none.
ALTER TABLE services ADD COLUMN standard TEXT NOT NULL DEFAULT '';
