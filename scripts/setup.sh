#!/usr/bin/env bash
# Set-up on a fresh machine, and a no-op on a ready one: pnpm (pinned), Debian's Chromium for the
# browser tests, and the dependencies from the frozen lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=12.23.0
# better-sqlite3 compiles against Node's own headers; pnpm reads this from the environment only.
export npm_config_nodedir="${npm_config_nodedir:-/usr}"

if ! command -v pnpm >/dev/null || [ "$(pnpm --version)" != "$PNPM_VERSION" ]; then
  npm install -g "pnpm@$PNPM_VERSION"
fi
if ! command -v chromium >/dev/null && [ -z "${CHROME_PATH:-}" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
  else
    echo "Chromium is needed for the browser tests:" >&2
    echo "  sudo apt-get install -y --no-install-recommends chromium fonts-liberation   (or set CHROME_PATH)" >&2
  fi
fi
pnpm install --frozen-lockfile
