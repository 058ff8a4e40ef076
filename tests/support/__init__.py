"""Real virtual devices for tests: an Xvfb display and a PulseAudio virtual microphone."""
