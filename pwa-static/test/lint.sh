#!/usr/bin/env bash
# ESLint on the app (pwa-static/): the page's modules, the service worker, the smoke test and tools.
#
#   pwa-static/test/lint.sh            (any extra arguments go to eslint, e.g. --fix)
#
# Installs the pinned eslint, @eslint/js and globals once into ${CAROUSEL_CACHE:-~/.cache/carousel}/eslint
# (never into the repository, never globally), then runs them with test/eslint.config.js. Fails on any
# error or warning. Needs Node 20.19+ and npm.
set -euo pipefail

ESLINT_VERSION=10.15.0
ESLINT_JS_VERSION=10.0.1
GLOBALS_VERSION=17.14.0

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
APP="$(cd "$HERE/.." && pwd)"
CACHE_DIR="${CAROUSEL_CACHE:-${HOME:-/tmp}/.cache/carousel}/eslint"

log() { printf '[lint] %s\n' "$*"; }
die() { printf '[lint] error: %s\n' "$*" >&2; exit 2; }

command -v node >/dev/null || die "node is required (Node 20.19+)"
command -v npm >/dev/null || die "npm is required"

installed_version() { # <package>: the version under $CACHE_DIR, or nothing
  node -p "require('$CACHE_DIR/node_modules/$1/package.json').version" 2>/dev/null || true
}
if [[ "$(installed_version eslint)" != "$ESLINT_VERSION" \
   || "$(installed_version @eslint/js)" != "$ESLINT_JS_VERSION" \
   || "$(installed_version globals)" != "$GLOBALS_VERSION" ]]; then
  log "installing eslint@$ESLINT_VERSION @eslint/js@$ESLINT_JS_VERSION globals@$GLOBALS_VERSION into $CACHE_DIR"
  mkdir -p "$(dirname "$CACHE_DIR")"
  tmp="$(mktemp -d "$CACHE_DIR.tmp.XXXXXX")"
  npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$tmp" \
    "eslint@$ESLINT_VERSION" "@eslint/js@$ESLINT_JS_VERSION" "globals@$GLOBALS_VERSION" >/dev/null \
    || { rm -rf "$tmp"; die "npm install failed"; }
  rm -rf "$CACHE_DIR"
  mv "$tmp" "$CACHE_DIR"
fi

cd "$APP"
# The config loads @eslint/js and globals from here (they are not installed next to it).
export ESLINT_MODULES="$CACHE_DIR/node_modules"
status=0
node "$CACHE_DIR/node_modules/eslint/bin/eslint.js" --config test/eslint.config.js --max-warnings 0 \
  --no-warn-ignored "$@" . || status=$?
files=$(find . -path ./test/artifacts -prune -o \( -name '*.js' -o -name '*.mjs' \) -print | wc -l)
if ((status == 0)); then log "eslint $ESLINT_VERSION: $files files, no errors or warnings"; else log "eslint found problems (exit $status)"; fi
exit "$status"
