"""Where things live: bundled resources, the user's config folder, the default spool.

One place for it because a frozen app (PyInstaller) keeps resources beside the executable while a
source checkout keeps them at the repository root.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP = "Invigilo"


def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(name: str) -> Path:
    return resources_dir() / name


def install_dir() -> Path:
    """The folder of the running program: holds an institution's embedded trust anchors.

    Frozen, that is the bundle's data folder (`_internal/` beside the executable, or the .app's
    `Contents/Frameworks`, which links to `Contents/Resources`), where build.spec puts them.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return resources_dir()


def user_config_dir() -> Path:
    override = os.environ.get("INVIGILO_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP, appauthor=False))


def user_data_dir() -> Path:
    override = os.environ.get("INVIGILO_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP, appauthor=False))


def default_spool() -> Path:
    return user_data_dir() / "spool"
