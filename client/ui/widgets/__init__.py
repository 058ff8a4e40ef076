"""Small widgets of the candidate app."""
