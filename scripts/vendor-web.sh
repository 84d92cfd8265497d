#!/usr/bin/env bash
# Vendors the browser libraries and map data the web app serves (and axe-core, which only the browser tests load)
# from the npm registry at pinned versions, each with its licence. Run it to add or upgrade one; the copies it
# writes are committed, so building and running need neither npm nor the network, and no page loads from a CDN.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
web="$root/src/Web/Assets/vendor"
tests="$root/tests/Web.Tests/vendor"

# package@version  file in the package  destination directory
manifest=(
  "echarts@6.1.0 dist/echarts.min.js $web/echarts"
  "cytoscape@3.35.0 dist/cytoscape.min.js $web/cytoscape"
  "world-atlas@2.0.2 countries-110m.json $web/world-atlas"
  "topojson-client@3.1.0 dist/topojson-client.min.js $web/topojson-client"
  "i18n-iso-countries@7.14.0 codes.json $web/i18n-iso-countries"
  "axe-core@4.14.1 axe.min.js $tests/axe-core"
)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for line in "${manifest[@]}"; do
  read -r spec file dest <<<"$line"
  mkdir -p "$work/$spec" "$dest"
  # npm pack checks the tarball against the registry's integrity hash before writing it.
  tarball="$(cd "$work/$spec" && npm pack "$spec" --silent | tail -1)"
  tar -xzf "$work/$spec/$tarball" -C "$work/$spec"
  cp "$work/$spec/package/$file" "$dest/"
  cp "$work/$spec/package/LICENSE" "$dest/LICENSE"
  # Licences of code the package bundles (ECharts carries parts of d3).
  if [ -d "$work/$spec/package/licenses" ]; then cp -r "$work/$spec/package/licenses" "$dest/"; fi
  integrity="$(npm view "$spec" dist.integrity)"
  printf '%s\n%s\n%s\n' "$spec" "$file" "$integrity" >"$dest/SOURCE"
  echo "vendored $spec $file -> ${dest#"$root"/}"
done
