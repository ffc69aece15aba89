"""cruftless: flows stage."""
