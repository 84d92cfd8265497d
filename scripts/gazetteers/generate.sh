#!/usr/bin/env bash
# Regenerates data/gazetteers/countries.json and cities.json. Needs node and the npm registry; the product does not.
# The pinned packages are installed into a temporary directory, so the repository holds no node_modules.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/package.json" "$work/"
(cd "$work" && npm install --no-audit --no-fund --ignore-scripts --silent >/dev/null)
NODE_PATH="$work/node_modules" node "$here/generate.mjs" "$work/node_modules" "$here" "$here/../../data/gazetteers"
