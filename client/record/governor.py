"""Keeping a constant-quality stream near its bitrate, one segment at a time.

The screen is encoded at constant quality (CRF), which spends bits on what changed rather than on
how many pictures were taken. Its size still depends on the content (a page of text costs less
than a photo), so after each segment the quality setting moves toward the configured bitrate:
up quickly when over (the upload budget matters most), down slowly when well under.

The range reaches CRF 63 because the upload budget comes first. Text after a window switch
suffers there: on the benchmark's desk (typing that fills a page, a window switch every 20 s)
stopping at 56 kept screen SSIM at 0.99 but needed 56 kbit/s over 5 minutes, and the total went
to 110 kbit/s. Even at 63, a full page of text costs 65-75 kbit/s a segment (README,
"Recording"). Taking fewer pictures is no way out: a segment's bytes go to its keyframe and to
window switches, not to the typing between them. On 120 s of that desk, keeping one picture a
second instead of two saved 6-13 % of the bytes at every CRF from 50 to 63, and the worst
picture got worse (CRF 56: SSIM 0.965 against 0.989).
"""

from __future__ import annotations

from dataclasses import dataclass

LOWEST, HIGHEST = 30, 63   # CRF range used (higher is smaller and blurrier)


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
