# Shared by the tmux end-to-end scripts (source it): runs the real ./lede in tmux on a socket of its own (-S),
# types keys and reads the screen back, waiting by polling the screen for the text it expects, never by fixed sleeps.
# The sourcing script sets lede_args (the PATHs to open) before calling start.
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
command -v tmux >/dev/null || { echo "tmux-e2e: tmux is not installed" >&2; exit 2; }

work="$(mktemp -d)"
runs=0
socket="$work/tmux-0.sock"
session=e2e
lede_args=()
cleanup() {
  tmux -S "$socket" kill-server 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

fail() {
  echo "tmux-e2e: FAIL: $*" >&2
  echo "---- screen ----" >&2
  screen >&2 || true
  exit 1
}

screen() {
  tmux -S "$socket" capture-pane -t "$session" -p
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
shows_re() { screen | grep -qE -- "$1"; }
hides() { ! shows "$1"; }
top_matches() { screen | head -1 | grep -qE -- "$1"; }

# wait_for TEXT [SECONDS]: the first run also annotates, so the default is generous.
wait_for() { poll "${2:-90}" "the screen never showed: $1" shows "$1"; }
# wait_for_re REGEX WHAT: a frame reaches the terminal a piece at a time, so even a check is a wait.
wait_for_re() { poll 30 "$2" shows_re "$1"; }
wait_until_gone() { poll 30 "the screen still shows: $1" hides "$1"; }
# The first line holds the pane headings, so it tells the layout.
wait_for_top() { poll 30 "the first line never matched: $1" top_matches "$1"; }

keys() {
  tmux -S "$socket" send-keys -t "$session" "$@"
}

# start ENV...: runs ./lede "${lede_args[@]}" in a fresh 80x24 tmux window with a private config, cache and log.
start() {
  tmux -S "$socket" kill-server 2>/dev/null || true
  # A new server per run: reusing a socket while the old server shuts down can fail the new session.
  runs=$((runs + 1))
  socket="$work/tmux-$runs.sock"
  local args
  args="$(printf '%q ' "${lede_args[@]}")"
  tmux -S "$socket" new-session -d -s "$session" -x 80 -y 24 \
    env XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" XDG_STATE_HOME="$work/state" "$@" \
    bash -c "cd '$home' && ./lede $args; echo LEDE-EXITED:\$?; sleep 600"
}
