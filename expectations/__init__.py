"""cruftless: expectations stage.

``validate_batch`` checks one run's staged rows, table by table, with Great
Expectations suites built in code (``expectations.suites``); the cruft and EDTF
regexes are data in ``expectations.patterns``.  Critical failures quarantine a
document (``ValidationOutcome.failed_docs``); warnings are kept beside the loaded
document (``ValidationOutcome.doc_warnings``, ``validation_rows``).
"""
from expectations.validate import (
    DocWarning,
    ExpectationResult,
    ValidationOutcome,
    check_manifest,
    combine,
    validate_batch,
    warm_up,
)

__all__ = ["DocWarning", "ExpectationResult", "ValidationOutcome", "check_manifest", "combine", "validate_batch",
           "warm_up"]
