# Sourced by the scripts that run AWS's Python tools (infra/sam/lint.sh, infra/sam/validate.sh,
# infra/moto/start.sh). ensure_venv <dir> <requirements.txt> <executable>: create the virtualenv if
# needed and install the pinned requirements only when they changed since the last install (a copy
# of requirements.txt in the venv is the stamp), so a warm run does no pip work at all.
# Progress goes to stderr, so callers may print machine-readable lines on stdout.
ensure_venv() {
  local venv="$1" req="$2" exe="$3"
  if [[ -x "$venv/bin/$exe" ]] && cmp -s "$req" "$venv/.carousel-requirements.txt"; then return 0; fi
  if [[ ! -x "$venv/bin/python" ]]; then
    mkdir -p "$(dirname "$venv")"
    python3 -m venv "$venv"
  fi
  echo "installing $(grep -v '^#' "$req" | xargs) into $venv (once)" >&2
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$req" >&2
  cp "$req" "$venv/.carousel-requirements.txt"
}
