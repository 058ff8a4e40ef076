"""Displays on X11: RandR through python-xlib (no xrandr binary needed): the active monitors
(RandR 1.5) and the outputs driving them; two outputs on one CRTC, or two monitors with the same
geometry, are a mirror. Verified here on Xvfb, with monitors added and removed by xrandr.
"""

from __future__ import annotations

from agent.watchers.displays import Layout, Monitor, mirrors_of


class X11Displays:
    def __init__(self, display_name: str | None = None) -> None:
        from agent.x11 import open_display
        self.d = open_display(display_name)
        if not self.d.has_extension("RANDR"):
            raise RuntimeError("the X server has no RandR extension")
        self.root = self.d.screen().root

    def layout(self) -> Layout:
        monitors = []
        for mon in self.root.xrandr_get_monitors(is_active=True).monitors:
            outputs = tuple(self._output_name(o) for o in mon.crtcs)
            monitors.append(Monitor(self.d.get_atom_name(mon.name), mon.x, mon.y,
                                    mon.width_in_pixels, mon.height_in_pixels, outputs))
        crtcs: dict[int, list[str]] = {}
        res = self.root.xrandr_get_screen_resources_current()
        for out in res.outputs:
            info = self.d.xrandr_get_output_info(out, res.config_timestamp)
            if info.connection == 0 and info.crtc:
                crtcs.setdefault(info.crtc, []).append(info.name)
        return Layout(tuple(monitors), tuple(mirrors_of(monitors, crtcs)))

    def _output_name(self, output: int) -> str:
        try:
            return str(self.d.xrandr_get_output_info(output, 0).name)
        except Exception:
            return str(output)

    def close(self) -> None:
        self.d.close()
