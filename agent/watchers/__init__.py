"""Watchers: one per concern, each with Linux, Windows and macOS back ends behind one interface.

A watcher either is polled by the agent's loop (`interval` seconds apart) or runs its own event
thread and calls `emit` (keyboard, clipboard, focus on X11). `stop` undoes whatever it changed.
"""
