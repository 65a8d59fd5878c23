#!/usr/bin/env bash
# install.sh DEST - install the pinned official SDK packages (package.json,
# package-lock.json beside this script) into DEST/node_modules, for their
# types only.  Runs `npm ci` from the npm registry only when DEST does not
# already hold this exact lock file, so a second run costs nothing and the
# type check itself runs offline.  Fails loudly when npm or the registry
# cannot be reached: the official-types test must never skip silently.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dest=${1:?usage: install.sh DEST}
mkdir -p "$dest"
stamp="$dest/.installed-lock.sha256"
want=$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] &&
   [ -x "$dest/node_modules/.bin/tsc" ]; then
  echo "types: official SDK types already installed in $dest"
  exit 0
fi
if ! command -v npm >/dev/null; then
  echo "types: npm is not installed; the official-types test needs Node.js and npm" >&2
  exit 1
fi
cp "$here/package.json" "$here/package-lock.json" "$dest/"
rm -f "$stamp"
# --ignore-scripts: only the .d.ts files are used, nothing of the SDKs runs.
if ! (cd "$dest" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error); then
  echo "types: cannot install the official SDK types from the npm registry" >&2
  exit 1
fi
echo "$want" >"$stamp"
echo "types: installed $(cd "$dest" && node -e 'const p=require("./package.json");console.log(Object.entries(p.devDependencies).map(([k,v])=>k+"@"+v).join(" "))')"
