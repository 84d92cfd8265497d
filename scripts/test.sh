#!/usr/bin/env bash
# The one test command: installs what a fresh machine lacks, then runs every test project.
# Usage: ./scripts/test.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v dotnet >/dev/null 2>&1 || { echo "The .NET 10 SDK is required (https://dot.net); it is not on PATH." >&2; exit 1; }
# The web app's browser tests drive Debian's chromium through Playwright: installed here, never downloaded by a test tool.
if [ ! -x /usr/bin/chromium ]; then
  need_apt+=(chromium)
fi
# Trend charts need a font with Vietnamese letters (no font is shipped); Debian's DejaVu Sans has them.
if [ ! -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] && ! { command -v fc-list >/dev/null 2>&1 && fc-list | grep -qE "DejaVu Sans|Noto Sans"; }; then
  need_apt+=(fonts-dejavu-core)
fi
# The fuzz targets run under Debian's afl++ (scripts/fuzz.sh); FUZZ_SECONDS=0 skips them.
fuzz_seconds=${FUZZ_SECONDS:-10}
if [ "$fuzz_seconds" != 0 ] && ! command -v afl-fuzz >/dev/null 2>&1; then
  need_apt+=(afl++)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}"
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}"
  fi
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Playwright must never fetch a browser build of its own (no machine here reaches its download hosts).
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test Pipeline.sln -c Release "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# Every fuzz target for a short fixed budget (issue #27): each counts as one test, failed when afl-fuzz found a crash
# or a hang, or could not run.
fuzz_passed=0
fuzz_failed=0
if [ "$fuzz_seconds" != 0 ]; then
  fuzz_log=$(mktemp)
  trap 'rm -f "$log" "$fuzz_log"' EXIT
  set +e
  ./scripts/fuzz.sh all "$fuzz_seconds" 2>&1 | tee "$fuzz_log"
  fuzz_status=${PIPESTATUS[0]}
  set -e
  fuzz_passed=$(grep -Ec '^fuzz [a-z]+: .* 0 crashes, 0 hangs$' "$fuzz_log" || true)
  fuzz_failed=$(grep -Ec '^fuzz [a-z]+: (.* [1-9][0-9]* (crashes|hangs)|afl-fuzz failed)' "$fuzz_log" || true)
  if [ "$fuzz_status" != 0 ]; then
    (( fuzz_failed == 0 )) && fuzz_failed=1
    [ "$status" = 0 ] && status=$fuzz_status
  fi
fi

# One closing line over all test assemblies and fuzz targets, in the form CI reads.
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk -v f="$fuzz_passed" '{s+=$2} END {print s+f}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk -v f="$fuzz_failed" '{s+=$2} END {print s+f}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo
echo "tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"
