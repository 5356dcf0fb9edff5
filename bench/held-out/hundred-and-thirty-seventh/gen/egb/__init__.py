"""Example Group evaluation-set generator (stdlib only)."""
