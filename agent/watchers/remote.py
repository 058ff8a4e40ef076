"""Remote sessions: someone else seeing or steering this computer.

Linux: X forwarding (a DISPLAY with a host part, e.g. `localhost:10.0` from `ssh -X`), an SSH login
(SSH_CONNECTION), and servers listening on remote-desktop ports (VNC 5900-5909, RDP 3389, and the
ports of common remote-control tools). Windows: the OS's own remote-session flag
(GetSystemMetrics(SM_REMOTESESSION)) plus the listening ports. macOS: the Screen Sharing / Remote
Management processes plus the ports. Remote-control apps themselves are in the deny list.
Verified here: Linux (env and a real listening socket); Windows/macOS back ends are thin calls
whose evaluation is the shared code below.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import Any

import psutil

from agent import messages
from agent.findings import Finding
from agent.policy import Policy
from agent.procinfo import process_name
from agent.watchers.base import Watcher

REMOTE_PORTS: dict[int, str] = {3389: "Remote Desktop (RDP)", 5938: "TeamViewer",
                                7070: "AnyDesk", 21115: "RustDesk", 21116: "RustDesk",
                                21118: "RustDesk", 4000: "NoMachine", 8200: "Parsec"}
REMOTE_PORTS.update({p: "VNC" for p in range(5900, 5910)})
MACOS_SHARING_PROCESSES = ("screensharingd", "ScreensharingAgent", "AppleVNCServer", "ARDAgent")


def env_signals(env: Mapping[str, str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    display = env.get("DISPLAY", "")
    host = display.rsplit(":", 1)[0] if ":" in display else ""
    if host and host not in ("unix",) and not host.startswith("/"):
        out.append({"signal": "x_forwarding", "DISPLAY": display,
                    "what": messages.REMOTE_X_FORWARDING.format(display=display)})
    ssh = env.get("SSH_CONNECTION") or env.get("SSH_CLIENT")
    if ssh:
        out.append({"signal": "ssh_login", "SSH_CONNECTION": ssh,
                    "what": messages.REMOTE_SSH.format(host=ssh.split()[0])})
    return out


def listener_signals(listeners: list[tuple[str, int, int | None]]) -> list[dict[str, Any]]:
    """(address, port, pid) of listening TCP sockets -> remote-desktop servers among them."""
    out: list[dict[str, Any]] = []
    for address, port, pid in listeners:
        service = REMOTE_PORTS.get(port)
        if service is None:
            continue
        owner = process_name(pid)
        out.append({"signal": "remote_desktop_server", "address": address, "port": port,
                    "service": service, "pid": pid, "process": owner,
                    "what": messages.REMOTE_SERVER.format(service=service, address=address,
                                                          port=port)
                            + (f" ({owner})" if owner else "")})
    return out




def listening() -> list[tuple[str, int, int | None]]:
    if sys.platform.startswith("linux"):
        ports = linux_listening_ports()
        if ports is not None and not ports & REMOTE_PORTS.keys():
            return []  # the common case, without psutil's walk over every process's sockets
    try:
        conns = psutil.net_connections(kind="tcp")
    except (psutil.AccessDenied, OSError):
        return []
    return [(c.laddr.ip, c.laddr.port, c.pid) for c in conns
            if c.status == psutil.CONN_LISTEN and c.laddr]


def linux_listening_ports(root: str = "/proc/net") -> set[int] | None:
    """Ports with a listening TCP socket, from /proc/net/tcp{,6} (state 0A); None if unreadable."""
    ports: set[int] = set()
    read_any = False
    for name in ("tcp", "tcp6"):
        try:
            with open(f"{root}/{name}", encoding="ascii") as fh:
                lines = fh.read().splitlines()[1:]
        except OSError:
            continue
        read_any = True
        for line in lines:
            fields = line.split()
            if len(fields) > 3 and fields[3] == "0A":
                ports.add(int(fields[1].rsplit(":", 1)[1], 16))
    return ports if read_any else None


def windows_remote_session() -> list[dict[str, Any]]:
    if sys.platform != "win32":
        raise OSError("this back end runs on Windows only")
    import ctypes
    sm_remotesession = 0x1000
    if ctypes.windll.user32.GetSystemMetrics(sm_remotesession):
        return [{"signal": "windows_remote_session", "what": messages.REMOTE_WINDOWS}]
    return []


def macos_sharing() -> list[dict[str, Any]]:
    out = []
    for proc in psutil.process_iter(["name"]):
        if proc.info["name"] in MACOS_SHARING_PROCESSES:
            out.append({"signal": "macos_screen_sharing", "process": proc.info["name"],
                        "pid": proc.pid,
                        "what": messages.REMOTE_MACOS.format(process=proc.info["name"])})
    return out


def current_signals() -> list[dict[str, Any]]:
    found = env_signals(os.environ) + listener_signals(listening())
    if sys.platform == "win32":
        found += windows_remote_session()
    elif sys.platform == "darwin":
        found += macos_sharing()
    return found


class RemoteWatcher(Watcher):
    name = "remote_session"
    interval = 3.0

    def __init__(self, policy: Policy) -> None:
        super().__init__()
        self.policy = policy
        self._known: set[str] = set()

    def poll(self) -> list[Finding]:
        if self.policy.remote_session == "allow":
            return []
        out = []
        for signal in current_signals():
            key = signal["what"]
            if key in self._known:
                continue
            self._known.add(key)
            message, remedy = messages.REMOTE
            out.append(Finding("remote_session", self.policy.remote_session,
                               message.format(what=signal["what"]), remedy, signal))
        return out
