#!/usr/bin/env bash
# Prints startup time, memory, member-list API throughput, the import of 10,000 organisations with 20,000 contact
# persons and the contribution run for them, the letters of a campaign to 400 municipal councils, a newsletter to
# 10,000 contact persons through the outbox to SMTP, and an association's public pages without login (home page, Atom
# feed, 304), of the built jar (not part of the test suite). One part alone: add
# -Dexec.mainClass=nl.dorpskracht.system.LetterBenchmark (or RegistrationBenchmark, NewsletterBenchmark, PublicSiteBenchmark).
# --compare (first argument): issue 20's goals in one table instead (member list against ping, RLS on against off,
# restart to ready, RSS via run.sh, import rows/s, registrations for one event, national statistics with
# -Dbenchmark.statistics.steps=0.01,1,10 for 10 k, 1 M and 10 M contact persons, the last green test run), ratios first, the baseline's figures beside the new ones.
set -euo pipefail
if [[ "${1:-}" == "--help" || "${1:-}" == "-h" ]]; then
    # the comment above, and where the benchmarks live: deploy/src/bench/java, built only with -Pbenchmark
    sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'
    echo "Sources: deploy/src/bench/java (Maven profile 'benchmark'); exit code 1 when a check of what was timed fails."
    exit 0
fi
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
main=nl.dorpskracht.system.Benchmark
if [[ "${1:-}" == "--compare" ]]; then
    # issue 20's goals in one table: the product started by run.sh, figures beside the baseline's
    main=nl.dorpskracht.system.CompareBenchmark
    shift
fi
mvn -B -q ${MAVEN_FLAGS:-} -Pbenchmark -DskipTests install
exec mvn -B -q ${MAVEN_FLAGS:-} -Pbenchmark -pl deploy exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass="$main" -Ddorpskracht.root="$root" -Ddorpskracht.launcher="$root/deploy/run.sh" \
    -Ddorpskracht.jvm.options="$root/deploy/jvm.options" \
    -Ddorpskracht.jar="$root/deploy/target/dorpskracht.jar" -Ddorpskracht.test.dir="$root/deploy/target/benchmark" "$@"
