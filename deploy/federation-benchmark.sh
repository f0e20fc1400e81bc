#!/usr/bin/env bash
# Issue 6's benchmark suite (not part of the test suite): grows a synthetic federation of 12 provinces to 50,000
# organisations, 1,000,000 contact persons and 200,000 registrations in three steps (1 %, 10 %, 100 %) and prints, side
# by side, the national statistics endpoint against the raw SQL at each step, the member list against GET /api/v1/ping,
# the member list query with RLS on and off, startup time, resident memory and a table of ratios. The full size takes a
# while; for development: ./deploy/federation-benchmark.sh -Dbenchmark.scale=0.01 (MAVEN_FLAGS=-o: offline)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
echo "$(date -Is) uptime:$(uptime)"
mvn -B -q ${MAVEN_FLAGS:-} -DskipTests install
mvn -B -q ${MAVEN_FLAGS:-} -pl deploy exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=nl.dorpskracht.system.FederationBenchmark \
    -Ddorpskracht.jar="$root/deploy/target/dorpskracht.jar" -Ddorpskracht.test.dir="$root/deploy/target/federation-benchmark" "$@"
echo "$(date -Is) uptime:$(uptime)"
