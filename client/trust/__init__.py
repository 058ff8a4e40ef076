"""The institution's keys and signed exam configs."""
