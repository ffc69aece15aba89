from goldlib import Doc, reference_entries

HDR = "Journal of Himalayan Border Studies, Vol. 9, No. 2"


def make():
    d = Doc("dev04_7f3b6d40.txt", "pdf")
    raw = d.raw

    d.cit("(Dorjee and\nNamgyal, 2012)", ["Dorjee", "Namgyal"], 2012, note="broken across a line break")
    d.cit("(Mukherjee,\n2008)", ["Mukherjee"], 2008, note="broken across a line break after the comma")
    d.cit("(Rinchen and Sharma, 2014)", ["Rinchen", "Sharma"], 2014)
    d.cit("Subba 2010", ["Subba"], 2010, group="(Subba 2010; Tsering 2013)",
          note="first of two citations in one parenthesis; raw is the part, group the whole parenthesis")
    d.cit("Tsering 2013", ["Tsering"], 2013, group="(Subba 2010; Tsering 2013)")
    d.cit("Wangchuk (2015)", ["Wangchuk"], 2015, note="narrative citation: the author's name outside the parentheses")
    d.cit("(Gupta et al., 2016)", ["Gupta et al."], 2016, surnames=["Gupta"],
          accept_surnames=[["Gupta", "Pradhan", "Lepcha"]],
          note="'et al.' stands for Pradhan and Lepcha (reference list)")
    d.cit("Bhutia (2009)", ["Bhutia"], 2009, note="narrative citation")
    d.cit("(Rinchen and Sharma, 2014)", ["Rinchen", "Sharma"], 2014)
    d.cit("(Sen 2011: 73)", ["Sen"], 2011, note="no comma before the year; ': 73' is a page number")

    d.date("2017", "2017", ctx="(2017), pp. 141-143", in_cruft=True, note="issue year in the masthead")
    d.date("14 March 2017", "2017-03-14", in_cruft=True)
    d.date("2 August 2017", "2017-08-02", in_cruft=True)
    d.date("6 July 2006", "2006-07-06")
    d.date("2012 and 2015", "2012/2015", accept_split=True, accept_text=["between 2012 and 2015"])
    d.date("twentieth century", "19", accept=["19XX"],
           accept_text=["the twentieth century", "the first half of the twentieth century"],
           note="'the first half of the twentieth century': qualifier early is acceptable but not required")
    d.date("1950s", "195X", ctx="after the 1950s", accept=["195"], accept_text=["the 1950s"])
    d.date("1962", "1962", ctx="border war of\n1962", note="follows a line break; 'the border war of 1962'")
    d.date("June 2003", "2003-06")
    d.date("2012", "2012", ctx="the 2012 season")
    d.date("2006", "2006", ctx="once since 2006")
    d.date("2013", "2013", ctx="In the 2013\nseason")
    d.date("2014", "2014", ctx="the 2014 season")
    d.date("April 2013 and October 2015", "2013-04/2015-10",
           accept_text=["between April 2013 and October 2015"])
    d.date("early 20th century", "19", qualifier="early", accept=["19XX"], accept_text=["the\nearly 20th century"])

    d.opt("2006", "2006", ctx="after the 2006 Reopening", note="in the title line (optional_lines)")
    d.opt("three years later", "2006", note="three years after June 2003")
    d.opt("the beginning of May to the end of November",
          note="the trading season every year: recurring months with no year")
    d.opt("today", ctx="exists today", note="the time of writing (2017)")

    refs = reference_entries(raw, "References\n\n", stop="\n143\n")
    g = d.build(
        title="Border Trade at Nathu La: Local Livelihoods after the 2006 Reopening",
        title_accept=[],
        title_reject=["JOURNAL OF HIMALAYAN BORDER STUDIES", "RESEARCH NOTE", "Abstract", HDR],
        authors=["Karma Dolkar Bhutia", "Anirban Sen"],
        published="2017",
        optional_lines=["Border Trade at Nathu La: Local Livelihoods after the 2006 Reopening"],
        cruft=[
            "JOURNAL OF HIMALAYAN BORDER STUDIES",
            "Volume 9, Number 2 (2017), pp. 141-143",
            "ISSN 2349-8811",
            "RESEARCH NOTE",
            "Karma Dolkar Bhutia1 and Anirban Sen2",
            "1 Department of Geography, Sikkim University, Gangtok, India",
            "2 Centre for Himalayan Studies, University of North Bengal, Darjeeling, India",
            "Corresponding author: kdbhutia@example.ac.in",
            "Received: 14 March 2017 / Accepted: 2 August 2017",
            "\n141\n",
            HDR,
            "\n142\n",
            "\n143\n",
        ],
        cruft_repeats={HDR: 2},
        keep=[
            "The reopening of the Nathu La pass to trade on 6 July 2006 was hailed as a turning point",
            "Keywords: border trade, Nathu La, Sikkim, livelihoods, Sino-Indian relations",
            "1. Introduction",
            "1962, after which the pass was closed for more than four decades.",
            "The decision to reopen the route was taken in principle in June 2003 and implemented",
            "2. The rules of the trade",
            "The trading season runs from the beginning of May to the end of November",
            "3. Data and methods",
            "The survey covered 212 of the traders who held valid trade passes in the 2014 season,",
            "4. Findings",
            "Three findings stand out. First, the trade is highly concentrated.",
            "Second, the indirect effects are larger than the direct ones.",
            "Third, the rules discourage growth.",
            "5. Discussion and conclusion",
            "None of these measures requires new infrastructure",
            "political will on both sides of the border.",
            "References",
        ],
        references=refs,
        not_dates=["pp. 1962-1974", "more than four decades", "three weeks", "four days a week",
                   "a survey of 212", "ISSN 2349-8811"],
        repairs=[
            {"raw": "turning point in Sino-\nIndian relations", "expected": "turning point in Sino-Indian relations",
             "required": True, "note": "real compound split at the line end: keep the hyphen, no space"},
            {"raw": "other manu-\nfactured goods", "expected": "other manufactured goods", "required": True,
             "note": "end-of-line hyphenation: join the word and drop the hyphen"},
            {"raw": "(Dorjee and\nNamgyal, 2012)", "expected": "(Dorjee and Namgyal, 2012)", "required": True},
            {"raw": "(Mukherjee,\n2008)", "expected": "(Mukherjee, 2008)", "required": True},
            {"raw": "on long-\nstanding networks", "expected": "on long-standing networks", "required": True,
             "note": "real compound split at the line end: keep the hyphen"},
            {"raw": "local and regional develop-\nment, three", "expected": "local and regional development, three",
             "required": True, "note": "end-of-line hyphenation: join"},
            {"raw": "communities along the\n141\n" + HDR + "\n\nroad. Wangchuk",
             "expected": "communities along the road. Wangchuk", "required": False,
             "note": "page break in mid-sentence: page number, running header and a blank line; ideally one paragraph"},
            {"raw": "treat the trade as\n142\n" + HDR + "\na full-time occupation",
             "expected": "treat the trade as a full-time occupation", "required": False,
             "note": "page break in mid-sentence without a blank line"},
        ],
        hyphenation=[
            {"raw": "Sino-\nIndian", "expect": "Sino-Indian", "kind": "compound"},
            {"raw": "manu-\nfactured", "expect": "manufactured", "kind": "join"},
            {"raw": "long-\nstanding", "expect": "long-standing", "kind": "compound"},
            {"raw": "develop-\nment", "expect": "development", "kind": "join"},
        ],
        paragraph_count_hint=29,
        paragraph_breakdown={"heading": 7, "list_item": 9, "paragraph": 13},
        notes=[
            "PDF text extraction of a three-page research note: lines hard-wrapped at about 90 characters, paragraphs separated by blank lines. body_text must re-flow the lines of each paragraph with single spaces.",
            "Front matter is cruft: the masthead ('JOURNAL OF HIMALAYAN BORDER STUDIES', 'Volume 9, Number 2 (2017), pp. 141-143', ISSN), 'RESEARCH NOTE', the author line with affiliation digits ('Bhutia1', 'Sen2': not footnotes), the two affiliation lines, the e-mail line and the Received/Accepted line. The title line is optional.",
            "Page furniture is cruft: the page numbers 141, 142, 143 alone on a line (given with their newlines; the scorer tests a bare number as a stand-alone number) and the running header 'Journal of Himalayan Border Studies, Vol. 9, No. 2', which is repeated on pages 2 and 3 (cruft_repeats: it occurs twice and both copies must go).",
            "The first page break falls in mid-sentence ('along the' / 'road.') and leaves a blank line once the page number and header are removed; the second one has no blank line. Both should read as one paragraph (repairs with required false).",
            "Line-end hyphens: 'manu-/factured' and 'develop-/ment' are hyphenated words to join; 'Sino-/Indian' and 'long-/standing' are real compounds whose hyphen stays (see hyphenation).",
            "Citations: 10 author-year citations. '(Dorjee and\\nNamgyal, 2012)' and '(Mukherjee,\\n2008)' are broken across lines. '(Subba 2010; Tsering 2013)' holds two citations (group). 'Wangchuk (2015)' and 'Bhutia (2009)' are narrative citations. '(Sen 2011: 73)' has a page number. '(Gupta et al., 2016)': surnames ['Gupta'], the full list from the reference list is accepted.",
            "The reference list (9 entries, each a list item) is content. Years in it are not date mentions (neutral); 'pp. 1962-1974' is a page range, not the years 1962-1974, and is listed in not_dates.",
            "published = 2017, the issue year printed in the masthead. The Received/Accepted dates are in cruft.",
            "Dates: 'the first half of the twentieth century' is the 20th century (19), early acceptable; 'the early 20th century' the same with qualifier early. 'between 2012 and 2015' is a year range (accept_split); 'between April 2013 and October 2015' a month range. 'the beginning of May to the end of November' recurs every year: optional.",
        ],
    )
    return d, g
