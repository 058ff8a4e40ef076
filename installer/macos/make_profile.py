"""Fill the MDM profile template (mdm/invigilo.mobileconfig) for one institution's signed app.

    codesign -dr - /Applications/Invigilo.app      # on a Mac: prints "designated => ..."
    python installer/macos/make_profile.py --code-requirement 'identifier "org.invigilo.client"
        and anchor apple generic and ...' --organization "University" \\
        [--exam-config https://exams.example.edu/final.invigilo] --out invigilo.mobileconfig

Runs anywhere (plain plistlib). The code requirement binds the privacy settings to the
institution's Developer ID signature, so a look-alike app with the same bundle ID gets nothing;
an ad-hoc signature's requirement (a cdhash) changes with every build and is refused.
"""

from __future__ import annotations

import argparse
import plistlib
import re
import sys
import uuid
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TEMPLATE = HERE / "mdm" / "invigilo.mobileconfig"
BUNDLE_ID = "org.invigilo.client"
MSG = {
    "requirement": "the code requirement must name {bundle} and Apple's Developer ID anchor "
                   "('identifier \"{bundle}\" and anchor apple generic ...', from codesign -dr -)",
    "organization": "the organization name is empty",
}


class ProfileError(Exception):
    pass


def check_requirement(requirement: str) -> str:
    requirement = requirement.strip().removeprefix("designated =>").strip()
    named = re.search(r'identifier\s+"?' + re.escape(BUNDLE_ID) + r'"?(\s|$)', requirement)
    if not named or "anchor apple generic" not in requirement or "cdhash" in requirement:
        raise ProfileError(MSG["requirement"].format(bundle=BUNDLE_ID))
    return requirement


def make_profile(code_requirement: str, organization: str,
                 exam_config: str | None = None) -> dict[str, Any]:
    requirement = check_requirement(code_requirement)
    if not organization.strip():
        raise ProfileError(MSG["organization"])
    profile: dict[str, Any] = plistlib.loads(TEMPLATE.read_bytes())
    profile["PayloadOrganization"] = organization.strip()
    profile["PayloadUUID"] = str(uuid.uuid4()).upper()
    payloads = []
    for payload in profile["PayloadContent"]:
        payload["PayloadUUID"] = str(uuid.uuid4()).upper()
        if payload["PayloadType"] == "com.apple.TCC.configuration-profile-policy":
            for entries in payload["Services"].values():
                for entry in entries:
                    entry["CodeRequirement"] = requirement
        elif payload["PayloadType"] == "com.apple.ManagedClient.preferences":
            if not exam_config:
                continue
            forced = payload["PayloadContent"][BUNDLE_ID]["Forced"][0]
            forced["mcx_preference_settings"]["ExamConfig"] = exam_config
        payloads.append(payload)
    profile["PayloadContent"] = payloads
    return profile


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--code-requirement", required=True)
    parser.add_argument("--organization", required=True)
    parser.add_argument("--exam-config", help="path, https URL or invigilo:// link to deploy")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    try:
        profile = make_profile(args.code_requirement, args.organization, args.exam_config)
    except ProfileError as exc:
        print(f"make_profile: {exc}", file=sys.stderr)
        return 1
    args.out.write_bytes(plistlib.dumps(profile))
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
