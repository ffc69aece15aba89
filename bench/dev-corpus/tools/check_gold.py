#!/usr/bin/env python3
"""Check the dev-corpus gold files against the documents they describe.

    python3 bench/dev-corpus/tools/check_gold.py [--gold DIR] [--docs DIR] [--audit]

Errors (exit status 1) are breaches of the conventions in ../README.md and
/work/shared/seeds-gold/README.md: a quoted string that is not an exact substring of the
decoded raw text, an offset that does not point at its string, a cruft string that is not
unique (unless listed in cruft_repeats with its count), a keep string inside cruft or
touching a footnote marker, a repair or mojibake, a footnote context that is not the 30
characters ending with its marker, dates out of order or with start/end that do not
follow from their EDTF value, a gold date on a not-date, in a citation or reference, or a
date inside cruft without in_cruft (and the reverse), a body outside 400-1500 words.

--audit also lists every year-like number, month name, clock time, decade, century,
quarter and fiscal-year token that no annotation covers (dates, optional_dates,
not_dates, citations, references, cruft): each one is either a missed date or needs a
not_dates entry.
"""
import argparse
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import bounds  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

MOJIBAKE = re.compile("[\u0080-\u009f]|â€|Ã|Â|Å|ˆ|Ž")
PRECISIONS = {"day", "month", "season", "quarter", "year", "decade", "century", "range", "time"}
QUALIFIERS = {"early", "mid", "late", "approximate"}

AUDIT_PATTERNS = [
    r"(?<![\d.,/-])(1[0-9]{3}|20[0-9]{2})(?![\d])",
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b",
    r"\b\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.|AM|PM|IST|UTC)?",
    r"\b\d{1,2}\s*(?:a\.m\.|p\.m\.|am|pm)\b",
    r"\b\d{2,4}'?s\b",
    r"\b\d{1,2}(?:st|nd|rd|th)[- ]century\b|\b(?:twentieth|nineteenth|eighteenth) century\b",
    r"\bQ[1-4]\b",
    r"\bFY\s?\d{2,4}",
    r"\b(?:spring|summer|autumn|winter|Spring|Summer|Autumn|Fall|Winter)\b",
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
]


def edtf_like(v):
    """An EDTF / ISO 8601-2 value, including the forms the seeds accept (199, 18XX, 1990/)."""
    if re.fullmatch(r"\d{3}|\d{2}XX|\d{4}/", v):
        return True
    try:
        bounds(v.rstrip("~%?"))
        return True
    except ValueError:
        return False


def occurrences(raw, s):
    out, i = [], raw.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = raw.find(s, i + 1)
    return out


def inside(span, regions):
    return any(a <= span[0] and span[1] <= b for a, b in regions)


def overlaps(span, regions):
    return any(span[0] < b and a < span[1] for a, b in regions)


def body_words(raw, cruft_regions):
    keep = []
    pos = 0
    for a, b in sorted(cruft_regions):
        if a > pos:
            keep.append(raw[pos:a])
        pos = max(pos, b)
    keep.append(raw[pos:])
    return len(" ".join(keep).split())


def check(gold, raw, audit):
    errs, warns = [], []
    name = gold["source"]

    def err(msg):
        errs.append(f"{name}: {msg}")

    def present(s, field):
        if s not in raw:
            err(f"{field} not in raw text: {s!r}")
            return False
        return True

    # ------------------------------------------------------------ cruft
    reps = gold.get("cruft_repeats", {})
    cruft_regions = []
    for c in gold.get("cruft", []):
        if not present(c, "cruft"):
            continue
        occ = occurrences(raw, c)
        want = reps.get(c, 1)
        if len(occ) != want:
            err(f"cruft occurs {len(occ)} times (expected {want}): {c!r}")
        cruft_regions += occ
        if re.fullmatch(r"\s*\d+\s*", c):
            num = c.strip()
            for m in re.finditer(rf"(?<![\d.,]){num}(?!\d)", raw):
                if not inside((m.start(), m.end()), occ):
                    # another stand-alone copy of a page number: it must be cruft too
                    if not inside((m.start(), m.end()), cruft_regions):
                        warns.append(f"{name}: page-number cruft {num!r} also stands alone at {m.start()}")
        if c[:1] == "\n" or c[-1:] == "\n":
            for a, b in occ:
                if c[:1] == "\n" and not (a == 0 or raw[a] == "\n"):
                    err(f"line-anchored cruft not at a line start: {c!r}")
    for k in reps:
        if k not in gold.get("cruft", []):
            err(f"cruft_repeats key not in cruft: {k!r}")

    # ------------------------------------------------------------ simple presence
    for s in gold.get("optional_lines", []):
        present(s, "optional_line")
    for s in gold.get("not_dates", []):
        present(s, "not_date")
    nd_regions = [o for s in gold.get("not_dates", []) for o in occurrences(raw, s)]
    ref_regions = []
    for r in gold.get("references", []):
        if present(r["raw"], "reference"):
            ref_regions += occurrences(raw, r["raw"])

    # ------------------------------------------------------------ footnotes
    fn_regions = []
    fns = gold.get("footnotes", [])
    for i, f in enumerate(fns):
        a, b = f["marker_start"], f["marker_end"]
        if raw[a:b] != str(f["number"]):
            err(f"footnote {f['number']}: raw[{a}:{b}] = {raw[a:b]!r}")
        if f["context"] != raw[max(0, b - 30):b]:
            err(f"footnote {f['number']}: context is not the 30 chars ending at the marker")
        if f["number"] != i + 1:
            err(f"footnote numbers not 1..N in order at {f['number']}")
        if i and a <= fns[i - 1]["marker_start"]:
            err(f"footnote {f['number']} out of order")
        if b < len(raw) and raw[b].isdigit():
            err(f"footnote {f['number']}: marker followed by a digit")
        fn_regions.append((a, b))

    # ------------------------------------------------------------ numeric citations
    num_regions = []
    for n in gold.get("numeric_citations", []):
        a = n["raw_start"]
        if raw[a:a + len(n["raw"])] != n["raw"]:
            err(f"numeric citation {n['raw']} not at {a}")
        num_regions.append((a, a + len(n["raw"])))

    # ------------------------------------------------------------ citations
    cit_regions = []
    prev = -1
    for c in gold.get("citations", []):
        a = c["raw_start"]
        if raw[a:a + len(c["raw"])] != c["raw"]:
            err(f"citation {c['raw']!r} not at {a}")
        if a <= prev:
            err(f"citation {c['raw']!r} out of order")
        prev = a
        key = re.sub(r"[^a-z]", "", c["surnames"][0].lower()) + str(c["year"])
        if not c["cite_key"].startswith(key):
            err(f"cite_key {c['cite_key']} does not follow {c['surnames'][0]} {c['year']}")
        if str(c["year"]) not in c["raw"]:
            err(f"year {c['year']} not in citation {c['raw']!r}")
        span = (a, a + len(c["raw"]))
        if c.get("group"):
            g = c["group"]
            if not any(x <= a and a + len(c["raw"]) <= y for x, y in occurrences(raw, g)):
                err(f"citation group {g!r} does not contain {c['raw']!r} at {a}")
            span = next((x, y) for x, y in occurrences(raw, g) if x <= a and a + len(c["raw"]) <= y)
        cit_regions.append(span)
        if inside((a, a + len(c["raw"])), cruft_regions):
            err(f"citation inside cruft: {c['raw']!r}")

    # ------------------------------------------------------------ dates
    def check_date(d, kind):
        a = d["raw_start"]
        t = d["text"]
        span = (a, a + len(t))
        if raw[a:a + len(t)] != t:
            err(f"{kind} {t!r} not at {a} (found {raw[a:a + len(t)]!r})")
            return span
        for at in d.get("accept_text", []):
            if not overlaps(span, occurrences(raw, at)):
                err(f"{kind} {t!r}: accept_text {at!r} not around it")
        edtf = d.get("edtf")
        if kind == "date" or edtf is not None:
            try:
                s, e, p = bounds(edtf)
            except ValueError:
                err(f"{kind} {t!r}: bad edtf {edtf!r}")
                return span
            if (d.get("start"), d.get("end")) != (s, e):
                err(f"{kind} {t!r}: start/end {d.get('start')}/{d.get('end')} != {s}/{e} from {edtf}")
            if kind == "date":
                if d.get("precision") not in PRECISIONS:
                    err(f"date {t!r}: precision {d.get('precision')!r}")
                elif d["precision"] != p and not (p == "year" and d["precision"] == "year"):
                    err(f"date {t!r}: precision {d['precision']} but edtf {edtf} gives {p}")
                if edtf is None and not d.get("time"):
                    err(f"date {t!r}: time entry without 'time'")
        for acc in d.get("accept", []):
            if not edtf_like(acc):
                err(f"{kind} {t!r}: odd accept value {acc!r}")
        q = d.get("qualifier")
        if q is not None and q not in QUALIFIERS:
            err(f"{kind} {t!r}: qualifier {q!r}")
        in_c = inside(span, cruft_regions)
        if kind == "date":
            if d.get("in_cruft") and not in_c:
                err(f"date {t!r} marked in_cruft but not inside cruft")
            if in_c and not d.get("in_cruft"):
                err(f"date {t!r} inside cruft but not marked in_cruft")
            if overlaps(span, nd_regions):
                err(f"date {t!r} overlaps a not_dates string")
            if overlaps(span, cit_regions):
                err(f"date {t!r} overlaps a citation")
            if overlaps(span, ref_regions) and not d.get("in_cruft"):
                err(f"date {t!r} inside a reference entry (neutral zone)")
            if overlaps(span, fn_regions):
                err(f"date {t!r} includes a footnote marker")
        else:
            if in_c and not d.get("in_cruft"):
                err(f"optional date {t!r} inside cruft but not marked in_cruft")
        return span

    date_regions = []
    prev = -1
    for d in gold.get("dates", []):
        sp = check_date(d, "date")
        if d["raw_start"] <= prev:
            err(f"dates out of order at {d['text']!r} ({d['raw_start']})")
        prev = d["raw_start"]
        date_regions.append(sp)
        for at in d.get("accept_text", []):
            date_regions += [o for o in occurrences(raw, at) if overlaps(o, [sp])]
    opt_regions = []
    prev = -1
    for d in gold.get("optional_dates", []):
        sp = check_date(d, "optional date")
        if d["raw_start"] <= prev:
            err(f"optional dates out of order at {d['text']!r}")
        prev = d["raw_start"]
        opt_regions.append(sp)
        if overlaps(sp, date_regions):
            err(f"optional date {d['text']!r} overlaps a gold date")

    # ------------------------------------------------------------ repairs
    rep_regions = []

    def changed(a, src, dst):
        """The part of an occurrence of src at a that a repair to dst changes."""
        p = 0
        while p < min(len(src), len(dst)) and src[p] == dst[p]:
            p += 1
        q = 0
        while q < min(len(src), len(dst)) - p and src[-1 - q] == dst[-1 - q]:
            q += 1
        return (a + p, max(a + p + 1, a + len(src) - q))

    for r in gold.get("repairs", []):
        if present(r["raw"], "repair raw"):
            rep_regions += [changed(a, r["raw"], r["expected"]) for a, _ in occurrences(raw, r["raw"])]
        if r.get("required") is None:
            err(f"repair without 'required': {r['raw']!r}")
    for r in gold.get("encoding_repairs", []):
        if present(r["broken"], "encoding_repairs broken"):
            rep_regions += [changed(a, r["broken"], r["fixed"]) for a, _ in occurrences(raw, r["broken"])]
    for h in gold.get("hyphenation", []):
        if present(h["raw"], "hyphenation raw"):
            rep_regions += [changed(a, h["raw"], h["expect"]) for a, _ in occurrences(raw, h["raw"])]

    # ------------------------------------------------------------ keep
    keep = gold.get("keep", [])
    if not 10 <= len(keep) <= 20:
        err(f"{len(keep)} keep strings (want 10-20)")
    for k in keep:
        if not present(k, "keep"):
            continue
        if "\n" in k or "\u00a0" in k or "\f" in k:
            err(f"keep contains a newline / NBSP / form feed: {k!r}")
        if MOJIBAKE.search(k):
            err(f"keep contains mojibake: {k!r}")
        occ = occurrences(raw, k)
        free = [o for o in occ if not overlaps(o, cruft_regions)]
        if not free:
            err(f"keep only occurs inside cruft: {k!r}")
        if any(overlaps(o, fn_regions) for o in free):
            err(f"keep touches a footnote marker: {k!r}")
        if any(overlaps(o, num_regions) for o in free):
            err(f"keep touches a numeric citation marker: {k!r}")
        if any(overlaps(o, rep_regions) for o in free):
            err(f"keep overlaps a repair: {k!r}")
        if len(occ) > 1:
            warns.append(f"{name}: keep occurs {len(occ)} times: {k!r}")

    # ------------------------------------------------------------ meta
    if gold.get("title") is not None and gold.get("title") not in raw and not gold.get("title_accept"):
        warns.append(f"{name}: title not printed verbatim and no title_accept")
    for a in gold.get("authors", []):
        if a.lower() not in raw.lower():
            err(f"author not printed: {a!r}")
    if gold.get("published"):
        try:
            bounds(gold["published"])
        except ValueError:
            err(f"published not an EDTF date: {gold['published']!r}")
    n = body_words(raw, cruft_regions)
    if not 400 <= n <= 1500:
        err(f"body has {n} words (want 400-1500)")
    if "paragraph_breakdown" in gold and "paragraph_count_hint" in gold:
        if sum(gold["paragraph_breakdown"].values()) != gold["paragraph_count_hint"]:
            err("paragraph_breakdown does not add up to paragraph_count_hint")

    # ------------------------------------------------------------ audit
    if audit:
        covered = (cruft_regions + nd_regions + ref_regions + cit_regions + date_regions + opt_regions
                   + num_regions)
        for pat in AUDIT_PATTERNS:
            for m in re.finditer(pat, raw):
                sp = (m.start(), m.end())
                if not overlaps(sp, covered):
                    line = raw[max(0, sp[0] - 30):sp[1] + 30].replace("\n", "⏎")
                    warns.append(f"{name}: uncovered {m.group()!r} … {line}")
    return errs, warns, n


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default=os.path.join(ROOT, "gold"))
    ap.add_argument("--docs", default=os.path.join(ROOT, "docs"))
    ap.add_argument("--audit", action="store_true")
    args = ap.parse_args()
    all_errs, all_warns = [], []
    names = sorted(f for f in os.listdir(args.gold) if f.endswith(".gold.json"))
    docs = sorted(f for f in os.listdir(args.docs) if not f.startswith("."))
    for f in names:
        with open(os.path.join(args.gold, f), encoding="utf-8") as fh:
            gold = json.load(fh)
        with open(os.path.join(args.docs, gold["source"]), "rb") as fh:
            raw = fh.read().decode(gold.get("encoding", "utf-8"))
        errs, warns, n = check(gold, raw, args.audit)
        all_errs += errs
        all_warns += warns
        print(f"{gold['source']}: {len(errs)} errors, {len(warns)} warnings, {n} body words, "
              f"{len(gold.get('dates', []))} dates, {len(gold.get('citations', []))} citations, "
              f"{len(gold.get('footnotes', []))} footnotes")
    missing = sorted(set(docs) - {json.load(open(os.path.join(args.gold, f), encoding='utf-8'))['source']
                                  for f in names})
    for m in missing:
        all_errs.append(f"{m}: no gold file")
    for w in all_warns:
        print("WARNING", w)
    for e in all_errs:
        print("ERROR", e)
    print(f"{len(names)} gold files, {len(all_errs)} errors, {len(all_warns)} warnings")
    return 1 if all_errs else 0


if __name__ == "__main__":
    sys.exit(main())
