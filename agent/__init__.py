"""Invigilo lockdown agent: a separate process enforcing the exam's policy."""
