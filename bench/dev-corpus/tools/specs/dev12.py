from goldlib import Doc, reference_entries

TITLE = "Cooling the Milk Chain: Options for Smallholder Dairy in Kenya"


def make():
    d = Doc("dev12_d1397b2f.txt", "pdf")
    raw = d.raw
    for n, s in [(1, "five cows.1"), (2, "of production.2"), (3, "save fuel.3"), (4, "go financing.4"),
                 (5, "banks demand.5"), (6, "consumers.6")]:
        d.fn(n, s)

    d.cit("(Njeri 2015, p. 44)", ["Njeri"], 2015, note="no comma before the year; page number after it")
    d.cit("(Kiptoo et al., 2017)", ["Kiptoo et al."], 2017, surnames=["Kiptoo"],
          accept_surnames=[["Kiptoo", "Wambugu", "Rono"]])
    d.cit("(Mwangi and\nOtieno, 2018)", ["Mwangi", "Otieno"], 2018, note="broken across a line break")
    d.cit("(KDB,\n2020)", ["KDB"], 2020, accept_surnames=[["Kenya Dairy Board"]],
          note="corporate author (Kenya Dairy Board); broken across a line break")
    d.cit("(World Bank, 2020a)", ["World Bank"], 2020,
          note="corporate author; year with a letter suffix (2020a): year 2020")
    d.cit("Odhiambo, 2021", ["Odhiambo"], 2021, group="(Odhiambo, 2021; FAO, 2019)")
    d.cit("FAO, 2019", ["FAO"], 2019, group="(Odhiambo, 2021; FAO, 2019)",
          accept_surnames=[["Food and Agriculture Organization of the United Nations"]])

    d.date("MAY 2022", "2022-05", in_cruft=True, note="issue date on the cover line")
    d.date("1990s", "199X", accept=["199"], accept_text=["the 1990s"])
    d.date("2000s", "200X", accept=["200"], accept_text=["the 2000s"])
    d.date("2019", "2019", ctx="Board in 2019")
    d.date("October–December 2016", "2016-10/2016-12")
    d.date("2018", "2018", ctx="since 2018")
    d.date("2013", "2013", ctx="\f2013, would",
           note="first characters of page 3, right after the page break that splits 'introduced for irrigation in | 2013'")
    d.date("2010", "2010", ctx="adopted in 2010")
    d.date("2019", "2019", ctx="the 2019 census", note="in the Notes list")
    d.date("FY2020/21", "2020-07/2021-06", accept=["2020/2021", "2021"],
           note="Kenya's fiscal year 2020/21 runs from 1 July 2020 to 30 June 2021")
    d.date("30.06.2021", "2021-06-30", note="dd.mm.yyyy")

    refs = reference_entries(raw, "References\n\n", stop="\n\nIAPA Policy Brief No. 14 | Page 4")
    g = d.build(
        title=TITLE,
        title_accept=[],
        title_reject=["POLICY BRIEF No. 14 | MAY 2022", "Key messages",
                      "Institute for Agricultural Policy Analysis (IAPA), Nairobi"],
        authors=["Faith Chebet", "Samuel Kariuki"],
        published="2022-05",
        optional_lines=[TITLE],
        cruft=[
            "POLICY BRIEF No. 14 | MAY 2022",
            "Institute for Agricultural Policy Analysis (IAPA), Nairobi",
            "Faith Chebet and Samuel Kariuki",
            "IAPA Policy Brief No. 14 | Page 1\n\f",
            "IAPA Policy Brief No. 14 | Page 2\n\f",
            "IAPA Policy Brief No. 14 | Page 3\n\f",
            "IAPA Policy Brief No. 14 | Page 4\n\f",
        ],
        keep=[
            "Key messages",
            "Bulk milk coolers at collection centres cut losses sharply, but many stand idle",
            "Introduction",
            "Dairy is the largest agricultural subsector in Kenya by value, and most of the",
            "Losses are highest in the evening.",
            "The evidence on cooling",
            "Where they work, the results are striking.",
            "But many coolers do not work, or work only part of the time.",
            "The drought of October–December 2016, when the short rains failed across much of",
            "Solar-powered cooling has spread rapidly since 2018, helped by falling panel",
            "Policy options",
            "Three changes would make public spending on cooling more effective.",
            "with the commitments made under Vision 2030 and with the dairy master plan",
            "Conclusion",
            "Notes",
            "At prices prevailing on 30.06.2021, running a 5 kVA generator for eight hours",
            "References",
        ],
        references=refs,
        not_dates=["Vision 2030", "3,000 to 5,000 litres", "200 to 500 litres", "1.8 million", "survey of 146",
                   "20 to 35 per cent", "3 to 5 shillings", "5 kVA", "KSh 1,600", "12 to 24 months", "50 per cent",
                   "1971-1985", "ISBN 978-92-5-131726-4", "doi:10.1016/j.esd.2021.07.004", "once a day",
                   "four hours", "eight hours", "between one and five cows"],
        repairs=[
            {"raw": "(Mwangi and\nOtieno, 2018)", "expected": "(Mwangi and Otieno, 2018)", "required": True},
            {"raw": "(KDB,\n2020)", "expected": "(KDB, 2020)", "required": True},
            {"raw": "It is above all an organis-\national and financial",
             "expected": "It is above all an organisational and financial", "required": True,
             "note": "end-of-line hyphenation: join"},
            {"raw": "pay-as-you-go financing.4 Small", "expected": "pay-as-you-go financing. Small", "required": True},
            {"raw": "introduced for irrigation in\n\nIAPA Policy Brief No. 14 | Page 2\n\f2013, would reduce",
             "expected": "introduced for irrigation in 2013, would reduce", "required": False,
             "note": "page break in mid-sentence: footer, form feed and a blank line; ideally one paragraph"},
        ],
        hyphenation=[{"raw": "organis-\national", "expect": "organisational", "kind": "join"}],
        paragraph_count_hint=33,
        paragraph_breakdown={"heading": 7, "list_item": 16, "paragraph": 10},
        notes=[
            "Policy brief converted from PDF with pdftotext: lines wrapped at about 80 characters, blank lines between paragraphs, and a form feed (U+000C) at the end of every page, right after the page footer 'IAPA Policy Brief No. 14 | Page N'. Each footer is cruft together with its newline and form feed.",
            "Cover lines are cruft: 'POLICY BRIEF No. 14 | MAY 2022' (published = 2022-05), the institute line and the author line 'Faith Chebet and Samuel Kariuki' (authors). The title line is optional.",
            "The page break between pages 2 and 3 falls in mid-sentence ('introduced for irrigation in' / '2013, would reduce …'), with a blank line before the footer: ideally one paragraph, and '2013' at the top of the page is a year, not a page number or list number.",
            "Both citation styles: 6 footnote markers glued to words ('cows.1' … 'consumers.6'), explained in the Notes list at the end, and 7 author-year citations. '(Mwangi and\\nOtieno, 2018)' and '(KDB,\\n2020)' are broken across lines; '(Odhiambo, 2021; FAO, 2019)' holds two (group); '(Njeri 2015, p. 44)' has a page; '(World Bank, 2020a)' has a year suffix; KDB, FAO and World Bank are corporate authors.",
            "The Notes list (6 notes, '1 The figure …' … '6 The authors …') and the References list (7 entries) are content, one list item per note or entry; the note numbers at the start of the notes are list numbers, not footnote markers. The three 'Key messages' bullets are list items too. None of these lists has blank lines between its items. A splitter that keeps each list as one block gets 26 blocks instead of 33 (outside the ±3 window).",
            "Dates in the Notes are real date mentions ('the 2019 census', 'FY2020/21' = 2020-07/2021-06, '30.06.2021' = 2021-06-30); years in the References are neutral, but '1971-1985' there is a page range (not_dates). 'October–December 2016' is a month range.",
            "Not dates: 'Vision 2030' (a plan's name), the ISBN, the DOI (contains '2021.07'), litres, shillings, 'KSh 1,600', '5 kVA', durations, percentages.",
        ],
    )
    return d, g
