#!/usr/bin/env bash
# Issue 16's load figures: the local cloud (its own JVM, in memory, with a JFR recording) under REPS
# reps at once for SECONDS seconds — agenda reads, prospect reads, touches, signals by hand, lists, and
# signed signals at the team's webhook — then throughput, p50/p99 per operation, errors, the check that
# every accepted touch and signal is in the store, and where the CPU went (JfrTop over the recording).
# A measurement that prints figures, not a test. The machine's load average is printed before and after:
# other work on the same cores moves every figure.
#
#   bench/load.sh                          # 50 reps, 60 s
#   REPS=20 SECONDS_=30 SKIP_BUILD=1 bench/load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
REPS="${REPS:-50}"
DURATION="${SECONDS_:-60}"
OUT=bench/out
mkdir -p "$OUT"
export DDB_LOCAL_TELEMETRY=0

if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -B -q -Pbench -pl bench -am package -DskipTests
fi

LOG="$OUT/load-server.log"
rm -f "$LOG"   # a previous run's "ready" line would name another port
"$JAVA" -XX:StartFlightRecording=filename="$OUT/load.jfr",settings=profile,dumponexit=true \
  --enable-native-access=ALL-UNNAMED -jar infra/local/target/carousel-local.jar --in-memory --port 0 >"$LOG" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true' EXIT
URL=
for _ in $(seq 300); do
  URL="$(sed -nE 's#^Sales Carousel local cloud ready in [0-9]+ ms at (http://[^[:space:]]+).*#\1#p' "$LOG" | head -n 1)"
  [ -n "$URL" ] && break
  kill -0 $SERVER 2>/dev/null || { cat "$LOG"; exit 1; }
  sleep 0.2
done
echo "local cloud at $URL; $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

"$JAVA" -cp "bench/target/carousel-bench.jar:bench/target/lib/*" com.salescarousel.bench.LoadBench "$URL" "$REPS" "$DURATION"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

kill $SERVER; wait $SERVER 2>/dev/null || true
trap - EXIT
echo
"$JAVA" -cp "bench/target/carousel-bench.jar:bench/target/lib/*" com.salescarousel.bench.JfrTop "$OUT/load.jfr"
