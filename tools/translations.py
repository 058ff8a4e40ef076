"""Refresh the translation sources from the code and compile them for the app.

    .venv/bin/python tools/translations.py          # lupdate every .ts, then lrelease to .qm
    .venv/bin/python tools/translations.py --check  # fail if a string is new or untranslated

Qt's own tools do the work (pyside6-lupdate reads the Python sources, pyside6-lrelease writes
the .qm the app loads); open a .ts in Qt Linguist (pyside6-linguist) to translate. To add a
language, copy invigilo_de.ts to invigilo_<code>.ts, set its language attribute, translate.

Besides the app (client/ui), the modules whose sentences the app shows are read: they run
without Qt and mark each sentence with `QT_TRANSLATE_NOOP(context, text)` (client/i18n.py),
which lupdate extracts like Qt's own marker: the readiness checks, the exam file's loader and
its trust checks, the branding and IT's deployment, the journal, the uploader, and the lockdown
agent (whose findings the app shows). Many sentences are templates ("{n} processor cores."):
`--check` also fails when a translation's {fields} differ from the English, since the app would
then fall back to English.
"""

from __future__ import annotations

import argparse
import shutil
import string
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "client" / "ui", ROOT / "client" / "checks", ROOT / "client" / "config",
           ROOT / "client" / "trust", ROOT / "client" / "admin" / "brand.py",
           ROOT / "client" / "journal", ROOT / "client" / "upload", ROOT / "agent"]
FOLDER = ROOT / "resources" / "translations"


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} was not found: it comes with PySide6 (pip install PySide6)")
    return found


def lupdate(ts: Path) -> None:
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-extensions", "py",
                    *map(str, SOURCES), "-ts", str(ts)], check=True)


def lrelease(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def untranslated(ts: Path) -> list[str]:
    """Source texts with no finished translation (new ones included)."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                  "obsolete") \
                    or not (translation.text or "").strip():
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def fields(text: str) -> set[str]:
    """The {named} fields of a str.format template ("{n:.1f}" counts as "n")."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:  # unbalanced braces: a sentence, not a template
        return set()


def mismatched_fields(ts: Path) -> list[str]:
    """Translations whose {fields} differ from their source's."""
    wrong = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.findtext("translation") or ""
            if translation.strip() and fields(source) != fields(translation):
                wrong.append(f"{name}: {source} -> {translation} (fields differ)")
    return wrong


def check() -> list[str]:
    problems = []
    for ts in sorted(FOLDER.glob("*.ts")):
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / ts.name
            shutil.copy(ts, copy)
            lupdate(copy)
            problems += [f"{ts.name}: {m}" for m in untranslated(copy) + mismatched_fields(copy)]
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        problems = check()
        print("\n".join(problems) or "every string is translated")
        return 1 if problems else 0
    for ts in sorted(FOLDER.glob("*.ts")):
        lupdate(ts)
        print(f"{lrelease(ts).relative_to(ROOT)}: {len(untranslated(ts))} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
