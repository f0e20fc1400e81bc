#!/usr/bin/env bash
# Issue 6's benchmark suite (not part of the test suite): grows a synthetic federation of 12 provinces to 50,000
# organisations, 1,000,000 contact persons and 200,000 registrations in three steps (1 %, 10 %, 100 %) and prints, side
# by side, the national statistics endpoint against the raw SQL at each step, the member list against GET /api/v1/ping,
# the member list query with RLS on and off, startup time, resident memory and a table of ratios. The full size takes a
# while; for development: ./deploy/federation-benchmark.sh -Dbenchmark.scale=0.01 (MAVEN_FLAGS=-o: offline)
set -euo pipefail
if [[ "${1:-}" == "--help" || "${1:-}" == "-h" ]]; then
    # the comment above, and where the benchmarks live: deploy/src/bench/java, built only with -Pbenchmark
    sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'
    echo "Sources: deploy/src/bench/java (Maven profile 'benchmark'); exit code 1 when a check of what was timed fails."
    exit 0
fi
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
echo "$(date -Is) uptime:$(uptime)"
mvn -B -q ${MAVEN_FLAGS:-} -Pbenchmark -DskipTests install
mvn -B -q ${MAVEN_FLAGS:-} -Pbenchmark -pl deploy exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=nl.dorpskracht.system.FederationBenchmark \
    -Ddorpskracht.launcher="$root/deploy/run.sh" -Ddorpskracht.jvm.options="$root/deploy/jvm.options" \
    -Ddorpskracht.jar="$root/deploy/target/dorpskracht.jar" -Ddorpskracht.test.dir="$root/deploy/target/federation-benchmark" "$@"
echo "$(date -Is) uptime:$(uptime)"
