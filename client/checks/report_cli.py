"""`invigilo check-report DIR --out report.html [--csv out.csv]`: one page for IT from many
machines' `invigilo check --out` reports."""

from __future__ import annotations

import argparse
from pathlib import Path

from client.errors import UserError

TEXT = {
    "dir": "folder holding the machines' JSON reports (searched with its subfolders)",
    "out": "the HTML page to write",
    "csv": "also write every result as CSV (one row per machine and check)",
    "no_dir": "{path} is not a folder",
    "no_dir_fix": "give the folder the check reports were collected in",
    "none": "no check reports were found in {path}",
    "none_fix": "collect reports with 'invigilo check --out FOLDER/NAME.json' on each machine",
    "write_fail": "{path} could not be written ({reason})",
    "write_fix": "choose a folder you may write to",
    "done": "{n} machine(s): {ready} ready, {warn} with warnings, {fail} not ready, "
            "{error} incomplete; {bad} unreadable file(s). Wrote {out}",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dir", metavar="DIR", type=Path, help=TEXT["dir"])
    parser.add_argument("--out", metavar="FILE", type=Path, required=True, help=TEXT["out"])
    parser.add_argument("--csv", metavar="FILE", type=Path, help=TEXT["csv"])


def _write(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(text, encoding="utf-8", newline="")
        tmp.replace(path)
    except OSError as exc:
        raise UserError(TEXT["write_fail"].format(path=path, reason=exc.strerror or exc),
                        TEXT["write_fix"]) from None


def run(args: argparse.Namespace) -> int:
    from client.checks import fleet as fleet_mod

    if not args.dir.is_dir():
        raise UserError(TEXT["no_dir"].format(path=args.dir), TEXT["no_dir_fix"])
    fleet = fleet_mod.load(args.dir)
    if not fleet.machines:
        raise UserError(TEXT["none"].format(path=args.dir), TEXT["none_fix"])
    _write(args.out, fleet_mod.to_html(fleet))
    if args.csv:
        _write(args.csv, fleet_mod.to_csv(fleet))
    counts = {s: sum(1 for d in fleet.machines if d["overall"] == s)
              for s in ("pass", "warn", "fail", "error")}
    outs = str(args.out) + (f" and {args.csv}" if args.csv else "")
    print(TEXT["done"].format(n=len(fleet.machines), ready=counts["pass"], warn=counts["warn"],
                              fail=counts["fail"], error=counts["error"],
                              bad=len(fleet.unreadable), out=outs))
    return 0
