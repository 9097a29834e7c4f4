#!/usr/bin/env bash
# Two cold exports of one input started together, so both meet the same load on a shared machine: before and after
# builds (each a folder with its own ./lede and target/lede.jar). Every 10 s it prints each run's CPU-seconds and how
# much of the input it has read (from /proc), then each run's wall time, CPU and peak RSS.
# usage: src/test/scripts/side-by-side-export.sh INPUT.jsonl BEFORE_HOME AFTER_HOME
set -euo pipefail
input="$(readlink -f "$1")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
run() { # home label
  mkdir -p "$work/$2-cache"
  XDG_CACHE_HOME="$work/$2-cache" JAVA_TOOL_OPTIONS=-Xmx512m /usr/bin/time -f "$2: %e s wall %U user %S sys %M KB" \
    -o "$work/$2.time" "$1/lede" export --force -o "$work/$2.jsonl" "$input" 2>/dev/null
}
run "$2" before &
run "$3" after &
sleep 3
ticks="$(getconf CLK_TCK)"
while pids="$(pgrep -f "lede.jar export --force -o $work/")"; do
  for pid in $pids; do
    label="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -o "$work/[a-z]*" | head -1)" || continue
    cpu="$(awk -v t="$ticks" '{ print ($14 + $15) / t }' "/proc/$pid/stat" 2>/dev/null)" || continue
    read_mb=0
    for fd in /proc/"$pid"/fd/*; do
      [[ "$(readlink "$fd" 2>/dev/null)" == "$input" ]] && read_mb=$(($(awk '/pos/ { print $2 }' "/proc/$pid/fdinfo/${fd##*/}") / 1000000))
    done
    echo "${label##*/} $(date +%T) $cpu CPU-s, $read_mb MB read, load $(cut -d' ' -f1 /proc/loadavg)"
  done
  sleep 10
done
wait
cat "$work/before.time" "$work/after.time"
md5sum "$work/before.jsonl" "$work/after.jsonl" | sed "s#$work/##"
