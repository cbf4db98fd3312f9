#!/usr/bin/env bash
# Issue 12's figures: the team view's read cost (queries and read units, DynamoDB Local in memory) and
# its latency on the local cloud, for a manager of 50 reps over 12 weeks; and the write units the
# coaching counters add to a touch, a new prospect and a tier move. A measurement that prints figures.
#
#   bench/coaching.sh                      # 200 and 1000 prospects per rep
#   SIZES="500" REPS=50 bench/coaching.sh
#   SKIP_BUILD=1 bench/coaching.sh         # reuse bench/target
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -B -q -Pbench -pl bench -am package -DskipTests
fi
export DDB_LOCAL_TELEMETRY=0
# shellcheck disable=SC2086
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xmx1g -Dbench.reps="${REPS:-50}" \
  -cp "bench/target/carousel-bench.jar:bench/target/lib/*" com.salescarousel.bench.CoachingBench ${SIZES:-200 1000}
