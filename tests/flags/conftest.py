"""OpenCV on one thread for these tests: the detectors' results do not depend on it, and on a
busy two-core machine OpenCV's worker threads spend most of their time waiting for each other."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True, scope="package")
def _opencv_single_thread() -> Iterator[None]:
    import cv2

    before = cv2.getNumThreads()
    cv2.setNumThreads(1)
    yield
    cv2.setNumThreads(before)
