#!/usr/bin/env bash
# Build the signed installer package for Macs (macOS only).
#   installer/macos/build_pkg.sh dist/Invigilo.app VERSION "Developer ID Installer: University (TEAMID)" OUT.pkg
# Installs Invigilo.app into /Applications for all users. MDM "install application" commands only
# take signed packages, hence the Developer ID Installer identity (not the Application one).
# Verified here: syntax only (Linux). On a Mac: pkgutil --check-signature OUT.pkg
set -euo pipefail
app=${1:?usage: build_pkg.sh APP VERSION INSTALLER_IDENTITY OUT.pkg}
version=${2:?}
identity=${3:?}
out=${4:?}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

pkgbuild --component "$app" --install-location /Applications \
  --identifier org.invigilo.client --version "$version" "$work/Invigilo-component.pkg"
productbuild --package "$work/Invigilo-component.pkg" --sign "$identity" --timestamp "$out"
pkgutil --check-signature "$out"
