from goldlib import Doc

TITLE = "The “Penn Sardin” Strike of 1924–1925"


def make():
    d = Doc("dev09_0bd4a761.txt", "txt", encoding="cp1252")
    d.date("Autumn 2004", "2004-23", accept=["2004-09/2004-11"], in_cruft=True,
           note="issue date in the newsletter masthead; EDTF season code 23 = autumn")
    d.date("19th century", "18", accept=["18XX"], accept_text=["the 19th century"])
    d.date("twentieth", "19", accept=["19XX"], accept_text=["the twentieth", "the first half of the twentieth"],
           note="elliptical for 'the twentieth century' ('the 19th century and the first half of the twentieth'); qualifier early acceptable, not required")
    d.date("1880s", "188X", accept=["188"], accept_text=["the 1880s"])
    d.time("5 a.m.", "05:00")
    d.date("1924", "1924", ctx="centimes in 1924")
    d.date("21 November 1924", "1924-11-21")
    d.date("1 January 1925", "1925-01-01")
    d.date("6 January 1925", "1925-01-06")
    d.date("November 1924 – January 1925", "1924-11/1925-01",
           note="month range written with a spaced en dash")
    d.date("May 1925", "1925-05")
    d.date("March-April 1926", "1926-03/1926-04")
    d.date("late 1920s", "192X", qualifier="late", accept=["192"], accept_text=["the late 1920s"])
    d.date("1950s", "195X", ctx="end of the 1950s", accept=["195"],
           accept_text=["the 1950s", "the end of the 1950s"],
           note="'By the end of the 1950s': qualifier late acceptable, not required")
    d.date("3rd of March 1957", "1957-03-03", accept_text=["the 3rd of March 1957"])
    d.date("1920s", "192X", ctx="from the 1920s", accept=["192"], accept_text=["the 1920s"])
    d.date("18 November 2004", "2004-11-18", in_cruft=True, accept_text=["Thursday 18 November 2004"])
    d.time("8.30 p.m.", "20:30", in_cruft=True)

    d.opt("1924–1925", "1924/1925", ctx="Strike of 1924–1925", note="in the title line (optional_lines)")
    d.opt("today", ctx="quay today")
    d.opt("midnight", note="a clock time (00:00) without a date; may be reported as a time or not")
    d.opt("a few days later", "1925-01", note="after the shooting of 1 January 1925")
    d.opt("some months later", note="after May 1925")

    g = d.build(
        title=TITLE,
        title_accept=['The "Penn Sardin" Strike of 1924-1925', "The Penn Sardin Strike of 1924–1925"],
        title_reject=["DOUARNENEZ LOCAL HISTORY CIRCLE – NEWSLETTER No. 47 – Autumn 2004", "The strike"],
        authors=["Hélène Quéméner"],
        published="2004-23",
        published_accept=["2004"],
        optional_lines=[TITLE],
        cruft=[
            "DOUARNENEZ LOCAL HISTORY CIRCLE – NEWSLETTER No. 47 – Autumn 2004",
            "Members’ edition – not for resale",
            "by Hélène Quéméner",
            "Next meeting: Thursday 18 November 2004, 8.30 p.m., salle Ar Gwez, rue Jean-Jaurès. Annual subscription €15 (couples €25).",
        ],
        keep=[
            "Anyone who walks along the Rosmeur quay today",
            "The town lived on sardines.",
            "From the 1880s onwards more than twenty canneries stood along the waterfront",
            "When the boats came in, the factory sirens could sound at 5 a.m. or at midnight",
            "The dispute began on 21 November 1924",
            "the town’s communist mayor, Daniel Le Flanchec, gave the strikers the use of the town hall",
            "For six weeks Douarnenez was the centre of national attention.",
            "On 6 January 1925 an agreement was signed that raised the hourly rate to one franc",
            "Afterwards",
            "Joséphine Pencalet, who was elected to the council at a time when French women could neither vote nor stand for office.",
            "In March-April 1926 several of them tried to reduce the hourly rate again",
            "Remembering",
            "In an interview recorded on the 3rd of March 1957, a former packer named Marie-Anne Kerhervé",
            "made by the schoolteacher Yves Le Dœuff, is held in the municipal archives (reference 3 Z 112)",
            "Members who have family papers or photographs from the 1920s are asked to contact the secretary.",
        ],
        not_dates=["80 centimes", "eighteen hours", "six weeks", "forty-six days", "in her sixties", "3 Z 112",
                   "two thousand women", "one franc an hour", "time and a half", "No. 47", "€15"],
        repairs=[],
        paragraph_count_hint=12,
        paragraph_breakdown={"heading": 3, "list_item": 0, "paragraph": 9},
        notes=[
            "The file is encoded in windows-1252 (cp1252), not UTF-8: bytes 0x96 (en dash), 0x92/0x93/0x94 (curly quotes), 0xE9 (é), 0x9C (œ), 0x80 (€) and others. Decoded as UTF-8 it fails; every quoted string here (and every offset) refers to the text decoded as cp1252. Keep strings with 'Joséphine', 'Kerhervé', 'Dœuff' and ’ test the decoding.",
            "A local-history newsletter article kept as a plain text file (origin_format txt). Cruft: the masthead line (with the issue date 'Autumn 2004', so published = 2004-23, the season; the year 2004 is accepted), 'Members’ edition – not for resale', the byline 'by Hélène Quéméner' (authors) and the closing 'Next meeting: …' notice.",
            "The title line 'The “Penn Sardin” Strike of 1924–1925' is optional; its range is an optional date for that reason. The three subheadings ('The strike', 'Afterwards', 'Remembering') stay.",
            "Dates: 'November 1924 – January 1925' is a month range with a spaced en dash; 'March-April 1926' a month range; 'the 3rd of March 1957' an ordinal day; 'the first half of the twentieth' is the twentieth century (elliptical); '5 a.m.' a clock time; 'the end of the 1950s' = 195X (late acceptable).",
            "Traps: 'in her sixties' is an age, not the 1960s; '80 centimes', 'one franc an hour', 'eighteen hours', 'six weeks', 'forty-six days', the archive reference '3 Z 112'. 'today', 'midnight', 'a few days later' and 'some months later' are optional.",
        ],
    )
    return d, g
