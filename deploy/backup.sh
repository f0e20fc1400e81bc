#!/usr/bin/env bash
# Writes a backup of Dorpskracht's database to FILE (default: ./dorpskracht-YYYYMMDD-HHMMSS.dump, readable by you only):
# pg_dump's custom format when a pg_dump as new as the server is on PATH (or in DORPSKRACHT_PG_BIN), otherwise the
# application's own logical format. The embedded default by default; DORPSKRACHT_DB_URL for an external database.
# Usage: deploy/backup.sh [FILE]
set -euo pipefail
. "$(dirname "$0")/database-tool.sh"
database_tool backup "$@"
