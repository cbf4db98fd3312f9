#!/usr/bin/env bash
# Cold-start cost of the two EMF libraries (issue 16): in a fresh JVM with Lambda java21's flags, the
# time from main() to the first metric flushed (EmfFirstFlush / PowertoolsFirstFlush), the JVM's wall
# time, and the classes loaded; plus the jars each library adds. A measurement, not a test.
#   bench/emf/emf-cold-start.sh            RUNS=7 by default, alternating the two libraries
set -euo pipefail
cd "$(dirname "$0")"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
RUNS="${RUNS:-7}"
read -r -a FLAGS <<<"${JVM_FLAGS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto}"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
declare -A GAV=([emf]=software.amazon.cloudwatchlogs:aws-embedded-metrics:4.2.0
                [powertools]=software.amazon.lambda:powertools-metrics:2.9.0)
declare -A MAIN=([emf]=EmfFirstFlush [powertools]=PowertoolsFirstFlush)
for k in emf powertools; do
  IFS=: read -r g a v <<<"${GAV[$k]}"
  mkdir -p "$tmp/$k"
  cat >"$tmp/$k/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>bench</groupId><artifactId>$k</artifactId><version>1</version>
<dependencies><dependency><groupId>$g</groupId><artifactId>$a</artifactId><version>$v</version></dependency></dependencies></project>
POM
  (cd "$tmp/$k" && mvn -B -q dependency:copy-dependencies -DoutputDirectory=lib >/dev/null)
  "$JAVA_HOME/bin/javac" -nowarn -d "$tmp/$k/cls" -cp "$tmp/$k/lib/*" "${MAIN[$k]}.java"
done
# What Lambda sets; Powertools reads namespace and service from these two.
export AWS_LAMBDA_FUNCTION_NAME=touch-sender POWERTOOLS_METRICS_NAMESPACE=SalesCarousel POWERTOOLS_SERVICE_NAME=touch-sender
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.1f\n", (a[NR/2]+a[NR/2+1])/2}'; }
declare -A flush wall
for _ in $(seq "$RUNS"); do
  for k in emf powertools; do
    t0=$(date +%s%N)
    out=$("$JAVA_HOME/bin/java" "${FLAGS[@]}" -cp "$tmp/$k/cls:$tmp/$k/lib/*" "${MAIN[$k]}" 2>&1 >/dev/null)
    t1=$(date +%s%N)
    flush[$k]+="$(sed -n 's/.*first_flush_ms=\([0-9.]*\).*/\1/p' <<<"$out") "
    wall[$k]+="$(( (t1 - t0) / 1000000 )) "
  done
done
printf "| library | jars added (MB, unshrunk) | first flush ms (median of %s) | JVM wall ms | classes loaded |\n|---|---|---|---|---|\n" "$RUNS"
for k in emf powertools; do
  classes=$("$JAVA_HOME/bin/java" "${FLAGS[@]}" -Xlog:class+load -cp "$tmp/$k/cls:$tmp/$k/lib/*" "${MAIN[$k]}" 2>/dev/null | grep -c 'class,load')
  size=$(du -cb "$tmp/$k"/lib/*.jar | tail -1 | awk '{printf "%.2f", $1/1048576}')
  printf "| %s (%s) | %s | %s | %s | %s |\n" "$k" "${GAV[$k]}" "$size" \
    "$(tr ' ' '\n' <<<"${flush[$k]}" | grep . | median)" "$(tr ' ' '\n' <<<"${wall[$k]}" | grep . | median)" "$classes"
done
