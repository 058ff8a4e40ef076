"""The candidate app: check-in to hand-in.

Qt lives only in `app`, `window`, `file_open`, `pages/`, `widgets/` and `status_window` (and the
small Qt-facing helpers they use); the state, what opens at start, when the exam pauses, photo
quality, preview sources, session control and the headless practice run are plain Python so
they can be tested (and driven by a future remote proctor) without a display.
"""
