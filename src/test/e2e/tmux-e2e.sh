#!/usr/bin/env bash
# End-to-end: runs the real ./lede on seeds/ (plus one small article of its own) in tmux, types keys and
# reads the screen back (helpers in tmux-lib.sh).
# Usage: src/test/e2e/tmux-e2e.sh  (from anywhere; needs tmux, java, and mvn if the jar must be built)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tmux-lib.sh"

mkdir -p "$work/extra"
printf 'Markets rally\n\nShares in London rose on Monday, traders said.\n' >"$work/extra/markets.txt"
lede_args=(seeds/ "$work/extra")

echo "tmux-e2e: seeds at 80x24"
start TERM=xterm-256color
wait_for "1 Documents  2"
wait_for "│ Masoud Jazayeri"
keys ']' ']'
wait_for "quote 2/5"
screen | grep -qF "▶Jazayeri" || screen | grep -qF "▶Masoud Jazayeri" || fail "the quote list does not mark the current quote"

echo "tmux-e2e: filter by the speaker"
keys Enter  # Documents pane has the focus: Enter re-opens the article and the reader takes the focus
keys 3 Enter
wait_for "filter: Masoud Jazayeri 1/2 documents"
wait_for "1 Documents  1/2"
keys Escape
wait_until_gone "filter:"
wait_for "1 Documents  2"

echo "tmux-e2e: help overlay"
keys '?'
wait_for "Keys — Esc or any key closes"
wait_for "next quote (any pane)"
keys Escape
wait_until_gone "Keys —"

echo "tmux-e2e: resize to 200x50"
tmux -S "$socket" resize-window -t "$session" -x 200 -y 50
wait_for_top "1 Documents.*2 Reader.*3 Entities"
[[ "$(screen | wc -l)" -eq 50 ]] || fail "the screen is not 50 lines high after the resize"
tmux -S "$socket" resize-window -t "$session" -x 80 -y 24
wait_for_top "^ 1 Documents  2 *$"
wait_for "│ 4 Quotes"

echo "tmux-e2e: q quits and restores the terminal"
keys q
wait_for "LEDE-EXITED:0"
screen | grep -q "Exception" && fail "a stack trace reached the screen"

echo "tmux-e2e: NO_COLOR"
start TERM=xterm-256color NO_COLOR=1
wait_for "│ Masoud Jazayeri"
# Colour codes (30-38, 40-48, 90-107) would show here; 39/49 only reset to the terminal's own colours.
if tmux -S "$socket" capture-pane -t "$session" -p -e | grep -qE $'\e\\[([0-9]+;)*(3[0-8]|4[0-8]|9[0-7]|10[0-7])(;[0-9]+)*m'; then
  fail "NO_COLOR is set but the screen has colours"
fi
keys C-c
wait_for "LEDE-EXITED:0"

echo "tmux-e2e: all passed"
