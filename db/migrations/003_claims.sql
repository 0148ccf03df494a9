-- A reviewer's claim on a pending record, so two reviewers never work on
-- the same one. One row per record; a claim whose touched_at is older than
-- the service's idle limit has lapsed and may be taken over.
CREATE TABLE claims (
    record_id  INTEGER PRIMARY KEY REFERENCES records (id),
    user_id    INTEGER NOT NULL REFERENCES users (id),
    claimed_at TEXT    NOT NULL,
    touched_at TEXT    NOT NULL
);
CREATE INDEX claims_user ON claims (user_id, touched_at);
