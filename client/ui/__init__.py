"""The candidate app: check-in to hand-in.

Qt lives only in `app`, `window`, `pages/`, `widgets/` and `status_window`; the state, photo
quality, preview sources, session control and the headless practice run are plain Python so
they can be tested (and driven by a future remote proctor) without a display.
"""
