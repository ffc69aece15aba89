import pytest

from transform.templates import (
    TemplatePolicy,
    family_of,
    fingerprints,
    is_learnable,
    learn,
    line_key,
    normalise,
    remove_templates,
)


@pytest.mark.parametrize(
    "line, learnable",
    [
        ("Support independent harbour journalism: become a member", True),
        ("Reply", True),
        ("Conclusion", False),
        ("4. Conclusions", False),
        ("References", False),
        ("“The river is a border and a bond.”", False),
        ("Doe, J. (2011) Canals of the lower valley. Harbour Press, London.", False),
        ("word " * 70, False),
        ("2004, 18:681-689.", False),  # the tail of a reference entry
        ("(27%)", False),
        ("Canal Rev. 12:4", True),
    ],
)
def test_is_learnable(line, learnable):
    assert is_learnable(line) is learnable


def test_fingerprint_ignores_case_digits_and_punctuation():
    assert normalise("  © 2019 Harbour Review. All rights reserved. ") == "# harbour review all rights reserved"
    assert line_key("Visited 12 times!") == line_key("visited 9,871 times")


def test_learning_needs_enough_documents_and_share():
    banner, quote = "key-banner", "key-quote"
    docs = {f"d{i}": {banner} for i in range(10)}
    docs["d0"] = {banner, quote}
    docs["d1"] = {banner, quote}
    docs["d2"] = {banner, quote}
    # the quote is in 3 documents (>= min_docs) but 30 % of 10 is 3: learned at the edge;
    # with 20 documents it stays content
    assert learn(docs, 10) == {banner, quote}
    docs.update({f"e{i}": {banner} for i in range(10)})
    assert learn(docs, 20) == {banner}
    assert learn({"a": {banner}, "b": {banner}}, 2) == frozenset()  # two documents are not enough


def test_remove_templates_records_artefacts():
    lines = [(0, "Support the Harbour Review today"), (1, "The tolls rose."), (2, "")]
    kept, arts = remove_templates(lines, frozenset({line_key(lines[0][1])}))
    assert kept == [(1, "The tolls rose."), (2, "")]
    assert [(a.kind, a.rule) for a in arts] == [("repeated_template", "learned_template")]


def test_fingerprints_skip_guarded_lines():
    prints = fingerprints(["Conclusion", "Support us", "", "“A quoted line that repeats.”"])
    assert list(prints.values()) == ["Support us"]


@pytest.mark.parametrize(
    "path, site, family",
    [
        ("harbour-review/2019/tolls.html", None, "folder:harbour-review/2019"),
        ("tolls.txt", None, "folder:"),
        ("x.html", "www.Harbour.example", "site:harbour.example"),
    ],
)
def test_family_of(path, site, family):
    assert family_of(path, site) == family


def test_policy_defaults():
    assert TemplatePolicy() == TemplatePolicy(min_docs=3, min_share=0.3)
