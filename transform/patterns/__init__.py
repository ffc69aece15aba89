"""Patterns are data: every regex and cruft rule lives here, compiled once, each with a name."""
