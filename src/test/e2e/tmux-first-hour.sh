#!/usr/bin/env bash
# End-to-end in a real terminal (tmux, LANG=C.UTF-8) for what the virtual terminal cannot show: emoji and
# CJK as a terminal draws them, the help and entity boxes over the panes, and the status bar at 80 columns.
# Usage: src/test/e2e/tmux-first-hour.sh  (from anywhere; needs tmux, python3, java, and mvn if the jar must be built)
set -euo pipefail
export LANG=C.UTF-8 LC_ALL=C.UTF-8
source "$(dirname "${BASH_SOURCE[0]}")/tmux-lib.sh"
command -v python3 >/dev/null || { echo "tmux-first-hour: python3 is not installed" >&2; exit 2; }

# column_of TEXT: the terminal column (CJK and emoji two wide) where the first │ after TEXT is on its row.
column_of() {
  screen | python3 -c '
import sys, unicodedata
text = sys.argv[1]
for row in sys.stdin.read().split("\n"):
    at = row.find(text)
    if at < 0:
        continue
    col = 0
    for i, c in enumerate(row):
        if i >= at and c == "\u2502":
            print(col)
            sys.exit(0)
        col += 2 if unicodedata.east_asian_width(c) in "WF" else 1
sys.exit(1)' "$1"
}

# The reader is 51 columns wide at 80x24, so the separator beside it is in column 51 on every row.
separator_in_place() { [[ "$(column_of "$1")" == 51 ]]; }

echo "tmux-first-hour: emoji and CJK at 80x24"
mkdir -p "$work/feed"
printf '%s\n' '{"title": "Emoji 🎉 and 中文 test", "text": "A party 🎉 was held in 北京 on Monday, 👍 all round."}' >"$work/feed/feed.jsonl"
lede_args=("$work/feed")
start TERM=xterm-256color
wait_for "2 Reader  Emoji 🎉 and 中文 test"
wait_for "▶Emoji 🎉 and 中文 test"
wait_for "A party 🎉 was held in 北京 on Monday, 👍 all"
shows "??" && fail "emoji drawn as ??"
poll 30 "the separator moved on the reader's heading" separator_in_place "2 Reader  Emoji"
poll 30 "the separator moved beside the emoji text" separator_in_place "A party"
keys q
wait_for "LEDE-EXITED:0"

for colours in TERM=xterm-256color NO_COLOR=1; do
  echo "tmux-first-hour: help and the f pop-up are boxes ($colours)"
  lede_args=(seeds/)
  start TERM=xterm-256color "$colours"
  wait_for "│ Masoud Jazayeri"
  for width in 80 120; do
    tmux -S "$socket" resize-window -t "$session" -x "$width" -y 24
    keys '?'
    wait_for "┌─ Keys — Esc or any key closes"
    wait_for_re '│ +Tab +next pane .*│' "at $width columns the help's rows are not inside a border"
    wait_for_re '└─+┘' "at $width columns the help box has no bottom edge"
    keys Escape
    wait_until_gone "Keys —"
  done
  keys f
  wait_for "┌─ entities"
  wait_for_re '^│ +Bashar Assad · 1 article +│' "the f pop-up's names are not inside a border"
  keys Escape
  wait_until_gone "┌─ entities"
  keys C-c
  wait_for "LEDE-EXITED:0"
done

echo "tmux-first-hour: the status bar at 80 columns keeps the quote, the matches and the message"
lede_args=(seeds/)
start TERM=xterm-256color
wait_for "│ Masoud Jazayeri"
keys f
wait_for "┌─ entities"
keys Masoud Enter
wait_for "filter: Masoud Jazayeri"
keys 2 / the Enter
wait_for "match 1/"
keys ']' ']' ']' ']' ']' ']'
wait_for "last quote: back to the first"
status_shows() {
  local status part
  status="$(screen | tail -1)"
  for part in "$@"; do [[ "$status" == *"$part"* ]] || return 1; done
}
poll 30 "the status bar lost a part" status_shows "quote 1/5" "match " "last quote: back to the first"
keys k
wait_until_gone "last quote"
poll 30 "without a message the status bar lost a part" status_shows "filter: " "quote 1/5" "match "
keys q
wait_for "LEDE-EXITED:0"

echo "tmux-first-hour: all passed"
