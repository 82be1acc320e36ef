-- Every time is stored as 2026-11-25T09:30:00.000000000Z: in UTC, to the
-- nanosecond, always as wide, so that stored times compare as text as they
-- do as times. RFC 3339 with its fraction cut short, as times were stored
-- before, did not: "...T09:30:00.5Z" sorts before "...T09:30:00Z". The times
-- stored before are rewritten so; each stays the same instant.
-- The triggers that keep the audit log, the registers and the daily
-- registers unchanged are dropped meanwhile, and made again as they were.
DROP TRIGGER audit_no_update;
DROP TRIGGER register_no_update;
DROP TRIGGER daily_registers_no_update;
DROP TRIGGER emergency_register_no_update;

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

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END;
CREATE TRIGGER register_no_update BEFORE UPDATE ON register
WHEN OLD.annulled_at IS NOT NULL
  OR NEW.year IS NOT OLD.year OR NEW.number IS NOT OLD.number OR NEW.direction IS NOT OLD.direction
  OR NEW.registered IS NOT OLD.registered OR NEW.ipa IS NOT OLD.ipa OR NEW.aoo IS NOT OLD.aoo
  OR NEW.code IS NOT OLD.code OR NEW.prefix IS NOT OLD.prefix OR NEW.sender IS NOT OLD.sender
  OR NEW.recipient IS NOT OLD.recipient OR NEW.subject IS NOT OLD.subject
  OR NEW.class_code IS NOT OLD.class_code OR NEW.class_name IS NOT OLD.class_name
  OR NEW.document IS NOT OLD.document OR NEW.sha256 IS NOT OLD.sha256
  OR NEW.emergency IS NOT OLD.emergency OR NEW.emergency_at IS NOT OLD.emergency_at
  OR NEW.annulled_at IS NULL OR coalesce(NEW.annulled_by, '') = ''
  OR coalesce(NEW.annul_reason, '') = '' OR coalesce(NEW.annul_act, '') = ''
BEGIN SELECT RAISE(ABORT, 'a registration cannot be changed, only annulled once with a reason and an act'); END;
CREATE TRIGGER daily_registers_no_update BEFORE UPDATE ON daily_registers
BEGIN SELECT RAISE(ABORT, 'a delivered daily register cannot be changed'); END;
CREATE TRIGGER emergency_register_no_update BEFORE UPDATE ON emergency_register
WHEN OLD.ordinary != '' OR NEW.number IS NOT OLD.number OR NEW.at IS NOT OLD.at OR NEW.request_code IS NOT OLD.request_code
  OR NEW.kiosk IS NOT OLD.kiosk OR NEW.year IS NOT OLD.year OR NEW.seq IS NOT OLD.seq OR NEW.outage_id IS NOT OLD.outage_id
BEGIN SELECT RAISE(ABORT, 'an emergency registration cannot be changed, only linked once to its ordinary number'); END;
