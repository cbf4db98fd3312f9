#!/usr/bin/env bash
# Everything AWS's own offline tools can say about template.yaml, with no AWS account:
#   1. cfn-lint + cfn-lint-serverless rules (lint.sh)
#   2. sam validate --lint           (SAM CLI's own lint run)
#   3. sam build                     (what 'sam deploy' would upload)
#   4. the artifacts 'sam build' points at are byte for byte the jars Maven built
# Run after 'mvn package' (the function jars must exist).
#
# Environment: SAMCLI_VENV (default ~/.cache/carousel/samcli-venv), SAM_VENV (see lint.sh).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
venv="${SAMCLI_VENV:-$HOME/.cache/carousel/samcli-venv}"
req="$here/requirements-samcli.txt"

REQUIRE_ARTIFACTS=1 "$here/lint.sh"

start=$(date +%s)
# shellcheck source=../venv.sh
source "$root/infra/venv.sh"
ensure_venv "$venv" "$req" sam

# No credentials, no telemetry, a region so nothing asks for one.
export SAM_CLI_TELEMETRY=0 AWS_DEFAULT_REGION="${AWS_DEFAULT_REGION:-eu-west-1}"
export AWS_ACCESS_KEY_ID=none AWS_SECRET_ACCESS_KEY=none AWS_EC2_METADATA_DISABLED=true
cd "$root"
"$venv/bin/sam" validate --lint --template-file template.yaml

mkdir -p "$root/target"
out="$root/target/sam-build"
rm -rf "$out"
"$venv/bin/sam" build --template-file template.yaml --build-dir "$out" >"$root/target/sam-build.log" 2>&1 \
  || { cat "$root/target/sam-build.log"; exit 1; }
grep -q "Build Succeeded" "$root/target/sam-build.log"

# The built template's CodeUris must be the very files the Maven build produced.
"$venv/bin/python" - "$out/template.yaml" "$root" <<'PY'
import hashlib, os, sys, yaml
built, root = sys.argv[1], sys.argv[2]
class Loader(yaml.SafeLoader): pass
Loader.add_multi_constructor("!", lambda l, s, n: None)
t = yaml.load(open(built), Loader=Loader)
base = os.path.dirname(built)
sha = lambda p: hashlib.sha256(open(p, "rb").read()).hexdigest()
n = 0
for name, r in t["Resources"].items():
    if r.get("Type") != "AWS::Serverless::Function": continue
    uri = os.path.normpath(os.path.join(base, r["Properties"]["CodeUri"]))
    module = os.path.basename(uri).removesuffix("-lambda.jar")
    maven = os.path.join(root, "functions", module, "target", module + "-lambda.jar")
    if sha(uri) != sha(maven):
        sys.exit(f"{name}: sam build artifact {uri} differs from Maven's {maven}")
    print(f"sam build: {name} -> {os.path.relpath(uri, root)} ({os.path.getsize(uri) / 1e6:.2f} MB, same bytes as Maven's)")
    n += 1
if n != 4: sys.exit(f"expected 4 functions in the built template, found {n}")
PY
echo "sam validate --lint and sam build: OK in $(( $(date +%s) - start ))s"
