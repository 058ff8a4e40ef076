"""Keeping a constant-quality stream near its bitrate, one segment at a time.

The screen is encoded at constant quality (CRF), which spends bits on what changed rather than on
how many pictures were taken. Its size still depends on the content (a page of text costs less
than a photo), so after each segment the quality setting moves toward the configured bitrate:
up quickly when over (the upload budget matters most), down slowly when well under.

It stops at CRF 56. Beyond it SVT-AV1's pictures after a window switch lose their text step by
step until the next segment's keyframe: on the benchmark's desk (typing, a window switch every
20 s), a governor allowed up to 63 held 25 kbit/s but gave SSIM 0.966 with pictures down to 0.57;
stopping at 56 gave 0.996, none under 0.98, for a screen share of 34 kbit/s. A screen that
changes more than its share allows goes a little over it rather than becoming unreadable; the
default profile gives the screen the bits for that (README, "Recording").
"""

from __future__ import annotations

from dataclasses import dataclass

LOWEST, HIGHEST = 30, 56   # CRF range used (higher is smaller and blurrier)


@dataclass
class Governor:
    target_kbps: float
    quality: int

    def update(self, size_bytes: int, seconds: float) -> int:
        """Account one finished segment; returns the quality for the next one."""
        if seconds <= 0:
            return self.quality
        kbps = size_bytes * 8 / 1000 / seconds
        if kbps > 1.6 * self.target_kbps:
            self.quality += 4
        elif kbps > 1.15 * self.target_kbps:
            self.quality += 2
        elif kbps < 0.5 * self.target_kbps:
            self.quality -= 1
        self.quality = max(LOWEST, min(HIGHEST, self.quality))
        return self.quality
