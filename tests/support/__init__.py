"""Real virtual devices for tests: an Xvfb display, a PulseAudio server with a virtual microphone."""
