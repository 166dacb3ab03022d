#!/bin/sh
# Nightly backup of LanToa (docs/operations.md, "Backups"): a pg_dump in custom format and a tar of
# the data directory (directive PDFs), then old ones removed. Run as root (the data directory's files
# are the service user's, mode 0600; the database is read as postgres), e.g. from /etc/cron.d/lantoa:
#   30 2 * * *  root  /opt/lantoa/ops/backup/lantoa-backup.sh
# Settings by environment: PGPORT (5432), DB (lantoa), DATA_DIR (/var/lib/lantoa),
# BACKUP_DIR (/var/backups/lantoa), KEEP_DAYS (14).
set -eu
PGPORT=${PGPORT:-5432}; export PGPORT
DB=${DB:-lantoa}
DATA_DIR=${DATA_DIR:-/var/lib/lantoa}
BACKUP_DIR=${BACKUP_DIR:-/var/backups/lantoa}
KEEP_DAYS=${KEEP_DAYS:-14}
STAMP=$(date +%Y-%m-%dT%H%M)
umask 077
cd /
AS_PG="runuser -u postgres --"
mkdir -p "$BACKUP_DIR"
chown postgres "$BACKUP_DIR"
# one consistent snapshot of the database, while the application runs
$AS_PG pg_dump -d "$DB" -Fc -f "$BACKUP_DIR/$DB-$STAMP.dump.part"
mv "$BACKUP_DIR/$DB-$STAMP.dump.part" "$BACKUP_DIR/$DB-$STAMP.dump"
# the roles (with their password hashes), needed to restore into a fresh cluster
$AS_PG pg_dumpall --roles-only -f "$BACKUP_DIR/roles-$STAMP.sql"
# files the application keeps outside the database; taken after the dump, so every directive in the
# dump has its file (a file without a row is harmless)
tar -C "$DATA_DIR" -czf "$BACKUP_DIR/files-$STAMP.tar.gz" .
# a dump that pg_restore cannot read is no backup
$AS_PG pg_restore -l "$BACKUP_DIR/$DB-$STAMP.dump" > /dev/null
find "$BACKUP_DIR" -maxdepth 1 -type f \( -name "$DB-*.dump" -o -name 'roles-*.sql' -o -name 'files-*.tar.gz' \) \
    -mtime +"$KEEP_DAYS" -delete
echo "backup $STAMP: $(du -sh "$BACKUP_DIR/$DB-$STAMP.dump" | cut -f1) dump, $(du -sh "$BACKUP_DIR/files-$STAMP.tar.gz" | cut -f1) files"
