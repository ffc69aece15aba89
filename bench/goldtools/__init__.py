"""Shared tools for the held-out dev corpora (bench/dev-corpus-2, bench/dev-corpus-3).

A corpus folder holds src/ (authoring copies), docs/ (the inputs), gold/ and tools/.
Its tools/ scripts are thin wrappers that name the corpus folder and call these modules:

    goldlib     Gold: a spec -> gold builder that computes every offset from anchors
    docs        src/ -> docs/ (placeholders {TAB}/{NBSP}, per-file encoding)
    build       specs -> gold/*.gold.json
    check       the corpus checker (strings, offsets, simulated ideal body, year audit)
    selftest    a perfect-pipeline DuckDB scored end to end with the shared scorer
"""
