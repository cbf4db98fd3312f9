#!/usr/bin/env bash
# Lighthouse mobile benchmark of the Sales Carousel app against a throw-away local cloud.
# A measurement, not a test: it is not part of the test command.
#
#   bench/lighthouse.sh            (after mvn -B -q -DskipTests package)
#
# Installs the pinned lighthouse once into ${CAROUSEL_CACHE:-~/.cache/carousel}/lighthouse-<version>
# (lighthouse 13 needs Node >= 22.19; 12.8.2 runs on Node 18.16+), starts the local cloud in memory on a
# free port, and audits, with Lighthouse's default mobile emulation and simulated slow-4G throttling,
# headless Debian Chromium (CHROME_PATH, default /usr/bin/chromium):
#   1. the first visit (sign-in page, empty cache)
#   2. Today, signed in, empty HTTP and service-worker caches
# Prints the performance, accessibility and best-practices scores and the main timings; writes the
# HTML reports to bench/out/. Environment: JAVA_HOME, CAROUSEL_LOCAL_JAR, CAROUSEL_STATIC_DIR,
# CAROUSEL_CACHE, CHROME_PATH (as in pwa-static/test/run-smoke.sh).
set -euo pipefail

LIGHTHOUSE_VERSION=12.8.2
READY_TIMEOUT=60

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
JAR="${CAROUSEL_LOCAL_JAR:-$ROOT/infra/local/target/carousel-local.jar}"
LH_DIR="${CAROUSEL_CACHE:-${HOME:-/tmp}/.cache/carousel}/lighthouse-$LIGHTHOUSE_VERSION"
OUT="$ROOT/bench/out"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

log() { printf '[lighthouse] %s\n' "$*"; }
die() { printf '[lighthouse] error: %s\n' "$*" >&2; exit 2; }

[[ -x "$JAVA" ]] || die "no java at $JAVA (set JAVA_HOME)"
[[ -f "$JAR" ]] || die "no local cloud jar at $JAR (build it first: mvn -B -q -DskipTests package)"
[[ -x "$CHROME_PATH" ]] || die "no Chromium at $CHROME_PATH (apt-get install chromium, or set CHROME_PATH)"
command -v node >/dev/null || die "node is required"

if [[ "$(node -p "require('$LH_DIR/node_modules/lighthouse/package.json').version" 2>/dev/null || true)" != "$LIGHTHOUSE_VERSION" ]]; then
  log "installing lighthouse@$LIGHTHOUSE_VERSION into $LH_DIR"
  mkdir -p "$(dirname "$LH_DIR")"
  tmp="$(mktemp -d "$LH_DIR.tmp.XXXXXX")"
  PUPPETEER_SKIP_DOWNLOAD=1 npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$tmp" \
    "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null || { rm -rf "$tmp"; die "npm install failed"; }
  rm -rf "$LH_DIR"
  mv "$tmp" "$LH_DIR"
fi

mkdir -p "$OUT"
SERVER_LOG="$OUT/server.log"
server_args=(--in-memory --port 0)
[[ -n "${CAROUSEL_STATIC_DIR:-}" ]] && server_args+=(--static-dir "$(cd "$CAROUSEL_STATIC_DIR" && pwd)")
# A previous run's log must go first: the loop below could read its "ready" line (another port)
# before the new JVM's shell has truncated the file.
rm -f "$SERVER_LOG"
"$JAVA" -jar "$JAR" "${server_args[@]}" >"$SERVER_LOG" 2>&1 &
SERVER_PID=$!
trap 'kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true' EXIT

BASE_URL=
deadline=$((SECONDS + READY_TIMEOUT))
while [[ -z "$BASE_URL" ]]; do
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$SERVER_LOG" >&2; die "the local cloud exited"; }
  ((SECONDS < deadline)) || die "the local cloud was not ready within ${READY_TIMEOUT}s"
  BASE_URL="$(sed -nE 's#^Sales Carousel local cloud ready in [0-9]+ ms at (http://[^[:space:]]+).*#\1#p' "$SERVER_LOG" | head -n 1)"
  [[ -n "$BASE_URL" ]] || sleep 0.2
done
log "local cloud at $BASE_URL; lighthouse $LIGHTHOUSE_VERSION, $CHROME_PATH"

BASE_URL="${BASE_URL%/}/" LH_DIR="$LH_DIR" OUT="$OUT" node "$ROOT/bench/lighthouse.mjs"
