#!/usr/bin/env bash
# Issue 11's figures: importing 5,000 rows and exporting 10,000 prospects through the production API
# graph on DynamoDB Local (time, write/read units, memory, the largest import file), then what the
# new libraries cost a fresh JVM the first time (run from the shrunk prospects-api Lambda jar), and
# the function jars' sizes. A measurement that prints figures, not a test.
#
#   bench/data-in-out.sh                      # builds (profile bench), then runs
#   ROWS=5000 EXPORT=10000 RUNS=5 SKIP_BUILD=1 bench/data-in-out.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
ROWS="${ROWS:-5000}"
EXPORT="${EXPORT:-10000}"
RUNS="${RUNS:-5}"

if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -B -q -Pbench -pl bench -am package -DskipTests
fi
export DDB_LOCAL_TELEMETRY=0
"$JAVA" --enable-native-access=ALL-UNNAMED -Xmx1g -cp "bench/target/carousel-bench.jar:bench/target/lib/*" \
  com.salescarousel.bench.DataInOutBench "$ROWS" "$EXPORT"

echo
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
JAR=functions/prospects-api/target/prospects-api-lambda.jar
"$JAVA_HOME/bin/javac" -nowarn -d "$tmp" -cp "$JAR" bench/FirstUse.java
echo "First use in a fresh JVM (Lambda's flags: SerialGC, C1 only), only $JAR on the class path; $RUNS runs:"
for _ in $(seq "$RUNS"); do
  "$JAVA" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto -cp "$JAR:$tmp" FirstUse 2>/dev/null
done | tee "$tmp/runs.txt"
python3 - "$tmp/runs.txt" <<'PY'
import statistics, sys
rows = [dict(kv.split("=") for kv in line.split()) for line in open(sys.argv[1]) if "=" in line]
print("medians: " + " ".join(f"{k}={statistics.median(float(r[k]) for r in rows):.1f}" for k in rows[0]))
PY
echo
echo "Lambda jars (shrunk):"
for f in prospects-api cadence-calculator touch-sender; do
  printf '  %-20s %s bytes\n' "$f" "$(stat -c %s "functions/$f/target/$f-lambda.jar")"
done
