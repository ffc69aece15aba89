"""Helpers that turn a hand-written spec into a gold file with exact offsets.

A spec never types an offset: every date, footnote marker, citation and
reference is located in the decoded document text by a unique anchor string,
and the offsets are computed here.  Anything ambiguous raises.
"""
import calendar
import datetime as dt
import re
from pathlib import Path


def encoding_for(name):
    """The file's encoding, from its name: '*cp1252*' and '*latin1*' files are single-byte."""
    if "cp1252" in name:
        return "cp1252"
    if "latin1" in name:
        return "latin-1"
    return "utf-8"


def read_raw(root, name):
    return (Path(root) / "docs" / name).read_bytes().decode(encoding_for(name))


# ------------------------------------------------------------------ EDTF -> start/end
def _last_day(y, m):
    return calendar.monthrange(y, m)[1]


SEASONS = {21: (3, 5), 22: (6, 8), 23: (9, 11)}  # Northern meteorological; 24 = Dec..Feb
QUARTERS = {33: (1, 3), 34: (4, 6), 35: (7, 9), 36: (10, 12)}


def edtf_bounds(e):
    """(start, end, precision) as ISO strings for the EDTF forms used in this corpus."""
    if e is None:
        return None, None, None
    if "/" in e:
        a, b = e.split("/")
        s = edtf_bounds(a)[0]
        end = None if b in ("..", "") else edtf_bounds(b)[1]
        return s, end, "range"
    m = re.fullmatch(r"(\d{4})", e)
    if m:
        y = int(m[1])
        return f"{y:04d}-01-01", f"{y:04d}-12-31", "year"
    m = re.fullmatch(r"(\d{4})-(\d{2})", e)
    if m:
        y, n = int(m[1]), int(m[2])
        if 1 <= n <= 12:
            return f"{y:04d}-{n:02d}-01", f"{y:04d}-{n:02d}-{_last_day(y, n):02d}", "month"
        if n in SEASONS:
            a, b = SEASONS[n]
            return f"{y:04d}-{a:02d}-01", f"{y:04d}-{b:02d}-{_last_day(y, b):02d}", "season"
        if n == 24:
            return f"{y:04d}-12-01", f"{y + 1:04d}-02-{_last_day(y + 1, 2):02d}", "season"
        if n in QUARTERS:
            a, b = QUARTERS[n]
            return f"{y:04d}-{a:02d}-01", f"{y:04d}-{b:02d}-{_last_day(y, b):02d}", "quarter"
        raise ValueError(e)
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", e)
    if m:
        dt.date(int(m[1]), int(m[2]), int(m[3]))
        return e, e, "day"
    m = re.fullmatch(r"(\d{3})X", e)
    if m:
        d = int(m[1]) * 10
        return f"{d:04d}-01-01", f"{d + 9:04d}-12-31", "decade"
    m = re.fullmatch(r"(\d{2})", e)
    if m:
        c = int(m[1]) * 100
        return f"{c:04d}-01-01", f"{c + 99:04d}-12-31", "century"
    raise ValueError(e)


# ------------------------------------------------------------------ the builder
class Gold:
    root = None  # the corpus folder (holding docs/); a corpus sets it in a subclass

    def __init__(self, source, origin_format, root=None):
        self.source = source
        self.raw = read_raw(root or self.root, source)
        self.g = {
            "source": source,
            "origin_format": origin_format,
            "encoding": encoding_for(source),
            "title": None,
            "title_accept": [],
            "title_reject": [],
            "authors": [],
            "published": None,
            "optional_lines": [],
            "cruft": [],
            "keep": [],
            "footnotes": [],
            "citations": [],
            "references": [],
            "dates": [],
            "optional_dates": [],
            "not_dates": [],
            "repairs": [],
            "paragraph_count_hint": None,
            "paragraph_breakdown": None,
            "notes": [],
        }
        # simulation settings (not written to the gold file)
        self.reflow = False
        self.sim_extra = []   # (raw, replacement) edits an ideal cleaner would also make

    # -------------------------------------------------------------- locating
    def unique(self, s):
        n = self.raw.count(s)
        if n != 1:
            raise ValueError(f"{self.source}: anchor occurs {n} times: {s!r}")
        return self.raw.index(s)

    def locate(self, text, at=None, nth=0):
        """Index of `text`: inside the unique anchor `at` (first occurrence there), or its nth occurrence."""
        if at is not None:
            a = self.unique(at)
            j = self.raw.find(text, a)
            if j < 0 or j + len(text) > a + len(at):
                raise ValueError(f"{self.source}: {text!r} not inside anchor {at!r}")
            return j
        occ = [m.start() for m in re.finditer(re.escape(text), self.raw)]
        if not occ:
            raise ValueError(f"{self.source}: not found: {text!r}")
        if nth >= len(occ):
            raise ValueError(f"{self.source}: {text!r} has only {len(occ)} occurrences")
        return occ[nth]

    # -------------------------------------------------------------- fields
    def meta(self, **kw):
        self.g.update(kw)

    def cruft(self, *items):
        self.g["cruft"].extend(items)

    def cruft_repeated(self, *items):
        """Cruft that the page repeats ('[edit]', a signature, a scan watermark): every
        occurrence must go.  The count is taken from the text and written to `cruft_repeats`."""
        reps = self.g.setdefault("cruft_repeats", {})
        for s in items:
            n = self.raw.count(s)
            if n < 2:
                raise ValueError(f"{self.source}: repeated cruft occurs {n} times: {s!r}")
            reps[s] = n
        self.g["cruft"].extend(items)

    def keep(self, *items):
        self.g["keep"].extend(items)

    def optional_lines(self, *items):
        self.g["optional_lines"].extend(items)

    def not_dates(self, *items):
        self.g["not_dates"].extend(items)

    def note(self, *items):
        self.g["notes"].extend(items)

    def _date_entry(self, text, edtf, at, nth, kw):
        start, end, prec = edtf_bounds(edtf)
        e = {"text": text, "edtf": edtf}
        e["start"] = kw.pop("start", start)
        e["end"] = kw.pop("end", end)
        e["precision"] = kw.pop("precision", prec)
        e["raw_start"] = self.locate(text, at, nth)
        for k, v in kw.items():
            e[k] = v
        return e

    def date(self, text, edtf, at=None, nth=0, **kw):
        self.g["dates"].append(self._date_entry(text, edtf, at, nth, kw))

    def time(self, text, hhmm, at=None, nth=0, **kw):
        e = {"text": text, "edtf": None, "start": None, "end": None, "precision": "time",
             "raw_start": self.locate(text, at, nth), "time": hhmm}
        e.update(kw)
        self.g["dates"].append(e)

    def opt_date(self, text, edtf=None, at=None, nth=0, **kw):
        start, end, _ = edtf_bounds(edtf)
        e = {"text": text, "edtf": edtf, "start": kw.pop("start", start), "end": kw.pop("end", end),
             "raw_start": self.locate(text, at, nth)}
        e.update(kw)
        self.g["optional_dates"].append(e)

    def fn(self, upto, number, marker=None):
        """Footnote marker: `upto` is a unique string that ends with the marker.

        For a bracketed marker ("[3]") marker_start/marker_end and the context follow the
        contract and point at the digits; `marker` and `marker_span` give the whole
        bracketed marker, which is what should leave body_text."""
        marker = marker or str(number)
        assert upto.endswith(marker), (upto, marker)
        mend = self.unique(upto) + len(upto)
        mstart = mend - len(marker)
        digits = str(number)
        start = mstart + marker.index(digits)
        end = start + len(digits)
        e = {"number": number, "context": self.raw[end - 30:end], "marker_start": start, "marker_end": end}
        if marker != digits:
            e["marker"] = marker
            e["marker_span"] = [mstart, mend]
        self.g["footnotes"].append(e)

    def cit(self, raw, authors, year, surnames=None, at=None, nth=0, **kw):
        surnames = surnames if surnames is not None else list(authors)
        e = {"raw": raw, "authors": authors, "year": year, "surnames": surnames}
        e["cite_key"] = kw.pop("cite_key", surnames[0].lower() + str(year))
        e["raw_start"] = self.locate(raw, at, nth)
        e.update(kw)
        self.g["citations"].append(e)

    def ref(self, raw, ref_no=None, authors=None, year=None, title=None, cite_key=None, **kw):
        self.unique(raw)
        e = {}
        if ref_no is not None:
            e["ref_no"] = ref_no
        e["raw"] = raw
        e["authors"] = authors or []
        e["year"] = year
        if title:
            e["title"] = title
        e["cite_key"] = cite_key
        e.update(kw)
        self.g["references"].append(e)

    def repair(self, raw, expected, required, note=None):
        e = {"raw": raw, "expected": expected, "required": required}
        if note:
            e["note"] = note
        self.g["repairs"].append(e)

    def finish(self):
        g = self.g
        for k in ("dates", "optional_dates", "citations"):
            g[k].sort(key=lambda e: e["raw_start"])
        g["footnotes"].sort(key=lambda e: e["marker_start"])
        for k in ("references", "encoding_repairs", "hyphenation", "published_accept",
                  "paragraph_count_range", "cruft_hidden", "cruft_repeats"):
            if k in g and not g[k]:
                del g[k]
        return g
