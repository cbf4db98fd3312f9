#!/usr/bin/env bash
# moto_server on 127.0.0.1: the second emulator (DynamoDB, SQS, SES v2) for the *IT suite.
# Needs only Python 3 and PyPI (once): no Docker.
#
#   eval "$(infra/moto/start.sh)"     start on a free port in the background; prints
#                                     MOTO_ENDPOINT=... and MOTO_PID=... (run-tests does this)
#   infra/moto/start.sh --install     only create/refresh the virtualenv; the Moto*IT tests
#                                     then start moto_server themselves
#   infra/moto/start.sh --foreground  run in this terminal (port MOTO_PORT, default 5000)
#
# Environment:
#   MOTO_VENV   virtualenv to create/reuse (default ~/.cache/carousel/moto-venv)
#   MOTO_PORT   port (default: any free one; 5000 with --foreground)
#   MOTO_LOG    server log in the background mode (default target/moto-server.log)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
venv="${MOTO_VENV:-$HOME/.cache/carousel/moto-venv}"
req="$here/requirements.txt"
mode="${1:-background}"

# shellcheck source=../venv.sh
source "$root/infra/venv.sh"
ensure_venv "$venv" "$req" moto_server

case "$mode" in
  --install) exit 0 ;;
  --foreground) exec "$venv/bin/moto_server" -H 127.0.0.1 -p "${MOTO_PORT:-5000}" ;;
  background) ;;
  *) echo "usage: $0 [--install|--foreground]" >&2; exit 2 ;;
esac

port="${MOTO_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}"
log="${MOTO_LOG:-$root/target/moto-server.log}"
mkdir -p "$(dirname "$log")"
# Detached from this script's stdout, so "$(infra/moto/start.sh)" returns once it answers.
nohup "$venv/bin/moto_server" -H 127.0.0.1 -p "$port" </dev/null >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 300); do
  if curl -fsS -o /dev/null "http://127.0.0.1:$port/moto-api/" 2>/dev/null; then
    echo "MOTO_ENDPOINT=http://127.0.0.1:$port"
    echo "MOTO_PID=$pid"
    echo "moto $("$venv/bin/python" -c 'import importlib.metadata as m; print(m.version("moto"))') on http://127.0.0.1:$port (pid $pid, log $log)" >&2
    exit 0
  fi
  kill -0 "$pid" 2>/dev/null || { echo "moto_server exited; see $log" >&2; tail -5 "$log" >&2; exit 1; }
  sleep 0.1
done
kill "$pid" 2>/dev/null || true
echo "moto_server did not answer on port $port within 30 s; see $log" >&2
exit 1
