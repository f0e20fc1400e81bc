#!/usr/bin/env bash
# Restores a backup written by backup.sh (or the daily backup) into an empty database: the embedded default in
# DORPSKRACHT_DATA_DIR (Dorpskracht stopped), or DORPSKRACHT_DB_URL as the owner role. --clean first drops everything in
# the database's schema. Usage: deploy/restore.sh FILE [--clean]
set -euo pipefail
. "$(dirname "$0")/database-tool.sh"
database_tool restore "$@"
