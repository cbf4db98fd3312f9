#!/usr/bin/env bash
# Issue 16's cost per rep (bench/COST.md). Recomputes the tables from the measured inputs
# (bench/cost-inputs.properties) and the price list and usage model (bench/cost-model.properties);
# MEASURE=1 first measures the inputs again (CostBench: the local cloud in one JVM, the production
# handlers, every AWS call counted with ReturnConsumedCapacity) and rewrites cost-inputs.properties.
#
#   bench/cost.sh                      # tables from the committed inputs (seconds)
#   MEASURE=1 bench/cost.sh            # measure (about a minute), then the tables
#   MEASURE=1 REPS=20 PER_REP=15 SKIP_BUILD=1 bench/cost.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
export DDB_LOCAL_TELEMETRY=0
if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -B -q -Pbench -pl bench -am package -DskipTests
fi
CP="bench/target/carousel-bench.jar:bench/target/lib/*"
if [ -n "${MEASURE:-}" ]; then
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  "$JAVA" --enable-native-access=ALL-UNNAMED -cp "$CP" com.salescarousel.bench.CostBench "${REPS:-20}" "${PER_REP:-15}" \
    >bench/cost-inputs.properties.new
  { echo "# Measured by bench/cost.sh (CostBench) on $(date -u +%Y-%m-%d), load average $(cut -d' ' -f1-3 /proc/loadavg)"
    cat bench/cost-inputs.properties.new; } >bench/cost-inputs.properties
  rm bench/cost-inputs.properties.new
fi
"$JAVA" -cp "$CP" com.salescarousel.bench.CostModel bench/cost-inputs.properties bench/cost-model.properties
