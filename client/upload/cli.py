"""`invigilo upload`: drain every pending session of a spool, with a progress bar and a summary.

    invigilo upload [--spool DIR] [--config EXAM.invigilo] [--to-folder DIR]

Without --config the backend comes from the exam each session recorded. --to-folder writes the
sessions to a folder instead (a USB stick for a site with no network); the folder is itself a
spool, so the institution later sends it on with `invigilo upload --spool STICK --config EXAM`.
Exit status 0 only when every file of every session is confirmed by the backend.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any, TextIO

from client.errors import InvalidInput

HELP_SPOOL = "the recordings folder to drain (default: this user's spool)"
HELP_CONFIG = "the signed exam file naming the backend (default: each session's own exam)"
HELP_FOLDER = "hand the sessions in to this folder (e.g. a USB stick) instead of a server"
HELP_TRUST = "an extra trusted institution signing key (*.pub) or folder of them"
HELP_KEEP = "keep local copies of confirmed segments"
HELP_GIVE_UP = "stop after this many seconds without progress (default %(default)s)"
HELP_RATE = "upload rate cap in kbit/s, 0 for none (default: the exam's)"

NO_SPOOL = "{spool} is not a folder"
BUSY = "another Invigilo (the app?) is uploading {spool} right now"
NO_FOLDER = "the hand-in folder {folder} does not exist"
NOTHING = "Nothing to upload in {spool}."
DONE = "Everything is confirmed: {files} file(s), {size} sent to {backend} in {seconds:.0f} s."
SESSION_LINE = "  session {sid}: {files} file(s) confirmed, {state}; receipt {digest}"
COMPLETE = "complete"
INCOMPLETE = "{pending} file(s) pending"
RECORDING = "still being recorded"
NOT_DONE = "Not finished: {files} file(s), {size} still to send to {backend}."
LAST_PROBLEM = "Last problem: {error}"
KEPT = "Nothing is lost: they stay in {spool}. Run this command again later, or hand them in " \
       "with --to-folder DIR."
SKIPPED = "Skipped session {sid}: {error}"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--spool", type=Path, help=HELP_SPOOL)
    parser.add_argument("--config", metavar="EXAM.invigilo", help=HELP_CONFIG)
    parser.add_argument("--to-folder", type=Path, metavar="DIR", help=HELP_FOLDER)
    parser.add_argument("--trust", type=Path, action="append", default=[], help=HELP_TRUST)
    parser.add_argument("--keep", action="store_true", help=HELP_KEEP)
    parser.add_argument("--give-up-after", type=float, default=120.0, metavar="S",
                        help=HELP_GIVE_UP)
    parser.add_argument("--rate", type=int, metavar="KBPS", help=HELP_RATE)


def human(n: float) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.1f} GB"


class Bar:
    """One status line, redrawn in place on a terminal, a line every few seconds otherwise."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.tty = out.isatty()
        self.last = 0.0

    def draw(self, status: Any, total: int) -> None:
        now = time.monotonic()
        if not self.tty and now - self.last < 5:
            return
        self.last = now
        done = status.confirmed_bytes + (status.current_sent if status.current else 0)
        fraction = min(1.0, done / total) if total else 1.0
        filled = int(fraction * 24)
        state = "offline" if status.online is False else "online"
        line = (f"[{'#' * filled}{'.' * (24 - filled)}] {fraction:4.0%} {human(done)}/"
                f"{human(total)}  {status.confirmed_files} file(s)  {state}")
        if status.current:
            line += f"  {status.current.split('/', 1)[-1]}"
        elif status.last_error:
            line += f"  ({status.last_error})"
        if self.tty:
            self.out.write("\r" + line[:120].ljust(120))
        else:
            self.out.write(line + "\n")
        self.out.flush()

    def end(self) -> None:
        if self.tty:
            self.out.write("\n")
            self.out.flush()


def _groups(args: argparse.Namespace, spool: Path,
            out: TextIO) -> tuple[list[tuple[Any, list[str]]], int]:
    """(backend, session folder names) pairs to drain, and how many sessions had to be skipped."""
    from client.journal.spool import list_sessions
    from client.upload import sources

    sessions = [p.name for p in list_sessions(spool)]
    if args.to_folder is not None:
        if not args.to_folder.is_dir():
            raise InvalidInput(NO_FOLDER.format(folder=args.to_folder),
                               "plug in the stick or create the folder, then try again")
        return [(sources.folder_backend(args.to_folder), sessions)], 0
    if args.config:
        from client.config.loader import read_exam_source

        config = sources.exam_config(read_exam_source(args.config), args.trust)
        return [(config.backend, sessions)], 0
    groups: dict[str, tuple[Any, list[str]]] = {}
    skipped = 0
    for name in sessions:
        try:
            backend = sources.session_backend(spool / name, args.trust)
        except InvalidInput as exc:
            print(SKIPPED.format(sid=name, error=exc), file=out)
            skipped += 1
            continue
        groups.setdefault(repr(backend), (backend, []))[1].append(name)
    return list(groups.values()), skipped


def _drain(uploader: Any, bar: Bar, give_up_after: float) -> Any:
    """Run until nothing is pending, nothing moved for a while, or only refusals remain."""
    uploader.start()
    marker, moved = (-1, -1), time.monotonic()
    try:
        while True:
            time.sleep(0.1)
            status = uploader.status()
            total = status.confirmed_bytes + status.pending_bytes
            bar.draw(status, total)
            if status.idle and status.pending_files == 0:
                break
            now_marker = (status.confirmed_bytes, status.current_sent)
            if now_marker != marker:
                marker, moved = now_marker, time.monotonic()
            stuck = status.idle and status.pending_files and status.problems
            if stuck or time.monotonic() - moved > give_up_after:
                break
    finally:
        uploader.stop()
        bar.end()
    return uploader.status()


def _summary(spool: Path, names: list[str], out: TextIO) -> None:
    from client.upload.receipt import hand_in

    for name in names:
        if not (spool / name).is_dir():
            continue
        receipt = hand_in(spool / name)
        state = COMPLETE if receipt.complete else (
            INCOMPLETE.format(pending=receipt.pending_files) if receipt.pending_files
            else RECORDING)
        print(SESSION_LINE.format(sid=receipt.session_id[:12], files=receipt.files, state=state,
                                  digest=receipt.digest[:16]), file=out)


def run(args: argparse.Namespace) -> int:
    from client import paths
    from client.upload.uploader import Uploader

    spool: Path = args.spool or paths.default_spool()
    out = sys.stdout
    if not spool.is_dir():
        raise InvalidInput(NO_SPOOL.format(spool=spool), "give the recordings folder with --spool")
    from client.upload.lock import SpoolLock

    probe = SpoolLock(spool)
    if not probe.acquire():
        raise InvalidInput(BUSY.format(spool=spool),
                           "let the Invigilo app finish its upload, or close it, then try again")
    probe.release()
    groups, skipped = _groups(args, spool, out)
    if not any(names for _, names in groups):
        print(NOTHING.format(spool=spool), file=out)
        return 1 if skipped else 0
    ok = not skipped
    started = time.monotonic()
    for backend, names in groups:
        uploader = Uploader(spool, backend, sessions=names, delete_confirmed=not args.keep,
                            base_dir=paths.user_data_dir(), rate_kbps=args.rate)
        status = _drain(uploader, Bar(sys.stderr), args.give_up_after)
        name = uploader.transport.name
        if status.pending_files == 0:
            print(DONE.format(files=status.confirmed_files, size=human(status.confirmed_bytes),
                              backend=name, seconds=time.monotonic() - started), file=out)
        else:
            ok = False
            print(NOT_DONE.format(files=status.pending_files, size=human(status.pending_bytes),
                                  backend=name), file=out)
            if status.last_error:
                print(LAST_PROBLEM.format(error=status.last_error), file=out)
            print(KEPT.format(spool=spool), file=out)
        _summary(spool, names, out)
    return 0 if ok else 1
