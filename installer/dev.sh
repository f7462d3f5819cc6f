#!/usr/bin/env bash
# Developer and demo entry point for a fresh Debian 12 machine (run as root, or with sudo rights).
#   bash installer/dev.sh demo [ARGS...]   set up, then launch the GUI in demo mode
#   bash installer/dev.sh test [PYTEST ARGS...]  set up, then run every check and the whole test suite
#   bash installer/dev.sh setup            only set up (system packages + .venv)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
venv="${MELLAF_VENV:-$here/.venv}"

apt_packages=(
  python3 python3-venv python3-pip
  softhsm2 opensc poppler-utils qpdf
  xvfb xauth fonts-noto-core fonts-dejavu-core libnss3-tools
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 libfontconfig1
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
  libxcb-randr0 libxcb-xinerama0 libxcb-xkb1
)
# Only the test suite needs these: LibreOffice as one more PDF producer (issue #4).
test_apt_packages=(libreoffice-writer-nogui)

setup_system() {
  local missing=()
  for p in "${apt_packages[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if ((${#missing[@]})); then
    echo "mellaf: installing system packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

setup_venv() {
  local py="${MELLAF_PYTHON:-python3}"
  if [ ! -x "$venv/bin/python" ]; then
    echo "mellaf: creating $venv"
    "$py" -m venv "$venv"
  fi
  local stamp="$venv/.mellaf-installed"
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ installer/constraints.txt -nt "$stamp" ]; then
    echo "mellaf: installing Python packages (first time: a few minutes)"
    local log="$venv/pip-install.log"
    if ! { "$venv/bin/python" -m pip install --upgrade pip &&
           "$venv/bin/python" -m pip install -c installer/constraints.txt -e ".[dev]"; } >"$log" 2>&1; then
      tail -n 30 "$log" >&2
      echo "mellaf: installing Python packages failed (full log: $log)" >&2
      exit 1
    fi
    touch "$stamp"
  fi
  "$venv/bin/python" -m app.ui.i18n_build
}

run_checks() {
  local rc=0
  echo "== ruff check";         "$venv/bin/ruff" check app tests || rc=1
  echo "== ruff format --check"; "$venv/bin/ruff" format --check app tests || rc=1
  echo "== mypy --strict app";  "$venv/bin/mypy" --strict app || rc=1
  echo "== only app/ui imports PySide6"
  if grep -rnE '^\s*(from|import)\s+PySide6' app --include='*.py' | grep -v '^app/ui/'; then
    echo "PySide6 imported outside app/ui"; rc=1
  fi
  echo "== pytest"
  # A native crash goes to a file, printed last (see tests/support/fault_report.py).
  local fault_log; fault_log="$(mktemp -t mellaf-fault.XXXXXX)"
  if ! MELLAF_FAULT_LOG="$fault_log" QT_QPA_PLATFORM=offscreen \
      "$venv/bin/python" -m pytest -p no:faulthandler "$@"; then
    rc=1
    "$venv/bin/python" -m tests.support.fault_report "$fault_log" || true
  fi
  rm -f "$fault_log"
  return $rc
}

cmd="${1:-demo}"; shift || true
case "$cmd" in
  setup) setup_system; setup_venv ;;
  demo)
    setup_system; setup_venv
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
      echo "mellaf: no display found; starting on a virtual screen (Xvfb)."
      exec xvfb-run -a -s "-screen 0 1280x800x24" "$venv/bin/mellaf" --demo "$@"
    fi
    exec "$venv/bin/mellaf" --demo "$@" ;;
  test) setup_system "${test_apt_packages[@]}"; setup_venv; run_checks "$@" ;;
  *) echo "usage: bash installer/dev.sh demo|test|setup [ARGS...]" >&2; exit 2 ;;
esac
