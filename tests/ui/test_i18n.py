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


KNOWN = {("T", "{n} processor cores."), ("T", " (allowed for this exam)"),
         ("T", "Someone could see this computer: {what}."), ("T", "over SSH from {host}")}


def test_a_text_crosses_a_process_boundary_as_json_and_stays_translatable() -> None:
    from client.i18n import from_data, to_data

    nested = QT_TRANSLATE_NOOP("T", "Someone could see this computer: {what}.").format(
        what=QT_TRANSLATE_NOOP("T", "over SSH from {host}").format(host="10.0.0.2"))
    joined = QT_TRANSLATE_NOOP("T", "{n} processor cores.").format(n=2) + \
        QT_TRANSLATE_NOOP("T", " (allowed for this exam)")
    for text in (nested, joined):
        again = from_data(json.loads(json.dumps(to_data(text))), KNOWN)
        assert again == text and isinstance(again, Text)
    again = from_data(json.loads(json.dumps(to_data(joined))), KNOWN)
    assert again.translated(german) == "2 Prozessorkerne. (für diese Prüfung erlaubt)"  # type: ignore[attr-defined]
    assert to_data("plain") == "plain" and from_data("plain", KNOWN) == "plain"


def test_only_known_templates_whose_values_fit_are_rebuilt() -> None:
    """A peer cannot make the app format a template of its own, or send nonsense."""
    from client.i18n import from_data

    refused = [
        {"context": "T", "source": "{x.__class__.__mro__}", "values": {"x": "a"}},  # unknown
        {"context": "T", "source": "{n} processor cores.", "values": {}},  # a value missing
        {"context": "T", "source": "{n} processor cores.", "values": {"n": [1, 2]}},
        {"context": "T", "source": "{n} processor cores.", "values": "n=2"},
        {"parts": []},
        ["not", "a", "text"],
        {"parts": [{"parts": [{"parts": [{"parts": [{"parts": [{"parts": [{"parts": [
            {"context": "T", "source": "{n} processor cores."}]}]}]}]}]}]}]},  # too deep
    ]
    for data in refused:
        try:
            from_data(data, KNOWN)
        except ValueError:
            continue
        raise AssertionError(f"accepted {data!r}")


def test_the_agents_findings_keep_their_english_and_bring_their_templates() -> None:
    from agent import messages
    from agent.findings import Finding
    from client.agent_link import finding_fields

    message, remedy = messages.forbidden_app("Zoom", "zoom", "path", "terminate", False)
    sent = json.loads(json.dumps(Finding("forbidden_app", "block", message, remedy).for_client()))
    assert sent["message"] == ("Zoom is running (process 'zoom', recognised by where it is "
                               "installed). The exam's rules do not allow it and it could not "
                               "be closed.")
    assert set(sent["i18n"]) == {"message", "remedy"}
    assert "i18n" not in Finding("shortcut", "flag", "plain words").for_client()
    received = finding_fields(sent)
    assert "i18n" not in received and received["message"] == sent["message"]
    assert isinstance(received["message"], Text) and isinstance(received["remedy"], Text)
    # templates that do not rebuild to the English that came with them are not used
    sent["message"] = "Something else entirely."
    assert type(finding_fields(sent)["message"]) is str
    # every sentence the agent's findings use is in its catalogue, so the app accepts them
    catalogue = messages.catalogue()
    assert (messages.VM[0].context, messages.VM[0].template) in catalogue
    assert ("Agent", "by where it is installed") in catalogue
    assert all(context == "Agent" for context, _ in catalogue)
