#!/usr/bin/env bash
# Issue 3's figures: the read units the daily MorningRun consumes against a full Scan of the same
# table (ReturnConsumedCapacity, DynamoDB Local in memory), and the touch-sender's measured pace
# against SES's MaxSendRate (LocalSes). Builds the bench module (profile `bench`; the normal
# `mvn verify` never builds it) and runs both. A measurement that prints figures, not a test.
#
#   bench/morning-run.sh                          # all defaults
#   READS="50000:1000" PACE="14x1" bench/morning-run.sh
#   SKIP_BUILD=1 bench/morning-run.sh             # reuse bench/target
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
READS="${READS:-10000:200 50000:1000 50000:200}"   # prospects:due (100 reps each)
PACE="${PACE:-14x1 14x2 1000x1}"                   # MaxSendRate x sender containers at once

if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -B -q -Pbench -pl bench -am package -DskipTests
fi
CP="bench/target/carousel-bench.jar:bench/target/lib/*"
OPTS=(--enable-native-access=ALL-UNNAMED -Xmx1g)
export DDB_LOCAL_TELEMETRY=0

# shellcheck disable=SC2086
"$JAVA" "${OPTS[@]}" -cp "$CP" com.salescarousel.bench.ReadUnitsBench $READS
echo
# shellcheck disable=SC2086
"$JAVA" "${OPTS[@]}" -cp "$CP" com.salescarousel.bench.SenderPaceBench $PACE
