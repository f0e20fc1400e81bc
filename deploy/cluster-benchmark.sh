#!/usr/bin/env bash
# Issue 16's benchmark (not part of the test suite): two instances of the built jar in cluster mode on one external
# PostgreSQL behind Debian's HAProxy (installed by test.sh), all on loopback. Prints the member list's requests/s with
# p50/p99 (a page of 20, HTTP Basic, 8 clients) against one instance directly, through HAProxy to one instance and
# through HAProxy to two, then the failover gap from kill -9 of one instance under that load to every request served
# again, and how long the killed instance takes to be back in rotation. Options as for benchmark.sh:
# -Dbenchmark.clients=4 -Dbenchmark.seconds=30 -Dbenchmark.warmup=10 (MAVEN_FLAGS=-o: offline)
set -euo pipefail
if [[ "${1:-}" == "--help" || "${1:-}" == "-h" ]]; then
    # the comment above, and where the benchmarks live: deploy/src/bench/java, built only with -Pbenchmark
    sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'
    echo "Sources: deploy/src/bench/java (Maven profile 'benchmark'); exit code 1 when a check of what was timed fails."
    exit 0
fi
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [ ! -x /usr/sbin/haproxy ]; then
    echo "HAProxy is missing: install Debian's haproxy (deploy/test.sh does)" >&2
    exit 1
fi
echo "$(date -Is) uptime:$(uptime)"
# The reactor builds the jar and the benchmark's classpath in one go: nothing is installed into ~/.m2.
mvn -B -q ${MAVEN_FLAGS:-} -Pbenchmark -pl tenant-core,admin,web,deploy -DskipTests package \
    dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath
java -cp "$root/deploy/target/test-classes:$root/deploy/target/classes:$(cat "$root/deploy/target/benchmark.classpath")" \
    -Ddorpskracht.jar="$root/deploy/target/dorpskracht.jar" -Ddorpskracht.jvm.options="$root/deploy/jvm.options" \
    -Ddorpskracht.test.dir="$root/deploy/target/cluster-benchmark" "$@" nl.dorpskracht.system.ClusterBenchmark
echo "$(date -Is) uptime:$(uptime)"
