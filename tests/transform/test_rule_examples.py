"""Every cleaning rule carries its example, and the examples run (issue 15).

* a cruft rule's ``example`` (cruft.toml) goes through ``remove_cruft`` in the zone the
  rule needs and is removed under the rule's name; a span rule leaves ``example_after``;
  its ``keeps`` lines stay as they are;
* an HTML element rule's ``example`` snippet, on a page with enough prose to be kept, goes
  through ``extract_html`` and lands in ``RawDocument.removed`` under the rule's name; a
  block rule's ``example`` paragraph likewise; their ``keeps`` stay in the text;
* every rule name the code writes is in one of the three homes: cruft.toml,
  extract/html_patterns.py or transform/patterns/rule_names.py.
"""
from __future__ import annotations

import ast
import html
from pathlib import Path

import lxml.html
import pytest

from extract import html_patterns as pat
from extract.formats import extract_document
from extract.html import extract_html
from tests.conftest import REPO, SAMPLES
from transform.cruft import remove_cruft
from transform.document import clean_document
from transform.patterns import rule_names
from transform.rules import DEFAULT_RULES, Rule, default_rule_specs

PROSE = (
    "The canal company raised its tolls twice before the war, and the barge owners protested each time they did.",
    "Traffic fell away once the railway reached the valley, though coal boats kept working the line for decades.",
    "The lock keepers kept careful ledgers of every boat, its cargo and the toll it paid at each of the gates.",
    "Volunteers cleared the silted upper pound in the nineteen seventies and reopened it to pleasure craft.",
    "Most of the warehouses by the basin were turned into flats, but the old crane still stands on the wharf.",
    "Today walkers use the towpath far more than boats use the water, and the trust keeps both in good repair.",
)


# --- cruft.toml -----------------------------------------------------------------------

def in_zone(rule: Rule, line: str) -> tuple[list[str], int]:
    """A small document that puts ``line`` where ``rule`` fires: before the prose for
    header/edge/top rules, after it for footer rules, deep in the body otherwise."""
    if rule.zone in ("header", "edge", "top"):
        return [line, *PROSE[:2]], 0
    if rule.zone == "footer":
        return [*PROSE[:2], line], 2
    return [*PROSE[:5], line, PROSE[5]], 5


@pytest.mark.parametrize("rule", DEFAULT_RULES.rules, ids=DEFAULT_RULES.names)
def test_a_cruft_rule_removes_its_example(rule):
    lines, at = in_zone(rule, rule.example)
    res = remove_cruft(lines)
    fired = [h.rule for h in res.hits if h.index == at]
    assert fired[:1] == [rule.name], f"{rule.example!r} was taken by {fired}"
    assert dict(res.lines).get(at) == rule.example_after  # None: the whole line went
    assert [h.index for h in res.hits] == [at] * len(fired)  # the prose around it stays


@pytest.mark.parametrize("rule, line", [(r, k) for r in DEFAULT_RULES.rules for k in r.keeps],
                         ids=[r.name for r in DEFAULT_RULES.rules for _ in r.keeps])
def test_what_a_cruft_rule_keeps_stays(rule, line):
    lines, at = in_zone(rule, line)
    res = remove_cruft(lines)
    assert dict(res.lines).get(at) == line, [(h.rule, h.text) for h in res.hits]


def test_every_shipped_cruft_rule_has_an_example_and_span_rules_say_what_is_left():
    specs = default_rule_specs()
    assert [s["name"] for s in specs if not s.get("example")] == []
    assert [s["name"] for s in specs if (s.get("match") == "span") != ("example_after" in s)] == []


# --- extract/html_patterns.py ---------------------------------------------------------

ELEMENT_RULES = (*pat.ELEMENT_RULES, pat.SKIP_LINK_RULE)


def page(snippet: str, *, at_end: bool = False) -> bytes:
    """A page with a title and six paragraphs of prose, ``snippet`` before the article
    (or as its last block, where a block rule of the edge fires)."""
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE)
    article = f"<article><h1>The Old Canal</h1>{paragraphs}{snippet if at_end else ''}</article>"
    body = article if at_end else snippet + article
    return f"<html><head><title>The Old Canal</title></head><body>{body}</body></html>".encode()


def squeezed(text: str) -> str:
    return "".join(text.split())


def text_of(snippet: str) -> str:
    return squeezed(lxml.html.fragment_fromstring(snippet, create_parent="div").text_content())


def kept_text(doc) -> str:
    return squeezed("".join(b.text for b in doc.blocks))


@pytest.mark.parametrize("rule", ELEMENT_RULES, ids=[r.name for r in ELEMENT_RULES])
def test_an_element_rule_removes_its_example(rule):
    doc = extract_html(page(rule.example), "example.html")
    text = text_of(rule.example)
    assert any(a.rule == rule.name and text in squeezed(a.text) for a in doc.removed), doc.removed
    assert text not in kept_text(doc)
    assert squeezed(PROSE[3]) in kept_text(doc)


@pytest.mark.parametrize("rule, snippet", [(r, k) for r in ELEMENT_RULES for k in r.keeps],
                         ids=[r.name for r in ELEMENT_RULES for _ in r.keeps])
def test_what_an_element_rule_keeps_stays(rule, snippet):
    doc = extract_html(page(snippet), "example.html")
    assert text_of(snippet) in kept_text(doc), doc.removed


@pytest.mark.parametrize("rule", pat.BLOCK_RULES, ids=[r.name for r in pat.BLOCK_RULES])
def test_a_block_rule_removes_its_example(rule):
    doc = extract_html(page(f"<p>{html.escape(rule.example)}</p>", at_end=True), "example.html")
    assert (rule.kind, rule.name, rule.example) in {(a.kind, a.rule, a.text) for a in doc.removed}, doc.removed
    assert rule.example not in [b.text for b in doc.blocks]


@pytest.mark.parametrize("rule, paragraph", [(r, k) for r in pat.BLOCK_RULES for k in r.keeps],
                         ids=[r.name for r in pat.BLOCK_RULES for _ in r.keeps])
def test_what_a_block_rule_keeps_stays(rule, paragraph):
    doc = extract_html(page(f"<p>{html.escape(paragraph)}</p>", at_end=True), "example.html")
    assert paragraph in [b.text for b in doc.blocks], doc.removed


def test_every_html_rule_has_an_example():
    assert [r.name for r in (*ELEMENT_RULES, *pat.BLOCK_RULES) if not r.example.strip()] == []


# --- transform/patterns/rule_names.py -------------------------------------------------

CONSTANTS = {k: v for k, v in vars(rule_names).items() if k.isupper() and isinstance(v, str)}


def test_every_name_constant_of_the_registry_is_described_with_an_example():
    assert sorted(set(CONSTANTS.values()) ^ set(rule_names.NAMED)) == []
    assert len(rule_names.NAMED) == len(rule_names.RULES)
    assert [r.name for r in rule_names.RULES if not (r.kind and r.meaning and r.before and r.module)] == []
    assert set(rule_names.MAIL_TAIL_RULES.values()) <= set(rule_names.NAMED)


def _source(module: str) -> str:
    return (REPO / Path(*module.split("."))).with_suffix(".py").read_text("utf-8")


@pytest.mark.parametrize("entry", rule_names.RULES, ids=[r.name for r in rule_names.RULES])
def test_the_registry_says_which_modules_write_a_name(entry):
    constant = next(k for k, v in CONSTANTS.items() if v == entry.name)
    for module in (m.strip() for m in entry.module.split(",")):
        assert f"R.{constant}" in _source(module) or entry.name in str(rule_names.MAIL_TAIL_RULES), module


def test_a_rule_name_has_one_home():
    toml, element = set(DEFAULT_RULES.names), {r.name for r in ELEMENT_RULES}
    block, named = {r.name for r in pat.BLOCK_RULES}, set(rule_names.NAMED)
    assert len(element) == len(ELEMENT_RULES) and len(block) == len(pat.BLOCK_RULES)
    # the one name shared so far: a copyright line is cut from text (cruft.toml) and from a
    # page's last paragraphs (BLOCK_RULES) under the same name; the golden files record it
    assert toml & block == {"copyright_footer"}
    assert toml & element == toml & named == element & block == element & named == block & named == set()


# --- no rule name written anywhere else -----------------------------------------------

# call → position of its rule-name argument (or the ``rule=`` keyword)
RULE_ARGUMENT = {"Artefact": 1, "Hit": 1, "ReferenceSection": None, "_section_from_blocks": 1, "cut": 2}
CODE = sorted(p for pkg in ("transform", "extract") for p in (REPO / pkg).rglob("*.py"))


def _rule_arguments(tree: ast.AST):
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", getattr(node.func, "attr", None))
        if name not in RULE_ARGUMENT:
            continue
        at = RULE_ARGUMENT[name]
        if at is not None and len(node.args) > at:
            yield node.args[at]
        yield from (kw.value for kw in node.keywords if kw.arg == "rule")


@pytest.mark.parametrize("path", CODE, ids=[str(p.relative_to(REPO)) for p in CODE])
def test_code_writes_rule_names_from_their_home_not_as_literals(path):
    tree = ast.parse(path.read_text("utf-8"))
    literal = [ast.unparse(a) for a in _rule_arguments(tree) if isinstance(a, (ast.Constant, ast.JoinedStr))]
    assert literal == []
    if path.name != "html_patterns.py":  # HTML rules are declared in one module
        declared = [n.lineno for n in ast.walk(tree) if isinstance(n, ast.Call)
                    and getattr(n.func, "attr", getattr(n.func, "id", None)) in ("ElementRule", "BlockRule")]
        assert declared == []


SAMPLE_FILES = sorted(p for p in (SAMPLES / "ingest").iterdir() if p.is_file())


def test_every_rule_name_in_the_samples_artefacts_has_a_home():
    homes = (set(DEFAULT_RULES.names) | {r.name for r in ELEMENT_RULES} | {r.name for r in pat.BLOCK_RULES}
             | set(rule_names.NAMED))
    seen = {a.rule for p in SAMPLE_FILES
            for a in clean_document(extract_document(p.read_bytes(), p.name)).artefacts}
    assert seen and seen - homes == set()
