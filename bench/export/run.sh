#!/usr/bin/env bash
# Peak memory of `kycreview export` over N decided records (default
# 100000): seeds a fresh data folder with one SQL transaction through the
# sqlite3 shell, then reports the CLI's maximum RSS for CSV and XLSX.
#
#   bench/export/run.sh [N]
set -euo pipefail
cd "$(dirname "$0")/../.."
n="${1:-100000}"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT

go build -o "$dir/kycreview" .
# Creates the schema; the password is never used.
echo "bench-password-only" | "$dir/kycreview" user add -data "$dir" -username rita -role reviewer >/dev/null

sqlite3 "$dir/kycreview.db" <<SQL
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $n)
INSERT INTO records (id, status, front_sha, back_sha, engine, uploaded_by, created_at, updated_at)
SELECT i, 'approved', 'f', 'b', 'none', 1, '2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z' FROM n;
INSERT INTO fields (record_id, name, ocr_value)
SELECT r.id, f.name, f.value FROM records r, (
	SELECT 'name' AS name, '赵宁宁' AS value UNION ALL SELECT 'sex', '男' UNION ALL SELECT 'nation', '汉'
	UNION ALL SELECT 'birthday', '1989-12-01' UNION ALL SELECT 'address', '浙江省杭州市余杭区文一西路969号'
	UNION ALL SELECT 'number', '320382198912014010' UNION ALL SELECT 'authority', '杭州市公安局余杭分局'
	UNION ALL SELECT 'timelimit', '20180806-20380806') f;
INSERT INTO decisions (record_id, decision, decided_by, decided_at)
SELECT id, 'approve', 1, '2026-01-02T00:00:00.000000Z' FROM records;
COMMIT;
SQL

for format in csv xlsx; do
	/usr/bin/time -f "$format: %M KiB max RSS, %e s" "$dir/kycreview" export -data "$dir" -format "$format" \
		-full-numbers >"$dir/out.$format" 2>"$dir/time.$format" || { cat "$dir/time.$format"; exit 1; }
	echo "$(tail -1 "$dir/time.$format"), $(grep exported "$dir/time.$format"), $(du -h "$dir/out.$format" | cut -f1)"
done
