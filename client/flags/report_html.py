"""The review report as one self-contained HTML page (inline CSS and SVG, no scripts).

No scripts and no network: it opens from a USB stick, prints to PDF in headless Chromium, and a
reviewer's browser loads nothing from anywhere. Pictures and media are files beside the page.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from client.flags.kinds import NOT_DETECTED, kind
from client.flags.review import Review
from client.flags.score import FlagSpan

# Every sentence the page shows, in one place for translation.
TEXT = {
    "title": "Review report",
    "score": "Credibility score",
    "review": "Marked for review: the score is below {threshold}",
    "no_review": "Not marked for review (threshold {threshold})",
    "never_decides": "The score ranks sessions for review; it decides nothing. Every flag below "
                     "links to the recording at that moment.",
    "verified": "Recording verified: every segment is present, intact and in order.",
    "problems": "Recording problems found by verification",
    "timeline": "Timeline",
    "flags": "Flags",
    "no_flags": "No flags were raised in this session.",
    "photos": "Check-in photos",
    "no_photos": "No check-in photos were recorded.",
    "readiness": "Readiness checks",
    "no_readiness": "No readiness results were recorded.",
    "breakdown": "How the score was computed",
    "agent": "Lockdown agent events",
    "no_agent": "The agent reported nothing.",
    "open_at": "open {stream} at {at}",
    "open": "open",
    "network": "network",
    "agent_row": "agent",
    "still_open": "still on when the session ended",
    "no_picture": "no picture recorded at this moment",
    "c4_note": "{what}: not detected automatically. Compare the faces in the pictures above "
               "with the check-in photos.",
    "started": "Started",
    "duration": "Duration",
    "candidate": "Candidate",
    "session": "Session",
    "exam": "Exam",
    "code": "Code",
    "kind": "Kind",
    "time": "Time",
    "charged": "Counted time",
    "weight": "Weight",
    "points": "Points off",
    "check": "Check",
    "result": "Result",
    "detail": "Detail",
    "measured": "measured",
    "required": "required",
}

CSS = """
body{font:14px/1.45 system-ui,'DejaVu Sans',sans-serif;color:#1c2330;margin:0;background:#f4f5f7}
main{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 10px}
section,header{background:#fff;border:1px solid #dde1e7;border-radius:8px;padding:16px 20px;
 margin-bottom:16px;break-inside:avoid}
.meta{color:#566;display:flex;gap:24px;flex-wrap:wrap;margin-top:6px}
.score{display:flex;align-items:center;gap:20px}
.big{font-size:46px;font-weight:700;width:90px;height:90px;border-radius:50%;display:flex;
 align-items:center;justify-content:center;border:6px solid #2e7d32;color:#2e7d32}
.big.review{border-color:#c62828;color:#c62828}
.badge{display:inline-block;padding:2px 8px;border-radius:10px;font-size:12px;font-weight:600}
.high{background:#fde0e0;color:#9b1c1c}.medium{background:#fff1d6;color:#8a5300}
.low{background:#e3effd;color:#1d4f91}.info{background:#eceff1;color:#455a64}
.chips a{text-decoration:none;margin:0 6px 6px 0}
.ok{color:#2e7d32}.bad{color:#c62828}
.flag{display:flex;gap:16px;border-top:1px solid #eef0f3;padding:12px 0;break-inside:avoid}
.flag img,.nopic{width:192px;height:144px;object-fit:cover;border-radius:4px;background:#222;
 flex:none}
.nopic{display:flex;align-items:center;justify-content:center;color:#aab;font-size:12px;
 text-align:center}
.flag h3{margin:0 0 4px;font-size:15px}
.links a{margin-right:12px}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:4px 8px;
 border-bottom:1px solid #eef0f3;vertical-align:top}
.photos img{height:180px;margin-right:12px;border-radius:4px}
.ev{color:#566;font-size:12px}
svg text{font:11px system-ui,'DejaVu Sans',sans-serif;fill:#445}
@page{size:A4;margin:12mm}
@media print{body{background:#fff}main{padding:0}section,header{border:none;padding:8px 0;
 break-inside:auto}h2{break-after:avoid}}
"""

SEVERITY_COLOUR = {"high": "#d32f2f", "medium": "#f29900", "low": "#3b78c4", "info": "#8d99a6"}
MEDIA_STREAMS = ("webcam", "screen", "audio")


@dataclass(frozen=True)
class FlagLinks:
    thumb: str | None                      # picture file relative to the page, or data: URI
    media: list[tuple[str, str]]           # (stream, href with #t=)


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def clock(seconds: float) -> str:
    whole = max(0, round(seconds))
    h, rest = divmod(whole, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def when(epoch: float) -> str:
    return dt.datetime.fromtimestamp(epoch, dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def render(review: Review, meta: dict[str, Any], links: dict[str, FlagLinks],
           photos: list[str]) -> str:
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{esc(TEXT['title'])}: {esc(meta.get('exam_title', ''))}</title>",
        f"<style>{CSS}</style></head><body><main>",
        _header(review, meta),
        _section(TEXT["timeline"], timeline_svg(review)),
        _section(TEXT["flags"], _flags(review, links)),
        _section(TEXT["photos"], _photos(photos)),
        _section(TEXT["readiness"], _readiness(review.readiness)),
        _section(TEXT["agent"], _agent(review)),
        _section(TEXT["breakdown"], _breakdown(review)),
        "</main></body></html>",
    ]
    return "\n".join(parts)


def _section(title: str, body: str) -> str:
    return f"<section><h2>{esc(title)}</h2>{body}</section>"


def _header(review: Review, meta: dict[str, Any]) -> str:
    s = review.score
    verdict = (TEXT["review"] if s.review else TEXT["no_review"]).format(threshold=s.threshold)
    state = ("<p class='ok'>" + esc(TEXT["verified"]) + "</p>" if not review.problems else
             f"<p class='bad'><b>{esc(TEXT['problems'])}:</b></p><ul>"
             + "".join(f"<li>{esc(p)}</li>" for p in review.problems) + "</ul>")
    return (
        f"<header><h1>{esc(TEXT['title'])}: {esc(meta.get('exam_title') or meta.get('exam_id'))}"
        f"</h1><div class='meta'><span>{esc(meta.get('institution', ''))}</span>"
        f"<span>{esc(TEXT['exam'])}: {esc(meta.get('exam_id', ''))}</span>"
        f"<span>{esc(TEXT['candidate'])}: {esc(meta.get('candidate_id', ''))}</span>"
        f"<span>{esc(TEXT['session'])}: {esc(meta.get('session_id', ''))}</span>"
        f"<span>{esc(TEXT['started'])}: {esc(when(review.start))}</span>"
        f"<span>{esc(TEXT['duration'])}: {esc(clock(review.duration))}</span></div>"
        f"<div class='score' style='margin-top:14px'>"
        f"<div class='big{' review' if s.review else ''}' id='score'>{s.value}</div>"
        f"<div><b>{esc(TEXT['score'])}</b><br><span class='{'bad' if s.review else 'ok'}'>"
        f"{esc(verdict)}</span><br><span class='ev'>{esc(TEXT['never_decides'])}</span></div>"
        f"</div>{state}{_summary(review)}</header>")


def _summary(review: Review) -> str:
    """One chip per kind, most serious first, each jumping to its first flag."""
    order = {"high": 0, "medium": 1, "low": 2, "info": 3}
    by_code: dict[str, list[FlagSpan]] = {}
    for f in sorted(review.flags, key=lambda f: f.start):
        by_code.setdefault(f.code, []).append(f)
    chips = [
        f"<a class='badge {esc(items[0].severity)}' href='#{esc(items[0].id)}'>"
        f"{esc(code)} {esc(items[0].title)} × {len(items)}</a>"
        for code, items in sorted(by_code.items(),
                                  key=lambda kv: (order.get(kv[1][0].severity, 4), kv[0]))]
    return f"<p class='chips'>{' '.join(chips)}</p>" if chips else ""


def timeline_svg(review: Review, width: int = 1040) -> str:
    """Rows: each media stream's recorded time, network outages, agent events, then one row per
    flag code; bars link to the flag's card below."""
    left, row_h, total = 110, 22, max(review.duration, 1.0)
    codes = sorted({f.code for f in review.flags if f.code != "n1"})
    rows: list[tuple[str, Callable[[int], str]]] = []

    def x(t: float) -> float:
        return left + (t - review.start) / total * (width - left - 10)

    for stream in [s for s in MEDIA_STREAMS if s in review.coverage]:
        rows.append((stream, partial(_bars, review.coverage[stream], x=x, colour="#7cb342",
                                     row_h=row_h)))
    rows.append((TEXT["network"], partial(_bars, review.outages, x=x, colour="#8d99a6",
                                          row_h=row_h)))
    rows.append((TEXT["agent_row"], partial(_marks, review, x=x, row_h=row_h)))
    for code in codes:
        items = [f for f in review.flags if f.code == code]
        rows.append((code, partial(_flag_bars, items, x=x, row_h=row_h)))
    height = len(rows) * row_h + 30
    out = [f"<svg width='100%' viewBox='0 0 {width} {height}' role='img' "
           f"xmlns='http://www.w3.org/2000/svg'>"]
    for i, (label, draw) in enumerate(rows):
        y = i * row_h
        out.append(f"<rect x='{left}' y='{y + 3}' width='{width - left - 10}' "
                   f"height='{row_h - 8}' fill='#f1f3f6'/>")
        out.append(f"<text x='4' y='{y + row_h / 2 + 2:.1f}'>{esc(_row_title(label))}</text>")
        out.append(draw(y))
    axis_y = len(rows) * row_h + 4
    step = _tick_step(total)
    t = 0.0
    while t <= total + 1e-6:
        out.append(f"<line x1='{x(review.start + t):.1f}' x2='{x(review.start + t):.1f}' "
                   f"y1='0' y2='{axis_y}' stroke='#d5d9e0' stroke-width='0.5'/>"
                   f"<text x='{x(review.start + t) - 10:.1f}' y='{axis_y + 14}'>{clock(t)}</text>")
        t += step
    out.append("</svg>")
    return "".join(out)


def _row_title(label: str) -> str:
    return f"{label} {kind(label).title[:14]}…" if len(label) == 2 and label[0] in "cmsbn" \
        else label.replace("_", " ")


def _tick_step(total: float) -> float:
    for step in (10, 30, 60, 120, 300, 600, 900, 1800, 3600):
        if total / step <= 12:
            return float(step)
    return 7200.0


def _marks(review: Review, y: int, *, x: Callable[[float], float], row_h: int) -> str:
    return "".join(
        f"<circle cx='{x(m.t):.1f}' cy='{y + row_h / 2 - 2:.1f}' r='5' fill='#6a1b9a'>"
        f"<title>{esc(m.kind)}: {esc(m.text)}</title></circle>" for m in review.agent)


def _flag_bars(items: list[FlagSpan], y: int, *, x: Callable[[float], float],
               row_h: int) -> str:
    return "".join(_flag_bar(f, y, x, row_h) for f in items)


def _bars(ranges: list[tuple[float, float]], y: int, *, x: Callable[[float], float],
          colour: str, row_h: int) -> str:
    return "".join(f"<rect x='{x(a):.1f}' y='{y + 4}' width='{max(2.0, x(b) - x(a)):.1f}' "
                   f"height='{row_h - 10}' fill='{colour}' rx='2'/>" for a, b in ranges)


def _flag_bar(f: FlagSpan, y: int, x: Callable[[float], float], row_h: int) -> str:
    colour = SEVERITY_COLOUR.get(f.severity, "#f29900")
    return (f"<a href='#{esc(f.id)}'><rect x='{x(f.start) - 1:.1f}' y='{y + 4}' "
            f"width='{max(3.0, x(f.end) - x(f.start) + 2):.1f}' height='{row_h - 10}' "
            f"fill='{colour}' rx='2'><title>{esc(f.title)}</title></rect></a>")


def _flags(review: Review, links: dict[str, FlagLinks]) -> str:
    if not review.flags:
        return f"<p class='ok'>{esc(TEXT['no_flags'])}</p>"
    cards = []
    for f in sorted(review.flags, key=lambda f: f.start):
        link = links.get(f.id, FlagLinks(None, []))
        picture = (f"<img src='{esc(link.thumb)}' alt='{esc(f.title)}'>" if link.thumb else
                   f"<div class='nopic'>{esc(TEXT['no_picture'])}</div>")
        media = " ".join(
            f"<a href='{esc(href)}'>{esc(TEXT['open_at'].format(stream=stream, at=clock(f.start - review.start)))}</a>"  # noqa: E501
            for stream, href in link.media)
        span = clock(f.start - review.start)
        if f.end > f.start:
            span += f" – {clock(f.end - review.start)} ({clock(f.end - f.start)})"
        if f.open:
            span += f", {TEXT['still_open']}"
        cards.append(
            f"<div class='flag' id='{esc(f.id)}'>{picture}<div>"
            f"<h3><span class='badge {esc(f.severity)}'>{esc(f.severity)}</span> "
            f"{esc(f.code)} · {esc(f.title)}</h3><div>{esc(span)}</div>"
            f"<div class='ev'>{esc(_evidence_text(f.evidence))}</div>"
            f"<div class='links'>{media}</div></div></div>")
    note = "".join(f"<p class='ev'>{esc(TEXT['c4_note'].format(what=v))}</p>"
                   for v in NOT_DETECTED.values())
    return "".join(cards) + note


def _evidence_text(evidence: dict[str, Any]) -> str:
    shown = {k: v for k, v in evidence.items()
             if k not in ("t", "stream") and v not in ("", None, {}, [])}
    return ", ".join(f"{k.replace('_', ' ')}: {_plain(v)}" for k, v in shown.items())[:400]


def _plain(value: object) -> str:
    """Nested evidence (the agent's) as short JSON rather than Python's repr."""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, separators=(", ", ": "), default=str)
    return str(value)


def _photos(photos: list[str]) -> str:
    if not photos:
        return f"<p class='ev'>{esc(TEXT['no_photos'])}</p>"
    return "<div class='photos'>" + "".join(
        f"<a href='{esc(p)}'><img src='{esc(p)}' alt='{esc(TEXT['photos'])}'></a>"
        for p in photos) + "</div>"


def _readiness(events: list[dict[str, Any]]) -> str:
    rows: list[tuple[str, str, str]] = []
    for e in events:
        results = e.get("results")
        if isinstance(results, list):
            for r in results:
                if isinstance(r, dict):
                    rows.append((str(r.get("title") or r.get("name") or r.get("id", "")),
                                 str(r.get("status", r.get("ok", ""))), _check_detail(r)))
        else:
            rows += [(k, "", str(v)) for k, v in e.items() if k not in ("t", "kind")]
    if not rows:
        return f"<p class='ev'>{esc(TEXT['no_readiness'])}</p>"
    body = "".join(f"<tr><td>{esc(a)}</td><td class='{_status_class(b)}'>{esc(b)}</td>"
                   f"<td>{esc(c)}</td></tr>" for a, b, c in rows)
    return (f"<table><tr><th>{esc(TEXT['check'])}</th><th>{esc(TEXT['result'])}</th>"
            f"<th>{esc(TEXT['detail'])}</th></tr>{body}</table>")


def _check_detail(result: dict[str, Any]) -> str:
    text = str(result.get("message") or result.get("detail") or "")
    measured, required = result.get("measured"), result.get("required")
    if measured or required:
        text += f" ({TEXT['measured']}: {measured or '–'}; {TEXT['required']}: {required or '–'})"
    return text


def _status_class(status: str) -> str:
    s = status.lower()
    return "ok" if s in ("pass", "ok", "true", "passed") else "bad" if s in (
        "fail", "failed", "false", "error") else ""


def _agent(review: Review) -> str:
    if not review.agent:
        return f"<p class='ev'>{esc(TEXT['no_agent'])}</p>"
    body = "".join(f"<tr><td>{esc(clock(m.t - review.start))}</td><td>{esc(m.kind)}</td>"
                   f"<td>{esc(m.action)}</td><td>{esc(m.text)}</td></tr>" for m in review.agent)
    return (f"<table><tr><th>{esc(TEXT['time'])}</th><th>{esc(TEXT['kind'])}</th><th></th>"
            f"<th>{esc(TEXT['detail'])}</th></tr>{body}</table>")


def _breakdown(review: Review) -> str:
    rows = []
    for code, points in sorted(review.score.by_kind.items(), key=lambda kv: -kv[1]):
        s = review.score
        rows.append(f"<tr><td>{esc(code)}</td><td>{esc(kind(code).title)}</td>"
                    f"<td>{esc(clock(s.charged.get(code, 0.0)))}</td>"
                    f"<td>{s.weights.get(code, 0.0):.1f}</td>"
                    f"<td>{points:.1f}</td></tr>")
    formula = ("score = 100 − Σ weight × (100 × counted time ÷ session time), "
               "between 0 and 100; see docs/FLAGS.md")
    return (f"<p class='ev'>{esc(formula)}</p><table><tr><th>{esc(TEXT['code'])}</th>"
            f"<th>{esc(TEXT['kind'])}</th><th>{esc(TEXT['charged'])}</th>"
            f"<th>{esc(TEXT['weight'])}</th><th>{esc(TEXT['points'])}</th></tr>"
            + "".join(rows) + "</table>")
