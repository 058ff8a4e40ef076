"""macOS packaging inputs, checked on Linux: Info.plist, entitlements, the MDM profile.

codesign, pkgbuild, notarytool and stapler exist only on macOS, so their scripts are checked for
syntax here; what they consume (plists) is checked for content.
"""

from __future__ import annotations

import plistlib
import subprocess
from pathlib import Path

import pytest

from installer import bundle_config
from installer.macos import make_profile

MACOS = bundle_config.ROOT / "installer" / "macos"
REQUIREMENT = ('designated => identifier "org.invigilo.client" and anchor apple generic and '
               'certificate 1[field.1.2.840.113635.100.6.2.6] /* exists */ and certificate '
               'leaf[field.1.2.840.113635.100.6.1.13] /* exists */ and certificate '
               'leaf[subject.OU] = ABCDE12345')


def test_info_plist_survives_plistlib_and_names_every_permission() -> None:
    plist = plistlib.loads(plistlib.dumps(bundle_config.info_plist()))
    for key in ("NSCameraUsageDescription", "NSMicrophoneUsageDescription",
                "NSScreenCaptureUsageDescription"):
        assert "only your institution" in plist[key]
    assert plist["CFBundleShortVersionString"] == bundle_config.version()
    assert plist["CFBundleURLTypes"][0]["CFBundleURLSchemes"] == ["invigilo"]
    exported = plist["UTExportedTypeDeclarations"][0]
    assert exported["UTTypeTagSpecification"]["public.filename-extension"] == ["invigilo"]
    assert plist["CFBundleDocumentTypes"][0]["LSItemContentTypes"] == [
        exported["UTTypeIdentifier"]]


def test_entitlements_are_exactly_camera_microphone_and_ffi_callbacks() -> None:
    entitlements = plistlib.loads((MACOS / "entitlements.plist").read_bytes())
    assert entitlements == {
        "com.apple.security.device.camera": True,
        "com.apple.security.device.audio-input": True,
        "com.apple.security.cs.allow-unsigned-executable-memory": True,
    }


def test_profile_lets_standard_users_approve_and_never_touches_camera_or_microphone() -> None:
    profile = make_profile.make_profile(REQUIREMENT, "Example University",
                                        "https://exams.example.edu/final.invigilo")
    data = plistlib.dumps(profile)
    assert b"REPLACE-WITH" not in data
    profile = plistlib.loads(data)
    assert profile["PayloadOrganization"] == "Example University"
    assert profile["PayloadScope"] == "System"
    pppc, prefs = profile["PayloadContent"]
    services = pppc["Services"]
    assert set(services) == {"ScreenCapture", "ListenEvent"}
    for entries in services.values():
        (entry,) = entries
        assert entry["Identifier"] == bundle_config.BUNDLE_ID
        assert entry["Authorization"] == "AllowStandardUserToSetSystemService"
        assert entry["CodeRequirement"] == REQUIREMENT.removeprefix("designated => ")
    settings = prefs["PayloadContent"][bundle_config.BUNDLE_ID]["Forced"][0]
    assert settings["mcx_preference_settings"]["ExamConfig"].endswith("final.invigilo")
    uuids = [profile["PayloadUUID"], pppc["PayloadUUID"], prefs["PayloadUUID"]]
    assert len(set(uuids)) == 3


def test_profile_without_exam_has_only_the_privacy_payload(tmp_path: Path) -> None:
    out = tmp_path / "p.mobileconfig"
    assert make_profile.main(["--code-requirement", REQUIREMENT, "--organization", "U",
                              "--out", str(out)]) == 0
    payloads = plistlib.loads(out.read_bytes())["PayloadContent"]
    assert [p["PayloadType"] for p in payloads] == ["com.apple.TCC.configuration-profile-policy"]


@pytest.mark.parametrize("requirement", [
    'cdhash H"0123456789abcdef0123456789abcdef01234567"',
    'identifier "org.invigilo.client"',
    'identifier "org.invigilo.clientx" and anchor apple generic',
    'identifier "com.other.app" and anchor apple generic',
])
def test_profile_refuses_requirements_that_do_not_pin_the_signature(requirement: str) -> None:
    with pytest.raises(make_profile.ProfileError):
        make_profile.make_profile(requirement, "U")


@pytest.mark.parametrize("script", ["sign_app.sh", "build_pkg.sh", "notarize.sh"])
def test_scripts_parse_and_demand_their_arguments(script: str) -> None:
    path = MACOS / script
    subprocess.run(["bash", "-n", str(path)], check=True)
    done = subprocess.run(["bash", str(path)], capture_output=True, text=True)
    assert done.returncode != 0 and "usage:" in done.stderr
