#!/usr/bin/env bash
# Online backup of LanToa's embedded PostgreSQL while the application runs (docs/reliability.md,
# "Backup and restore of the embedded database"): PostgreSQL's low-level base backup API
# (pg_backup_start / pg_backup_stop) held open by one psql session, a tar of the data directory (the
# cluster and the application's files) and the WAL the copy needs, with the backup_label that
# pg_backup_stop returns. Needs psql of any version (Debian's postgresql-client) and GNU tar; no
# PostgreSQL 17 client tools. Run as the user that runs LanToa:
#   ops/backup/lantoa-embedded-backup.sh [DATA_DIR] [BACKUP_DIR]      (./data, ./backups)
# Restore: stop LanToa, unpack into an empty data directory, start LanToa on it; the embedded server
# finds backup_label and replays the WAL in the archive up to the end of the backup:
#   mkdir restored && tar -C restored -xzf backups/lantoa-embedded-<stamp>.tar.gz
#   java -jar lantoa.jar --lantoa.data-dir=restored
set -euo pipefail
DATA_DIR=${1:-${DATA_DIR:-./data}}
BACKUP_DIR=${2:-${BACKUP_DIR:-./backups}}
PORT=$(cat "$DATA_DIR/postgres.port")
STAMP=$(date +%Y-%m-%dT%H%M%S)
umask 077
mkdir -p "$BACKUP_DIR"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# One session holds the backup open while the files are copied (closing it aborts the backup).
coproc PG { psql -X -q -At -v ON_ERROR_STOP=1 -h localhost -p "$PORT" -U postgres -d postgres 2>&1; }
ask() { echo "$1" >&"${PG[1]}"; }
answer() { local line; IFS= read -r -t 60 line <&"${PG[0]}" || { echo "no answer from PostgreSQL" >&2; exit 1; }; printf '%s' "$line"; }

ask "SET client_min_messages = warning;" # no notices among the answers read below
ask "SELECT 'start ' || pg_walfile_name(pg_backup_start('lantoa $STAMP', true));"
START=$(answer)
[[ $START == start\ * ]] || { echo "pg_backup_start failed: $START" >&2; exit 1; }
FIRST_WAL=${START#start }

# The files while PostgreSQL keeps writing: a file that changes or goes away while tar reads it is
# expected (tar exits 1 for that); the WAL replayed at restore makes the copy consistent.
status=0
tar -C "$DATA_DIR" -cf "$WORK/backup.tar" --warning=no-file-changed --warning=no-file-removed \
    --exclude=./postgres/postmaster.pid --exclude=./postgres/postmaster.opts \
    --exclude='./postgres/pg_wal/*' --exclude='./postgres/pg_replslot/*' --exclude=./postgres/backup_label.old \
    . || status=$?
[ "$status" -le 1 ] || { echo "tar failed ($status)" >&2; exit 1; }

ask "SELECT labelfile || '<<end>>' FROM pg_backup_stop(false);"
: > "$WORK/backup_label"
while true; do
  line=$(answer)
  if [[ $line == *'<<end>>' ]]; then
    printf '%s' "${line%<<end>>}" >> "$WORK/backup_label"
    break
  fi
  printf '%s\n' "$line" >> "$WORK/backup_label"
done
grep -q '^START WAL LOCATION' "$WORK/backup_label" || { echo "pg_backup_stop failed: $(cat "$WORK/backup_label")" >&2; exit 1; }
ask '\q'

# The WAL from the backup's start to now (the end of the backup is in it), and the label.
[ -e "$DATA_DIR/postgres/pg_wal/$FIRST_WAL" ] || { echo "WAL $FIRST_WAL was recycled during the copy: run the backup again" >&2; exit 1; }
# (pg_backup_stop switched to a new segment: the one being written now is after the backup's end.)
status=0
tar -C "$DATA_DIR" -rf "$WORK/backup.tar" --warning=no-file-changed --warning=no-file-removed ./postgres/pg_wal || status=$?
[ "$status" -le 1 ] || { echo "tar of the WAL failed ($status)" >&2; exit 1; }
mkdir -p "$WORK/label/postgres" && mv "$WORK/backup_label" "$WORK/label/postgres/backup_label"
tar -C "$WORK/label" -rf "$WORK/backup.tar" ./postgres/backup_label
gzip -c "$WORK/backup.tar" > "$BACKUP_DIR/lantoa-embedded-$STAMP.tar.gz.part"
mv "$BACKUP_DIR/lantoa-embedded-$STAMP.tar.gz.part" "$BACKUP_DIR/lantoa-embedded-$STAMP.tar.gz"
echo "backup $STAMP: $(du -h "$BACKUP_DIR/lantoa-embedded-$STAMP.tar.gz" | cut -f1), from WAL $FIRST_WAL"
