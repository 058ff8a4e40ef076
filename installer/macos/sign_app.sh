#!/usr/bin/env bash
# Sign Invigilo.app inside out with hardened runtime and a secure timestamp (macOS only).
#   installer/macos/sign_app.sh dist/Invigilo.app "Developer ID Application: University (TEAMID)"
# Every Mach-O file inside (libraries, Python extensions, Qt frameworks) is signed first, then the
# app itself with the entitlements; `codesign --deep` alone fails on PyInstaller's Qt frameworks.
# Verified here: syntax only (Linux). Verify on a Mac with: codesign -vvv --deep --strict APP
set -euo pipefail
app=${1:?usage: sign_app.sh APP IDENTITY}
identity=${2:?usage: sign_app.sh APP IDENTITY}
here=$(cd "$(dirname "$0")" && pwd)
entitlements="$here/entitlements.plist"
sign() { codesign --force --timestamp --options runtime --sign "$identity" "$@"; }

# Deepest paths first, so a framework is signed after the libraries inside it.
find "$app/Contents" -type f \( -name '*.so' -o -name '*.dylib' -o -perm -u+x \) -print0 |
  while IFS= read -r -d '' file; do
    if file -b "$file" | grep -q 'Mach-O'; then
      printf '%s\t%s\n' "$(tr -cd / <<<"$file" | wc -c)" "$file"
    fi
  done | sort -rn | cut -f2- | while IFS= read -r file; do
    sign "$file"
  done
find "$app/Contents" -depth -type d -name '*.framework' -print0 |
  while IFS= read -r -d '' framework; do sign "$framework"; done
sign --entitlements "$entitlements" "$app"
codesign --verify --deep --strict --verbose=2 "$app"
