#!/usr/bin/env python3
"""Check the gold answers in samples/gold/ against the sample files in samples/ingest/.

    .venv/bin/python samples/check_gold.py                  check; exit 1 on any error
    .venv/bin/python samples/check_gold.py --write-offsets  (re)compute offsets, then check
    .venv/bin/python samples/check_gold.py --audit          also list date-like tokens that
                                                            no gold entry accounts for

The "raw text" that gold strings and offsets refer to depends on the sample's format:

  .txt   the decoded file: UTF-8, or cp1252 when the bytes are not valid UTF-8.
  .html  the page's visible text: lxml's text_content() of <body> after dropping <script>,
         <style>, <noscript> and <template> elements (no whitespace folding).
  .pdf   pypdf's extract_text() of every page, joined with "\\n", with every whitespace run
         folded to one space. Gold strings for PDFs are written with spaces, never newlines.
         Strings that cross a page break (keep, repairs) are also matched against the same
         text with the running headers and page numbers (the `cruft` lines) left out.

Checks: every quoted string (cruft, keep, optional_lines, not_dates, footnote contexts,
citation raw/group, date text/accept_text, optional_dates, repairs raw, references raw,
encoding_repairs broken, hyphenation raw) occurs in the raw text; the offsets (footnote
marker_start/marker_end, raw_start of dates, optional dates and citations) point at the
right text and run in reading order; a footnote context is the 30 characters ending with
the marker. Warnings (not errors): a txt/html cruft string that occurs more than once, a
keep string that lies inside a cruft string, or one with a newline or a NO-BREAK SPACE.

--write-offsets places entries in list order (each one after the previous one of the same
list, skipping hits inside a longer number), and turns a short footnote `context` hint that
ends with the marker into the full 30-character context with marker_start/marker_end.
"""
import argparse
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
INGEST = os.path.join(HERE, "ingest")
GOLD = os.path.join(HERE, "gold")
CONTEXT_LEN = 30


# ------------------------------------------------------------------ raw text
def decode_txt(data):
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def html_text(data):
    import lxml.html
    root = lxml.html.document_fromstring(data.decode("utf-8"))
    for el in root.xpath("//script|//style|//noscript|//template"):
        el.drop_tree()
    body = root.find("body")
    return (body if body is not None else root).text_content()


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def pdf_lines(path):
    from pypdf import PdfReader
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


class Sample:
    def __init__(self, path, gold):
        self.path = path
        self.ext = os.path.splitext(path)[1].lower()
        with open(path, "rb") as f:
            data = f.read()
        if self.ext == ".pdf":
            lines = pdf_lines(path)
            self.raw = fold(lines)
            cruft = {fold(c) for c in gold.get("cruft", [])}
            kept = [ln for ln in lines.split("\n") if fold(ln) not in cruft]
            self.stripped = fold("\n".join(kept))
        elif self.ext in (".html", ".htm"):
            self.raw = html_text(data)
            self.stripped = self.raw
        else:
            self.raw = decode_txt(data)
            self.stripped = self.raw

    def norm(self, s):
        return fold(s) if self.ext == ".pdf" else s

    def has(self, s, stripped_too=False):
        s = self.norm(s)
        return s in self.raw or (stripped_too and s in self.stripped)

    def count(self, s):
        return self.raw.count(self.norm(s))


# ------------------------------------------------------------------ placing entries
def _clean_hit(raw, i, n):
    """False when the hit sits inside a longer number or word ('1887' in '18870')."""
    before = raw[i - 1] if i > 0 else " "
    after = raw[i + n] if i + n < len(raw) else " "
    t = raw[i:i + n]
    if t[:1].isalnum() and before.isalnum():
        return False
    if t[-1:].isdigit() and after.isdigit():
        return False
    return True


def find_from(raw, s, start):
    i = raw.find(s, start)
    while i >= 0 and not _clean_hit(raw, i, len(s)):
        i = raw.find(s, i + 1)
    return i


def write_offsets(sample, gold):
    raw = sample.raw
    for key, field in (("dates", "text"), ("optional_dates", "text"), ("citations", "raw")):
        cur = 0
        for e in gold.get(key, []):
            s = sample.norm(e[field])
            i = find_from(raw, s, cur)
            if i < 0:
                raise ValueError(f"{gold['source']}: {key} entry {e[field]!r} not found after offset {cur}")
            e["raw_start"] = i
            cur = i + len(s)
    cur = 0
    for f in gold.get("footnotes", []):
        num = str(f["number"])
        hint = f["context"]
        if not hint.endswith(num):
            raise ValueError(f"{gold['source']}: footnote {num} context must end with the marker")
        i = raw.find(hint, cur)
        if i < 0:
            raise ValueError(f"{gold['source']}: footnote {num} context {hint!r} not found")
        end = i + len(hint)
        f["marker_start"], f["marker_end"] = end - len(num), end
        f["context"] = raw[max(0, end - CONTEXT_LEN):end]
        cur = end


def order_keys(gold):
    """Put the keys in the seeds-gold order (extra keys after their nearest relative)."""
    order = ["source", "origin_format", "title", "title_accept", "title_reject", "authors", "published",
             "published_accept", "optional_lines", "cruft", "keep", "footnotes", "citations", "references",
             "dates", "optional_dates", "not_dates", "repairs", "encoding_repairs", "hyphenation",
             "paragraph_count_hint", "paragraph_count_range", "paragraph_breakdown", "notes"]
    out = {k: gold[k] for k in order if k in gold}
    out.update({k: v for k, v in gold.items() if k not in out})
    return out


# ------------------------------------------------------------------ checks
def check(sample, gold):
    errors, warnings = [], []
    raw = sample.raw

    def need(s, what, stripped_too=False):
        if not isinstance(s, str) or not s:
            errors.append(f"{what}: empty or not a string")
        elif not sample.has(s, stripped_too):
            errors.append(f"{what} not found: {s!r}")

    for s in gold.get("cruft", []):
        need(s, "cruft")
        if sample.ext != ".pdf" and sample.count(s) != 1:
            warnings.append(f"cruft occurs {sample.count(s)} times: {s!r}")
    for s in gold.get("keep", []):
        need(s, "keep", stripped_too=True)
        if "\n" in s or "\u00a0" in s:
            warnings.append(f"keep string with a newline or NBSP: {s!r}")
        if any(sample.norm(s) in sample.norm(c) for c in gold.get("cruft", [])):
            errors.append(f"keep string inside a cruft string: {s!r}")
    for s in gold.get("optional_lines", []):
        need(s, "optional_lines")
    for s in gold.get("not_dates", []):
        need(s, "not_dates")
    for r in gold.get("repairs", []):
        need(r["raw"], "repairs raw", stripped_too=True)
    for r in gold.get("encoding_repairs", []):
        need(r["broken"], "encoding_repairs broken")
    for h in gold.get("hyphenation", []):
        need(h["raw"], "hyphenation raw")
    for r in gold.get("references", []):
        need(r["raw"], "references raw", stripped_too=True)

    last = -1
    for f in gold.get("footnotes", []):
        num = str(f["number"])
        need(f["context"], f"footnote {num} context")
        if not f["context"].endswith(num):
            errors.append(f"footnote {num}: context does not end with the marker")
        if sample.ext == ".txt":
            ms, me = f.get("marker_start"), f.get("marker_end")
            if ms is None or me is None:
                errors.append(f"footnote {num}: marker_start/marker_end missing")
                continue
            if raw[ms:me] != num:
                errors.append(f"footnote {num}: raw[{ms}:{me}] is {raw[ms:me]!r}")
            if raw[max(0, me - CONTEXT_LEN):me] != f["context"]:
                errors.append(f"footnote {num}: context is not the 30 characters ending at marker_end")
            if ms <= last:
                errors.append(f"footnote {num}: out of order")
            last = ms

    for key, field in (("dates", "text"), ("optional_dates", "text"), ("citations", "raw")):
        last = -1
        for e in gold.get(key, []):
            s = e.get(field)
            need(s, f"{key} {field}")
            if key == "citations" and e.get("group"):
                need(e["group"], "citation group")
                if sample.norm(s) not in sample.norm(e["group"]):
                    errors.append(f"citation raw {s!r} is not inside its group")
            for t in e.get("accept_text", []):
                need(t, f"{key} accept_text")
                if sample.norm(s) not in sample.norm(t) and sample.norm(t) not in sample.norm(s):
                    warnings.append(f"accept_text {t!r} and {s!r} do not overlap")
            rs = e.get("raw_start")
            if rs is None:
                errors.append(f"{key} {s!r}: raw_start missing (run --write-offsets)")
                continue
            if raw[rs:rs + len(sample.norm(s))] != sample.norm(s):
                errors.append(f"{key} {s!r}: raw_start {rs} points at {raw[rs:rs + len(s)]!r}")
            if rs < last:
                errors.append(f"{key} {s!r}: out of reading order")
            last = rs
            if key != "citations":
                span = (rs, rs + len(sample.norm(s)))
                for kind, blockers in (("not_dates", gold.get("not_dates", [])),
                                       ("citation", [c.get("group") or c["raw"] for c in gold.get("citations", [])]),
                                       ("reference", [r["raw"] for r in gold.get("references", [])])):
                    for b in blockers:
                        b = sample.norm(b)
                        j = raw.find(b)
                        while j >= 0:
                            if j < span[1] and span[0] < j + len(b) and not (kind == "not_dates" and e.get("in_cruft")):
                                errors.append(f"{key} {s!r} at {rs} overlaps {kind} {b!r}")
                            j = raw.find(b, j + 1)
            if key == "citations":
                if e.get("year") is None or not e.get("surnames"):
                    errors.append(f"citation {s!r}: year or surnames missing")
                elif e.get("cite_key") != f"{e['surnames'][0].lower()}{e['year']}":
                    warnings.append(f"citation {s!r}: cite_key {e.get('cite_key')!r}")
            if key == "dates":
                for k in ("edtf", "start", "end", "precision"):
                    if k not in e:
                        errors.append(f"date {s!r}: field {k} missing")
    return errors, warnings


# ------------------------------------------------------------------ audit
MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
          "spring|summer|autumn|winter|century|Q[1-4]")
DATEISH = re.compile(r"\b(?:1[0-9]|20)\d\d(?:s\b)?|\b\d0s\b|\b(?:%s)\b|\b\d{1,2}[:.]\d\d\s?[ap]m\b" % MONTHS)


def audit(sample, gold):
    """Date-like tokens outside every gold span (cruft, dates, not_dates, citations, ...)."""
    raw = sample.raw
    covered = [False] * len(raw)

    def cover(s, every=True):
        s = sample.norm(s)
        i = raw.find(s)
        while i >= 0 and s:
            for k in range(i, i + len(s)):
                covered[k] = True
            if not every:
                break
            i = raw.find(s, i + 1)

    for s in gold.get("cruft", []) + gold.get("not_dates", []):
        cover(s)
    for e in gold.get("dates", []) + gold.get("optional_dates", []):
        s, rs = sample.norm(e["text"]), e.get("raw_start")
        if rs is None:
            cover(e["text"])
            continue
        lo, hi = rs, rs + len(s)
        for t in e.get("accept_text", []):        # the accept_text occurrence around this mention
            t = sample.norm(t)
            j = raw.find(t, max(0, rs - len(t)))
            if 0 <= j <= rs and j + len(t) >= rs + len(s):
                lo, hi = min(lo, j), max(hi, j + len(t))
        for k in range(lo, hi):
            covered[k] = True
    for c in gold.get("citations", []):
        cover(c.get("group") or c["raw"])
    for r in gold.get("references", []):
        cover(r["raw"])
    for s in gold.get("optional_lines", []):
        cover(s)
    out = []
    for m in DATEISH.finditer(raw):
        if not all(covered[m.start():m.end()]):
            out.append(f"{m.group()!r} at {m.start()}: …{raw[max(0, m.start() - 30):m.end() + 30]!r}…")
    return out


# ------------------------------------------------------------------ main
def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", default=GOLD)
    ap.add_argument("--ingest", default=INGEST)
    ap.add_argument("--write-offsets", action="store_true")
    ap.add_argument("--audit", action="store_true")
    a = ap.parse_args(argv)
    n_err = 0
    golds = sorted(f for f in os.listdir(a.gold) if f.endswith(".gold.json"))
    samples = sorted(f for f in os.listdir(a.ingest) if not f.startswith("."))
    missing = [s for s in samples if f"{s}.gold.json" not in golds]
    for s in missing:
        print(f"ERROR {s}: no gold file")
        n_err += 1
    for fn in golds:
        path = os.path.join(a.gold, fn)
        with open(path, encoding="utf-8") as f:
            gold = json.load(f)
        src = os.path.join(a.ingest, gold["source"])
        if fn != gold["source"] + ".gold.json" or not os.path.exists(src):
            print(f"ERROR {fn}: source {gold['source']!r} does not match a sample")
            n_err += 1
            continue
        sample = Sample(src, gold)
        if a.write_offsets:
            write_offsets(sample, gold)
            with open(path, "w", encoding="utf-8") as f:
                json.dump(order_keys(gold), f, ensure_ascii=False, indent=2)
                f.write("\n")
        errors, warnings = check(sample, gold)
        counts = {k: len(gold.get(k, [])) for k in ("cruft", "keep", "footnotes", "citations", "dates",
                                                     "optional_dates", "not_dates", "repairs", "references")}
        print(f"{'FAIL' if errors else 'ok  '} {gold['source']}: "
              + ", ".join(f"{k}={v}" for k, v in counts.items()))
        for e in errors:
            print(f"    ERROR {e}")
        for w in warnings:
            print(f"    warning {w}")
        if a.audit:
            for x in audit(sample, gold):
                print(f"    audit {x}")
        n_err += len(errors)
    print(f"{len(golds)} gold files, {n_err} errors")
    return 1 if n_err else 0


if __name__ == "__main__":
    sys.exit(main())
