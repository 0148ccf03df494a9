-- What the record looked like when it was decided, so supervisors can
-- filter on it later: errors and untrusted fields at decision time.
ALTER TABLE decisions ADD COLUMN errors    INTEGER NOT NULL DEFAULT 0;
ALTER TABLE decisions ADD COLUMN untrusted INTEGER NOT NULL DEFAULT 0;
CREATE INDEX decisions_decided_at ON decisions (decided_at, id);
CREATE INDEX decisions_by ON decisions (decided_by, id);

-- A supervisor reopening a decided record. Decisions up to decision_id no
-- longer count; they stay in the table as history.
CREATE TABLE reopens (
    id          INTEGER PRIMARY KEY,
    record_id   INTEGER NOT NULL REFERENCES records (id),
    decision_id INTEGER NOT NULL REFERENCES decisions (id),
    reason      TEXT    NOT NULL,
    reopened_by INTEGER NOT NULL REFERENCES users (id),
    reopened_at TEXT    NOT NULL
);
CREATE INDEX reopens_record ON reopens (record_id, id);

-- Four-eyes: the second person's approval of an overridden approval.
CREATE TABLE second_approvals (
    id          INTEGER PRIMARY KEY,
    record_id   INTEGER NOT NULL REFERENCES records (id),
    decision_id INTEGER NOT NULL REFERENCES decisions (id),
    approved_by INTEGER NOT NULL REFERENCES users (id),
    approved_at TEXT    NOT NULL
);
CREATE INDEX second_approvals_record ON second_approvals (record_id, id);

-- Retention: when the photos of a decided record were deleted.
ALTER TABLE records ADD COLUMN photos_purged_at TEXT;
-- A purge asks whether a kept record still uses a photo file.
CREATE INDEX records_kept_front ON records (front_sha) WHERE photos_purged_at IS NULL;
CREATE INDEX records_kept_back ON records (back_sha) WHERE photos_purged_at IS NULL;
CREATE INDEX records_kept_portrait ON records (portrait_sha) WHERE photos_purged_at IS NULL;
