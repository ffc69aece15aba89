"""A generated corpus of small, all-different documents, for speed and memory benchmarks.

``make_corpus(root, n)`` writes ``n`` web pages and text dumps into ten sub-folders
(source families) of ``root``: the sample files of samples/ingest with their
paragraphs rebuilt from shuffled sentences, so no two documents are alike.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples" / "ingest"
NAMES = ["Ruth Adebayo-Kerr", "Daniel Aboagye", "Mira Santos", "Tomasz Wolny", "Aiko Tanaka", "Lena Fischer",
         "Omar Haddad", "Priya Raman", "Jonah Okafor", "Claire Dubois"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


# --- the corpus ---------------------------------------------------------------------------

# Sentences a page's body would not have (banners, footers, footnote markers glued to words).
_CRUFTY = re.compile(r"(?i)\b(kb|mb|download|cookies?|subscribe|sign in|share|posted|views?|copyright|"
                     r"comments?|newsletter|advert\w*|login|log in|http|www)\b|©|[^\s\d][.,;:]?\d{1,2}(?=\s|$)|\[\d")


def _sentences() -> list[str]:
    text = []
    for path in sorted(SAMPLES.glob("*.txt")):
        raw = path.read_bytes()
        text.append(raw.decode("utf-8") if raw.isascii() or _utf8(raw) else raw.decode("cp1252"))
    for path in sorted(SAMPLES.glob("*.html")):
        text.append(re.sub(r"<[^>]+>", " ", path.read_text("utf-8")))
    pool = set()
    for chunk in text:
        for s in re.split(r"(?<=[.!?])\s+", re.sub(r"\s+", " ", chunk)):
            if 60 <= len(s) <= 400 and s[0].isupper() and s.endswith(".") and not _CRUFTY.search(s):
                pool.add(s.strip())
    return sorted(pool)


def _utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _paragraphs(rng: random.Random, pool: list[str], n: int, doc_no: int) -> list[str]:
    paras = [" ".join(rng.sample(pool, rng.randint(2, 5))) for _ in range(n)]
    day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.randint(1850, 2020)
    paras.insert(rng.randint(0, n), f"Record {doc_no} in this series was entered on {day} {month} {year}, "
                                    f"and the ledger for that year lists {rng.randint(3, 900)} further entries.")
    return paras


def make_corpus(root: Path, n_docs: int, seed: int = 7) -> Path:
    """``n_docs`` different documents in ten sub-folders (source families) of ``root``."""
    rng = random.Random(seed)
    pool = _sentences()
    html = (SAMPLES / "aldmouth-trams.html").read_text("utf-8")
    head, rest = html.split('<div class="story-body">', 1)
    tail = rest[rest.rindex('<div class="para">'):]
    tail = tail[tail.index("</div>") + len("</div>"):]
    for i in range(n_docs):
        folder = root / f"source-{i % 10:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        title = " ".join(rng.sample(pool, 1)[0].split()[:rng.randint(4, 8)]).rstrip(",.;:")
        paras = _paragraphs(rng, pool, rng.randint(4, 9), i)
        author = rng.choice(NAMES)
        if i % 3 == 0:
            body = "\n".join(f'     <div class="para">{p}</div>' for p in paras)
            page = (head.replace("The Tram That Built Aldmouth", title)
                    + '<div class="story-body">\n' + body + "\n" + tail)
            page = page.replace("Ruth Adebayo-Kerr", author)
            (folder / f"page-{i:05d}.html").write_text(page, "utf-8")
        else:
            day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.randint(2005, 2024)
            text = (f"{title}\n\nBy {author} | {day} {month} {year}\n\n" + "\n\n".join(paras) + "\n")
            (folder / f"dump-{i:05d}.txt").write_text(text, "utf-8")
    return root
