"""The codecs the recorder uses, chosen by measurement (see README, "Recording").

WebM everywhere: every segment is a complete WebM file that starts on a keyframe. Video is AV1
(SVT-AV1) by default: at 320x240, 10 fps it reached SSIM 0.956 at 52 kbit/s where VP9 real-time
needed 56 kbit/s for 0.952 and H.264 (x264 veryfast) reached only 0.871 at 44 kbit/s. VP9
real-time is the fallback for processors too slow for SVT-AV1 (it leans on AVX2, which a
2011-era laptop lacks); the check-in probe decides, by measuring, not guessing.
Audio is Opus, the best speech codec at these rates, royalty-free.
"""

from __future__ import annotations

from dataclasses import dataclass, field

CONTAINER = "webm"
VIDEO_TYPE = "video/webm"
AUDIO_TYPE = "audio/webm"


@dataclass(frozen=True)
class VideoCodec:
    name: str                      # what the events and the README call it
    encoder: str                   # FFmpeg encoder name
    options: dict[str, str] = field(default_factory=dict)
    # An encoder's own estimate of its bitrate can run over; we ask for a little less.
    rate_factor: float = 1.0
    # For the screen: constant quality with screen-content tools (text, flat areas). A fixed
    # bitrate suits a changing, variable-rate screen badly: a window switch mid-segment starves.
    screen_options: dict[str, str] = field(default_factory=dict)
    screen_quality: int = 50       # CRF to start from; the segmenter's governor adjusts it


# The screen keeps SVT-AV1's screen-content tools (scm=1). At a fixed CRF 50, on 90 s of typing
# and window switches, turning them off was cheaper (1.23 against 1.77 % of a core) and as
# sharp; but live, where the rate governor raises the CRF toward 63 to hold the screen's share,
# pictures after a window switch blurred further without them (150 s of the benchmark's desk:
# SSIM 0.962 against 0.974). Legible text is worth the half per cent.
# Its temporal filter is off (enable-tf=0): it averages a keyframe with its neighbours to take
# out sensor noise, which a screen does not have. On 120 s of the benchmark's desk encoded in
# 10 s segments it cost 0.2-0.3 % of a core and blurred text a little (CRF 60: SSIM 0.9938, worst
# picture 0.969; without it 0.9945 and 0.979, for 2 % more bytes). The webcam keeps it: there it
# saved as much as it cost, and its pictures do have noise.
AV1 = VideoCodec("av1", "libsvtav1", {"preset": "11", "svtav1-params": "lp=1"}, 0.75,
                 {"preset": "11", "svtav1-params": "lp=1:scm=1:enable-tf=0"}, 50)
VP9 = VideoCodec("vp9", "libvpx-vp9", {"deadline": "realtime", "cpu-used": "8", "row-mt": "0",
                                       "lag-in-frames": "0", "static-thresh": "100"}, 0.85,
                 {"deadline": "realtime", "cpu-used": "8", "row-mt": "0", "lag-in-frames": "0",
                  "tune-content": "screen"}, 45)
DEFAULT = AV1
FALLBACKS = (VP9,)
BY_NAME = {c.name: c for c in (AV1, VP9)}

OPUS_ENCODER = "libopus"
OPUS_OPTIONS = {"application": "voip", "compression_level": "5"}
