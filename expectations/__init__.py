"""cruftless: expectations stage."""
