"""Many machines' check reports in, one page (and a CSV) out, for IT before exam day.

The page is a single HTML file with its styles and a few lines of script inline (no external
assets: it is mailed around and opened offline). It answers: which machines are not ready, what
fails most often, and what to do on each machine.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from client.checks import registry, report

TEXT = {
    "title": "Device check report",
    "generated": "Made {when} from {n} machine report(s) in the folder “{folder}”.",
    "ready": "ready", "warn": "ready, with warnings", "fail": "not ready",
    "error": "check incomplete",
    "summary": "Summary",
    "by_check": "What fails most",
    "check": "Check", "failing": "Failing", "warnings": "Warnings", "machines": "Machines",
    "all_machines": "All machines",
    "machine": "Machine", "status": "Status", "exam": "Exam", "checked": "Checked",
    "problems": "Problems and what to do",
    "no_problems": "No machine has a problem.",
    "unreadable": "Files that could not be read",
    "older": "Older reports of the same machine were left out: {n}.",
    "sort_hint": "Click a column heading to sort.",
    "none": "none",
    "warned": "{name} (warning)",
}
CHECK_STATUS = {"pass": "pass", "warn": "warning", "fail": "fail", "error": "could not run",
                "skipped": "not checked"}
# Column headings of the machine table: short, with the full title as a tooltip.
SHORT = {"os": "OS", "arch": "64-bit", "cpu": "CPU", "cores": "Cores", "memory": "RAM",
         "disk": "Disk", "latency": "Ping", "bandwidth": "Up", "clock": "Clock",
         "camera": "Cam", "microphone": "Mic", "screen": "Screen", "displays": "Displ",
         "vm": "VM", "remote_session": "Remote", "forbidden_apps": "Apps",
         "virtual_devices": "VDev"}
SYMBOL = {"pass": "✓", "warn": "!", "fail": "✗", "skipped": "–", "error": "?"}
ORDER = {"error": 0, "fail": 1, "warn": 2, "pass": 3, "skipped": 4}


@dataclass
class Fleet:
    folder: Path
    machines: list[dict[str, Any]] = field(default_factory=list)
    unreadable: list[tuple[str, str]] = field(default_factory=list)
    superseded: int = 0


def machine_name(doc: dict[str, Any]) -> str:
    host = doc["machine"]
    label = host.get("label") or ""
    return f"{host['hostname']} ({label})" if label else str(host["hostname"])


def load(folder: Path) -> Fleet:
    """Every *.json under `folder`; a broken file is listed, never fatal. The newest report of
    each machine wins."""
    fleet = Fleet(folder)
    latest: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.rglob("*.json")):
        name = str(path.relative_to(folder))
        try:
            doc = report.parse(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, report.ReportError) as exc:
            fleet.unreadable.append((name, str(exc).splitlines()[0][:200]))
            continue
        doc["_file"] = name
        key = machine_name(doc)
        if key in latest:
            fleet.superseded += 1
            if latest[key]["created"] >= doc["created"]:
                continue
        latest[key] = doc
    fleet.machines = sorted(latest.values(),
                            key=lambda d: (ORDER.get(d["overall"], 9), machine_name(d).lower()))
    return fleet


def check_ids(fleet: Fleet) -> list[str]:
    seen = {c["id"] for d in fleet.machines for c in d["checks"]}
    known = [i for i in registry.CHECKS if i in seen]
    return known + sorted(seen - set(known))


def _status_of(doc: dict[str, Any], check_id: str) -> dict[str, Any] | None:
    return next((c for c in doc["checks"] if c["id"] == check_id), None)


# ---- CSV ------------------------------------------------------------------------------------

CSV_COLUMNS = ["machine", "hostname", "label", "file", "created", "overall", "check", "title",
               "status", "measured", "required", "message", "remedy"]


def to_csv(fleet: Fleet) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for doc in fleet.machines:
        host = doc["machine"]
        for c in doc["checks"]:
            writer.writerow([machine_name(doc), host["hostname"], host.get("label", ""),
                             doc["_file"], doc["created"], doc["overall"], c["id"],
                             c.get("title") or registry.title(c["id"]), c["status"],
                             c["measured"], c["required"], c["message"], c.get("remedy", "")])
    return out.getvalue()


# ---- HTML -----------------------------------------------------------------------------------

STYLE = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px;color:#1d2330}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
.muted{color:#5b6475}.cards{display:flex;gap:12px;flex-wrap:wrap;margin:12px 0}
.card{border-radius:8px;padding:10px 16px;min-width:120px;background:#f3f5f8}
.card b{display:block;font-size:24px}
table{border-collapse:collapse;margin:6px 0}th,td{padding:4px 8px;border-bottom:1px solid #e3e6eb;
text-align:left;vertical-align:top}th{background:#f3f5f8;position:sticky;top:0}
table.sortable th{cursor:pointer;user-select:none}table.sortable th:hover{background:#e6eaf0}
th.asc::after{content:" ▲"}th.desc::after{content:" ▼"}
td.s{text-align:center;font-weight:bold;padding:4px 3px;min-width:22px}
.pass{background:#e3f4e6;color:#1e6b2e}.warn{background:#fff3cd;color:#7a5600}
.fail{background:#fbe0e0;color:#a11d1d}.error{background:#eee0f7;color:#64208a}
.skipped{color:#8a93a3}.tag{border-radius:4px;padding:1px 6px;white-space:nowrap}
.remedy{color:#334;margin-left:1em}.remedy::before{content:"→ "}
.machine{margin:14px 0 4px;font-weight:600}.nw{white-space:nowrap}
.wide{overflow-x:auto;max-width:100%}ul{margin:2px 0 8px;padding-left:20px}
"""

SCRIPT = """
document.querySelectorAll('table.sortable').forEach(function(t){
 t.querySelectorAll('th').forEach(function(th,i){th.addEventListener('click',function(){
  var asc=!th.classList.contains('asc');t.querySelectorAll('th').forEach(function(h){
   h.classList.remove('asc','desc')});th.classList.add(asc?'asc':'desc');
  var b=t.tBodies[0],rows=Array.prototype.slice.call(b.rows);
  rows.sort(function(x,y){var a=x.cells[i].dataset.k||x.cells[i].textContent,
   c=y.cells[i].dataset.k||y.cells[i].textContent,n=parseFloat(a)-parseFloat(c);
   var r=isNaN(n)?a.localeCompare(c):n;return asc?r:-r});
  rows.forEach(function(r){b.appendChild(r)})})})});
"""


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _tag(status: str, *, machine: bool = True) -> str:
    """A coloured label: a machine's verdict ("not ready") or one check's ("fail")."""
    if machine:
        label = TEXT["ready"] if status == "pass" else TEXT.get(status, status)
    else:
        label = CHECK_STATUS.get(status, status)
    return f'<span class="tag {_e(status)}">{_e(label)}</span>'


def _cards(fleet: Fleet) -> str:
    counts = {s: sum(1 for d in fleet.machines if d["overall"] == s)
              for s in ("pass", "warn", "fail", "error")}
    names = {"pass": TEXT["ready"], "warn": TEXT["warn"], "fail": TEXT["fail"],
             "error": TEXT["error"]}
    cards = [f'<div class="card {s}"><b>{counts[s]}</b>{_e(names[s])}</div>' for s in names]
    return '<div class="cards">' + "".join(cards) + "</div>"


def _by_check(fleet: Fleet, ids: list[str]) -> str:
    rows = []
    for check_id in ids:
        failing = [machine_name(d) for d in fleet.machines
                   if (_status_of(d, check_id) or {}).get("status") in ("fail", "error")]
        warned = [machine_name(d) for d in fleet.machines
                  if (_status_of(d, check_id) or {}).get("status") == "warn"]
        if not failing and not warned:
            continue
        names = failing + [TEXT["warned"].format(name=n) for n in warned]
        rows.append((len(failing), len(warned), check_id, names))
    if not rows:
        return f"<p>{_e(TEXT['no_problems'])}</p>"
    rows.sort(key=lambda r: (-r[0], -r[1], r[2]))
    head = "".join(f"<th>{_e(TEXT[k])}</th>" for k in ("check", "failing", "warnings", "machines"))
    body = "".join(
        f"<tr><td>{_e(registry.title(cid))}</td><td data-k='{nf}'>{nf}</td>"
        f"<td data-k='{nw}'>{nw}</td><td>{_e(', '.join(names) or TEXT['none'])}</td></tr>"
        for nf, nw, cid, names in rows)
    return f'<table class="sortable"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _matrix(fleet: Fleet, ids: list[str]) -> str:
    head = "".join(f"<th>{_e(TEXT[k])}</th>" for k in ("machine", "status", "exam", "checked"))
    head += "".join(f'<th title="{_e(registry.title(i))}">{_e(SHORT.get(i, i))}</th>'
                    for i in ids)
    rows = []
    for d in fleet.machines:
        exam = (d.get("exam") or {}).get("id", "")
        cells = [f"<td class='nw'>{_e(machine_name(d))}</td>",
                 f"<td data-k='{ORDER.get(d['overall'], 9)}'>{_tag(d['overall'])}</td>",
                 f"<td class='nw'>{_e(exam)}</td>",
                 f"<td class='nw'>{_e(d['created'][:16].replace('T', ' '))}</td>"]
        for check_id in ids:
            c = _status_of(d, check_id)
            if c is None:
                cells.append("<td class='s' data-k='9'></td>")
                continue
            tip = f"{c['measured']} — {c['message']}".strip(" —")
            cells.append(f"<td class='s {_e(c['status'])}' data-k='{ORDER[c['status']]}' "
                         f"title=\"{_e(tip)}\">{SYMBOL[c['status']]}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return (f'<div class="wide"><table class="sortable" id="machines"><thead><tr>{head}</tr>'
            "</thead><tbody>" + "".join(rows) + "</tbody></table></div>")


def _problems(fleet: Fleet) -> str:
    parts = []
    for d in fleet.machines:
        bad = [c for c in d["checks"] if c["status"] in ("fail", "error", "warn")]
        if not bad:
            continue
        bad.sort(key=lambda c: ORDER[c["status"]])
        items = "".join(
            f"<li>{_tag(c['status'], machine=False)} "
            f"<b>{_e(c.get('title') or registry.title(c['id']))}</b>: {_e(c['message'])}"
            + (f"<div class='remedy'>{_e(c['remedy'])}</div>" if c.get("remedy") else "")
            + "</li>" for c in bad)
        parts.append(f"<div class='machine'>{_e(machine_name(d))} "
                     f"<span class='muted'>({_e(d['_file'])})</span></div><ul>{items}</ul>")
    return "".join(parts) or f"<p>{_e(TEXT['no_problems'])}</p>"


def to_html(fleet: Fleet, now: dt.datetime | None = None) -> str:
    ids = check_ids(fleet)
    when = (now or dt.datetime.now(dt.UTC)).strftime("%Y-%m-%d %H:%M UTC")
    generated = TEXT["generated"].format(when=when, n=len(fleet.machines),
                                         folder=fleet.folder.name or fleet.folder)
    body = [f"<h1>{_e(TEXT['title'])}</h1>",
            f"<p class='muted'>{_e(generated)}</p>",
            _cards(fleet),
            f"<h2>{_e(TEXT['by_check'])}</h2>", _by_check(fleet, ids),
            f"<h2>{_e(TEXT['all_machines'])}</h2><p class='muted'>{_e(TEXT['sort_hint'])}</p>",
            _matrix(fleet, ids),
            f"<h2>{_e(TEXT['problems'])}</h2>", _problems(fleet)]
    if fleet.superseded:
        body.append(f"<p class='muted'>{_e(TEXT['older'].format(n=fleet.superseded))}</p>")
    if fleet.unreadable:
        items = "".join(f"<li>{_e(n)}: {_e(why)}</li>" for n, why in fleet.unreadable)
        body.append(f"<h2>{_e(TEXT['unreadable'])}</h2><ul>{items}</ul>")
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
            "<meta name='viewport' content='width=device-width,initial-scale=1'>"
            f"<title>{_e(TEXT['title'])}</title><style>{STYLE}</style></head><body>"
            + "\n".join(body) + f"<script>{SCRIPT}</script></body></html>\n")
