#!/usr/bin/env bash
# End-to-end: runs the real ./lede on seeds/ (plus one small article of its own) in tmux, types keys and
# reads the screen back. Waits by polling the screen for the text it expects, never by fixed sleeps.
# Usage: src/test/e2e/tmux-e2e.sh  (from anywhere; needs tmux, java, and mvn if the jar must be built)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
command -v tmux >/dev/null || { echo "tmux-e2e: tmux is not installed" >&2; exit 2; }

work="$(mktemp -d)"
runs=0
socket="lede-e2e-$$-0"
session=e2e
cleanup() {
  tmux -L "$socket" kill-server 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/extra"
printf 'Markets rally\n\nShares in London rose on Monday, traders said.\n' >"$work/extra/markets.txt"

fail() {
  echo "tmux-e2e: FAIL: $*" >&2
  echo "---- screen ----" >&2
  screen >&2 || true
  exit 1
}

screen() {
  tmux -L "$socket" capture-pane -t "$session" -p
}

# poll SECONDS WHAT COMMAND...: reruns COMMAND until it succeeds, failing with WHAT after SECONDS.
poll() {
  local limit="$1" what="$2" waited=0
  shift 2
  until "$@"; do
    sleep 0.2
    waited=$((waited + 1))
    ((waited < limit * 5)) || fail "$what"
  done
}

shows() { screen | grep -qF -- "$1"; }
hides() { ! shows "$1"; }
top_matches() { screen | head -1 | grep -qE -- "$1"; }

# wait_for TEXT [SECONDS]: the first run also annotates, so the default is generous.
wait_for() { poll "${2:-90}" "the screen never showed: $1" shows "$1"; }
wait_until_gone() { poll 30 "the screen still shows: $1" hides "$1"; }
# The first line holds the pane headings, so it tells the layout.
wait_for_top() { poll 30 "the first line never matched: $1" top_matches "$1"; }

keys() {
  tmux -L "$socket" send-keys -t "$session" "$@"
}

# start ENV...: runs ./lede in a fresh 80x24 tmux window with a private config, cache and log.
start() {
  tmux -L "$socket" kill-server 2>/dev/null || true
  # A new server per run: reusing a socket while the old server shuts down can fail the new session.
  runs=$((runs + 1))
  socket="lede-e2e-$$-$runs"
  tmux -L "$socket" new-session -d -s "$session" -x 80 -y 24 \
    env XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" XDG_STATE_HOME="$work/state" "$@" \
    bash -c "cd '$home' && ./lede seeds/ '$work/extra'; echo LEDE-EXITED:\$?; sleep 600"
}

echo "tmux-e2e: seeds at 80x24"
start TERM=xterm-256color
wait_for "1 Documents  2"
wait_for "│ Masoud Jazayeri"
keys ']' ']'
wait_for "quote 2/5"
screen | grep -qF "▶Jazayeri" || screen | grep -qF "▶Masoud Jazayeri" || fail "the quote list does not mark the current quote"

echo "tmux-e2e: filter by the speaker"
keys Enter  # Documents pane has the focus: Enter re-opens the article
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
tmux -L "$socket" resize-window -t "$session" -x 200 -y 50
wait_for_top "1 Documents.*2 Reader.*3 Entities"
[[ "$(screen | wc -l)" -eq 50 ]] || fail "the screen is not 50 lines high after the resize"
tmux -L "$socket" resize-window -t "$session" -x 80 -y 24
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
if tmux -L "$socket" capture-pane -t "$session" -p -e | grep -qE $'\e\\[([0-9]+;)*(3[0-8]|4[0-8]|9[0-7]|10[0-7])(;[0-9]+)*m'; then
  fail "NO_COLOR is set but the screen has colours"
fi
keys C-c
wait_for "LEDE-EXITED:0"

echo "tmux-e2e: all passed"
