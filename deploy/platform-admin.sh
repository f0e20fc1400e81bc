#!/usr/bin/env bash
# Makes EMAIL a platform administrator: the one who adds associations, invites their first administrator and suspends
# them (the console at /platform/). An unknown address gets an account with a one-time password, printed once here;
# a known account keeps its own. Running it again changes nothing. Works before the first start too (it migrates the
# schema). The embedded default by default (DORPSKRACHT_DATA_DIR, DORPSKRACHT_EMBEDDED_DB_PORT); DORPSKRACHT_DB_URL
# with DORPSKRACHT_DB_OWNER_USER/_PASSWORD for an external database.
# Usage: deploy/platform-admin.sh EMAIL [NAME]
set -euo pipefail
. "$(dirname "$0")/database-tool.sh"
DORPSKRACHT_TOOL_CLASS=nl.dorpskracht.console.boundary.PlatformAdminCommand database_tool "$@"
