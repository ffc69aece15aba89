from goldlib import Doc

REFS = [
    ('^ a b Dunstan, Robert (1998). "The Augustinian houses of west Somerset". Somerset Archaeology and Natural History. 141: 55–79.', ["Dunstan"], 1998),
    ('^ Historic England. "Ashcombe Priory (1057283)". National Heritage List for England. Retrieved 4 May 2015.', ["Historic England"], None),
    ('^ Coleman, Michael (2011). Minsters and Parishes in Saxon Somerset. Oxford: Oxbow Books. p. 212. ISBN 978-1-84217-433-7.', ["Coleman"], 2011),
    ('^ a b Pearce, William, ed. (1911). A History of West Somerset. Vol. 2. London: Constable. pp. 143–145.', ["Pearce"], 1911),
    ('^ Rawlins, Peter (1962). "Excavations at Ashcombe Priory, 1959". Proceedings of the Somerset Archaeological Society. 106: 31–48.', ["Rawlins"], 1962),
    ('^ Lowe, Catherine (2001). "Geophysical survey at Ashcombe". Archaeological Prospection. 8 (2): 97–104. doi:10.1002/arp.5161.', ["Lowe"], 2001),
    ('^ "Visiting the priory". Ashcombe Priory Trust. Retrieved 17 August 2021.', ["Ashcombe Priory Trust"], None),
]


def make():
    d = Doc("dev05_e8a14c52.txt", "html")
    for n, ctx in [(1, "dissolved in 1536.[1]"), (2, "listed building.[2]"), (3, "Domesday Book.[3]"),
                   (1, "c. 1150.[1]"), (4, "parish churches.[4]"), (4, "£8 a year.[4]"), (5, "east range.[5]"),
                   (6, "the stream.[6]"), (7, "first Saturday of July.[7]")]:
        d.num(n, ctx)

    d.date("March 2019", "2019-03", ctx="JSTOR (March 2019)", in_cruft=True, note="date of the maintenance banner")
    d.date("1150", "1150", ctx="founded c. 1150 on", qualifier="approximate", accept=["1150~"],
           accept_text=["c. 1150"])
    d.date("1536", "1536", ctx="dissolved in 1536.[1]")
    d.date("late 9th century", "08", qualifier="late", accept=["08XX"], accept_text=["the late 9th century"],
           note="the 9th century is 800-899: ISO century 08")
    d.date("12th century", "11", ctx="founded in the 12th century", accept=["11XX"],
           accept_text=["the 12th century"], note="the 12th century is 1100-1199: ISO century 11")
    d.date("1142", "1142")
    d.date("15th century", "14", accept=["14XX"], accept_text=["the 15th century"])
    d.date("1150", "1150", ctx="date of c. 1150", qualifier="approximate", accept=["1150~"], accept_text=["c. 1150"])
    d.date("1377", "1377")
    d.date("early 16th century", "15", qualifier="early", accept=["15XX"], accept_text=["the early 16th century"])
    d.date("1536–1541", "1536/1541", accept_split=True,
           note="the Dissolution of the Monasteries (1536–1541): the years of an event, a range")
    d.date("March 1536", "1536-03")
    d.date("17th century", "16", accept=["16XX"], accept_text=["the 17th century"])
    d.date("23 January 1794", "1794-01-23")
    d.date("19th century", "18", accept=["18XX"], accept_text=["the 19th century"])
    d.date("Spring 1959", "1959-21", accept=["1959-03/1959-05"], note="EDTF season code 21 = spring")
    d.date("1961–1964", "1961/1964", accept_split=True)
    d.date("1963", "1963")
    d.date("1990s", "199X", accept=["199"], accept_text=["the 1990s"])
    d.date("12 June 1952", "1952-06-12")
    d.date("1980s", "198X", accept=["198"], accept_text=["the 1980s"])
    d.date("1986", "1986")
    d.date("1539–1688", "1539/1688", accept_split=True)
    d.date("1688–1871", "1688/1871", accept_split=True)
    d.date("1871–1984", "1871/1984", accept_split=True)
    d.date("1984–present", "1984/..", accept=["1984/"], note="open-ended range to the present; end is null")
    d.date("12th century", "11", ctx="established in the 12th century", in_cruft=True, accept=["11XX"],
           note="inside the category line")
    d.date("1536", "1536", ctx="1536 disestablishments", in_cruft=True, note="inside the category line")
    d.date("March 2019", "2019-03", ctx="references from March 2019", in_cruft=True)
    d.date("14 February 2023", "2023-02-14", in_cruft=True, note="last-edit date of the page, not a publication date")
    d.time("09:12", "09:12", in_cruft=True)

    d.opt("the first Saturday of July", note="recurring every year: no calendar date")

    g = d.build(
        title="Ashcombe Priory",
        title_accept=[],
        title_reject=["From Wikipedia, the free encyclopedia", "Contents", "History"],
        authors=[],
        published=None,
        optional_lines=["Ashcombe Priory"],
        cruft=[
            "From Wikipedia, the free encyclopedia",
            "Jump to navigation Jump to search",
            "This article needs additional citations for verification. Please help improve this article by adding citations to reliable sources. Unsourced material may be challenged and removed.",
            "Find sources: \"Ashcombe Priory\" – news · newspapers · books · scholar · JSTOR (March 2019) (Learn how and when to remove this message)",
            "Coordinates: 51°08′N 2°41′W",
            "\nContents\n",
            "1 History",
            "1.1 Foundation",
            "1.2 Dissolution and later use",
            "2 Excavations",
            "3 Present day",
            "4 References",
            "[edit]",
            "Retrieved from \"https://en.wikipedia.org/w/index.php?title=Ashcombe_Priory&oldid=1139827415\"",
            "Categories: Augustinian monasteries in England | Monasteries in Somerset | Christian monasteries established in the 12th century | 1536 disestablishments in England | Grade I listed buildings in Somerset | Scheduled monuments in Somerset",
            "Hidden categories: Articles needing additional references from March 2019 | All articles needing additional references | Coordinates on Wikidata",
            "This page was last edited on 14 February 2023, at 09:12 (UTC).",
            "Text is available under the Creative Commons Attribution-ShareAlike License 4.0; additional terms may apply. By using this site, you agree to the Terms of Use and Privacy Policy. Wikipedia® is a registered trademark of the Wikimedia Foundation, Inc., a non-profit organization.",
            "Privacy policy",
            "About Wikipedia",
            "Disclaimers",
            "Contact Wikipedia",
            "Mobile view",
            "Developers",
            "\nStatistics\n",
            "Cookie statement",
        ],
        cruft_repeats={"[edit]": 6},
        keep=[
            "Ashcombe Priory is a ruined priory of Augustinian canons near the village of Ashcombe in Somerset, England.",
            "It was founded c. 1150 on the site of an earlier minster church and was dissolved in 1536.",
            "A church existed at Ashcombe before the Norman Conquest.",
            "The community was never large.",
            "A visitation of 1377 found a prior and six canons",
            "Ashcombe was among the smaller monasteries suppressed in the first phase of the Dissolution of the Monasteries (1536–1541).",
            "The house was largely rebuilt in the 17th century and was abandoned after a fire on 23 January 1794.",
            "The first systematic excavation was carried out in Spring 1959 by a team from the University of Bristol",
            "Further seasons of work took place in 1961–1964",
            "Geophysical survey in the 1990s showed that the precinct was larger than previously thought",
            "The ruins were designated a Grade I listed building on 12 June 1952",
            "Custodians of the site:",
            "Harwell family (1539–1688)",
            "Ashcombe Priory Trust (1984–present)",
            "For most of the 19th century the ruins stood in the grounds of a farm",
        ],
        references=[{"raw": r, "surnames": s, "year": y} for r, s, y in REFS],
        not_dates=["£200", "£8", "47 burials", "120 metres", "ISBN 978-1-84217-433-7", "1057283",
                   "51°08′N 2°41′W", "summer weekends", "oldid=1139827415"],
        repairs=[],
        paragraph_count_hint=26,
        paragraph_breakdown={"heading": 6, "list_item": 11, "paragraph": 9},
        notes=[
            "Wikipedia article copied as text. Cruft: 'From Wikipedia, the free encyclopedia', 'Jump to navigation Jump to search', the maintenance banner (two lines, with '(March 2019)'), the coordinates line, the table of contents ('Contents' and its numbered lines), every '[edit]' link glued to a heading (6 times: cruft_repeats), 'Retrieved from …', the category lines, 'This page was last edited on 14 February 2023, at 09:12 (UTC).', the licence line and the footer links.",
            "The headings themselves ('History', 'Foundation', 'Dissolution and later use', 'Excavations', 'Present day', 'References') stay: only the '[edit]' part is cruft.",
            "The first line 'Ashcombe Priory' is the article title: optional. authors = [] (a wiki page names no author); published = null: the last-edit timestamp is not a publication date.",
            "Numeric citation markers [1]-[7] (nine of them, [1] and [4] twice) are listed in numeric_citations (kind 'numeric' in the contract). They are not footnotes and not author-year citations; keep strings avoid them, so body_text may keep or drop them.",
            "The reference list (7 entries, '^ …', each a list item) is content; dates in it ('Retrieved 4 May 2015', '(1998)', '1959' in an article title) are neutral. The 'Custodians of the site:' list has four items with year ranges; '1984–present' is an open range (1984/.., end null).",
            "Centuries use the ISO form: the 9th century = 08, the 12th = 11, the 15th = 14, the 16th = 15, the 17th = 16, the 19th = 18. 'c. 1150' (twice) = 1150 with qualifier approximate. 'Spring 1959' = 1959-21.",
            "'the first Saturday of July' recurs every year (optional). Not dates: '£200', '£8', '47 burials', '120 metres', the ISBN, the list entry number '1057283', the coordinates, 'summer weekends'.",
        ],
    )
    return d, g
