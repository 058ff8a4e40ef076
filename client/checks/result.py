"""What every readiness check returns, and how results combine into one verdict.

One shape for all checks so that the candidate's wizard, `invigilo check` and the fleet report
read the same thing; docs/CHECK-JSON.md documents it as the JSON a machine writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Status = Literal["pass", "warn", "fail", "skipped", "error"]

# "error" means the check itself could not run (a bug or a broken install), not that the device
# is unfit; it makes `invigilo check` exit 2 so IT knows the answer is incomplete.
STATUSES: tuple[Status, ...] = ("pass", "warn", "fail", "skipped", "error")
_RANK: dict[str, int] = {"pass": 0, "skipped": 0, "warn": 1, "fail": 2, "error": 3}


@dataclass(frozen=True)
class CheckResult:
    id: str
    status: Status
    measured: str
    required: str
    message: str
    remedy: str = ""
    details: dict[str, Any] = field(default_factory=dict)
    duration_s: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "status": self.status, "measured": self.measured,
                "required": self.required, "message": self.message, "remedy": self.remedy,
                "details": self.details, "duration_s": round(self.duration_s, 3)}


def worst(statuses: list[Status]) -> Status:
    """The verdict over many results: error > fail > warn > pass; all skipped counts as pass."""
    if not statuses:
        return "pass"
    top = max(statuses, key=lambda s: _RANK[s])
    return "pass" if top == "skipped" else top


def exit_code(overall: Status) -> int:
    """0 all pass (warnings allowed), 1 a check failed, 2 a check could not run."""
    return {"error": 2, "fail": 1}.get(overall, 0)
