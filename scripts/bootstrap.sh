#!/usr/bin/env bash
# One command from a fresh machine (Node 20 + npm) to a running product or a green test suite:
#   bash scripts/bootstrap.sh start   # emulator with demo data + dashboard
#   bash scripts/bootstrap.sh test    # the whole test suite (what CI runs)
# Each step is skipped when already done, so a second run is quick.
set -euo pipefail
cd "$(dirname "$0")/.."
job="${1:-start}"
PNPM_VERSION=12.4.2

# Telemetry off: this machine has no internet, and nothing of ours should phone home anyway.
export TURBO_TELEMETRY_DISABLED=1 REDOCLY_TELEMETRY=off PACT_DO_NOT_TRACK=true DO_NOT_TRACK=1
# better-sqlite3 builds from source offline against the Node headers already on the machine.
if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node.h ]; then export npm_config_nodedir=/usr; fi

if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  echo "› installing pnpm $PNPM_VERSION"
  npm install --global --silent "pnpm@$PNPM_VERSION"
fi

echo "› pnpm install"
pnpm install --frozen-lockfile --reporter=append-only | tail -n 3

if [ "$job" = "test" ]; then
  # Browser tests drive Debian's chromium; never a downloaded browser.
  if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
    echo "› installing Debian chromium for the browser tests"
    if [ "$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; fi
  fi
  export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"
  exec pnpm test
elif [ "$job" = "start" ]; then
  exec pnpm start
else
  echo "usage: bash scripts/bootstrap.sh start|test" >&2
  exit 2
fi
