#!/usr/bin/env bash
# Fuzzes the product's parsers with afl++ over SharpFuzz-instrumented assemblies (tools/Fuzz).
# Usage: ./scripts/fuzz.sh TARGET|all SECONDS     (./scripts/fuzz.sh list prints the targets)
# Prints executions per second and the crashes and hangs of each target, leaves the inputs that caused them in
# .build/fuzz/findings/TARGET/default/{crashes,hangs}, and exits 1 when there is any.
set -euo pipefail
cd "$(dirname "$0")/.."

root=.build/fuzz
bin=$root/bin
# Inputs stay small (afl keeps the fast ones); the timeout is the budget per input of issue #27, over 1 s per
# 100 KB, applied to the largest input, with a floor for starting a fresh .NET child after a hang.
max_bytes=${FUZZ_MAX_BYTES:-16384}
timeout_ms=$(( max_bytes * 1000 / 102400 ))
(( timeout_ms < ${FUZZ_MIN_TIMEOUT_MS:-1000} )) && timeout_ms=${FUZZ_MIN_TIMEOUT_MS:-1000}

if [ ! -x /usr/bin/afl-fuzz ] && ! command -v afl-fuzz >/dev/null 2>&1; then
  # Debian's afl++, installed like the browser for the web tests: never built or downloaded by hand.
  if [ "$(id -u)" = "0" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null
  fi
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if [ "${1:-}" = "list" ]; then
  dotnet run --project tools/Fuzz -c Release -v q -- list
  exit 0
fi
target=${1:?usage: scripts/fuzz.sh TARGET|all SECONDS}
seconds=${2:?usage: scripts/fuzz.sh TARGET|all SECONDS}

# A fresh publish each time: sharpfuzz rewrites the assemblies in place and refuses ones it already instrumented.
rm -rf "$bin"
dotnet tool restore >/dev/null
dotnet publish tools/Fuzz -c Release -o "$bin" -v q -nologo | { grep -v "^\s*$" || true; }
for assembly in Pipeline.Crawler Pipeline.Analysis Pipeline.Text AngleSharp; do
  dotnet tool run sharpfuzz "$bin/$assembly.dll" >/dev/null
done

if [ "$target" = "all" ]; then
  mapfile -t targets < <(dotnet "$bin/Pipeline.Fuzz.dll" list)
else
  targets=("$target")
fi
# Seeds (small valid inputs written by tools/Fuzz itself) and dictionaries for every target, in one go.
rm -rf "$root/seeds"
dotnet "$bin/Pipeline.Fuzz.dll" prepare "$root"

# Running as root in a container: no CPU governor to check, no core pattern to set, no terminal for the UI.
export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1 AFL_SKIP_BIN_CHECK=1 \
  AFL_FAST_CAL=1 AFL_MAP_SIZE=65536

dotnet=$(command -v dotnet)
found=0
for name in "${targets[@]}"; do
  seeds=$root/seeds/$name
  findings=$root/findings/$name
  rm -rf "$findings"
  mkdir -p "$root/findings"
  log=$root/$name.log
  # -V stops afl after SECONDS; timeout(1) only guards against afl itself not stopping.
  status=0
  timeout --kill-after=10 $(( seconds + 60 )) afl-fuzz -i "$seeds" -o "$findings" -x "$root/$name.dict" -t "$timeout_ms" -m none \
    -G "$max_bytes" -V "$seconds" -- "$dotnet" "$bin/Pipeline.Fuzz.dll" "$name" >"$log" 2>&1 || status=$?
  stats=$findings/default/fuzzer_stats
  if [ "$status" != 0 ] || [ ! -f "$stats" ]; then
    echo "fuzz $name: afl-fuzz failed (exit $status); see $log" >&2
    tail -n 20 "$log" >&2
    found=1
    continue
  fi
  value() { awk -F' *: *' -v key="$1" '$1 == key { print $2 }' "$stats"; }
  execs=$(value execs_done)
  run_time=$(value run_time)
  crashes=$(find "$findings/default/crashes" -type f -name 'id:*' 2>/dev/null | wc -l)
  hangs=$(find "$findings/default/hangs" -type f -name 'id:*' 2>/dev/null | wc -l)
  rate=$(awk -v e="$execs" -v t="$run_time" 'BEGIN { printf "%.0f", (t > 0 ? e / t : 0) }')
  echo "fuzz $name: ${execs} executions in ${run_time} s (${rate}/s), ${crashes} crashes, ${hangs} hangs"
  if (( crashes + hangs > 0 )); then
    echo "fuzz $name: inputs in $findings/default/crashes and hangs; replay with: dotnet $bin/Pipeline.Fuzz.dll replay $name FILE..." >&2
    found=1
  fi
done
exit "$found"
