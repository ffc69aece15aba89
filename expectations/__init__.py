"""cruftless: expectations stage.

``validate_batch`` checks one run's staged rows, table by table, with Great
Expectations suites built in code (``expectations.suites``); the cruft and EDTF
regexes are data in ``expectations.patterns``.
"""
from expectations.validate import ExpectationResult, ValidationOutcome, check_manifest, combine, validate_batch, warm_up

__all__ = ["ExpectationResult", "ValidationOutcome", "check_manifest", "combine", "validate_batch", "warm_up"]
