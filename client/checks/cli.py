"""`invigilo check`: test this computer against an exam's requirements, for candidates and IT.

Exit codes: 0 every check passed (warnings allowed), 1 a check failed, 2 the check itself could
not run (a bad exam file or option, or a check that crashed or hung).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from client.errors import UserError

TEXT = {
    "config": "the exam file to take the requirements from (default: the built-in defaults)",
    "trust": "an institution's signing public key (.pub) to trust for --config (repeatable)",
    "json": "print the JSON report (docs/CHECK-JSON.md) instead of the table",
    "only": "run only these checks (comma-separated ids; see --list)",
    "skip": "leave out these checks (comma-separated ids)",
    "out": "also write the JSON report to FILE (for `invigilo check-report`)",
    "list": "list the check ids and exit",
    "camera": "camera device number or a video file to test instead (default 0)",
    "microphone": "microphone device number or name (default: the system's default)",
    "mic_seconds": "how long to listen to the microphone (default 1; the candidate's wizard "
                   "listens longer while they speak)",
    "net_url": "measure the network against this URL instead of the exam's backend",
    "tus": "treat --net-url as a tus server (throwaway upload) rather than a POST test URL",
    "spool": "the folder recordings will be kept in (default: the app's spool)",
    "label": "a name for this machine in fleet reports (asset tag, room and seat)",
    "bad_ids": "unknown check id(s): {ids}",
    "bad_ids_fix": "choose from: {valid}",
    "bad_seconds": "--mic-seconds must be between 0.5 and 30",
    "config_fail": "the exam file could not be used: {error}",
    "out_fail": "the report could not be written to {path} ({reason})",
    "out_fix": "choose a folder you may write to",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", metavar="EXAM.invigilo", help=TEXT["config"])
    parser.add_argument("--trust", metavar="PUB", action="append", type=Path, default=[],
                        help=TEXT["trust"])
    parser.add_argument("--json", action="store_true", help=TEXT["json"])
    parser.add_argument("--only", metavar="IDS", default="", help=TEXT["only"])
    parser.add_argument("--skip", metavar="IDS", default="", help=TEXT["skip"])
    parser.add_argument("--out", metavar="FILE", type=Path, help=TEXT["out"])
    parser.add_argument("--list", action="store_true", help=TEXT["list"])
    parser.add_argument("--camera", metavar="SOURCE", default="0", help=TEXT["camera"])
    parser.add_argument("--microphone", metavar="DEVICE", help=TEXT["microphone"])
    parser.add_argument("--mic-seconds", type=float, default=1.0, help=TEXT["mic_seconds"])
    parser.add_argument("--net-url", metavar="URL", help=TEXT["net_url"])
    parser.add_argument("--tus", action="store_true", help=TEXT["tus"])
    parser.add_argument("--spool", metavar="DIR", type=Path, help=TEXT["spool"])
    parser.add_argument("--label", default="", help=TEXT["label"])


def _ids(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _device(text: str | None) -> int | str | None:
    if text is None:
        return None
    return int(text) if text.strip().isdigit() else text


def _exam(args: argparse.Namespace) -> tuple[Any, dict[str, str] | None]:
    from client.checks.context import default_config

    if not args.config:
        return default_config(), None
    from client.config.loader import open_exam_file

    try:
        exam = open_exam_file(args.config, trust=list(args.trust))
    except UserError as exc:
        raise UserError(TEXT["config_fail"].format(error=exc.message), exc.remedy) from None
    info = {"id": exam.config.exam.id, "title": exam.config.exam.title, "signer": exam.signer}
    return exam.config, info


def _write(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        raise UserError(TEXT["out_fail"].format(path=path, reason=exc.strerror or exc),
                        TEXT["out_fix"]) from None


def run(args: argparse.Namespace) -> int:
    from client.checks import registry, report, runner
    from client.checks.context import CheckContext

    if args.list:
        for check_id, (title, _) in registry.CHECKS.items():
            print(f"{check_id:<16} {title}")
        return 0
    only, skip = _ids(args.only), _ids(args.skip)
    unknown = registry.unknown_ids(only + skip)
    if unknown:
        raise UserError(TEXT["bad_ids"].format(ids=", ".join(unknown)),
                        TEXT["bad_ids_fix"].format(valid=", ".join(registry.CHECKS)))
    if not 0.5 <= args.mic_seconds <= 30:
        raise UserError(TEXT["bad_seconds"])
    start = time.perf_counter()
    config, exam_info = _exam(args)
    from client import paths

    ctx = CheckContext(config=config, spool_dir=args.spool or paths.default_spool(),
                       camera=_device(args.camera) or 0,
                       microphone=_device(args.microphone), mic_seconds=args.mic_seconds,
                       net_url=args.net_url, net_kind="tus" if args.tus else "test_url")
    results = runner.run_checks(registry.select(only, skip), ctx)
    doc = report.build(results, exam=exam_info, label=args.label,
                       duration_s=time.perf_counter() - start)
    if args.out:
        _write(args.out, json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    # A console or a redirected file on Windows may not take every character: the JSON is
    # printed as ASCII (still exact), and the table replaces what the console cannot show.
    if args.json:
        print(json.dumps(doc, indent=2, ensure_ascii=True))
    else:
        reconfigure = getattr(sys.stdout, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
        print(report.table(doc, colour=report.use_colour(sys.stdout)))
    sys.stdout.flush()
    return int(doc["exit_code"])
