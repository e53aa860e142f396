#!/usr/bin/env bash
# End-to-end speed of `factcheck check` against the floor (read every file as UTF-8 and scan for
# Persian digits, on all cores), on a generated corpus. Whole processes on both sides, startup
# included; the median of RUNS runs; peak memory from /usr/bin/time.
#
#   tests/FactCheck.Benchmarks/measure.sh [MEGABYTES ...]     (default: 100)
#   RUNS=5 JOBS=1 tests/FactCheck.Benchmarks/measure.sh 10 100 1000
#   SHAPE=dense tests/FactCheck.Benchmarks/measure.sh 100    (short dense articles, thousands of findings: issue 17)
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("${@:-100}")
runs=${RUNS:-5}
work=${WORK:-/tmp/factcheck-measure}
mkdir -p "$work"

# FactCheck as users install it: published as a native executable (see README, Install).
dotnet build -c Release tests/FactCheck.Benchmarks -v quiet -nologo >/dev/null
dotnet publish src/FactCheck.Cli -c Release -o "$work/factcheck" -v quiet -nologo >/dev/null
bench=tests/FactCheck.Benchmarks/bin/Release/net10.0/FactCheck.Benchmarks.dll
factcheck="$work/factcheck/factcheck"
jobs=()
[ -n "${JOBS:-}" ] && jobs=(--jobs "$JOBS")

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# one run: prints "seconds peak_kb"
timed() {
  # the exit code is not ours to judge here: check exits 1 on the planted disagreements
  /usr/bin/time -o "$work/time.txt" -f "%e %M" "$@" >/dev/null 2>&1 || true
  tail -1 "$work/time.txt"
}

printf '%-8s %-9s %-10s %-10s %-7s %-10s %s\n' "MB" "files" "floor s" "check s" "ratio" "peak MiB" "MB/s"
for mb in "${sizes[@]}"; do
  shape=${SHAPE:-padded}
  case "$shape" in
    padded) corpus="$work/corpus-$mb"; generate=generate ;;
    dense) corpus="$work/dense-$mb"; generate=generate-dense ;;
    *) echo "SHAPE is padded or dense, not $shape" >&2; exit 2 ;;
  esac
  [ -d "$corpus" ] || dotnet "$bench" "$generate" "$corpus" "$mb" >/dev/null
  files=$(find -L "$corpus" -name '*.txt' | wc -l)
  floor=(); check=(); peak=()
  for _ in $(seq "$runs"); do
    read -r s _ < <(timed dotnet "$bench" floor "$corpus"); floor+=("$s")
    # exit 1 is expected: the corpus holds planted disagreements
    read -r s kb < <(timed "$factcheck" check "$corpus" --rules rules --format json "${jobs[@]}"); check+=("$s"); peak+=("$kb")
  done
  f=$(printf '%s\n' "${floor[@]}" | median)
  c=$(printf '%s\n' "${check[@]}" | median)
  p=$(printf '%s\n' "${peak[@]}" | median)
  awk -v mb="$mb" -v n="$files" -v f="$f" -v c="$c" -v p="$p" 'BEGIN { printf "%-8s %-9s %-10.2f %-10.2f %-7.2f %-10.0f %.1f\n", mb, n, f, c, c / f, p / 1024, mb / c }'
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(dotnet --version) SDK; medians of $runs runs"
