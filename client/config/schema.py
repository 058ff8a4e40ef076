"""The exam config, version 1: what an institution decides about one exam.

Each section is owned by the part of the app that reads it (recording, requirements, lockdown,
flags, ...). Defaults are what a serious exam would want when the institution says nothing.
See docs/CONFIG.md for the field-by-field reference.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from client.config.validate import constraint

SCHEMA_VERSION = 1

_ID = constraint(pattern=r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}",
                 doc="1 to 64 letters, digits, dots, dashes or underscores")


@dataclass(frozen=True)
class Exam:
    id: str = field(metadata=_ID)
    title: str = field(metadata=constraint(pattern=r".{1,200}", doc="1 to 200 characters"))
    institution: str = field(metadata=constraint(pattern=r".{1,200}", doc="1 to 200 characters"))
    not_before: dt.datetime
    not_after: dt.datetime
    duration_minutes: int = field(default=120, metadata=constraint(min=1, max=24 * 60))
    practice: bool = False


@dataclass(frozen=True)
class Auth:
    kind: Literal["none", "bearer"] = "none"
    token: str = ""


@dataclass(frozen=True)
class Backend:
    transport: Literal["tus", "presigned", "folder"] = "folder"
    url: str = ""
    folder: str = "hand-in"
    auth: Auth = field(default_factory=Auth)
    rate_limit_kbps: int = field(default=120, metadata=constraint(min=0, max=1_000_000))
    pin_sha256: list[str] = field(default_factory=list, metadata=constraint(
        pattern=r"[A-Za-z0-9+/]{43}=", doc="base64 SHA-256 of the server's public key (SPKI)"))
    test_url: str = ""
    # PEM of an extra CA the institution's server certificate chains to; added to, never
    # replacing, the system's trust. TLS verification itself cannot be turned off.
    ca_pem: str = ""


@dataclass(frozen=True)
class Webcam:
    enabled: bool = True
    width: int = field(default=320, metadata=constraint(min=160, max=1920))
    height: int = field(default=240, metadata=constraint(min=120, max=1080))
    fps: float = field(default=10.0, metadata=constraint(min=1, max=30))
    bitrate_kbps: int = field(default=45, metadata=constraint(min=10, max=2000))


@dataclass(frozen=True)
class Screen:
    enabled: bool = True
    width: int = field(default=1280, metadata=constraint(min=320, max=3840))
    fps: float = field(default=1.0, metadata=constraint(min=0.1, max=15))
    bitrate_kbps: int = field(default=35, metadata=constraint(min=5, max=2000))
    monitors: Literal["all", "primary"] = "all"
    # Extra pictures when the screen changes, at most this many a second (0: steady rate only).
    change_fps: float = field(default=2.0, metadata=constraint(min=0, max=15))


@dataclass(frozen=True)
class Audio:
    enabled: bool = True
    bitrate_kbps: int = field(default=12, metadata=constraint(min=6, max=128))
    sample_rate: int = field(default=48000, metadata=constraint(min=8000, max=48000))


@dataclass(frozen=True)
class Recording:
    segment_seconds: float = field(default=10.0, metadata=constraint(min=2, max=120))
    spool_quota_mb: int = field(default=2048, metadata=constraint(min=50, max=1_000_000))
    webcam: Webcam = field(default_factory=Webcam)
    screen: Screen = field(default_factory=Screen)
    audio: Audio = field(default_factory=Audio)


@dataclass(frozen=True)
class Requirements:
    windows_min: str = field(default="10.0.17763", metadata=constraint(
        pattern=r"\d+(\.\d+)*", doc="a version such as 10.0.17763"))
    macos_min: str = field(default="11.0", metadata=constraint(
        pattern=r"\d+(\.\d+)*", doc="a version such as 11.0"))
    linux_kernel_min: str = field(default="5.4", metadata=constraint(
        pattern=r"\d+(\.\d+)*", doc="a version such as 5.4"))
    require_64bit: bool = True
    require_avx: bool = True
    min_cores: int = field(default=2, metadata=constraint(min=1, max=256))
    min_memory_mb: int = field(default=2048, metadata=constraint(min=256, max=1_000_000))
    min_free_disk_mb: int = field(default=500, metadata=constraint(min=10, max=10_000_000))
    min_upload_kbps: int = field(default=150, metadata=constraint(min=0, max=1_000_000))
    max_latency_ms: int = field(default=1500, metadata=constraint(min=10, max=60_000))
    max_clock_skew_s: int = field(default=120, metadata=constraint(min=1, max=86_400))
    max_displays: int = field(default=1, metadata=constraint(min=1, max=16))
    camera: bool = True
    microphone: bool = True


Action = Literal["allow", "flag", "block"]
ProcessAction = Literal["flag", "ask", "terminate"]


@dataclass(frozen=True)
class Lockdown:
    level: Literal["strict", "moderate", "open", "none"] = "moderate"
    deny_apps: list[str] = field(default_factory=list)
    allow_apps: list[str] = field(default_factory=list)
    forbidden_process_action: ProcessAction | None = None
    virtual_machine: Action | None = None
    remote_session: Action | None = None
    extra_displays: Action | None = None
    clipboard: Action | None = None
    shortcuts: Action | None = None
    capture_hidden_windows: Action | None = None
    virtual_devices: Action | None = None
    fullscreen: bool | None = None
    restart_agent: bool = True
    # Added for the agent (see docs/LOCKDOWN.md): None means "what the level says".
    focus: Action | None = None
    synthetic_input: Action | None = None
    default_deny_list: bool = True
    deny_hashes: list[str] = field(default_factory=list, metadata=constraint(
        pattern=r"(sha256:[0-9a-f]{64}|elf-build-id:[0-9a-f]{16,80})",
        doc="sha256:<64 hex digits> or elf-build-id:<hex>"))


Strictness = Literal["off", "lenient", "normal", "strict"]


@dataclass(frozen=True)
class Flags:
    strictness: Strictness = "normal"
    kinds: dict[str, Strictness] = field(default_factory=dict)
    review_threshold: int = field(default=70, metadata=constraint(min=0, max=100))
    # Points per percent of exam time, by flag code; codes not listed keep their default weight
    # (client/flags/kinds.py, docs/FLAGS.md).
    weights: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class CheckIn:
    face_photo: bool = True
    id_photo: bool = True
    room_scan: bool = False


@dataclass(frozen=True)
class Privacy:
    consent_text: str = (
        "During this exam your webcam, microphone and screen are recorded. The recording is "
        "encrypted on this computer so that only your institution can open it."
    )
    who_can_see: str = "Exam reviewers at your institution."
    retention_days: int = field(default=60, metadata=constraint(min=1, max=3650))
    contact: str = ""


@dataclass(frozen=True)
class ExamConfig:
    schema: int = field(metadata=constraint(min=SCHEMA_VERSION, max=SCHEMA_VERSION,
                                            doc=f"this app reads schema {SCHEMA_VERSION}"))
    exam: Exam
    # The institution's recording public key (PEM) that every session is sealed to. Part of the
    # signed config, so a candidate cannot swap in a key of their own. Practice exams leave it
    # out and use the practice keys.
    recording_key: str = field(default="", metadata=constraint(
        pattern=r"(?s)(-----BEGIN PUBLIC KEY-----.+?-----END PUBLIC KEY-----\s*){1,2}",
        doc="the PEM text of the institution's recording.pub"))
    backend: Backend = field(default_factory=Backend)
    recording: Recording = field(default_factory=Recording)
    requirements: Requirements = field(default_factory=Requirements)
    lockdown: Lockdown = field(default_factory=Lockdown)
    flags: Flags = field(default_factory=Flags)
    checkin: CheckIn = field(default_factory=CheckIn)
    privacy: Privacy = field(default_factory=Privacy)

    def as_dict(self) -> dict[str, object]:
        return dataclasses.asdict(self)
