#!/usr/bin/env python3
"""Write docs/ from src/: {TAB} -> TAB, {NBSP} -> U+00A0; *-cp1252.txt is encoded as cp1252.

Deterministic: rerunning gives byte-identical files.  The src/ files are the
authoring copies (UTF-8, placeholders); the gold refers to docs/ only.
"""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def encoding_for(name):
    return "cp1252" if "cp1252" in name else "utf-8"


def main():
    out = ROOT / "docs"
    out.mkdir(exist_ok=True)
    for src in sorted((ROOT / "src").glob("*.txt")):
        text = src.read_text(encoding="utf-8")
        text = text.replace("{TAB}", "\t").replace("{NBSP}", "\u00a0")
        data = text.encode(encoding_for(src.name))
        (out / src.name).write_bytes(data)
        print(f"{src.name}: {len(data)} bytes ({encoding_for(src.name)})")


if __name__ == "__main__":
    main()
