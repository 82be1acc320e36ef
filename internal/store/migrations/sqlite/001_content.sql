-- The content a citizen reads; replaced as a whole by a content import.
CREATE TABLE organization (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name_it TEXT NOT NULL, name_en TEXT NOT NULL,
    office_it TEXT NOT NULL, office_en TEXT NOT NULL,
    phone TEXT NOT NULL, email TEXT NOT NULL, status_url TEXT NOT NULL, logo TEXT NOT NULL,
    demo INTEGER NOT NULL,
    privacy_short_it TEXT NOT NULL, privacy_short_en TEXT NOT NULL,
    privacy_full_it TEXT NOT NULL, privacy_full_en TEXT NOT NULL
);

CREATE TABLE request_kinds (
    id TEXT PRIMARY KEY, pos INTEGER NOT NULL,
    label_it TEXT NOT NULL, label_en TEXT NOT NULL,
    description_it TEXT NOT NULL, description_en TEXT NOT NULL,
    term_days INTEGER NOT NULL CHECK (term_days > 0)
);

CREATE TABLE departments (
    id TEXT PRIMARY KEY, pos INTEGER NOT NULL,
    name_it TEXT NOT NULL, name_en TEXT NOT NULL,
    head TEXT NOT NULL,
    purpose_it TEXT NOT NULL, purpose_en TEXT NOT NULL
);

CREATE TABLE offices (
    id TEXT PRIMARY KEY, pos INTEGER NOT NULL,
    department_id TEXT REFERENCES departments (id),
    name_it TEXT NOT NULL, name_en TEXT NOT NULL,
    address TEXT NOT NULL,
    floor_it TEXT NOT NULL, floor_en TEXT NOT NULL,
    room TEXT NOT NULL,
    phones TEXT NOT NULL, -- JSON array of strings
    email TEXT NOT NULL, pec TEXT NOT NULL, officer TEXT NOT NULL,
    directions_it TEXT NOT NULL, directions_en TEXT NOT NULL,
    patron_day TEXT NOT NULL, patron_it TEXT NOT NULL, patron_en TEXT NOT NULL
);

CREATE TABLE office_hours (
    office_id TEXT NOT NULL REFERENCES offices (id) ON DELETE CASCADE,
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
    opens INTEGER NOT NULL, closes INTEGER NOT NULL CHECK (closes > opens)
);
CREATE INDEX office_hours_office ON office_hours (office_id, weekday);

-- office_id NULL: a closure of every office.
CREATE TABLE closures (
    office_id TEXT REFERENCES offices (id) ON DELETE CASCADE,
    pos INTEGER NOT NULL,
    day TEXT NOT NULL,
    reason_it TEXT NOT NULL, reason_en TEXT NOT NULL,
    hours TEXT NOT NULL -- special hours "09:00-12:00 15:00-17:00"; empty: closed all day
);
CREATE INDEX closures_office ON closures (office_id, pos);

CREATE TABLE categories (
    id TEXT PRIMARY KEY, pos INTEGER NOT NULL,
    name_it TEXT NOT NULL, name_en TEXT NOT NULL
);

CREATE TABLE forms (
    id TEXT PRIMARY KEY, pos INTEGER NOT NULL,
    title_it TEXT NOT NULL, title_en TEXT NOT NULL,
    language TEXT NOT NULL, file TEXT NOT NULL, url TEXT NOT NULL
);

CREATE TABLE services (
    id TEXT PRIMARY KEY, pos INTEGER NOT NULL,
    office_id TEXT NOT NULL REFERENCES offices (id),
    category_id TEXT NOT NULL REFERENCES categories (id),
    title_it TEXT NOT NULL, title_en TEXT NOT NULL,
    summary_it TEXT NOT NULL, summary_en TEXT NOT NULL,
    body_it TEXT NOT NULL, body_en TEXT NOT NULL,
    eligible_it TEXT NOT NULL, eligible_en TEXT NOT NULL,
    documents TEXT NOT NULL, -- JSON array of {"it":...,"en":...}
    fees_it TEXT NOT NULL, fees_en TEXT NOT NULL,
    response_days INTEGER NOT NULL
);

CREATE TABLE service_forms (
    service_id TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    form_id TEXT NOT NULL REFERENCES forms (id),
    pos INTEGER NOT NULL,
    PRIMARY KEY (service_id, form_id)
);

CREATE TABLE documents (
    id TEXT PRIMARY KEY, pos INTEGER NOT NULL,
    kind TEXT NOT NULL,
    title_it TEXT NOT NULL, title_en TEXT NOT NULL,
    day TEXT NOT NULL, file TEXT NOT NULL, url TEXT NOT NULL
);

CREATE TABLE notices (
    id TEXT PRIMARY KEY, pos INTEGER NOT NULL,
    kind TEXT NOT NULL,
    title_it TEXT NOT NULL, title_en TEXT NOT NULL,
    body_it TEXT NOT NULL, body_en TEXT NOT NULL,
    valid_from TEXT NOT NULL, valid_to TEXT NOT NULL, url TEXT NOT NULL
);

-- The files the content names (PDFs, logo), by their path in the content file.
CREATE TABLE files (
    path TEXT PRIMARY KEY,
    data BLOB NOT NULL
);
