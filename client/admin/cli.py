"""`invigilo admin`: the institution's tools, one module per tool, imported only when used."""

from __future__ import annotations

import argparse
import importlib

TOOLS: dict[str, tuple[str, str]] = {
    "keygen": ("client.admin.keygen", "make the institution's signing and recording key pairs"),
    "sign": ("client.admin.sign", "check an exam config and sign it into an .invigilo file"),
    "inspect": ("client.admin.inspect", "show a signed exam file and whether it is valid"),
    "verify": ("client.admin.verify", "check every segment of a recorded session"),
    "decrypt": ("client.admin.decrypt", "verify a session and write it out as plain files"),
    "report": ("client.admin.report", "make the review report of a session"),
    "brand": ("client.admin.brand", "make the build inputs of an institution's installer"),
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    width = max(map(len, TOOLS))
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = "tools:\n" + "\n".join(
        f"  {name.ljust(width)}  {summary}" for name, (_, summary) in TOOLS.items())
    parser.add_argument("tool", choices=sorted(TOOLS), metavar="TOOL",
                        help="one of the tools below")
    parser.add_argument("args", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    module_name, summary = TOOLS[args.tool]
    module = importlib.import_module(module_name)
    parser = argparse.ArgumentParser(prog=f"invigilo admin {args.tool}", description=summary)
    module.add_arguments(parser)
    return int(module.run(parser.parse_args(args.args)))
