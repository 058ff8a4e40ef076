"""What the app opens by itself when it starts, before the candidate touches anything.

In order: practice mode opens the practice exam; otherwise the exam named on the command line
(a file or an invigilo:// link), else the exam IT deployed for every user of this machine
(`deployed_exam`), else the default exam built into an institution's installer. A branded
build also shows the institution's name and logo. No Qt here, so the choice is tested alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from client.admin.brand import Branding, deployed_exam, installed_branding
from client.errors import UserError


@dataclass(frozen=True)
class Startup:
    branding: Branding | None = None
    practice: bool = False
    exam: str | None = None               # opened without asking (file, https URL or link)
    problem: UserError | None = None      # a damaged branding or deployment, shown on the page


def decide(exam: str | None, *, practice: bool, root: Path = Path("/"),
           system: str | None = None) -> Startup:
    """`root` and `system` are where and as which OS to look for IT's deployment (tests)."""
    problem: UserError | None = None
    try:
        branding = installed_branding()
    except UserError as exc:  # the app still works unbranded; the page says what is wrong
        branding, problem = None, exc
    if practice:
        return Startup(branding, practice=True, problem=problem)
    if exam is None:
        try:
            exam = deployed_exam(system, root)
        except UserError as exc:
            problem = exc
    if exam is None and branding is not None and branding.default_exam is not None:
        exam = str(branding.default_exam)
    return Startup(branding, exam=exam, problem=problem)
