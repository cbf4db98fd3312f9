#!/usr/bin/env bash
# Issue 13's figures: webhook intake on the local cloud at 50 concurrent senders (accepted signals/s,
# latency p50/p99, errors, every signal recorded once), the AWS calls and DynamoDB capacity one webhook
# call and one intake cost, and end to end latency from the webhook's 202 to the sales-ready push
# arriving at a real push service (npm web-push-testing, decrypting as a browser vendor's service does).
# A measurement that prints figures, not a test.
#
#   bench/signals.sh                        # 50 senders, 2000 signals, 60 end-to-end samples
#   SENDERS=20 SIGNALS=500 SAMPLES=20 bench/signals.sh
#   SKIP_BUILD=1 bench/signals.sh           # reuse bench/target
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
export DDB_LOCAL_TELEMETRY=0

if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -B -q -Pbench -pl bench -am package -DskipTests
fi

# The push service, as PushE2EIT starts it: installed once into the cache, bound to loopback.
push_dir="${CAROUSEL_CACHE:-$HOME/.cache/carousel}/push-test"
if [ ! -d "$push_dir/node_modules/web-push-testing" ]; then
  mkdir -p "$push_dir"
  (cd "$push_dir" && npm install --no-audit --no-fund --silent web-push-testing@1.2.2)
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
node infra/local/src/test/resources/push-service.js "$push_dir" "$port" >/dev/null 2>&1 &
push_pid=$!
trap 'kill "$push_pid" 2>/dev/null || true' EXIT
for _ in $(seq 100); do curl -s -o /dev/null -X POST "http://localhost:$port/status" && break; sleep 0.1; done

CP="bench/target/carousel-bench.jar:bench/target/lib/*"
"$JAVA" --enable-native-access=ALL-UNNAMED -Xmx2g -cp "$CP" com.salescarousel.bench.SignalBench \
  "${SENDERS:-50}" "${SIGNALS:-2000}" "${SAMPLES:-60}" "http://localhost:$port"
