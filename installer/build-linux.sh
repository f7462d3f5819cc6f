#!/usr/bin/env bash
# Build the Linux bundle of Mellaf and check it: one command from a clean clone (Debian 12, root
# or sudo):
#   bash installer/build-linux.sh
# Produces:
#   dist/mellaf/                          the one-folder bundle (run dist/mellaf/mellaf)
#   dist/mellaf/install.sh                installs it to /opt/mellaf (+ menu entry, icon, command)
#   dist/mellaf-VERSION-linux-ARCH.tar.gz the same folder, to copy to the offices' machines
# then runs `mellaf --self-test` from the bundle in a clean environment (no venv, no PYTHONPATH,
# an empty HOME, from another folder) and prints the bundle's size and the build time.
# Environment:
#   MELLAF_SKIP_SETUP=1       do not run `installer/dev.sh setup` (system packages + .venv)
#   MELLAF_PKCS11_MODULE=LIB  also load this PKCS#11 module in the self-test (default: SoftHSM's
#                             when installed, to prove that the bundle loads token middleware)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
venv="${MELLAF_VENV:-$here/.venv}"
started=$(date +%s)

if [ "${MELLAF_SKIP_SETUP:-0}" != "1" ]; then
  bash installer/dev.sh setup
fi
if ! "$venv/bin/python" -m pip install -q -c installer/constraints.txt -r installer/requirements-build.txt \
    >"$venv/pip-build.log" 2>&1; then
  tail -n 20 "$venv/pip-build.log" >&2
  echo "build-linux: installing PyInstaller failed (log: $venv/pip-build.log)" >&2
  exit 1
fi

"$venv/bin/python" -m app.ui.i18n_build >/dev/null
version="$("$venv/bin/python" -c 'import app; print(app.__version__)')"
arch="$(uname -m)"

mkdir -p build
commit="$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)"
if [ "$commit" != unknown ] && [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then
  commit="$commit+changes"
fi
printf '{"commit": "%s", "built": "%s"}\n' "$commit" "$(date -u +%Y-%m-%d)" >build/build-info.json

echo "build-linux: building mellaf $version ($commit) with PyInstaller"
rm -rf dist/mellaf
MELLAF_BUILD_INFO="$here/build/build-info.json" "$venv/bin/pyinstaller" --noconfirm --clean \
  --log-level WARN --distpath dist --workpath build/pyinstaller installer/mellaf.spec

# Desktop integration files travel inside the bundle; install.sh puts them in place.
cp installer/linux/mellaf.desktop installer/icons/mellaf.png installer/icons/mellaf.svg dist/mellaf/
install -m 0755 installer/linux/install.sh dist/mellaf/install.sh

built=$(date +%s)
echo "build-linux: self-test of the bundle in a clean environment"
clean_home="$(mktemp -d)"
trap 'rm -rf "$clean_home"' EXIT
module="${MELLAF_PKCS11_MODULE:-}"
if [ -z "$module" ] && [ -f /usr/lib/softhsm/libsofthsm2.so ]; then
  module=/usr/lib/softhsm/libsofthsm2.so
fi
selftest=("$here/dist/mellaf/mellaf" --self-test)
[ -n "$module" ] && selftest+=(--pkcs11-module "$module")
(cd "$clean_home" && env -i PATH=/usr/bin:/bin HOME="$clean_home" LANG=C.UTF-8 "${selftest[@]}")

tarball="dist/mellaf-$version-linux-$arch.tar.gz"
tar -C dist -czf "$tarball" mellaf
finished=$(date +%s)
echo "build-linux: bundle dist/mellaf: $(du -sh dist/mellaf | cut -f1)" \
  "($(find dist/mellaf -type f | wc -l) files); archive $tarball: $(du -sh "$tarball" | cut -f1)"
echo "build-linux: build $((built - started)) s, self-test and archive $((finished - built)) s"
