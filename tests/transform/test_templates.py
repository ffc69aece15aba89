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


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("Page 3 of 12", "Page 4 of 12", True),  # a label: its numbers change from page to page
        ("© 2019 Harbour Review. All rights reserved.", "© 2021 Harbour Review. All rights reserved.", True),
        ("Copyright 2019 Harbour Review Trust. All Rights Reserved. Charity No. 123456",
         "Copyright 2020 Harbour Review Trust. All Rights Reserved. Charity No. 123456", True),
        # sentences of pages built from one template with other figures are other sentences
        ("The ferry made 40 crossings a day in the summer months.",
         "The ferry made 12 crossings a day in the summer months.", False),
        ("In total the parish counted 1,204 households and 311 boats on the canal.",
         "In total the parish counted 977 households and 85 boats on the canal.", False),
    ],
)
def test_digits_count_in_sentences_only(a, b, same):
    assert (line_key(a) == line_key(b)) is same


def test_pages_of_one_template_with_other_figures_teach_no_template():
    pages = {f"d{i}": fingerprints([f"The lock at mile {i} raised boats by {i + 3} feet on the canal.",
                                    "Support the Harbour Review today"]) for i in range(10)}
    assert learn(pages, 10) == {line_key("Support the Harbour Review today")}


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


# --- near-copies -----------------------------------------------------------------------------

WORDS = ["harbour", "board", "dredging", "tolls", "clerks", "ferries", "winter", "ice", "bridge", "slipway",
         "ledger", "anglers", "pilots", "buoys", "quay", "cranes"]
ARTICLE = [f"The {w} of the estuary, as the minutes of the harbour board describe it." for w in WORDS[:12]]


def test_snapshots_of_one_page_are_near_copies_and_different_pages_are_not():
    from transform.templates import near_copies, signature

    one = signature(ARTICLE + ["Saved on Monday"])
    again = signature(ARTICLE + ["Saved on Tuesday at noon"])
    other = signature([f"A different article about the canal and its {w}, as the company saw them."
                       for w in WORDS[4:]] + ["Saved on Monday"])
    assert len(one) == 32 and near_copies(one, again) and not near_copies(one, other)
    assert signature([]) == () and not near_copies((), ())


def test_clusters_join_near_copies_under_their_smallest_id():
    from transform.templates import clusters, signature

    sigs = {"b": signature(ARTICLE + ["b"]), "a": signature(ARTICLE + ["a"]),
            "c": signature([f"Other text about the {w} in the winter of the great freeze." for w in WORDS[2:14]])}
    assert clusters(sigs) == {"a": "a", "b": "a", "c": "c"}


def test_templates_are_counted_in_clusters_so_snapshots_teach_nothing():
    from transform.templates import learn_clustered

    docs = {f"copy{i}": {"article-line", "site-banner"} for i in range(20)}
    same_page = {d: "copy0" for d in docs}
    assert learn_clustered(docs, same_page) == frozenset()  # one page, twenty times
    pages = {f"page{i}": {f"article-{i}", "site-banner"} for i in range(5)}
    assert learn_clustered(pages, {}) == frozenset({"site-banner"})  # five pages of one site
