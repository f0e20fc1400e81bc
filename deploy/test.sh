#!/usr/bin/env bash
# The whole test suite: unit and persistence tests against a real PostgreSQL, system tests against the built jar,
# browser tests in Debian's Chromium. Installs Chromium and ChromeDriver from Debian when they are missing.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    echo "Installing Debian's chromium and chromium-driver for the browser tests..."
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium chromium-driver >/dev/null
fi

cd "$root"
exec mvn -B verify "$@"
