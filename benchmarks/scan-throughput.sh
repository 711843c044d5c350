#!/usr/bin/env bash
# End-to-end throughput of `comity scan --format jsonl` over a JSONL corpus: runs it RUNS times (default 3) and prints
# the median wall time as MB/s and messages/s, with the CPU time (user + sys), peak RSS, cores, load average and JVM.
# CPU seconds are steadier than wall time on a shared machine, and their ratio to the wall time shows how many cores
# the run kept busy. Medians because the machine is shared and noisy. Runs scan as users do, through the launcher
# `target/comity`, which picks the JVM options for scan. Builds nothing: run `./mvnw -B package -DskipTests` first.
# The launcher's COMITY_JAVA_OPTS and JAVA_HOME apply as they do for users; SCAN_OPTS is added to scan's options (e.g.
# SCAN_OPTS='--threads 1' or '--no-bundled-lexicons --lexicon lexicons/en').
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 FILE.jsonl [RUNS]" >&2
  exit 2
fi
jsonl=$(realpath -- "$1")
runs=${2:-3}
cd "$(dirname "$0")/.."
launcher=target/comity
if [ ! -f "$jsonl" ]; then
  echo "no such file: $1" >&2
  exit 2
fi
if [ ! -x "$launcher" ]; then
  echo "$launcher not found: build it first with ./mvnw -B package -DskipTests" >&2
  exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bytes=$(stat -c %s "$jsonl")
messages=$(wc -l < "$jsonl")
# shellcheck disable=SC2086 # SCAN_OPTS holds several options
command=("$launcher" scan --format jsonl ${SCAN_OPTS:-} "$jsonl")

calc() {
  awk "BEGIN { printf \"%.3f\", $1 }"
}

median() {
  sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

printf 'corpus   %s: %d messages, %.1f MB\n' "$jsonl" "$messages" "$(calc "$bytes / 1e6")"
printf 'command  %s%s > /dev/null  (%d runs)\n' "${COMITY_JAVA_OPTS:+COMITY_JAVA_OPTS='$COMITY_JAVA_OPTS' }" \
  "${command[*]}" "$runs"
for i in $(seq "$runs"); do
  if ! /usr/bin/time -o "$tmp/time" -f '%e %M %U %S' "${command[@]}" > /dev/null 2> "$tmp/stderr"; then
    echo "run $i failed:" >&2
    tail -n 20 "$tmp/stderr" >&2
    exit 1
  fi
  read -r seconds rss_kb user sys < "$tmp/time"
  echo "$seconds" >> "$tmp/seconds"
  echo "$rss_kb" >> "$tmp/rss"
  echo "$(calc "$user + $sys")" >> "$tmp/cpu"
  printf 'run %-4d %8.2f s  %6.2f s CPU  %6.0f MB peak RSS\n' "$i" "$seconds" "$(calc "$user + $sys")" \
    "$(calc "$rss_kb / 1024")"
done

seconds=$(median < "$tmp/seconds")
rss_kb=$(median < "$tmp/rss")
cpu=$(median < "$tmp/cpu")
printf 'median   %8.2f s  %6.1f MB/s  %8.0f msg/s  %6.2f s CPU  %6.0f MB peak RSS\n' "$seconds" \
  "$(calc "$bytes / 1e6 / $seconds")" "$(calc "$messages / $seconds")" "$cpu" \
  "$(calc "$rss_kb / 1024")"
printf 'machine  %d cores, load average %s, %s\n' "$(nproc)" "$(cut -d ' ' -f 1-3 /proc/loadavg)" \
  "$("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -n 1)"
