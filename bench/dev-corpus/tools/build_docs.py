#!/usr/bin/env python3
"""Build bench/dev-corpus/docs/*.txt from the hand-written sources in bench/dev-corpus/src/.

The sources are plain UTF-8 text with three conventions for characters that are awkward
to type or see:

  {NBSP}        becomes U+00A0 NO-BREAK SPACE
  '§M ' at the start of a line
                the rest of the line is turned into mojibake: its UTF-8 bytes are read
                as windows-1252 the way a browser does it (WHATWG: the five undefined
                bytes 0x81 0x8D 0x8F 0x90 0x9D become the C1 controls U+0081 ... U+009D),
                so ’ becomes â€™, é becomes Ã©, a closing ” becomes â€ + U+009D and a
                no-break space becomes Â + U+00A0
  ENCODINGS     names the files written in a legacy encoding instead of UTF-8

Everything else (MacRoman slips such as 'Ž', the doubled apostrophe, form feeds) is
written literally in the sources.  Run from anywhere:

    python3 bench/dev-corpus/tools/build_docs.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(ROOT, "src")
DOCS = os.path.join(ROOT, "docs")

ENCODINGS = {"dev09_0bd4a761.txt": "cp1252"}


def whatwg_cp1252(data: bytes) -> str:
    out = []
    for b in data:
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))          # 0x81, 0x8D, 0x8F, 0x90, 0x9D -> C1 control
    return "".join(out)


def mojibake(s: str) -> str:
    return whatwg_cp1252(s.encode("utf-8"))


def build_text(src: str) -> str:
    src = src.replace("{NBSP}", "\u00a0")
    lines = []
    for line in src.split("\n"):
        if line.startswith("§M "):
            line = mojibake(line[3:])
        lines.append(line)
    return "\n".join(lines)


def main():
    os.makedirs(DOCS, exist_ok=True)
    for name in sorted(os.listdir(SRC)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(SRC, name), encoding="utf-8", newline="") as f:
            text = build_text(f.read())
        enc = ENCODINGS.get(name, "utf-8")
        with open(os.path.join(DOCS, name), "wb") as f:
            f.write(text.encode(enc))
        print(f"{name}: {len(text)} chars, {enc}")


if __name__ == "__main__":
    main()
