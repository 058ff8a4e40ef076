"""Capture sources: webcam (OpenCV), screen (mss) and microphone (sounddevice).

Each source runs on its own thread, stamps every frame or audio block with the wall-clock time it
was captured, counts what it captured and dropped, and reports device trouble as plain-language
events. Nothing here imports Qt: the UI and the flag detectors subscribe as listeners.
"""
