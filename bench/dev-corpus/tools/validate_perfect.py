#!/usr/bin/env python3
"""Self-test of the dev-corpus gold with the shared scorer.

Builds the warehouse a perfect pipeline would write for the dev corpus, straight from
the gold (cruft and footnote markers removed, repairs applied, lines re-flowed,
citations and dates placed through the edits), scores it with
/work/shared/tools/score_gold.py and checks that every headline figure is 100 % with no
false positives, once with the canonical gold values and once with the accepted
alternatives (accept, accept_text, accept_surnames, accept_split, optional dates).

It reuses the builder of /work/shared/tools/test_score_gold.py, with two changes the
dev corpus needs: cruft listed in cruft_repeats is removed at every occurrence (and
overlapping cruft items are merged), and documents stored in a legacy encoding
(gold "encoding") are decoded before use.  Needs duckdb (the project's .venv has it):

    cd /work/main && .venv/bin/python bench/dev-corpus/tools/validate_perfect.py
"""
import importlib.util
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.environ.get("SHARED_TOOLS", "/work/shared/tools")


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


T = _load("shared_test_score_gold", os.path.join(SHARED, "test_score_gold.py"))
sg = T.sg


def body(gold, raw):
    m = T.Mapped(raw)
    regions = []
    for c in gold.get("cruft", []):
        n = raw.count(c)
        assert n == gold.get("cruft_repeats", {}).get(c, 1), (gold["source"], c, n)
        i = raw.find(c)
        while i >= 0:
            regions.append([i, i + len(c)])
            i = raw.find(c, i + 1)
    for f in gold.get("footnotes", []):
        regions.append([f["marker_start"], f["marker_end"]])
    regions.sort()
    merged = []
    for a, b in regions:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    m = m.edit([(a, b, "") for a, b in merged])
    for r in sorted(gold.get("repairs", []), key=lambda r: raw.index(r["raw"])):
        i = raw.index(r["raw"])
        a, b = m.span_of(i, i + len(r["raw"]))
        if m.text[a:b] != r["expected"]:
            m = m.edit([(a, b, r["expected"])])
    for r in gold.get("encoding_repairs", []):
        i = raw.index(r["broken"])
        sp = m.span_of(i, i + len(r["broken"]))
        if sp and m.text[sp[0]:sp[1]] == r["broken"]:
            m = m.edit([(sp[0], sp[1], r["fixed"])])
    m = m.sub("\u00a0", " ")
    m = m.sub(r"(?m)^[ \t]+|[ \t]+$", "")
    m = m.sub(r" {2,}", " ")
    if gold.get("origin_format") == "pdf":
        m = m.sub(r"\n{2,}", "\n\n")
        # list items without blank lines between them: bullets and numbered notes
        m = m.sub(r"(?<=[^\n])\n(?=• |\d{1,2} [A-Z][a-z])", "\n\n")
        m = m.sub(r"(?<=[^\n])\n(?=[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}(?:\n\n|$))", "\n\n")
        m = m.sub(r"(?<!\n)\n(?!\n)", " ")
    else:
        m = m.sub(r"\n+", "\n\n")
    m = m.sub(r"^\s+|\s+$", "")
    return m


def main():
    T.seed_body = body
    gold_dir = os.path.join(ROOT, "gold")
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "docs")
        os.makedirs(src)
        golds = sg.load_gold(gold_dir)
        for g in golds:
            with open(os.path.join(ROOT, "docs", g["source"]), "rb") as f:
                text = f.read().decode(g.get("encoding", "utf-8"))
            with open(os.path.join(src, g["source"]), "w", encoding="utf-8", newline="") as f:
                f.write(text)
        for alternatives in (False, True):
            docs, cits, dates, info = T.seed_rows(alternatives, gold_dir=gold_dir, seeds_dir=src)
            for d in docs:
                g = d["gold"]
                d["published"] = g.get("published") if g.get("published") and len(g["published"]) == 10 else None
                n = sg.count_paragraphs(g, d["body_text"])
                lo, hi = sg.paragraph_window(g)
                exact = n == g.get("paragraph_count_hint")
                if not alternatives:
                    print(f"{g['source']}: {n} blocks (hint {g.get('paragraph_count_hint')}, "
                          f"window {lo}-{hi}){'' if exact else '  <- builder differs from hint'}")
            db = os.path.join(tmp, f"w{int(alternatives)}.duckdb")
            per_doc, totals, warnings, _ = T.run_score(gold_dir, T.strip_private(docs), cits, dates, tmp,
                                                       os.path.basename(db))
            s = sg.summarise(totals)
            label = "accepted alternatives" if alternatives else "canonical"
            bad = [k for k in T.HEADLINE_PERFECT if s[k] is not None and s[k] != 1.0]
            fps = s["date_false_positives"], s["not_date_false_positives"]
            print(f"[{label}] " + ", ".join(f"{k}={s[k]}" for k in T.HEADLINE_PERFECT)
                  + f", repairs={s['repairs']}, date_fp={fps[0]}, not_date_fp={fps[1]}, warnings={warnings}")
            if bad or any(fps) or s["repairs"] not in (None, 1.0) or warnings:
                ok = False
                for r in per_doc:
                    det = {k: v for k, v in r["details"].items() if v}
                    print("  ", r["source"], det)
            if alternatives:
                print(f"   alternatives exercised: {dict(info)}")
    print("PERFECT" if ok else "NOT PERFECT")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
