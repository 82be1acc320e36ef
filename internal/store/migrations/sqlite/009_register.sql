-- The protocol register by the law (DPR 445/2000 art. 53-55, 63): which
-- register the content names, what each registration holds once and for
-- ever, its annulment, its document, the daily register delivered to
-- conservation, and a kiosk's emergency register.
ALTER TABLE organization ADD COLUMN register_ipa TEXT NOT NULL DEFAULT '';
ALTER TABLE organization ADD COLUMN register_aoo TEXT NOT NULL DEFAULT '';
ALTER TABLE organization ADD COLUMN register_code TEXT NOT NULL DEFAULT '';
ALTER TABLE organization ADD COLUMN register_mode TEXT NOT NULL DEFAULT 'general';
ALTER TABLE organization ADD COLUMN register_class_code TEXT NOT NULL DEFAULT '';
ALTER TABLE organization ADD COLUMN register_class_name TEXT NOT NULL DEFAULT '';
ALTER TABLE request_kinds ADD COLUMN class_code TEXT NOT NULL DEFAULT '';
ALTER TABLE request_kinds ADD COLUMN class_name TEXT NOT NULL DEFAULT '';

ALTER TABLE register ADD COLUMN ipa TEXT NOT NULL DEFAULT '';
ALTER TABLE register ADD COLUMN aoo TEXT NOT NULL DEFAULT '';
ALTER TABLE register ADD COLUMN code TEXT NOT NULL DEFAULT '';
ALTER TABLE register ADD COLUMN prefix TEXT NOT NULL DEFAULT ''; -- the code, in a registrazione particolare
ALTER TABLE register ADD COLUMN sender TEXT NOT NULL DEFAULT '';
ALTER TABLE register ADD COLUMN recipient TEXT NOT NULL DEFAULT '';
ALTER TABLE register ADD COLUMN subject TEXT NOT NULL DEFAULT '';
ALTER TABLE register ADD COLUMN class_code TEXT NOT NULL DEFAULT '';
ALTER TABLE register ADD COLUMN class_name TEXT NOT NULL DEFAULT '';
ALTER TABLE register ADD COLUMN document TEXT NOT NULL DEFAULT '';
ALTER TABLE register ADD COLUMN sha256 TEXT NOT NULL DEFAULT '';
ALTER TABLE register ADD COLUMN emergency TEXT NOT NULL DEFAULT ''; -- the emergency number it was first given
ALTER TABLE register ADD COLUMN emergency_at TEXT NOT NULL DEFAULT '';
ALTER TABLE register ADD COLUMN annulled_at TEXT;
ALTER TABLE register ADD COLUMN annulled_by TEXT;
ALTER TABLE register ADD COLUMN annul_reason TEXT;
ALTER TABLE register ADD COLUMN annul_act TEXT;
CREATE INDEX register_registered ON register (registered);
CREATE INDEX register_annulled ON register (annulled_at);
CREATE UNIQUE INDEX register_emergency ON register (emergency) WHERE emergency != '';

-- A registration is never deleted, and never changed but to annul it once,
-- with a reason and the act that authorises it.
CREATE TRIGGER register_no_delete BEFORE DELETE ON register
BEGIN SELECT RAISE(ABORT, 'a registration cannot be deleted'); END;
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

-- The document each registration registered, as written: the working copy,
-- erased by retention once it has gone to conservation.
CREATE TABLE register_documents (
    year INTEGER NOT NULL,
    number INTEGER NOT NULL,
    data BLOB NOT NULL,
    conserved TEXT, -- when it went to conservation with its daily register
    PRIMARY KEY (year, number),
    FOREIGN KEY (year, number) REFERENCES register (year, number)
);

-- Each day's register delivered to conservation: written once.
CREATE TABLE daily_registers (
    register TEXT NOT NULL, -- IPA-AOO-CODE
    day TEXT NOT NULL,
    file TEXT NOT NULL,
    folder TEXT NOT NULL, -- the conservation folder it was written into
    sha256 TEXT NOT NULL,
    first_number INTEGER NOT NULL,
    last_number INTEGER NOT NULL,
    count INTEGER NOT NULL,
    made TEXT NOT NULL,
    made_by TEXT NOT NULL,
    PRIMARY KEY (register, day)
);
CREATE TRIGGER daily_registers_no_update BEFORE UPDATE ON daily_registers
BEGIN SELECT RAISE(ABORT, 'a delivered daily register cannot be changed'); END;
CREATE TRIGGER daily_registers_no_delete BEFORE DELETE ON daily_registers
BEGIN SELECT RAISE(ABORT, 'a delivered daily register cannot be changed'); END;

-- A kiosk's emergency register (art. 63), on its own database: what it
-- registered while the central database did not answer, and the ordinary
-- number each got on sync.
CREATE TABLE emergency_register (
    number TEXT PRIMARY KEY, -- RE-KIOSK-2026-0000001
    kiosk TEXT NOT NULL,
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    at TEXT NOT NULL,
    request_code TEXT NOT NULL UNIQUE,
    outage_id INTEGER NOT NULL REFERENCES emergency_outages (id),
    ordinary TEXT NOT NULL DEFAULT '', -- 2026/0000130, set once on sync
    UNIQUE (kiosk, year, seq)
);
CREATE TABLE emergency_outages (
    id INTEGER PRIMARY KEY,
    began TEXT NOT NULL,
    ended TEXT,
    cause TEXT NOT NULL
);
CREATE TRIGGER emergency_register_no_delete BEFORE DELETE ON emergency_register
BEGIN SELECT RAISE(ABORT, 'an emergency registration cannot be deleted'); END;
CREATE TRIGGER emergency_register_no_update BEFORE UPDATE ON emergency_register
WHEN OLD.ordinary != '' OR NEW.number IS NOT OLD.number OR NEW.at IS NOT OLD.at OR NEW.request_code IS NOT OLD.request_code
  OR NEW.kiosk IS NOT OLD.kiosk OR NEW.year IS NOT OLD.year OR NEW.seq IS NOT OLD.seq OR NEW.outage_id IS NOT OLD.outage_id
BEGIN SELECT RAISE(ABORT, 'an emergency registration cannot be changed, only linked once to its ordinary number'); END;
