#!/usr/bin/env bash
# Restores a backup made by backup.sh into the portal's database (embedded or external).
#
#   docs/ops/restore.sh [--force] BACKUP_FILE
#
# The target database must be empty, or --force drops every table in it first. Stop the portal instances that use
# an external database before restoring (embedded: the database runs inside the portal; restore while nobody uses it,
# then restart the portal). Afterwards the portal starts as usual: Flyway finds the restored schema history and applies
# only migrations newer than the backup. Check the audit trail with "Verify integrity" in the audit view.
#
# Connection: see portal-db-connection.sh (SPRING_DATASOURCE_* for an external database, otherwise PORTAL_DATA_DIR).
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=portal-db-connection.sh
source "$here/portal-db-connection.sh"

force=false
if [[ "${1:-}" == "--force" ]]; then
    force=true
    shift
fi
file=${1:-}
[[ -n "$file" && -f "$file" ]] || die "usage: restore.sh [--force] BACKUP_FILE"

read_backup() {
    if [[ "$file" == *.gz ]]; then gzip -dc "$file"; else cat "$file"; fi
}

last=$(read_backup | tail -n 1)
[[ "$last" == "-- Dump completed"* ]] || die "$file is not a complete backup (last line: $last)"

tables=$(db_client -N -B -e "SELECT GROUP_CONCAT(CONCAT('\`', REPLACE(table_name, '\`', '\`\`'), '\`')) FROM information_schema.tables WHERE table_schema = DATABASE()")
if [[ -n "$tables" && "$tables" != "NULL" ]]; then
    $force || die "the database $DB_WHERE is not empty; use --force to drop its tables and restore"
    echo "Dropping the tables of $DB_WHERE"
    db_client -e "SET FOREIGN_KEY_CHECKS = 0; DROP TABLE $tables; SET FOREIGN_KEY_CHECKS = 1;"
fi

read_backup | db_client
count=$(db_client -N -B -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()")
echo "Restored $file into $DB_WHERE ($DB_MODE): $count tables"
