"""cruftless: warehouse stage."""
