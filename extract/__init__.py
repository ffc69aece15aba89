"""cruftless: extract stage."""
