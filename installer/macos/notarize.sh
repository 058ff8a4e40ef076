#!/usr/bin/env bash
# Notarize and staple a signed .app or .pkg (macOS only, Xcode 14+ command line tools).
#   xcrun notarytool store-credentials invigilo --apple-id ID --team-id TEAMID   # once, asks for
#                                                          # an app-specific password
#   installer/macos/notarize.sh dist/Invigilo.pkg invigilo
# notarytool replaced altool (refused since November 2023). A .app is zipped with ditto for upload
# and stapled afterwards; a .pkg (or .dmg) is uploaded and stapled as it is.
# Verified here: syntax only (Linux). On a Mac: spctl -a -vvv -t install OUT.pkg
set -euo pipefail
target=${1:?usage: notarize.sh APP_OR_PKG KEYCHAIN_PROFILE}
profile=${2:?usage: notarize.sh APP_OR_PKG KEYCHAIN_PROFILE}
upload=$target
if [[ $target == *.app ]]; then
  upload=$(mktemp -d)/$(basename "$target" .app).zip
  ditto -c -k --keepParent "$target" "$upload"
fi
xcrun notarytool submit "$upload" --keychain-profile "$profile" --wait
xcrun stapler staple "$target"
xcrun stapler validate "$target"
