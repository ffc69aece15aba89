"""cruftless: transform stage."""
