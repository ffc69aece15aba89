"""Write <corpus>/docs/ from <corpus>/src/: {TAB} -> TAB, {NBSP} -> U+00A0, per-file encoding.

The src/ files are the authoring copies (UTF-8, placeholders); the gold refers to docs/ only.
A file whose name holds 'cp1252' ('latin1') is written in that encoding.  Deterministic:
rerunning gives byte-identical files.
"""
from pathlib import Path

from goldtools.goldlib import encoding_for


def make_docs(root):
    root = Path(root)
    out = root / "docs"
    out.mkdir(exist_ok=True)
    for src in sorted((root / "src").glob("*.txt")):
        text = src.read_text(encoding="utf-8")
        text = text.replace("{TAB}", "\t").replace("{NBSP}", "\u00a0")
        data = text.encode(encoding_for(src.name))
        (out / src.name).write_bytes(data)
        print(f"{src.name}: {len(data)} bytes ({encoding_for(src.name)})")
