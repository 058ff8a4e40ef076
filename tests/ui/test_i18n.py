"""Translatable sentences without Qt (client/i18n.py): English everywhere they are used as str,
translatable where the app shows them. No display needed."""

from __future__ import annotations

import copy
import json
import pickle
import subprocess
import sys
from pathlib import Path

from client.checks import runner
from client.checks.registry import Check
from client.checks.result import CheckResult
from client.i18n import QT_TRANSLATE_NOOP, Text, translated

GERMAN = {
    ("T", "{n} processor cores."): "{n} Prozessorkerne.",
    ("T", " (allowed for this exam)"): " (für diese Prüfung erlaubt)",
    ("T", "Broken {n}."): "Kaputt {m}.",  # a translator's typo: the field's name changed
}


def german(context: str, source: str) -> str:
    return GERMAN.get((context, source), source)


def test_a_text_is_its_english_sentence_and_remembers_how_it_was_made() -> None:
    text = QT_TRANSLATE_NOOP("T", "{n} processor cores.").format(n=4)
    assert text == "4 processor cores." and isinstance(text, str)
    assert json.dumps({"message": text}) == '{"message": "4 processor cores."}'
    assert text.translated(german) == "4 Prozessorkerne."
    assert translated("plain words", german) == "plain words"
    for again in (pickle.loads(pickle.dumps(text)), copy.deepcopy(text)):
        assert again == text and again.translated(german) == "4 Prozessorkerne."


def test_pieces_joined_stay_translatable_and_a_bad_translation_falls_back() -> None:
    joined = "Zoom is running." + QT_TRANSLATE_NOOP("T", " (allowed for this exam)")
    assert joined == "Zoom is running. (allowed for this exam)"
    assert joined.translated(german) == "Zoom is running. (für diese Prüfung erlaubt)"  # type: ignore[attr-defined]
    broken = QT_TRANSLATE_NOOP("T", "Broken {n}.").format(n=1)
    assert broken.translated(german) == "Broken 1."


def test_a_crashed_check_keeps_its_reason_as_a_value(tmp_path: Path) -> None:
    from client.checks.context import CheckContext, default_config

    ctx = CheckContext(config=default_config(), spool_dir=tmp_path)
    (result,) = runner.run_checks([Check("cores", "x", "tests.ui.support:crashing_check")], ctx)
    assert isinstance(result, CheckResult) and result.status == "error"
    assert isinstance(result.message, Text)
    assert result.message.template == "The check could not run: {error}."
    assert result.message.values == {"error": "RuntimeError: the driver answered nonsense"}


def test_invigilo_check_json_stays_english(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "client", "check", "--only", "cores,arch",
                          "--json", "--spool", str(tmp_path)], capture_output=True, text=True,
                         timeout=120)
    report = json.loads(out.stdout)
    messages = {c["id"]: c["message"] for c in report["checks"]}
    assert messages["cores"].endswith(" processor cores.")
    assert messages["arch"] == "The operating system and processor are 64-bit."
