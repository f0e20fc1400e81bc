#!/usr/bin/env bash
# The whole test suite: unit and persistence tests against a real PostgreSQL, system tests against the built jar,
# browser tests in Debian's Chromium, cluster tests behind Debian's HAProxy. Installs Chromium, ChromeDriver and
# HAProxy from Debian when they are missing.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

packages=()
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    packages+=(chromium chromium-driver)
fi
if [ ! -x /usr/sbin/haproxy ]; then
    packages+=(haproxy)
fi
if [ "${#packages[@]}" -gt 0 ]; then
    echo "Installing Debian's ${packages[*]} for the browser and cluster tests..."
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${packages[@]}" >/dev/null
fi

cd "$root"
started=$(date +%s)
mvn -B verify "$@"
# the wall time of a green run, for ./deploy/benchmark.sh --compare (issue 20's goal for the suite)
mkdir -p deploy/target
printf 'seconds=%s\ncommit=%s\nfinished=%s\nload=%s\n' "$(( $(date +%s) - started ))" \
    "$(git describe --always --dirty 2>/dev/null || echo '?')" "$(date -u +%FT%TZ)" "$(cut -d' ' -f1-3 /proc/loadavg)" \
    > deploy/target/test-run.properties
echo "Whole suite green in $(( $(date +%s) - started )) s (deploy/target/test-run.properties)"
