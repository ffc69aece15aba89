"""Helpers for writing the dev-corpus gold: locate strings in the raw text, compute
offsets and the start/end of EDTF values.  Used by specs/devNN.py and make_gold.py."""
import calendar
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, "docs")
GOLD = os.path.join(ROOT, "gold")

SEASONS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 14)}   # spring..winter (winter runs into Feb)
QUARTERS = {33: (1, 3), 34: (4, 6), 35: (7, 9), 36: (10, 12)}


def _last_day(y, m):
    return calendar.monthrange(y, m)[1]


def _ym(y, m):
    """(year, month) with month > 12 rolled into the next year."""
    return (y + (m - 1) // 12, (m - 1) % 12 + 1)


def bounds(edtf):
    """(start, end, precision) of one EDTF value as used in this corpus."""
    if edtf is None:
        return None, None, "time"
    if "/" in edtf:
        a, b = edtf.split("/")
        s, _, _ = bounds(a)
        e = None if b in ("..", "") else bounds(b)[1]
        return s, e, "range"
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", edtf)
    if m:
        return edtf, edtf, "day"
    m = re.fullmatch(r"(\d{4})-(\d{2})", edtf)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        if 1 <= mo <= 12:
            return f"{y:04d}-{mo:02d}-01", f"{y:04d}-{mo:02d}-{_last_day(y, mo):02d}", "month"
        if mo in SEASONS:
            a, b = SEASONS[mo]
            y2, m2 = _ym(y, b)
            return f"{y:04d}-{a:02d}-01", f"{y2:04d}-{m2:02d}-{_last_day(y2, m2):02d}", "season"
        if mo in QUARTERS:
            a, b = QUARTERS[mo]
            return f"{y:04d}-{a:02d}-01", f"{y:04d}-{b:02d}-{_last_day(y, b):02d}", "quarter"
        raise ValueError(edtf)
    m = re.fullmatch(r"(\d{4})", edtf)
    if m:
        return f"{edtf}-01-01", f"{edtf}-12-31", "year"
    m = re.fullmatch(r"(\d{3})X", edtf)
    if m:
        return f"{m.group(1)}0-01-01", f"{m.group(1)}9-12-31", "decade"
    m = re.fullmatch(r"(\d{2})", edtf)
    if m:
        return f"{edtf}00-01-01", f"{edtf}99-12-31", "century"
    raise ValueError(edtf)


def read_raw(name, encoding="utf-8"):
    with open(os.path.join(DOCS, name), "rb") as f:
        return f.read().decode(encoding)


class Doc:
    """Builds one gold file.  Dates, optional dates, citations and footnotes are located
    in reading order: each is searched for after the previous one of its kind."""

    def __init__(self, name, origin_format, encoding="utf-8"):
        self.name = name
        self.encoding = encoding
        self.raw = read_raw(name, encoding)
        self.g = {"source": name, "origin_format": origin_format}
        if encoding != "utf-8":
            self.g["encoding"] = encoding
        self.dates, self.optional_dates, self.citations, self.footnotes = [], [], [], []
        self.numeric = []
        self._cur = {"date": 0, "opt": 0, "cit": 0, "fn": 0, "num": 0}

    # ---------------------------------------------------------------- location
    def locate(self, kind, text, ctx=None, at=None):
        raw = self.raw
        if at is not None:
            pos = at
        elif ctx is not None:
            i = raw.find(ctx, self._cur[kind])
            if i < 0:
                raise ValueError(f"{self.name}: context not found after {self._cur[kind]}: {ctx!r}")
            j = ctx.find(text)
            if j < 0:
                raise ValueError(f"{self.name}: {text!r} not inside context {ctx!r}")
            pos = i + j
        else:
            pos = raw.find(text, self._cur[kind])
            if pos < 0:
                raise ValueError(f"{self.name}: {kind} {text!r} not found after {self._cur[kind]}")
        if raw[pos:pos + len(text)] != text:
            raise ValueError(f"{self.name}: {text!r} not at {pos}")
        self._cur[kind] = pos + 1
        return pos

    # ---------------------------------------------------------------- entries
    def date(self, text, edtf, ctx=None, precision=None, start=None, end=None, **kw):
        pos = self.locate("date", text, ctx)
        s, e, p = bounds(edtf)
        if kw.get("time") is not None:
            p = "time"
        e_ = {"text": text, "edtf": edtf,
              "start": start if start is not None else s,
              "end": end if end is not None or "/.." in (edtf or "") else e,
              "precision": precision or p, "raw_start": pos}
        for k in ("qualifier", "accept", "accept_text", "accept_split", "inferred_year", "in_cruft", "time",
                  "note"):
            if k in kw:
                e_[k] = kw.pop(k)
        if kw:
            raise TypeError(kw)
        self.dates.append(e_)
        return e_

    def time(self, text, hhmm, ctx=None, **kw):
        return self.date(text, None, ctx=ctx, time=hhmm, **kw)

    def opt(self, text, edtf=None, ctx=None, note=None, **kw):
        pos = self.locate("opt", text, ctx)
        s, e, _ = bounds(edtf) if edtf else (None, None, None)
        e_ = {"text": text, "edtf": edtf, "start": s, "end": e, "raw_start": pos}
        e_.update(kw)
        if note:
            e_["note"] = note
        self.optional_dates.append(e_)
        return e_

    def cit(self, raw, authors, year, surnames=None, ctx=None, accept_surnames=None, group=None,
            key_suffix="", note=None):
        pos = self.locate("cit", raw, ctx)
        surnames = surnames or authors
        key = re.sub(r"[^a-z]", "", surnames[0].lower()) + str(year) + key_suffix
        c = {"raw": raw, "authors": authors, "year": year, "surnames": surnames, "cite_key": key,
             "raw_start": pos}
        if accept_surnames:
            c["accept_surnames"] = accept_surnames
        if group:
            c["group"] = group
        if note:
            c["note"] = note
        self.citations.append(c)
        return c

    def fn(self, number, snippet):
        """snippet: raw text ending with the marker digits, e.g. 'weakest.1'."""
        assert snippet.endswith(str(number)), snippet
        pos = self.locate("fn", snippet)
        end = pos + len(snippet)
        start = end - len(str(number))
        self.footnotes.append({"number": number, "context": self.raw[max(0, end - 30):end],
                               "marker_start": start, "marker_end": end})

    def num(self, marker, ctx=None):
        """A bracketed numeric citation marker such as [3]."""
        raw = f"[{marker}]"
        pos = self.locate("num", raw, ctx)
        self.numeric.append({"raw": raw, "marker": marker, "raw_start": pos})

    # ---------------------------------------------------------------- output
    def build(self, **fields):
        g = dict(self.g)
        order = ["title", "title_accept", "title_reject", "authors", "published", "published_accept",
                 "optional_lines", "cruft", "cruft_repeats", "keep"]
        for k in order:
            if k in fields:
                g[k] = fields.pop(k)
        g["footnotes"] = self.footnotes
        g["citations"] = self.citations
        if "references" in fields:
            g["references"] = fields.pop("references")
        if self.numeric:
            g["numeric_citations"] = self.numeric
        g["dates"] = self.dates
        g["optional_dates"] = self.optional_dates
        for k in ["not_dates", "repairs", "encoding_repairs", "hyphenation", "paragraph_count_hint",
                  "paragraph_count_range", "paragraph_breakdown", "notes"]:
            if k in fields:
                g[k] = fields.pop(k)
        if fields:
            raise TypeError(sorted(fields))
        return g

    def write(self, g):
        path = os.path.join(GOLD, self.name + ".gold.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")
        return path


def reference_entries(raw, start_marker, stop=None, sep="\n\n"):
    """Reference-list entries as {'raw', 'surnames', 'year', 'cite_key'} from the text after
    start_marker (a heading line) up to stop (or the end)."""
    i = raw.index(start_marker) + len(start_marker)
    j = raw.index(stop, i) if stop else len(raw)
    out = []
    for block in raw[i:j].split(sep):
        block = block.strip("\n")
        if not block.strip():
            continue
        m = re.match(r"(.+?)\s*\((\d{4})([a-z]?)\)", block, re.S)
        names, year, suffix = m.group(1), int(m.group(2)), m.group(3)
        names = re.sub(r"^\^\s*(?:a b\s+)?", "", names)
        parts = re.split(r",?\s+and\s+|\.,\s+", names)
        surnames = []
        for p in parts:
            p = p.strip().rstrip(",")
            if not p:
                continue
            s = p.split(",")[0].strip()
            surnames.append(s)
        out.append({"raw": block, "surnames": surnames, "year": year,
                    "cite_key": re.sub(r"[^a-z]", "", surnames[0].lower()) + str(year)})
    return out
