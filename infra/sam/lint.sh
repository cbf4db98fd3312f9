#!/usr/bin/env bash
# Lint template.yaml offline: cfn-lint (with the SAM transform) plus the
# cfn-lint-serverless best-practice rules. No AWS account or credentials needed.
#
#   infra/sam/lint.sh [extra cfn-lint args, e.g. --regions eu-west-1]
#
# Environment:
#   SAM_VENV            virtualenv to create/reuse (default ~/.cache/carousel/sam-venv)
#   REQUIRE_ARTIFACTS=1 also fail when a function's prebuilt jar is missing
#                       (use it right before 'sam deploy', after 'mvn package')
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
venv="${SAM_VENV:-$HOME/.cache/carousel/sam-venv}"
req="$here/requirements.txt"
start="$(date +%s%N)"

# shellcheck source=../venv.sh
source "$root/infra/venv.sh"
ensure_venv "$venv" "$req" cfn-lint

cd "$root"

# cfn-lint replaces local CodeUri paths with a dummy S3 URI before the SAM
# transform, so it never notices a jar that has not been built yet. Report
# that here instead of pretending the artifact was checked.
missing="$("$venv/bin/python" - template.yaml <<'PY'
import os, sys
from cfnlint.decode import decode
template, errors = decode(sys.argv[1])
if template and not errors:
    for name, res in (template.get("Resources") or {}).items():
        if not isinstance(res, dict) or res.get("Type") != "AWS::Serverless::Function":
            continue
        uri = (res.get("Properties") or {}).get("CodeUri")
        if isinstance(uri, str) and not uri.startswith("s3://") and not os.path.exists(uri):
            print(f"{name}: {uri}")
PY
)"
if [[ -n "$missing" ]]; then
  while IFS= read -r line; do
    echo "note: prebuilt artifact not found (cfn-lint does not check it; run 'mvn package' before 'sam deploy'): $line"
  done <<< "$missing"
fi

cmd=("$venv/bin/cfn-lint" "$@")
rules="cfn-lint"
if "$venv/bin/python" -c 'import cfn_lint_serverless' 2>/dev/null; then
  cmd+=(--append-rules cfn_lint_serverless.rules)
  rules="cfn-lint + cfn-lint-serverless"
fi
cmd+=(-- template.yaml)

rc=0
"${cmd[@]}" || rc=$?
secs="$(( ($(date +%s%N) - start) / 1000000 ))"
secs="$((secs / 1000)).$(printf '%03d' $((secs % 1000)))"

if [[ $rc -ne 0 ]]; then
  # cfn-lint's exit code is a bit mask: 2 errors, 4 warnings, 8 informational.
  echo "template.yaml: FAILED ($rules, exit $rc) in ${secs}s"
  exit "$rc"
fi
if [[ -n "$missing" && "${REQUIRE_ARTIFACTS:-0}" == "1" ]]; then
  echo "template.yaml: lint clean but prebuilt artifacts missing (REQUIRE_ARTIFACTS=1) in ${secs}s"
  exit 1
fi
echo "template.yaml: OK, 0 errors, 0 warnings ($rules) in ${secs}s"
