-- Lookups behind the duplicate checks of the review page, so that opening
-- a record stays fast with hundreds of thousands of records.
CREATE INDEX fields_current_number ON fields (UPPER(COALESCE(value, ocr_value))) WHERE name = 'number';
CREATE INDEX records_front_print ON records (front_phash, id, status) WHERE front_thumb IS NOT NULL;
