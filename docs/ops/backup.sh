#!/usr/bin/env bash
# Online backup of the portal's database (embedded or external) into one SQL file, gzip-compressed when the name ends
# in .gz. Consistent without stopping the portal: one transaction snapshot (--single-transaction; every table is
# InnoDB). Evidence files are stored in the database (table stored_file), so this file is the whole backup.
#
#   docs/ops/backup.sh [OUTPUT_FILE]      default: ./portal-backup-<UTC time>.sql.gz
#
# Connection: see portal-db-connection.sh (SPRING_DATASOURCE_* for an external database, otherwise PORTAL_DATA_DIR).
# Exit status 0 only when the dump completed and was written in full.
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=portal-db-connection.sh
source "$here/portal-db-connection.sh"

out=${1:-portal-backup-$(date -u +%Y%m%dT%H%M%SZ).sql.gz}
umask 077
partial="$out.partial"
trap 'rm -f "$OPTIONS_FILE" "$partial"' EXIT

dump() {
    "$MARIADB_DUMP" --defaults-extra-file="$OPTIONS_FILE" --default-character-set=utf8mb4 \
        --single-transaction --routines --triggers --hex-blob --no-tablespaces --add-drop-table \
        --skip-lock-tables "$DB_NAME"
}

if [[ "$out" == *.gz ]]; then
    dump | gzip -c > "$partial"
    last=$(gzip -dc "$partial" | tail -n 1)
else
    dump > "$partial"
    last=$(tail -n 1 "$partial")
fi
[[ "$last" == "-- Dump completed"* ]] || die "the dump did not complete (last line: $last); no backup written"
mv "$partial" "$out"
echo "Backed up $DB_WHERE ($DB_MODE) to $out ($(wc -c < "$out") bytes)"
