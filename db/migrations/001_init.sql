-- Accounts. Users are never deleted: history keeps their names.
CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    username      TEXT    NOT NULL UNIQUE,
    password_hash BLOB    NOT NULL,
    role          TEXT    NOT NULL CHECK (role IN ('reviewer', 'supervisor', 'admin')),
    active        INTEGER NOT NULL DEFAULT 1,
    lang          TEXT    NOT NULL DEFAULT 'zh',
    created_at    TEXT    NOT NULL
);

-- One customer's ID card: both photos, the portrait, and where review stands.
CREATE TABLE records (
    id           INTEGER PRIMARY KEY,
    status       TEXT    NOT NULL CHECK (status IN
                 ('ocr_pending', 'ocr_failed', 'pending', 'awaiting_second', 'approved', 'rejected')),
    version      INTEGER NOT NULL DEFAULT 1,
    front_sha    TEXT    NOT NULL,
    back_sha     TEXT    NOT NULL,
    portrait_sha TEXT,
    engine       TEXT    NOT NULL,
    ocr_outcome  TEXT,
    uploaded_by  INTEGER NOT NULL REFERENCES users (id),
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL
);
CREATE INDEX records_status ON records (status, id);

-- Each field as the OCR read it and as the reviewer corrected it.
CREATE TABLE fields (
    record_id    INTEGER NOT NULL REFERENCES records (id),
    name         TEXT    NOT NULL,
    ocr_value    TEXT    NOT NULL DEFAULT '',
    ocr_trusted  INTEGER,
    ocr_reason   TEXT    NOT NULL DEFAULT '',
    value        TEXT,
    corrected_by INTEGER REFERENCES users (id),
    corrected_at TEXT,
    PRIMARY KEY (record_id, name)
);
CREATE INDEX fields_number ON fields (name, value, ocr_value);

-- Every OCR call, with the engine's answer kept verbatim for support.
CREATE TABLE ocr_attempts (
    id          INTEGER PRIMARY KEY,
    record_id   INTEGER NOT NULL REFERENCES records (id),
    slot        TEXT    NOT NULL CHECK (slot IN ('front', 'back')),
    engine      TEXT    NOT NULL,
    side        TEXT    NOT NULL DEFAULT '',
    outcome     TEXT    NOT NULL,
    code        INTEGER NOT NULL DEFAULT 0,
    detail      TEXT    NOT NULL DEFAULT '',
    raw         BLOB,
    started_at  TEXT    NOT NULL,
    finished_at TEXT    NOT NULL
);
CREATE INDEX ocr_attempts_record ON ocr_attempts (record_id, id);

-- The OCR queue. A job left running by a crash is queued again at start.
CREATE TABLE ocr_jobs (
    id         INTEGER PRIMARY KEY,
    record_id  INTEGER NOT NULL REFERENCES records (id),
    state      TEXT    NOT NULL CHECK (state IN ('queued', 'running', 'done')),
    created_at TEXT    NOT NULL,
    started_at TEXT
);
CREATE INDEX ocr_jobs_state ON ocr_jobs (state, id);

-- Decisions are appended; the newest one of a record is in force.
CREATE TABLE decisions (
    id            INTEGER PRIMARY KEY,
    record_id     INTEGER NOT NULL REFERENCES records (id),
    decision      TEXT    NOT NULL CHECK (decision IN ('approve', 'reject')),
    reason        TEXT    NOT NULL DEFAULT '',
    note          TEXT    NOT NULL DEFAULT '',
    override      INTEGER NOT NULL DEFAULT 0,
    override_note TEXT    NOT NULL DEFAULT '',
    decided_by    INTEGER NOT NULL REFERENCES users (id),
    decided_at    TEXT    NOT NULL
);
CREATE INDEX decisions_record ON decisions (record_id, id);

-- The audit trail: append-only, each event chained to the one before.
CREATE TABLE events (
    id        INTEGER PRIMARY KEY,
    at        TEXT    NOT NULL,
    actor_id  INTEGER REFERENCES users (id),
    action    TEXT    NOT NULL,
    record_id INTEGER REFERENCES records (id),
    detail    TEXT    NOT NULL DEFAULT '{}',
    prev_hash TEXT    NOT NULL,
    hash      TEXT    NOT NULL
);
CREATE INDEX events_record ON events (record_id, id);

CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only');
END;

CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only');
END;
