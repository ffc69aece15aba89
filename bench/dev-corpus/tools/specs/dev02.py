from goldlib import Doc


def make():
    d = Doc("dev02_91d03f6e.txt", "html")
    d.date("October 7, 2018", "2018-10-07", in_cruft=True, note="date in the byline line")
    d.date("October 2010", "2010-10")
    d.date("1965", "1965", ctx="the 1965 agreement", note="a year naming an agreement is still a date mention")
    d.date("early 2000s", "200X", qualifier="early", accept=["200"], accept_text=["the early 2000s"])
    d.date("9/11", "2001-09-11", note="event name = 2001-09-11")
    d.date("FY2019", "2018-07/2019-06", accept=["2019", "2018/2019"],
           note="Pakistan's fiscal year 2019 = 1 July 2018 to 30 June 2019; the sentence itself says it began on 1st July 2018")
    d.date("1st July 2018", "2018-07-01")
    d.date("14-15 November, 2017", "2017-11-14/2017-11-15")
    d.date("1990s", "199X", ctx="since the 1990s", accept=["199"], accept_text=["the 1990s"])
    d.date("December 2017", "2017-12")
    d.date("October 7th, 2018", "2018-10-07", in_cruft=True, note="inside the 'Published in …' line")
    d.date("2018", "2018", ctx="© 2018", in_cruft=True)

    d.opt("the last decade", note="relative to the time of writing (2018)")
    d.opt("Ten months later", "2018-10", note="ten months after December 2017")

    g = d.build(
        title="Trade corridors need more than ribbon-cutting",
        title_accept=[],
        title_reject=["THE DAILY LEDGER", "Opinion"],
        authors=["Shahida Qureshi"],
        published="2018-10-07",
        optional_lines=["Trade corridors need more than ribbon-cutting"],
        cruft=[
            "E-Paper | Archives | Subscribe",
            "THE DAILY LEDGER",
            "\nHome\n",
            "\nOpinion\n",
            "Shahida Qureshi Published October 7, 2018",
            "The writer is a former ambassador.",
            "Published in The Daily Ledger, October 7th, 2018",
            "Comments are closed on this story.",
            "Follow The Daily Ledger on Twitter and Facebook",
            "© 2018 The Daily Ledger Group of Newspapers",
        ],
        keep=[
            "EVERY few months a minister drives to a border crossing",
            "The photographs are good. The trade figures, unfortunately, are not.",
            "Consider the road to Afghanistan and, beyond it, to the Central Asian republics.",
            "The Afghanistan-Pakistan Transit Trade Agreement, signed in October 2010, replaced the 1965 agreement",
            "The reason is not distance. It is uncertainty.",
            "On a bad day the queue at Torkham has stretched to more than 2,000 vehicles.",
            "It is true that the border changed after 9/11",
            "The budget for FY2019, which began on 1st July 2018, allocated Rs 2.4 billion for border infrastructure.",
            "The regional conference held in Ashgabat on 14-15 November, 2017 produced a long list of projects",
            "Diplomats still argue about the missing definite article in Resolution 242",
            "In December 2017 the commerce ministry promised",
            "But a corridor is only as good as its slowest checkpoint.",
            "That is harder than cutting a ribbon. It is also the only thing that works.",
        ],
        not_dates=["more than four decades", "2,000 vehicles", "Rs 2.4 billion", "Resolution 242", "24 hours",
                   "four days", "25 years", "nearly a third"],
        repairs=[],
        paragraph_count_hint=10,
        paragraph_breakdown={"heading": 0, "list_item": 0, "paragraph": 10},
        notes=[
            "Newspaper op-ed page saved as text, blank lines between elements. Masthead lines ('E-Paper | Archives | Subscribe', 'THE DAILY LEDGER', 'Home', 'Opinion') and the footer lines are cruft.",
            "'Shahida Qureshi Published October 7, 2018' is name and date on one line: the byline, cruft. authors = ['Shahida Qureshi'], published = 2018-10-07.",
            "The closing 'The writer is a former ambassador.' is the author bio and 'Published in The Daily Ledger, October 7th, 2018' the print-edition line: both cruft; their dates are listed with in_cruft.",
            "'EVERY' at the start of the first paragraph is the paper's drop-cap style; keep it as printed.",
            "'FY2019' is Pakistan's fiscal year, which the same sentence says began on 1st July 2018: EDTF 2018-07/2019-06; the bare year 2019 and 2018/2019 are accepted.",
            "'14-15 November, 2017' is a day range (2017-11-14/2017-11-15). 'the 1965 agreement' names an agreement by its year: still a date mention. '9/11' is the event = 2001-09-11.",
            "Not dates: 'Resolution 242' (a UN resolution number), '2,000 vehicles', 'Rs 2.4 billion', durations ('more than four decades', '24 hours', 'four days', 'the next 25 years'), 'nearly a third'.",
            "'the last decade' and 'Ten months later' are relative: optional dates.",
        ],
    )
    return d, g
