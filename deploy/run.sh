#!/usr/bin/env bash
# Runs Dorpskracht on http://localhost:${DORPSKRACHT_PORT:-8080} with demo data on the embedded default database.
# Builds first when the jar is missing or older than any source.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/deploy/target/dorpskracht.jar"

if [ ! -f "$jar" ] || [ -n "$(find "$root/pom.xml" "$root/tenant-core" "$root/web" "$root/admin" "$root/deploy/pom.xml" \
        "$root/deploy/src/main" -name target -prune -o -newer "$jar" -type f -print -quit)" ]; then
    echo "Building Dorpskracht (mvn package, tests skipped: run deploy/test.sh for those; no image)..."
    (cd "$root" && mvn -B -q -DskipTests -Djib.skip=true package)
fi

# Memory for the product: a bounded heap and bounded native areas, and a JVM that exits on OutOfMemoryError so that a
# supervisor starts it again, instead of a process that still answers but can no longer work. JAVA_OPTS replaces these.
default_java_opts="$(grep -v '^#' "$root/deploy/jvm.options" | tr '\n' ' ')"
java_opts="${JAVA_OPTS:-$default_java_opts}"
export DORPSKRACHT_DEMO="${DORPSKRACHT_DEMO:-true}"
# glibc gives every thread that mallocs an arena of its own (up to 8 per core), native memory the JVM never returns
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
run=(-jar "$jar" --port "${DORPSKRACHT_PORT:-8080}" "$@")

# Class-data sharing (AppCDS): the classes of the runtime and the application, parsed and verified once, mapped from an
# archive at every later start (a shorter start, see BENCHMARKS.md). The first start of a jar writes the archive when it
# stops; its name holds the jar's size and time, the Java build and the JVM options, so a rebuilt jar or another Java
# writes a new one. A missing, stale or unusable archive only costs speed: the JVM then loads the classes as usual.
# DORPSKRACHT_CDS_ARCHIVE=none starts without one.
archive_setting="${DORPSKRACHT_CDS_ARCHIVE:-}"
if [ "$archive_setting" = none ]; then
    exec java $java_opts "${run[@]}"
fi
# (the Java build by its libjvm.so, not by java -version: that alone starts a JVM, seconds on a busy machine)
java_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
archive_key="$( (stat -c '%s %Y' "$jar" "$java_home"/lib/server/libjvm.so; echo "$java_opts") | cksum | cut -d' ' -f1)"
archive="${archive_setting:-$root/deploy/target/dorpskracht-$archive_key.jsa}"
if [ -s "$archive" ]; then
    exec java $java_opts -XX:SharedArchiveFile="$archive" -Xshare:auto "${run[@]}"
fi
# Written beside, and put in place only after a JVM that was stopped (SIGTERM/SIGINT) or ended by itself: never half
# an archive, nor the few classes of a start that failed.
[ -z "$archive_setting" ] && rm -f "$root"/deploy/target/dorpskracht-*.jsa
partial="$archive.$$.partial"
java $java_opts -XX:ArchiveClassesAtExit="$partial" -Xlog:cds=off -Xlog:cds+dynamic=off "${run[@]}" &
server=$!
trap 'kill -TERM "$server" 2>/dev/null' TERM INT HUP
status=0
while kill -0 "$server" 2>/dev/null; do
    wait "$server" && status=0 || status=$?
done
case "$status" in
    0 | 130 | 143) [ -s "$partial" ] && mv -f "$partial" "$archive" ;;
esac
rm -f "$partial"
exit "$status"
