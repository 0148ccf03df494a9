-- What the upload learned of each photo, for the duplicate and size checks:
-- widths, and for the front a 64-bit difference hash (a cheap first filter)
-- and a 64x40 grey thumbnail (compared by correlation).
ALTER TABLE records ADD COLUMN front_width INTEGER NOT NULL DEFAULT 0;
ALTER TABLE records ADD COLUMN back_width  INTEGER NOT NULL DEFAULT 0;
ALTER TABLE records ADD COLUMN front_phash INTEGER NOT NULL DEFAULT 0;
ALTER TABLE records ADD COLUMN front_thumb BLOB;

CREATE INDEX records_front_sha ON records (front_sha);
CREATE INDEX records_back_sha ON records (back_sha);
