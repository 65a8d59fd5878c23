#!/usr/bin/env bash
# install.sh DEST - install the pinned browser-test packages (playwright-core,
# axe-core; package.json and package-lock.json beside this script) into
# DEST/node_modules.  Runs `npm ci` only when DEST does not already hold this
# exact lock file, so a second run costs nothing and the tests run offline.
# No browser is ever downloaded: the tests drive the system's chromium.
# Without chromium there is nothing to install for (the test skips, saying
# so); with chromium, a missing npm or registry is a loud failure.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dest=${1:?usage: install.sh DEST}
chromium=${BC_CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  echo "browser: no chromium at $chromium; the browser tests will skip"
  exit 0
fi
mkdir -p "$dest"
stamp="$dest/.installed-lock.sha256"
want=$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] &&
   [ -d "$dest/node_modules/playwright-core" ] &&
   [ -f "$dest/node_modules/axe-core/axe.min.js" ]; then
  echo "browser: playwright-core and axe-core already installed in $dest"
  exit 0
fi
if ! command -v npm >/dev/null; then
  echo "browser: npm is not installed; the browser tests need Node.js and npm" >&2
  exit 1
fi
cp "$here/package.json" "$here/package-lock.json" "$dest/"
rm -f "$stamp"
if ! (cd "$dest" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
      npm ci --ignore-scripts --no-audit --no-fund --loglevel=error); then
  echo "browser: cannot install playwright-core and axe-core from the npm registry" >&2
  exit 1
fi
echo "$want" >"$stamp"
echo "browser: installed playwright-core and axe-core into $dest"
