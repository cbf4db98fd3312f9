#!/usr/bin/env bash
# Issue 16's fault matrix: runs the suite (infra/local FaultMatrixIT: the sender, the hourly run and
# signal intake under crashes before every step, SQS redelivery, a misbehaving SES endpoint and
# DynamoDB Local conflicts; it fails if any cell sends, writes or alerts twice or loses work) and writes
# the table it prints to bench/FAULTS.md. Takes about a minute after the build (reactor test-compile).
#
#   bench/faults.sh            # MVN_FLAGS="-o" by default (offline); MVN_FLAGS="" to allow downloads
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export DDB_LOCAL_TELEMETRY=0
# shellcheck disable=SC2086
mvn -B -q ${MVN_FLAGS--o} -pl infra/local -am test -Dtest=FaultMatrixIT -Dsurefire.failIfNoSpecifiedTests=false
table=infra/local/target/fault-matrix.md
commit="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- shared functions infra || echo '+changes')"
{
  cat <<HEAD
# Fault matrix (issue 16)

Produced by \`bench/faults.sh\` on $(date -u +%Y-%m-%d) at commit ${commit}: it runs
\`infra/local/src/test/java/com/salescarousel/faults/FaultMatrixIT\` (\`mvn -pl infra/local -am test
-Dtest=FaultMatrixIT\`; failsafe runs it too as part of \`verify\`) and copies the table the suite prints.
Every cell asserts duplicates = 0, lost = 0 and failed = 0 (except the one SES refusal row that
expects FAILED), so a broken exactly-once protocol fails the build, not only this table.

How the faults are made:
- **Crash before step n**: each worker is wired as its function wires it, over ports (stores, send queue,
  mail and push services) wrapped in a proxy that counts every call as a step. A clean run lists the
  steps (the second table); cell n throws an \`Error\` just before step n (no catch, no clean-up: a dead
  container), n+1 = after the last step before SQS/the scheduler heard back. Then a new container over
  the same table gets the redelivery: SQS after the visibility timeout (sender 360 s, intake 180 s,
  maxReceiveCount 5, the whole batch when the invocation died), the schedule by retrying the same
  \`time\`. Afterwards the queued sends are drained through the sender.
- **Redelivery**: every message twice; and a second delivery of the same batch that runs to its end
  just before step n of the first (at the same instant, and after the visibility timeout).
- **SES**: the production client (MailModule's SesV2Client, SDK retries off, and SesMailer) against
  a JDK HttpServer on loopback answering 429 TooManyRequestsException, 500/503, 400
  SendingPausedException, or closing the connection after reading the request (counted as sent).
- **DynamoDB**: on DynamoDB Local, 4 containers on the same batch at once (conditional claim, puts,
  transaction conditions), two events of one new address at once, and TransactionCanceledException
  with a TransactionConflict reason injected through a DynamoDbClient proxy.

Columns: *duplicates* = an e-mail, push, alert, touch, signal or lead delivered/written twice;
*lost* = work not done after the redeliveries (a record left QUEUED/SENDING, SENT without a delivery,
a signal not recorded, an alert not sent); *uncertain* = sends marked UNCERTAIN (never resent, shown to
the rep), with how many of those mails really went out.

HEAD
  cat "$table"
  cat <<'TAIL'

## Reading it

- **Uncertain is the price of at-most-once.** A container that dies after claiming a send (SENDING, 2-minute
  lease) leaves a record nobody can finish safely: the redelivery after 360 s finds the lease over and marks
  it UNCERTAIN. Died before SES took the mail: nothing went out (a false alarm the rep can resend by hand).
  Died after: the mail went out but no touch and no SENT mark are recorded (the prospect stays due). A
  dropped SES connection is the same case by another road. The hourly run and signal intake have no
  uncertain outcome: their writes are conditional or transactional and redoing them is safe.
- The overlap "after the visibility timeout while the first runs" cannot happen with today's settings
  (sender timeout 60 s < lease 120 s < visibility 360 s); it is kept to show that even then the worst case
  is UNCERTAIN, never a second mail.
- The digest's push follows the digest mail's SENT mark, best effort: a crash between them loses the push
  (counted in the crash row), never the mail.

## Decisions for the lead

- **SES SendingPausedException / AccountSuspendedException are FAILED today** (SesMailer treats every other
  4xx as a rejection of the mail). While the account is paused every queued touch and digest fails for good
  and is shown FAILED. Treating them as retryable would keep the records QUEUED and land the messages in the
  DLQ (alarmed) for a redrive after reinstatement, at the cost of late digests. Not changed here.
TAIL
} > bench/FAULTS.md
echo "bench/FAULTS.md written ($(grep -c '^| ' bench/FAULTS.md) table lines)"
