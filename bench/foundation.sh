#!/usr/bin/env bash
# Prints the foundation's figures: clean build time, each function artifact's size, and the local
# cloud's start time (median of N fresh JVMs, in memory). A measurement, not a test.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
RUNS="${RUNS:-5}"

t0=$(date +%s.%N)
mvn -B -q clean package -DskipTests
t1=$(date +%s.%N)
printf 'clean build (mvn package -DskipTests): %.1f s\n' "$(echo "$t1 - $t0" | bc)"

echo "function artifacts:"
for f in functions/*/target/*-lambda.jar; do
  printf '  %-45s %6.2f MB  %5d classes\n' "$f" "$(echo "$(stat -c %s "$f") / 1048576" | bc -l)" "$(unzip -l "$f" | grep -c '\.class$')"
done
printf '  %-45s %6.2f MB (jar + lib/)\n' "infra/local (carousel-local)" "$(du -sb infra/local/target/carousel-local.jar infra/local/target/lib | awk '{s+=$1} END {print s/1048576}')"

echo "local cloud start (fresh JVM, --in-memory, until 'ready'; $RUNS runs):"
times=()
for i in $(seq "$RUNS"); do
  log=$(mktemp)
  start=$(date +%s%N)
  "$JAVA" -jar infra/local/target/carousel-local.jar --in-memory --port 0 >"$log" 2>&1 &
  pid=$!
  until grep -q "ready in" "$log"; do sleep 0.02; kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }; done
  wall=$(( ($(date +%s%N) - start) / 1000000 ))
  inside=$(sed -n 's/.*ready in \([0-9]*\) ms.*/\1/p' "$log")
  kill $pid; wait $pid 2>/dev/null || true; rm -f "$log"
  times+=("$wall")
  echo "  run $i: ${wall} ms wall (JVM start to ready), ${inside} ms inside main"
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "  median: ${sorted[$(( ${#sorted[@]} / 2 ))]} ms"
