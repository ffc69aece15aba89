"""Check a dev corpus's gold files against its documents.

    check_corpus(root, reflow, verbose)      (each corpus's tools/check_corpus.py calls it)

For every gold file:
  1. format: required fields, types, 10-20 keep strings, dates in reading order;
  2. every quoted string is an exact substring of the decoded document; cruft strings occur
     exactly once; keep strings hold no newline, NO-BREAK SPACE, mojibake or footnote marker
     and have an occurrence outside every cruft region;
  3. offsets: raw_start of dates/citations, marker_start/marker_end and the 30-character
     footnote context agree with the text; start/end agree with the EDTF value;
  4. an ideal body is simulated (cruft cut out, footnote markers removed, every repair
     applied, lines re-flowed where the source is hard-wrapped) and scored with the shared
     scorer's own text functions: it must lose no keep string, keep no cruft string, pass
     every required repair and land inside the paragraph window; every gold date outside
     cruft must be found in it;
  5. audit: year-like numbers that no gold entry (date, optional date, not-date, citation,
     reference, cruft) accounts for are listed as warnings.
Returns 1 on any error.
"""
import importlib.util
import json
import re
from pathlib import Path

from goldtools.goldlib import edtf_bounds, encoding_for

BENCH = Path(__file__).resolve().parents[1]


def load_scorer():
    """The shared scorer (../shared/tools/score_gold.py next to the checkout, else /work/shared)."""
    for base in (BENCH.parents[1], BENCH.parents[2]):
        path = base / "shared" / "tools" / "score_gold.py"
        if path.exists():
            break
    else:
        path = Path("/work/shared/tools/score_gold.py")
    spec = importlib.util.spec_from_file_location("score_gold", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod, path


sg, SCORER = load_scorer()

REQUIRED = ["source", "origin_format", "title", "title_accept", "authors", "published", "optional_lines",
            "cruft", "keep", "footnotes", "citations", "dates", "optional_dates", "not_dates", "repairs",
            "paragraph_count_hint", "paragraph_breakdown", "notes"]
MOJIBAKE = re.compile("â€|Ã.|Â")


class Report:
    def __init__(self, name):
        self.name, self.errors, self.warnings = name, [], []

    def err(self, msg):
        self.errors.append(msg)

    def warn(self, msg):
        self.warnings.append(msg)


def occurrences(raw, s):
    return [m.start() for m in re.finditer(re.escape(s), raw)] if s else []


def check_strings(g, raw, r):
    cruft_spans = []
    repeats = g.get("cruft_repeats", {})
    for c in repeats:
        if c not in g["cruft"]:
            r.err(f"cruft_repeats names a string that is not in cruft: {c!r}")
    for c in g["cruft"]:
        occ = occurrences(raw, c)
        if len(occ) != repeats.get(c, 1):
            r.err(f"cruft occurs {len(occ)} times (want {repeats.get(c, 1)}): {c!r}")
        cruft_spans += [(o, o + len(c)) for o in occ]
    if not 10 <= len(g["keep"]) <= 20:
        r.err(f"{len(g['keep'])} keep strings (want 10-20)")
    fn_digits = {(f["marker_start"], f["marker_end"]) for f in g["footnotes"]}
    for k in g["keep"]:
        occ = occurrences(raw, k)
        if not occ:
            r.err(f"keep not in text: {k!r}")
            continue
        if "\n" in k or "\u00a0" in k or MOJIBAKE.search(k):
            r.err(f"keep holds newline/NBSP/mojibake: {k!r}")
        if all(any(a <= o and o + len(k) <= b for a, b in cruft_spans) for o in occ):
            r.err(f"keep lies inside cruft: {k!r}")
        for o in occ:
            for a, b in fn_digits:
                if o < b and a < o + len(k):
                    r.err(f"keep overlaps a footnote marker: {k!r}")
    for field in ("optional_lines", "not_dates"):
        for s in g[field]:
            if s not in raw:
                r.err(f"{field} not in text: {s!r}")
    for rep in g["repairs"]:
        if rep["raw"] not in raw:
            r.err(f"repair raw not in text: {rep['raw']!r}")
    for rep in g.get("encoding_repairs", []):
        if rep["broken"] not in raw:
            r.err(f"encoding repair not in text: {rep['broken']!r}")
    for h in g.get("hyphenation", []):
        if h["raw"] not in raw:
            r.err(f"hyphenation raw not in text: {h['raw']!r}")
    for ref in g.get("references", []):
        if raw.count(ref["raw"]) != 1:
            r.err(f"reference raw occurs {raw.count(ref['raw'])} times: {ref['raw']!r}")
    return cruft_spans


def check_offsets(g, raw, r):
    for f in g["footnotes"]:
        a, b = f["marker_start"], f["marker_end"]
        if raw[a:b] != str(f["number"]):
            r.err(f"footnote {f['number']}: raw[{a}:{b}] = {raw[a:b]!r}, want {str(f['number'])!r}")
        if raw[b - 30:b] != f["context"]:
            r.err(f"footnote {f['number']}: context mismatch {f['context']!r}")
        if "marker_span" in f:
            ms, me = f["marker_span"]
            if raw[ms:me] != f["marker"] or not (ms <= a and b <= me):
                r.err(f"footnote {f['number']}: marker_span {raw[ms:me]!r} != {f['marker']!r}")
        if b < len(raw) and raw[b].isdigit():
            r.err(f"footnote {f['number']}: marker followed by a digit")
    prev = -1
    for c in g["citations"]:
        s = c["raw_start"]
        if raw[s:s + len(c["raw"])] != c["raw"]:
            r.err(f"citation raw_start wrong: {c['raw']!r}")
        if "group" in c and c["raw"] not in c["group"]:
            r.err(f"citation raw not inside its group: {c['raw']!r}")
        if "group" in c and c["group"] not in raw:
            r.err(f"citation group not in text: {c['group']!r}")
        if s < prev:
            r.err(f"citations out of order at {c['raw']!r}")
        prev = s
        if c["cite_key"] != c["surnames"][0].lower() + str(c["year"]):
            r.err(f"odd cite_key {c['cite_key']!r}")
    spans = sorted((d["raw_start"], d["raw_start"] + len(d["text"]), d["text"])
                   for f in ("dates", "optional_dates") for d in g[f])
    for (a1, b1, t1), (a2, b2, t2) in zip(spans, spans[1:]):
        if a2 < b1:
            r.err(f"gold date spans overlap: {t1!r} / {t2!r}")
    for a, b, t in spans:
        if (a > 0 and raw[a - 1].isalnum() and t[0].isalnum()) or (b < len(raw) and raw[b].isalnum() and t[-1].isalnum()):
            r.err(f"date text {t!r} at {a} is part of a longer token: {raw[max(0, a - 5):b + 5]!r}")
    for field in ("dates", "optional_dates"):
        prev = -1
        for d in g[field]:
            s = d["raw_start"]
            if raw[s:s + len(d["text"])] != d["text"]:
                r.err(f"{field}: raw_start wrong for {d['text']!r}")
            if s < prev:
                r.err(f"{field} out of order at {d['text']!r}")
            prev = s
            for t in d.get("accept_text", []):
                if d["text"] not in t and t not in d["text"]:
                    r.err(f"accept_text {t!r} neither contains nor lies inside {d['text']!r}")
                elif not any(o < s + len(d["text"]) and s < o + len(t) for o in occurrences(raw, t)):
                    r.err(f"accept_text {t!r} not found around {d['text']!r}")
            if d.get("edtf"):
                st, en, prec = edtf_bounds(d["edtf"])
                if field == "dates" and (d["start"], d["end"]) != (st, en) and "start" not in d.get("note", "start"):
                    r.warn(f"start/end {d['start']}..{d['end']} differ from EDTF {d['edtf']} ({st}..{en})")
                for a in d.get("accept", []):
                    try:
                        edtf_bounds(a.replace("~", ""))
                    except ValueError:
                        if not re.fullmatch(r"\d{3}|\d{2}XX|\d{4}/", a):
                            r.warn(f"unusual accept value {a!r}")
            elif field == "dates" and d["precision"] != "time":
                r.err(f"date without edtf that is not a time: {d['text']!r}")


def simulate(g, raw, r, reflow=frozenset()):
    edits = []
    for rep in g["repairs"]:
        for o in occurrences(raw, rep["raw"]):
            edits.append((o, o + len(rep["raw"]), rep["expected"]))
    for rep in g.get("encoding_repairs", []):
        for o in occurrences(raw, rep["broken"]):
            edits.append((o, o + len(rep["broken"]), rep["fixed"]))
    for f in g["footnotes"]:
        a, b = f.get("marker_span", (f["marker_start"], f["marker_end"]))
        edits.append((a, b, ""))
    for c in g["cruft"]:
        core = c.strip("\n")
        lead = len(c) - len(c.lstrip("\n"))
        for o in occurrences(raw, c):
            edits.append((o + lead, o + lead + len(core), ""))
    edits.sort(key=lambda e: (e[0], -(e[1] - e[0])))
    kept = []
    for e in edits:
        if kept and e[0] >= kept[-1][0] and e[1] <= kept[-1][1]:
            continue  # inside a larger edit (a repair that spans a marker or a running head)
        if kept and e[0] < kept[-1][1]:
            r.err(f"overlapping edits: {raw[kept[-1][0]:kept[-1][1]]!r} / {raw[e[0]:e[1]]!r}")
            continue
        kept.append(e)
    body = raw
    for a, b, repl in reversed(kept):
        body = body[:a] + repl + body[b:]
    lines = [ln.rstrip() for ln in body.split("\n")]
    body = "\n".join(ln if ln.strip() else "" for ln in lines)
    body = re.sub(r"\n{3,}", "\n\n", body).strip()
    if g["source"] in reflow:
        blocks = body.split("\n\n")
        body = "\n\n".join(" ".join(x.strip() for x in b.split("\n")) for b in blocks)
    return body


def check_simulation(g, body, r, verbose):
    res, det = sg.score_text(g, body)
    for k in ("cruft", "keep", "repairs"):
        ok, n = res[k]
        if ok != n:
            r.err(f"simulated body fails {k}: {ok}/{n} {det.get(k + '_left') or det.get(k + '_missing') or det.get('repairs_failed')}")
    ok, n = res["fn_body"]
    if ok != n:
        bracketed = [f for f in g["footnotes"] if "marker" in f]
        if len(bracketed) == n - ok:
            r.warn(f"fn_body {ok}/{n}: the shared scorer assumes bare-digit markers; "
                   f"{len(bracketed)} bracketed markers cannot pass it (see README)")
        else:
            r.err(f"simulated body fails fn_body: {det['fn_body_failed']}")
    if res["para"][1]:
        if res["para"][0] != 1:
            r.err(f"paragraphs: {det['paragraphs']}")
        elif verbose:
            r.warn(f"paragraphs ok: {det['paragraphs']}")
    bf = sg.fold(body, True)
    for d in g["dates"]:
        if d.get("in_cruft"):
            continue
        if sg.fold(d["text"], True) not in bf:
            r.err(f"date text not in simulated body: {d['text']!r}")
    for h in g.get("hyphenation", []):
        if sg.fold(h["expect"]) not in sg.fold(body):
            r.err(f"hyphenation expect not in simulated body: {h['expect']!r}")
    for e in g.get("encoding_repairs", []):
        if sg.fold(e["fixed"]) not in sg.fold(body):
            r.err(f"encoding fix not in simulated body: {e['fixed']!r}")
    for ref in g.get("references", []):
        if sg.fold(ref["raw"], True) not in bf:
            r.warn(f"reference not found whole in simulated body: {ref['raw'][:50]!r}")
    nb = sum(g["paragraph_breakdown"].values())
    if nb != g["paragraph_count_hint"]:
        r.err(f"paragraph_breakdown sums to {nb}, hint is {g['paragraph_count_hint']}")


def audit(g, raw, cruft_spans, r):
    spans = list(cruft_spans)
    for field in ("dates", "optional_dates"):
        for d in g[field]:
            spans.append((d["raw_start"], d["raw_start"] + len(d["text"])))
    for s in g["not_dates"]:
        spans += [(o, o + len(s)) for o in occurrences(raw, s)]
    for c in g["citations"]:
        t = c.get("group", c["raw"])
        spans += [(o, o + len(t)) for o in occurrences(raw, t)]
    for ref in g.get("references", []):
        spans += [(o, o + len(ref["raw"])) for o in occurrences(raw, ref["raw"])]
    for m in re.finditer(r"(?<![\d,.])(1[0-9]{3}|20[0-9]{2}|'[0-9]0s|’[0-9]0s)(?!\d)", raw):
        if not any(a <= m.start() < b for a, b in spans):
            ctx = raw[max(0, m.start() - 25):m.end() + 10].replace("\n", "⏎")
            r.warn(f"year-like {m.group()!r} not accounted for: …{ctx}…")


def check_format(g, path, r):
    for k in REQUIRED:
        if k not in g:
            r.err(f"missing field {k}")
    if path.name != g["source"] + ".gold.json":
        r.err(f"file name {path.name} does not match source {g['source']}")
    if g.get("published") is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", g["published"]):
        r.err(f"published not ISO: {g['published']}")


def check_corpus(root, reflow=frozenset(), verbose=False):
    root = Path(root)
    total_err = 0
    golds = sorted((root / "gold").glob("*.gold.json"))
    docs = sorted(p.name for p in (root / "docs").glob("*.txt"))
    for d in docs:
        if not (root / "gold" / f"{d}.gold.json").exists():
            print(f"ERROR {d}: no gold file")
            total_err += 1
    for path in golds:
        g = json.loads(path.read_text(encoding="utf-8"))
        r = Report(g["source"])
        check_format(g, path, r)
        raw = (root / "docs" / g["source"]).read_bytes().decode(encoding_for(g["source"]))
        if g.get("encoding") and g["encoding"] != encoding_for(g["source"]):
            r.err(f"gold encoding {g['encoding']} but the file name says {encoding_for(g['source'])}")
        cruft_spans = check_strings(g, raw, r)
        check_offsets(g, raw, r)
        body = simulate(g, raw, r, reflow)
        check_simulation(g, body, r, verbose)
        audit(g, raw, cruft_spans, r)
        if verbose:
            (root / "tools" / "sim").mkdir(exist_ok=True)
            (root / "tools" / "sim" / g["source"]).write_text(body + "\n", encoding="utf-8")
        status = "ok  " if not r.errors else "FAIL"
        print(f"{status} {g['source']}: cruft={len(g['cruft'])} keep={len(g['keep'])} "
              f"footnotes={len(g['footnotes'])} citations={len(g['citations'])} "
              f"references={len(g.get('references', []))} dates={len(g['dates'])} "
              f"optional_dates={len(g['optional_dates'])} not_dates={len(g['not_dates'])} "
              f"repairs={len(g['repairs'])} paragraphs={g['paragraph_count_hint']}")
        for e in r.errors:
            print(f"   ERROR {e}")
        for w in r.warnings:
            print(f"   warn  {w}")
        total_err += len(r.errors)
    print(f"{len(golds)} gold files, {total_err} errors")
    return 1 if total_err else 0
