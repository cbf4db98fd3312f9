#!/usr/bin/env bash
# Browser smoke test of the Sales Carousel app against a throw-away local cloud.
#
# Run after Maven has built infra/local/target/carousel-local.jar:
#
#   pwa-static/test/run-smoke.sh
#
# It makes sure Debian's Chromium is there (installs it with apt-get when missing and running as root),
# installs the pinned playwright-core and axe-core into a cache directory once (never a browser),
# starts the local cloud in memory on a free port, runs smoke.mjs against it and always stops it.
# Exits with smoke.mjs's status. Screenshots and the server log go to pwa-static/test/artifacts/.
#
# Environment:
#   JAVA_HOME            JDK 21+ (default /usr/lib/jvm/temurin-25-jdk-amd64)
#   CAROUSEL_LOCAL_JAR   the local cloud jar (default <repo>/infra/local/target/carousel-local.jar)
#   CAROUSEL_STATIC_DIR  serve the app from this folder instead of the copy inside the jar
#                        (e.g. pwa-static, to test edits without rebuilding the jar)
#   CAROUSEL_CACHE       cache root (default ~/.cache/carousel); node modules go to <it>/pwa-test
#   CHROMIUM             browser binary (default /usr/bin/chromium)
#   SMOKE_TIMEOUT        seconds before the smoke test is killed (default 180)
set -euo pipefail

PLAYWRIGHT_CORE_VERSION=1.65.1
AXE_CORE_VERSION=4.14.1
READY_TIMEOUT=60

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
JAR="${CAROUSEL_LOCAL_JAR:-$ROOT/infra/local/target/carousel-local.jar}"
CACHE_DIR="${CAROUSEL_CACHE:-${HOME:-/tmp}/.cache/carousel}/pwa-test"
ARTIFACTS="$HERE/artifacts"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

log() { printf '[run-smoke] %s\n' "$*"; }
die() { printf '[run-smoke] error: %s\n' "$*" >&2; exit 2; }
started=$SECONDS

# ---- prerequisites -------------------------------------------------------------------------
[[ -x "$JAVA" ]] || die "no java at $JAVA (set JAVA_HOME to a JDK 21+)"
[[ -f "$JAR" ]] || die "no local cloud jar at $JAR (build it first: mvn -B -q -DskipTests package)"
command -v node >/dev/null || die "node is required (Node 20+)"
command -v npm >/dev/null || die "npm is required"

if [[ ! -x "$CHROMIUM" ]]; then
  if [[ "$CHROMIUM" == /usr/bin/chromium && "$(id -u)" == 0 ]]; then
    log "installing Debian's chromium"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
  [[ -x "$CHROMIUM" ]] || die "no Chromium at $CHROMIUM (install Debian's chromium, or set CHROMIUM)"
fi

# ---- pinned node modules, installed once ----------------------------------------------------
installed_version() { # <package>: the version under $CACHE_DIR, or nothing
  node -p "require('$CACHE_DIR/node_modules/$1/package.json').version" 2>/dev/null || true
}
if [[ "$(installed_version playwright-core)" != "$PLAYWRIGHT_CORE_VERSION" \
   || "$(installed_version axe-core)" != "$AXE_CORE_VERSION" ]]; then
  log "installing playwright-core@$PLAYWRIGHT_CORE_VERSION axe-core@$AXE_CORE_VERSION into $CACHE_DIR"
  mkdir -p "$(dirname "$CACHE_DIR")"
  tmp="$(mktemp -d "$CACHE_DIR.tmp.XXXXXX")"
  npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$tmp" \
    "playwright-core@$PLAYWRIGHT_CORE_VERSION" "axe-core@$AXE_CORE_VERSION" >/dev/null \
    || { rm -rf "$tmp"; die "npm install failed"; }
  rm -rf "$CACHE_DIR"
  mv "$tmp" "$CACHE_DIR"
fi

# ---- local cloud on a free port ----------------------------------------------------------------
mkdir -p "$ARTIFACTS"
rm -f "$ARTIFACTS"/*.png
SERVER_LOG="$ARTIFACTS/server.log"
server_args=(--in-memory --port 0)
[[ -n "${CAROUSEL_STATIC_DIR:-}" ]] && server_args+=(--static-dir "$(cd "$CAROUSEL_STATIC_DIR" && pwd)")

SERVER_PID=
SMOKE_PID=
stop_server() {
  [[ -n "$SERVER_PID" ]] || return 0
  if kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=
}
cleanup() {
  if [[ -n "$SMOKE_PID" ]]; then kill "$SMOKE_PID" 2>/dev/null || true; wait "$SMOKE_PID" 2>/dev/null || true; fi
  stop_server
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log "starting $JAR ${server_args[*]}"
# A previous run's log must go first: the loop below could read its "ready" line (another port)
# before the new JVM's shell has truncated the file.
rm -f "$SERVER_LOG"
"$JAVA" -jar "$JAR" "${server_args[@]}" >"$SERVER_LOG" 2>&1 &
SERVER_PID=$!

BASE_URL=
deadline=$((SECONDS + READY_TIMEOUT))
while [[ -z "$BASE_URL" ]]; do
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    cat "$SERVER_LOG" >&2
    die "the local cloud exited before it was ready"
  fi
  if ((SECONDS >= deadline)); then
    cat "$SERVER_LOG" >&2
    die "the local cloud was not ready within ${READY_TIMEOUT}s"
  fi
  BASE_URL="$(sed -nE 's#^Sales Carousel local cloud ready in [0-9]+ ms at (http://[^[:space:]]+).*#\1#p' "$SERVER_LOG" | head -n 1)"
  [[ -n "$BASE_URL" ]] || sleep 0.2
done
BASE_URL="${BASE_URL%/}/"
log "$(head -n 1 "$SERVER_LOG")"

# ---- the smoke test ------------------------------------------------------------------------------
# In the background so that a signal to this script stops everything at once (see cleanup).
# smoke.mjs (the stage-one walk), then the feature suites (suites.mjs runs suites/*.mjs); one total at the end.
status=0
passed=0
failed=0
run_part() { # <script> <timeout seconds>
  local part_status=0 log_file="$ARTIFACTS/$(basename "$1" .mjs).log"
  BASE_URL="$BASE_URL" SHOT_DIR="$ARTIFACTS" \
    PLAYWRIGHT_CORE="$CACHE_DIR/node_modules/playwright-core" AXE_CORE="$CACHE_DIR/node_modules/axe-core" \
    timeout --kill-after=10 "$2" node "$HERE/$1" > >(tee "$log_file") &
  SMOKE_PID=$!
  wait "$SMOKE_PID" || part_status=$?
  SMOKE_PID=
  ((part_status == 124)) && log "$1 killed after $2 s"
  local counts
  counts="$(sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\1 \2/p' "$log_file" | tail -n 1)"
  if [[ -n "$counts" ]]; then
    passed=$((passed + ${counts% *})); failed=$((failed + ${counts#* }))
  else
    failed=$((failed + 1))
  fi
  ((part_status == 0)) || status=$part_status
}
run_part smoke.mjs "${SMOKE_TIMEOUT:-180}"
run_part suites.mjs "${SUITES_TIMEOUT:-600}"
echo "$passed passed, $failed failed"

stop_server
log "done in $((SECONDS - started))s (exit $status)"
exit "$status"
