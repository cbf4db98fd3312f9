#!/usr/bin/env bash
# Schemathesis (pinned, in a cached virtualenv) against a throw-away local cloud: every operation
# of openapi.yaml, signed in as a manager, with generated valid and invalid requests and the
# stateful sequences the document's links describe. Fails on any 5xx and on any response the
# document does not describe: status code, content type, required headers, body schema.
#
#   infra/schemathesis/run.sh          after `mvn package` built infra/local/target/carousel-local.jar
#
# Reproducible: deterministic generation and a fixed number of examples per operation, no time
# budget, so two runs send the same requests. Prints the number of test cases and HTTP requests,
# and the failures; exits non-zero on any failure. Reports go to target/schemathesis/.
#
# Environment:
#   JAVA_HOME              JDK 21+ (default /usr/lib/jvm/temurin-25-jdk-amd64)
#   CAROUSEL_LOCAL_JAR     the local cloud jar (default <repo>/infra/local/target/carousel-local.jar)
#   SCHEMATHESIS_VENV      virtualenv to create/reuse (default ~/.cache/carousel/schemathesis-venv)
#   SCHEMATHESIS_EXAMPLES  test cases per operation and phase (default 150: about 3,800 requests, 1.5 min on 2 cores)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
jar="${CAROUSEL_LOCAL_JAR:-$root/infra/local/target/carousel-local.jar}"
venv="${SCHEMATHESIS_VENV:-$HOME/.cache/carousel/schemathesis-venv}"
out="$root/target/schemathesis"
say() { printf '[schemathesis] %s\n' "$*"; }

[[ -f "$jar" ]] || { say "no local cloud jar at $jar (build it first: mvn -B -q -DskipTests package)" >&2; exit 2; }
# shellcheck source=../venv.sh
source "$root/infra/venv.sh"
ensure_venv "$venv" "$here/requirements.txt" schemathesis

rm -rf "$out" && mkdir -p "$out"
"$java" -jar "$jar" --in-memory --port 0 >"$out/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
url=
for _ in $(seq 600); do
  url="$(sed -nE 's#^Sales Carousel local cloud ready in [0-9]+ ms at (http://[^[:space:]]+).*#\1#p' "$out/server.log")"
  [[ -n "$url" ]] && break
  kill -0 "$server" 2>/dev/null || { cat "$out/server.log" >&2; say "the local cloud exited" >&2; exit 2; }
  sleep 0.1
done
[[ -n "$url" ]] || { say "the local cloud was not ready within 60 s (see $out/server.log)" >&2; exit 2; }
say "local cloud at $url"

# A manager of a team of its own, so PUT /api/tiers is exercised past its 403.
token="$(curl -fsS -X POST "$url/local/login" \
  -d '{"email":"fuzz@example.com","name":"Schemathesis","role":"manager","org":"schemathesis"}' \
  | "$venv/bin/python" -c 'import json, sys; print(json.load(sys.stdin)["token"])')"

# From $out, which starts empty: Schemathesis keeps a cache of past crashes in its working directory
# and would replay them first, so a run would depend on the one before.
status=0
(cd "$out" && "$venv/bin/schemathesis" run "$root/openapi.yaml" --url "$url" \
  --header "Authorization: Bearer $token" \
  --checks not_a_server_error,status_code_conformance,content_type_conformance,response_headers_conformance,response_schema_conformance \
  --generation-deterministic --max-examples "${SCHEMATHESIS_EXAMPLES:-150}" --workers 1 \
  --no-color --output-truncate true \
  --report junit,ndjson --report-dir "$out" \
  >"$out/output.txt" 2>&1) || status=$?
# The report's closing part: failures (with a curl line to reproduce each), warnings, the summary.
sed -n '/^=* \(ERRORS\|FAILURES\|WARNINGS\|SUMMARY\) =*$/,$p' "$out/output.txt"
grep -q '^=* SUMMARY =*$' "$out/output.txt" || tail -40 "$out/output.txt"

# One line for run-tests: test cases, HTTP requests actually sent (stateful cases send several), failures.
"$venv/bin/python" - "$out" "$status" <<'PY'
import glob, json, re, sys
out, status = sys.argv[1], int(sys.argv[2])
requests = 0
for path in glob.glob(f"{out}/*.ndjson"):
    with open(path) as f:
        for line in f:
            event = json.loads(line)
            for rec in (v for k, v in event.items() if k.endswith("ScenarioFinished")):
                requests += sum(1 for i in rec.get("recorder", {}).get("interactions", {}).values() if i.get("response"))
text = open(f"{out}/output.txt").read()
cases = re.search(r"(\d+) generated", text)
failures = re.search(r"(\d+) unique failures?", text)
errors = re.search(r"(\d+) errors?\b", text.split("SUMMARY")[-1]) if "SUMMARY" in text else None
print(f"Schemathesis: {cases.group(1) if cases else '?'} test cases, {requests} requests, "
      f"{failures.group(1) if failures else 0} failures, {errors.group(1) if errors else 0} errors (exit {status})")
PY
exit "$status"
