#!/usr/bin/env bash
# Cold start of each Lambda artifact, measured the way Lambda starts it: a fresh JVM per run with
# only the function's deployment jar (target/<fn>-lambda.jar) and a tiny launcher (bench/ColdStart.java)
# on the class path, against the local cloud (DynamoDB Local, SQS, SES on 127.0.0.1). Also a
# hello-world JVM with the same flags, as the yardstick. A measurement, not a test.
#
#   bench/cold-start.sh                 build (mvn package -DskipTests), then RUNS runs per function
#   SKIP_BUILD=1 RUNS=3 bench/cold-start.sh
#   JVM_FLAGS="..." bench/cold-start.sh  (default: Lambda java21's SerialGC + C1-only)
#   EXPERIMENTS=0 bench/cold-start.sh   skip issue 16's comparisons (below)
#
# Columns (medians of RUNS): jar MB; classes loaded (total / from the jar, one extra run with
# -Xlog:class+load); init ms (the handler's constructor); invoke ms (handleRequest on a real event,
# decoding excluded: the Lambda runtime does that); ratio = (init + invoke) / hello-world JVM wall time;
# primed invoke ms = the first invoke after the SnapStart priming hook ran (what a restored snapshot
# pays, restore itself aside); heap live MB after a full GC following the first invoke.
#
# Then (EXPERIMENTS, default on) issue 16's comparisons, medians of RUNS fresh JVMs each:
# (1) per function, the JVM's wall time and init+invoke with no archive, with an AppCDS archive
#     (-XX:ArchiveClassesAtExit from one primed training run, then -XX:SharedArchiveFile) and with the
#     JDK 25 AOT cache (-XX:AOTCacheOutput from the same training run, then -XX:AOTCache);
# (2) the DynamoDB client's start on each SDK HTTP client (bench/HttpClientStart.java: url-connection,
#     the production choice; Apache; the AWS CRT client), jars resolved by Maven from ~/.m2.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"
RUNS="${RUNS:-5}"
# Lambda's java21 runtime starts the JVM with the serial collector and, via JAVA_TOOL_OPTIONS'
# default, C1 only (-XX:TieredStopAtLevel=1). -Xshare:auto uses the JDK's class data sharing archive.
read -r -a FLAGS <<<"${JVM_FLAGS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto}"
FUNCTIONS=(prospects-api cadence-calculator touch-sender signal-intake)
declare -A HANDLER=(
  [prospects-api]=com.salescarousel.entry.api.ProspectsApiHandler
  [cadence-calculator]=com.salescarousel.entry.calculator.CadenceCalculatorHandler
  [touch-sender]=com.salescarousel.entry.sender.TouchSenderHandler
  [signal-intake]=com.salescarousel.entry.intake.SignalIntakeHandler
)

if [[ -z "${SKIP_BUILD:-}" ]]; then mvn -B -q -DskipTests package; fi

tmp=$(mktemp -d)
cloud_pid=""
cleanup() {
  if [[ -n "$cloud_pid" ]]; then kill "$cloud_pid" 2>/dev/null || true; wait "$cloud_pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

"$JAVA_HOME/bin/javac" -nowarn -d "$tmp/classes" -cp functions/prospects-api/target/prospects-api-lambda.jar \
  bench/ColdStart.java bench/Hello.java
# In a jar, not a directory: a CDS archive only holds classes that came from jars.
"$JAVA_HOME/bin/jar" cf "$tmp/launcher.jar" -C "$tmp/classes" .

# The local cloud: DynamoDB Local (table Carousel), ElasticMQ (queue carousel-send), the SES endpoint.
"$JAVA" -jar infra/local/target/carousel-local.jar --in-memory --port 0 >"$tmp/cloud.log" 2>&1 &
cloud_pid=$!
for _ in $(seq 1200); do
  grep -q "DynamoDB Local:" "$tmp/cloud.log" && break
  kill -0 "$cloud_pid" 2>/dev/null || { cat "$tmp/cloud.log"; exit 1; }
  sleep 0.1
done
grep -q "DynamoDB Local:" "$tmp/cloud.log" || { echo "the local cloud did not start"; cat "$tmp/cloud.log"; exit 1; }
line=$(grep "DynamoDB Local:" "$tmp/cloud.log")
DDB=$(sed -n 's/.*DynamoDB Local: \(http[^ ]*\).*/\1/p' <<<"$line")
SQS=$(sed -n 's/.*SQS (ElasticMQ): \(http[^ ]*\).*/\1/p' <<<"$line")
SES=$(sed -n 's/.*SES: \(http[^ ]*\).*/\1/p' <<<"$line")
QUEUE_URL=$(curl -s "$SQS/?Action=GetQueueUrl&QueueName=carousel-send" | sed -n 's/.*<QueueUrl>\([^<]*\)<\/QueueUrl>.*/\1/p')
[[ -n "$QUEUE_URL" ]] || { echo "no queue URL from $SQS"; exit 1; }
# signal-intake's event is a signal for org "bench": its one rep signs in, so each run makes a new lead for them.
CLOUD_URL=$(sed -n 's/.*ready in [0-9]* ms at \(http[^ ]*\).*/\1/p' "$tmp/cloud.log")
curl -s -X POST "$CLOUD_URL/local/login" -d '{"email":"bench@bench.example","org":"bench"}' >/dev/null

# What template.yaml gives the functions, pointed at the local endpoints.
env_for() {
  echo TABLE_NAME=Carousel AWS_REGION=us-east-1 DYNAMODB_ENDPOINT="$DDB" \
    SEND_QUEUE_URL="$QUEUE_URL" SQS_ENDPOINT="$SQS" SES_ENDPOINT="$SES" \
    UNSUBSCRIBE_SECRET=c25hcHN0YXJ0LWJlbmNobWFyay1zZWNyZXQtMzJieXRlcw== \
    SENDER_ADDRESS=carousel@example.com APP_URL=https://carousel.example.com
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.1f\n", (a[NR/2]+a[NR/2+1])/2}'; }
field() { sed -n "s/.*\b$1=\([^ ]*\).*/\1/p"; }

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
hello=()
for _ in $(seq "$RUNS"); do
  t0=$(now_ms); "$JAVA" "${FLAGS[@]}" -cp "$tmp/classes" Hello >/dev/null; t1=$(now_ms)
  hello+=($((t1 - t0)))
done
HELLO=$(printf '%s\n' "${hello[@]}" | median)
HELLO_CLASSES=$("$JAVA" "${FLAGS[@]}" -Xlog:class+load=info -cp "$tmp/classes" Hello | grep -c 'class,load')

echo "JVM: $("$JAVA" -version 2>&1 | head -1); flags: ${FLAGS[*]}; $(nproc) cores; $RUNS runs each, medians; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "hello-world JVM: ${HELLO} ms wall, ${HELLO_CLASSES} classes"
printf '%-19s %7s %15s %8s %9s %8s %7s %9s %9s %8s\n' function "jar MB" "classes tot/jar" "init ms" "invoke ms" "decode" "ratio" "primed ms" "prime ms" "live MB"
for fn in "${FUNCTIONS[@]}"; do
  jar="functions/$fn/target/$fn-lambda.jar"
  cp_="$jar:$tmp/launcher.jar"
  event="bench/events/$fn.json"
  # An event with __RUN__ gets a fresh id per run (signal-intake: a new event, not a duplicate).
  run_event() { local f="$tmp/$fn.$RANDOM$RANDOM.json"; sed "s/__RUN__/$RANDOM$RANDOM/g" "$event" >"$f"; echo "$f"; }
  size=$(awk -v b="$(stat -c %s "$jar")" 'BEGIN {printf "%.2f", b / 1048576}')
  : >"$tmp/$fn.cold"; : >"$tmp/$fn.primed"
  for _ in $(seq "$RUNS"); do
    out=$(env $(env_for) "$JAVA" "${FLAGS[@]}" -cp "$cp_" ColdStart "${HANDLER[$fn]}" "$(run_event)" 2>"$tmp/$fn.err" | tail -1) || true
    [[ "$out" == init_ms=* ]] || { echo "$fn failed:"; cat "$tmp/$fn.err"; echo "$out"; exit 1; }
    echo "$out" >>"$tmp/$fn.cold"
    out=$(env $(env_for) "$JAVA" "${FLAGS[@]}" -cp "$cp_" ColdStart "${HANDLER[$fn]}" "$(run_event)" --prime 2>"$tmp/$fn.err" | tail -1) || true
    [[ "$out" == init_ms=* ]] || { echo "$fn (primed) failed:"; cat "$tmp/$fn.err"; echo "$out"; exit 1; }
    echo "$out" >>"$tmp/$fn.primed"
  done
  env $(env_for) "$JAVA" "${FLAGS[@]}" -Xlog:class+load=info:file="$tmp/$fn.classes" -cp "$cp_" ColdStart "${HANDLER[$fn]}" "$(run_event)" >/dev/null 2>&1
  total=$(grep -c 'class,load' "$tmp/$fn.classes")
  fromjar=$(grep -c "source: file:.*$fn-lambda.jar" "$tmp/$fn.classes" || true)
  init=$(field init_ms <"$tmp/$fn.cold" | median)
  invoke=$(field invoke_ms <"$tmp/$fn.cold" | median)
  decode=$(field decode_ms <"$tmp/$fn.cold" | median)
  primed=$(field invoke_ms <"$tmp/$fn.primed" | median)
  prime=$(field prime_ms <"$tmp/$fn.primed" | median)
  live=$(field heap_live_mb <"$tmp/$fn.cold" | median)
  ratio=$(awk -v a="$init" -v b="$invoke" -v h="$HELLO" 'BEGIN {printf "%.1fx", (a + b) / h}')
  printf '%-19s %7s %15s %8s %9s %8s %7s %9s %9s %8s\n' "$fn" "$size" "$total/$fromjar" "$init" "$invoke" "$decode" "$ratio" "$primed" "$prime" "$live"
  echo "  result of the first invoke: $(field result <"$tmp/$fn.cold" | sort | uniq -c | tr -s ' ' | tr '\n' ';')"
  echo "  heap used before GC (MB): $(field heap_used_mb <"$tmp/$fn.cold" | median), committed: $(field heap_committed_mb <"$tmp/$fn.cold" | median)"
  # Shrink check, two halves. (1) Static: jdeps lists every class the shrunk jar refers to but lacks;
  # only the optional ones the SDK probes for (CRT), joda-time and joda-convert (unused event getters), and
  # JAXB's optional extras (Fast Infoset, stax-ex, its GraalVM native-image feature) may be there.
  # (2) Dynamic: classes the unshrunk jar loads for the same primed work but the shrunk jar lacks must
  # be ones ProGuard proved unreferenced (so, by (1), nothing in the shrunk jar can ask for them).
  missing=$("$JAVA_HOME/bin/jdeps" --multi-release 21 -verbose:class -filter:none "$jar" 2>/dev/null \
    | awk '/not found/ && $3 != "not" {print $3}' | grep -v -E '^(org\.joda\.(time|convert)|software\.amazon\.awssdk\.crt|com\.sun\.xml\.fastinfoset|org\.jvnet\.(fastinfoset|staxex)|org\.graalvm\.nativeimage)\.' | sort -u || true)
  [[ -z "$missing" ]] || { echo "  shrink check FAILED: $jar refers to classes it lacks:"; echo "$missing"; exit 1; }
  full="functions/$fn/target/$fn-lambda-full.jar"
  env $(env_for) "$JAVA" "${FLAGS[@]}" -Xlog:class+load=info:file="$tmp/$fn.full" -cp "$full:$tmp/classes" \
    ColdStart "${HANDLER[$fn]}" "$(run_event)" --prime >/dev/null 2>&1
  sed -n "s/.*class,load *\] \([^ ]*\) source: file:.*$fn-lambda-full.jar.*/\1/p" "$tmp/$fn.full" | tr . / | sort -u >"$tmp/$fn.needed"
  unzip -Z1 "$jar" | sed -n 's/\.class$//p' | sort -u >"$tmp/$fn.kept"
  echo "  shrink check: no dangling references; the unshrunk jar loads $(wc -l <"$tmp/$fn.needed") of its classes for the same work," \
    "$(comm -23 "$tmp/$fn.needed" "$tmp/$fn.kept" | wc -l) of them unreferenced in the shrunk jar (e.g. unused super-interfaces)"
done

[[ "${EXPERIMENTS:-1}" != 0 ]] || exit 0

# (1) AppCDS and the AOT cache. The AOT cache's flags refuse any -Xshare option, so each mode gets its own.
base_flags=()
for f in "${FLAGS[@]}"; do [[ "$f" == -Xshare:* ]] || base_flags+=("$f"); done
wall_run() { # mode fn extra-flags... -> "wall_ms=N <ColdStart's line>"
  local mode=$1 fn=$2; shift 2
  local t0 t1 out
  t0=$(now_ms)
  out=$(env $(env_for) "$JAVA" "$@" -cp "functions/$fn/target/$fn-lambda.jar:$tmp/launcher.jar" ColdStart "${HANDLER[$fn]}" "$(run_event)" \
    2>"$tmp/$fn.$mode.err" | tail -1) || true
  t1=$(now_ms)
  [[ "$out" == init_ms=* ]] || { echo "$fn ($mode) failed:"; cat "$tmp/$fn.$mode.err"; echo "$out"; exit 1; }
  echo "wall_ms=$((t1 - t0)) $out"
}
echo
echo "Class-data archives: fresh JVM wall time (launch to exit) and init+invoke ms, medians of $RUNS; archive made by one primed training run"
printf '%-19s %-10s %8s %8s %9s %13s %9s\n' function mode "wall ms" "init ms" "invoke ms" "init+invoke" "archive"
for fn in "${FUNCTIONS[@]}"; do
  event="bench/events/$fn.json"
  run_event() { local f="$tmp/$fn.$RANDOM$RANDOM.json"; sed "s/__RUN__/$RANDOM$RANDOM/g" "$event" >"$f"; echo "$f"; }
  # Training: one primed run (the SnapStart priming pass loads the hot path), writing the archive at exit.
  env $(env_for) "$JAVA" "${FLAGS[@]}" -XX:ArchiveClassesAtExit="$tmp/$fn.jsa" -cp "functions/$fn/target/$fn-lambda.jar:$tmp/launcher.jar" \
    ColdStart "${HANDLER[$fn]}" "$(run_event)" --prime >"$tmp/$fn.train-cds.log" 2>&1 || true
  env $(env_for) "$JAVA" "${base_flags[@]}" -XX:AOTCacheOutput="$tmp/$fn.aot" -cp "functions/$fn/target/$fn-lambda.jar:$tmp/launcher.jar" \
    ColdStart "${HANDLER[$fn]}" "$(run_event)" --prime >"$tmp/$fn.train-aot.log" 2>&1 || true
  [[ -s "$tmp/$fn.jsa" && -s "$tmp/$fn.aot" ]] || { echo "$fn: no archive"; tail -5 "$tmp/$fn.train-cds.log" "$tmp/$fn.train-aot.log"; exit 1; }
  for mode in none appcds aot; do
    case $mode in
      none) extra=("${FLAGS[@]}") ;;
      appcds) extra=("${FLAGS[@]}" -XX:SharedArchiveFile="$tmp/$fn.jsa") ;;
      aot) extra=("${base_flags[@]}" -XX:AOTCache="$tmp/$fn.aot") ;;
    esac
    : >"$tmp/$fn.$mode.runs"
    for _ in $(seq "$RUNS"); do wall_run "$mode" "$fn" "${extra[@]}" >>"$tmp/$fn.$mode.runs"; done
    init=$(field init_ms <"$tmp/$fn.$mode.runs" | median)
    invoke=$(field invoke_ms <"$tmp/$fn.$mode.runs" | median)
    wall=$(field wall_ms <"$tmp/$fn.$mode.runs" | median)
    both=$(awk -v a="$init" -v b="$invoke" 'BEGIN {printf "%.1f", a + b}')
    size=-
    [[ $mode == appcds ]] && size=$(awk -v b="$(stat -c %s "$tmp/$fn.jsa")" 'BEGIN {printf "%.1f MB", b / 1048576}')
    [[ $mode == aot ]] && size=$(awk -v b="$(stat -c %s "$tmp/$fn.aot")" 'BEGIN {printf "%.1f MB", b / 1048576}')
    printf '%-19s %-10s %8s %8s %9s %13s %9s\n' "$fn" "$mode" "$wall" "$init" "$invoke" "$both" "$size"
  done
done

# (2) The DynamoDB client on each SDK HTTP client, in a fresh JVM each (the SDK's version from the root pom).
sdk=$(sed -n 's#.*<aws.sdk.version>\(.*\)</aws.sdk.version>.*#\1#p' pom.xml)
mkdir -p "$tmp/http"
cat >"$tmp/http/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>bench</groupId><artifactId>http-clients</artifactId><version>1</version>
<dependencyManagement><dependencies><dependency><groupId>software.amazon.awssdk</groupId><artifactId>bom</artifactId>
<version>$sdk</version><type>pom</type><scope>import</scope></dependency></dependencies></dependencyManagement>
<dependencies>
<dependency><groupId>software.amazon.awssdk</groupId><artifactId>dynamodb</artifactId></dependency>
<dependency><groupId>software.amazon.awssdk</groupId><artifactId>url-connection-client</artifactId></dependency>
<dependency><groupId>software.amazon.awssdk</groupId><artifactId>apache-client</artifactId></dependency>
<dependency><groupId>software.amazon.awssdk</groupId><artifactId>aws-crt-client</artifactId></dependency>
</dependencies></project>
POM
(cd "$tmp/http" && mvn -B -q dependency:build-classpath -Dmdep.outputFile=cp.txt >"$tmp/http/mvn.log" 2>&1) || { cat "$tmp/http/mvn.log"; exit 1; }
HCP="$(cat "$tmp/http/cp.txt")"
"$JAVA_HOME/bin/javac" -nowarn -d "$tmp/http" -cp "$HCP" bench/HttpClientStart.java 2>"$tmp/http/javac.log" || { cat "$tmp/http/javac.log"; exit 1; }
crt_jar=$(tr ':' '\n' <<<"$HCP" | grep '/aws-crt-[0-9].*\.jar$')
echo
echo "DynamoDB client start by SDK HTTP client (SDK $sdk; aws-crt jar $(awk -v b="$(stat -c %s "$crt_jar")" 'BEGIN {printf "%.1f MB", b / 1048576}')," \
  "all platforms' native libraries), medians of $RUNS fresh JVMs; ms"
printf '%-14s %8s %8s %9s %9s %10s %8s\n' client "wall" "http" "client" "1st call" "2nd call" "total"
for client in urlconnection apache crt; do
  : >"$tmp/http/$client.runs"
  for _ in $(seq "$RUNS"); do
    t0=$(now_ms)
    out=$("$JAVA" "${FLAGS[@]}" --enable-native-access=ALL-UNNAMED -cp "$HCP:$tmp/http" HttpClientStart "$client" "$DDB" 2>"$tmp/http/err" | tail -1)
    t1=$(now_ms)
    [[ "$out" == http_ms=* ]] || { echo "$client failed:"; cat "$tmp/http/err"; exit 1; }
    echo "wall_ms=$((t1 - t0)) $out" >>"$tmp/http/$client.runs"
  done
  printf '%-14s %8s %8s %9s %9s %10s %8s\n' "$client" "$(field wall_ms <"$tmp/http/$client.runs" | median)" \
    "$(field http_ms <"$tmp/http/$client.runs" | median)" "$(field client_ms <"$tmp/http/$client.runs" | median)" \
    "$(field first_ms <"$tmp/http/$client.runs" | median)" "$(field second_ms <"$tmp/http/$client.runs" | median)" \
    "$(field total_ms <"$tmp/http/$client.runs" | median)"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
