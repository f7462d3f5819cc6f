#!/usr/bin/env bash
# Install (or upgrade in place) the Mellaf bundle this script sits in. Run as root:
#   sudo ./install.sh              install to /opt/mellaf, add the menu entry and `mellaf`
#   sudo ./install.sh --uninstall  remove them again
# Users' profile data (~/.local/share/Mellaf: database, documents, settings) is never touched:
# an upgrade replaces the program folder only, and the new version migrates the profile on start.
set -euo pipefail
src="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
prefix="${MELLAF_PREFIX:-/opt/mellaf}"
apps=/usr/share/applications
icons=/usr/share/icons/hicolor

if [ "$(id -u)" -ne 0 ]; then
  echo "install.sh: run as root (sudo ./install.sh)" >&2
  exit 1
fi

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$prefix" "$apps/mellaf.desktop" "$icons/256x256/apps/mellaf.png" \
    "$icons/scalable/apps/mellaf.svg"
  [ -L /usr/local/bin/mellaf ] && rm -f /usr/local/bin/mellaf
  echo "Mellaf removed. Profile data in each user's ~/.local/share/Mellaf was kept."
  exit 0
fi

if [ ! -x "$src/mellaf" ]; then
  echo "install.sh: no mellaf program beside this script ($src)" >&2
  exit 1
fi
if [ "$src" = "$prefix" ]; then
  echo "install.sh: already installed in $prefix" >&2
  exit 1
fi

# The self-test first: a bundle that cannot start on this machine replaces nothing.
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! "$src/mellaf" --self-test >"$log" 2>&1; then
  cat "$log" >&2
  echo "install.sh: the self-test failed on this machine; nothing was changed" >&2
  exit 1
fi

# Copy beside the old version, then swap: an interrupted upgrade leaves the old one working.
staging="$prefix.new"
rm -rf "$staging" "$prefix.old"
mkdir -p "$(dirname "$prefix")"
cp -a "$src" "$staging"
if [ -d "$prefix" ]; then
  mv "$prefix" "$prefix.old"
fi
mv "$staging" "$prefix"
rm -rf "$prefix.old"

install -D -m 0644 "$src/mellaf.png" "$icons/256x256/apps/mellaf.png"
install -D -m 0644 "$src/mellaf.svg" "$icons/scalable/apps/mellaf.svg"
sed "s|^Exec=.*|Exec=$prefix/mellaf|" "$src/mellaf.desktop" >"$apps/mellaf.desktop"
chmod 0644 "$apps/mellaf.desktop"
ln -sfn "$prefix/mellaf" /usr/local/bin/mellaf
command -v update-desktop-database >/dev/null && update-desktop-database -q "$apps" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$icons" || true
echo "Mellaf $("$prefix/mellaf" --version | cut -d' ' -f2) installed in $prefix (menu: Office > Mellaf)."
