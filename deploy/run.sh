#!/usr/bin/env bash
# Runs Dorpskracht on http://localhost:${DORPSKRACHT_PORT:-8080} with demo data on the embedded default database.
# Builds first when the jar is missing or older than any source.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/deploy/target/dorpskracht.jar"

if [ ! -f "$jar" ] || [ -n "$(find "$root/pom.xml" "$root/tenant-core" "$root/web" "$root/admin" "$root/deploy/pom.xml" \
        "$root/deploy/src/main" -newer "$jar" -type f -not -path '*/target/*' -print -quit)" ]; then
    echo "Building Dorpskracht (mvn package, tests skipped: run deploy/test.sh for those; no image)..."
    (cd "$root" && mvn -B -q -DskipTests -Djib.skip=true package)
fi

# Memory for the product: a bounded heap and bounded native areas, and a JVM that exits on OutOfMemoryError so that a
# supervisor starts it again, instead of a process that still answers but can no longer work. JAVA_OPTS replaces these.
default_java_opts="$(grep -v '^#' "$root/deploy/jvm.options" | tr '\n' ' ')"
export DORPSKRACHT_DEMO="${DORPSKRACHT_DEMO:-true}"
exec java ${JAVA_OPTS:-$default_java_opts} -jar "$jar" --port "${DORPSKRACHT_PORT:-8080}" "$@"
