"""Real protocol peers for the tests, on 127.0.0.1 only."""
