"""The `invigilo` command: one entry point, one module per subcommand.

Subcommand modules are imported only when chosen, so `invigilo check` never pays for Qt or PyAV
and a frozen build starts fast. Each module offers `add_arguments(parser)` and `run(args) -> int`.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from client import __version__
from client.errors import UserError

# name -> (module, one-line help). Order is the order shown in --help.
COMMANDS: dict[str, tuple[str, str]] = {
    "app": ("client.ui.cli", "open the candidate app (the default with no command)"),
    "practice": ("client.ui.practice_cli", "the whole candidate flow on the built-in demo exam"),
    "check": ("client.checks.cli", "check this device against an exam's requirements"),
    "check-report": ("client.checks.report_cli", "merge many devices' check reports into one page"),
    "record": ("client.record.cli", "record a session headless (IT test recordings)"),
    "upload": ("client.upload.cli", "upload every pending session, or hand it in to a folder"),
    "agent": ("agent.cli", "run the lockdown agent"),
    "admin": ("client.admin.cli", "institution tools: keys, exam configs, verify, decrypt, report"),
}


def _top_help() -> str:
    width = max(len(n) for n in COMMANDS)
    lines = [
        "usage: invigilo [--version] [COMMAND] [ARGS...]",
        "",
        "Invigilo: a proctoring client that records exams encrypted for the institution only.",
        "With no command, the candidate app opens.",
        "",
        "commands:",
    ]
    lines += [f"  {name.ljust(width)}  {summary}" for name, (_, summary) in COMMANDS.items()]
    lines += ["", "Run 'invigilo COMMAND --help' for a command's options."]
    return "\n".join(lines)


def build_parser(name: str) -> tuple[argparse.ArgumentParser, object]:
    module_name, summary = COMMANDS[name]
    module = importlib.import_module(module_name)
    parser = argparse.ArgumentParser(prog=f"invigilo {name}", description=summary)
    module.add_arguments(parser)
    return parser, module


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in ("-h", "--help", "help"):
        print(_top_help())
        return 0
    if args and args[0] in ("-V", "--version"):
        print(f"invigilo {__version__}")
        return 0
    name = args.pop(0) if args and not args[0].startswith("-") else "app"
    if name not in COMMANDS:
        print(f"invigilo: unknown command '{name}'\n\n{_top_help()}", file=sys.stderr)
        return 2
    parser, module = build_parser(name)
    options = parser.parse_args(args)
    try:
        return int(module.run(options))  # type: ignore[attr-defined]
    except UserError as exc:
        print(f"invigilo {name}: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(f"invigilo {name}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
