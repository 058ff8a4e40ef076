"""Deny and allow rules for processes, and matching a process against them.

A process matches a deny rule by any of: its name or executable name (wildcards, case-insensitive,
'.exe' ignored), the Windows OriginalFilename, the macOS bundle id, the signer (Windows certificate
subject or macOS team id), or its content (SHA-256, ELF build-id). The last three survive renaming
the file. An allow rule wins over a deny rule and matches by name, id or bundle id only.
"""

from __future__ import annotations

import fnmatch
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from agent import messages
from agent.policy import Policy


@dataclass(frozen=True)
class ProcessIdentity:
    """What is known about one process; any field may be missing."""

    pid: int
    name: str = ""
    exe: str = ""
    original_name: str | None = None
    bundle_id: str | None = None
    signer: str | None = None
    sha256: str | None = None
    build_id: str | None = None

    def names(self) -> set[str]:
        out = {normalise(self.name)} if self.name else set()
        if self.exe:
            out.add(normalise(self.exe.replace("\\", "/").rsplit("/", 1)[-1]))
        return out - {""}


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    category: str = "custom"
    names: tuple[str, ...] = ()
    paths: tuple[str, ...] = ()
    original_names: tuple[str, ...] = ()
    bundle_ids: tuple[str, ...] = ()
    signers: tuple[str, ...] = ()
    sha256: tuple[str, ...] = ()
    elf_build_ids: tuple[str, ...] = ()

    def match(self, proc: ProcessIdentity) -> str | None:
        """How the process matches this rule ('name', 'original_name', ...), or None."""
        names = proc.names()
        if any(fnmatch.fnmatchcase(n, normalise(p)) for n in names for p in self.names):
            return "name"
        path = normal_path(proc.exe)
        if path and any(fnmatch.fnmatchcase(path, normal_path(p)) for p in self.paths):
            return "path"
        if proc.original_name and normalise(proc.original_name) in {
                normalise(o) for o in self.original_names}:
            return "original_name"
        if proc.bundle_id and any(fnmatch.fnmatchcase(proc.bundle_id.lower(), b.lower())
                                  for b in self.bundle_ids):
            return "bundle_id"
        if proc.signer and any(s.lower() in proc.signer.lower() for s in self.signers):
            return "signer"
        if proc.sha256 and proc.sha256 in self.sha256:
            return "sha256"
        if proc.build_id and proc.build_id in self.elf_build_ids:
            return "elf_build_id"
        return None


def normal_path(path: str) -> str:
    """Paths compare case-insensitively with forward slashes (Windows and macOS file systems
    are case-insensitive by default; Linux users rarely rely on case to tell programs apart)."""
    return path.replace("\\", "/").lower()


def normalise(name: str) -> str:
    name = name.strip().lower()
    for suffix in (".exe", ".app"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name


@dataclass(frozen=True)
class Match:
    rule: Rule
    how: str


@dataclass
class RuleSet:
    deny: list[Rule] = field(default_factory=list)
    allow: list[Rule] = field(default_factory=list)

    def __post_init__(self) -> None:
        # Every deny name pattern in one compiled expression: most processes match nothing,
        # and this answers that with one regex search instead of hundreds of fnmatch calls.
        self._any_name = _union(normalise(p) for r in self.deny for p in r.names)
        self._any_path = _union(normal_path(p) for r in self.deny for p in r.paths)
        self._any_bundle = _union(b.lower() for r in self.deny for b in r.bundle_ids)
        self._originals = {normalise(o) for r in self.deny for o in r.original_names}
        self._signers = [s.lower() for r in self.deny for s in r.signers]
        self._contents = {h for r in self.deny for h in (*r.sha256, *r.elf_build_ids)}

    def needs_sha256(self) -> bool:
        return any(r.sha256 for r in self.deny)

    def needs_signer(self) -> bool:
        return bool(self._signers)

    def check(self, proc: ProcessIdentity) -> Match | None:
        if not self._could_match(proc):
            return None
        if any(rule.match(proc) for rule in self.allow):
            return None
        for rule in self.deny:
            how = rule.match(proc)
            if how:
                return Match(rule, how)
        return None


    def _could_match(self, proc: ProcessIdentity) -> bool:
        if self._any_name is not None and any(self._any_name.match(n) for n in proc.names()):
            return True
        if self._any_path is not None and proc.exe and self._any_path.match(
                normal_path(proc.exe)):
            return True
        if proc.original_name and normalise(proc.original_name) in self._originals:
            return True
        if proc.bundle_id and self._any_bundle and self._any_bundle.match(proc.bundle_id.lower()):
            return True
        if proc.signer and any(s in proc.signer.lower() for s in self._signers):
            return True
        return bool({proc.sha256, proc.build_id} & self._contents)


def _union(patterns: Iterable[str]) -> re.Pattern[str] | None:
    parts = [fnmatch.translate(p) for p in patterns]
    return re.compile("|".join(f"(?:{p})" for p in parts)) if parts else None


def rule_from_dict(data: dict[str, Any]) -> Rule:
    def strings(key: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"deny list entry {data.get('id')!r}: '{key}' must be a list of text")
        return tuple(value)

    if not isinstance(data.get("id"), str) or not isinstance(data.get("name"), str):
        raise ValueError("every deny list entry needs an 'id' and a 'name'")
    return Rule(id=data["id"], name=data["name"], category=str(data.get("category", "custom")),
                names=strings("names"), paths=strings("paths"),
                original_names=strings("original_names"),
                bundle_ids=strings("bundle_ids"), signers=strings("signers"),
                sha256=tuple(s.lower() for s in strings("sha256")),
                elf_build_ids=tuple(s.lower() for s in strings("elf_build_ids")))


def load_rules(path: Path) -> list[Rule]:
    """Rules from a deny-list JSON file (format 1: {"format": 1, "apps": [...]})."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"the deny list {path.name} cannot be read: {exc}") from None
    if not isinstance(doc, dict) or doc.get("format") != 1 or not isinstance(doc.get("apps"), list):
        raise ValueError(f"the deny list {path.name} is not a format 1 deny list")
    return [rule_from_dict(app) for app in doc["apps"]]


def default_rules() -> list[Rule]:
    from client.paths import resource
    return load_rules(resource("deny-list.json"))


def from_policy(policy: Policy, base: Iterable[Rule] | None = None) -> RuleSet:
    """The deny list the policy asks for: the default list (unless switched off), the exam's extra
    names and content hashes; the exam's allow names win over all of them."""
    deny = list(base if base is not None else (default_rules() if policy.default_deny_list
                                                 else []))
    for name in policy.deny_apps:  # a pattern with a slash is a path, else a name
        where = {"paths": (name,)} if "/" in name or "\\" in name else {"names": (name,)}
        deny.append(Rule(id=f"exam:{name}", name=name, category="exam", **where))
    sha = tuple(h.split(":", 1)[1] for h in policy.deny_hashes if h.startswith("sha256:"))
    builds = tuple(h.split(":", 1)[1] for h in policy.deny_hashes if h.startswith("elf-build-id:"))
    if sha or builds:
        deny.append(Rule(id="exam:content", name=messages.APP_BY_CONTENT, category="exam",
                         sha256=sha, elf_build_ids=builds))
    allow = [Rule(id=f"allow:{n}", name=n, names=(n,), bundle_ids=(n,)) for n in policy.allow_apps]
    allow_ids = {normalise(n) for n in policy.allow_apps}
    deny = [r for r in deny if normalise(r.id) not in allow_ids]
    return RuleSet(deny=deny, allow=allow)
