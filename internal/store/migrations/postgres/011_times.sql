-- Every time is stored as 2026-11-25T09:30:00.000000000Z: in UTC, to the
-- nanosecond, always as wide, so that stored times compare as text as they
-- do as times. RFC 3339 with its fraction cut short, as times were stored
-- before, did not: "...T09:30:00.5Z" sorts before "...T09:30:00Z". The times
-- stored before are rewritten so; each stays the same instant.
-- The triggers that keep the audit log, the register and the daily
-- registers unchanged are disabled meanwhile.
ALTER TABLE audit DISABLE TRIGGER audit_no_update;
ALTER TABLE register DISABLE TRIGGER register_no_update;
ALTER TABLE daily_registers DISABLE TRIGGER daily_registers_no_update;

UPDATE migrations SET
  applied = CASE WHEN applied LIKE '____-__-__T__:__:__%Z'
    THEN substr(applied, 1, 19) || '.' || substr(substr(replace(applied, 'Z', ''), 21) || '000000000', 1, 9) || 'Z' ELSE applied END;
UPDATE register SET
  registered = CASE WHEN registered LIKE '____-__-__T__:__:__%Z'
    THEN substr(registered, 1, 19) || '.' || substr(substr(replace(registered, 'Z', ''), 21) || '000000000', 1, 9) || 'Z' ELSE registered END,
  emergency_at = CASE WHEN emergency_at LIKE '____-__-__T__:__:__%Z'
    THEN substr(emergency_at, 1, 19) || '.' || substr(substr(replace(emergency_at, 'Z', ''), 21) || '000000000', 1, 9) || 'Z' ELSE emergency_at END,
  annulled_at = CASE WHEN annulled_at LIKE '____-__-__T__:__:__%Z'
    THEN substr(annulled_at, 1, 19) || '.' || substr(substr(replace(annulled_at, 'Z', ''), 21) || '000000000', 1, 9) || 'Z' ELSE annulled_at END;
UPDATE requests SET
  registered = CASE WHEN registered LIKE '____-__-__T__:__:__%Z'
    THEN substr(registered, 1, 19) || '.' || substr(substr(replace(registered, 'Z', ''), 21) || '000000000', 1, 9) || 'Z' ELSE registered END,
  suspended_since = CASE WHEN suspended_since LIKE '____-__-__T__:__:__%Z'
    THEN substr(suspended_since, 1, 19) || '.' || substr(substr(replace(suspended_since, 'Z', ''), 21) || '000000000', 1, 9) || 'Z' ELSE suspended_since END;
UPDATE request_events SET
  at = CASE WHEN at LIKE '____-__-__T__:__:__%Z'
    THEN substr(at, 1, 19) || '.' || substr(substr(replace(at, 'Z', ''), 21) || '000000000', 1, 9) || 'Z' ELSE at END;
UPDATE replies SET
  at = CASE WHEN at LIKE '____-__-__T__:__:__%Z'
    THEN substr(at, 1, 19) || '.' || substr(substr(replace(at, 'Z', ''), 21) || '000000000', 1, 9) || 'Z' ELSE at END;
UPDATE ratings SET
  at = CASE WHEN at LIKE '____-__-__T__:__:__%Z'
    THEN substr(at, 1, 19) || '.' || substr(substr(replace(at, 'Z', ''), 21) || '000000000', 1, 9) || 'Z' ELSE at END;
UPDATE alerts SET
  at = CASE WHEN at LIKE '____-__-__T__:__:__%Z'
    THEN substr(at, 1, 19) || '.' || substr(substr(replace(at, 'Z', ''), 21) || '000000000', 1, 9) || 'Z' ELSE at END,
  acknowledged_at = CASE WHEN acknowledged_at LIKE '____-__-__T__:__:__%Z'
    THEN substr(acknowledged_at, 1, 19) || '.' || substr(substr(replace(acknowledged_at, 'Z', ''), 21) || '000000000', 1, 9) || 'Z' ELSE acknowledged_at END;
UPDATE staff SET
  created = CASE WHEN created LIKE '____-__-__T__:__:__%Z'
    THEN substr(created, 1, 19) || '.' || substr(substr(replace(created, 'Z', ''), 21) || '000000000', 1, 9) || 'Z' ELSE created END,
  locked_until = CASE WHEN locked_until LIKE '____-__-__T__:__:__%Z'
    THEN substr(locked_until, 1, 19) || '.' || substr(substr(replace(locked_until, 'Z', ''), 21) || '000000000', 1, 9) || 'Z' ELSE locked_until END;
UPDATE staff_log SET
  at = CASE WHEN at LIKE '____-__-__T__:__:__%Z'
    THEN substr(at, 1, 19) || '.' || substr(substr(replace(at, 'Z', ''), 21) || '000000000', 1, 9) || 'Z' ELSE at END;
UPDATE audit SET
  at = CASE WHEN at LIKE '____-__-__T__:__:__%Z'
    THEN substr(at, 1, 19) || '.' || substr(substr(replace(at, 'Z', ''), 21) || '000000000', 1, 9) || 'Z' ELSE at END;
UPDATE outbox SET
  created = CASE WHEN created LIKE '____-__-__T__:__:__%Z'
    THEN substr(created, 1, 19) || '.' || substr(substr(replace(created, 'Z', ''), 21) || '000000000', 1, 9) || 'Z' ELSE created END,
  set_aside = CASE WHEN set_aside LIKE '____-__-__T__:__:__%Z'
    THEN substr(set_aside, 1, 19) || '.' || substr(substr(replace(set_aside, 'Z', ''), 21) || '000000000', 1, 9) || 'Z' ELSE set_aside END;
UPDATE register_documents SET
  conserved = CASE WHEN conserved LIKE '____-__-__T__:__:__%Z'
    THEN substr(conserved, 1, 19) || '.' || substr(substr(replace(conserved, 'Z', ''), 21) || '000000000', 1, 9) || 'Z' ELSE conserved END;
UPDATE daily_registers SET
  made = CASE WHEN made LIKE '____-__-__T__:__:__%Z'
    THEN substr(made, 1, 19) || '.' || substr(substr(replace(made, 'Z', ''), 21) || '000000000', 1, 9) || 'Z' ELSE made END;
UPDATE emergency_outages SET
  began = CASE WHEN began LIKE '____-__-__T__:__:__%Z'
    THEN substr(began, 1, 19) || '.' || substr(substr(replace(began, 'Z', ''), 21) || '000000000', 1, 9) || 'Z' ELSE began END,
  ended = CASE WHEN ended LIKE '____-__-__T__:__:__%Z'
    THEN substr(ended, 1, 19) || '.' || substr(substr(replace(ended, 'Z', ''), 21) || '000000000', 1, 9) || 'Z' ELSE ended END;
UPDATE emergency_register SET
  at = CASE WHEN at LIKE '____-__-__T__:__:__%Z'
    THEN substr(at, 1, 19) || '.' || substr(substr(replace(at, 'Z', ''), 21) || '000000000', 1, 9) || 'Z' ELSE at END;

ALTER TABLE audit ENABLE TRIGGER audit_no_update;
ALTER TABLE register ENABLE TRIGGER register_no_update;
ALTER TABLE daily_registers ENABLE TRIGGER daily_registers_no_update;
