from goldlib import Doc

Q9D = "\u009d"
ENC = [
    ("Iâ€™d been told", "I’d been told"),
    ("older â€œribbon roadâ€" + Q9D + " barely", "older “ribbon road” barely"),
    ("The cafÃ© next door", "The café next door"),
    ("the waitress â€“ who", "the waitress – who"),
    ("the bottle.Â\u00a0Itâ€™s ridiculous", "the bottle.\u00a0It’s ridiculous"),
    ("my reservation â€“ the owner", "my reservation – the owner"),
    ("If youâ€™ve driven them", "If you’ve driven them"),
    ("pie ˆ la mode", "pie à la mode"),
    ("dŽjˆ vu", "déjà vu"),
]


def make():
    d = Doc("dev08_58e1d9f3.txt", "html")
    d.date("22nd September 2019", "2019-09-22", in_cruft=True, note="in the 'Posted on … by …' line")
    d.date("1926", "1926")
    d.date("1930s", "193X", ctx="In the 1930s", accept=["193"], accept_text=["the 1930s"])
    d.date("early 80s", "198X", qualifier="early", accept=["198"], accept_text=["the early 80s"])
    d.date("June 27, 1985", "1985-06-27")
    d.date("1930s", "193X", ctx="a 1930s gas station", accept=["193"], note="a decade used as an adjective")
    d.date("summer of 1968", "1968-22", accept=["1968-06/1968-08"], accept_text=["the summer of 1968"],
           note="EDTF season code 22 = summer; followed by a NO-BREAK SPACE")
    d.date("2008", "2008")
    d.date("1898", "1898")
    d.date("September 24, 2019", "2019-09-24", in_cruft=True)
    d.time("8:15 pm", "20:15", in_cruft=True)
    d.date("2017", "2017", ctx="stretch in 2017", in_cruft=True, note="inside a reader comment")
    d.date("September 25, 2019", "2019-09-25", in_cruft=True)
    d.time("9:02 am", "09:02", in_cruft=True)
    d.date("2019", "2019", ctx="© 2019 Slow", in_cruft=True)

    d.opt("next year", "2020", note="relative to the post (September 2019)")

    g = d.build(
        title="Pie, Neon and a Closed Motel: Three Days on Route 66 in Oklahoma",
        title_accept=[],
        title_reject=["Slow Miles", "Day one: Miami to Tulsa"],
        authors=["Maren Holt"],
        published="2019-09-22",
        optional_lines=["Pie, Neon and a Closed Motel: Three Days on Route 66 in Oklahoma"],
        cruft=[
            "Slow Miles\ntravel notes from the long way round",
            "\nHome\n",
            "\nDestinations\n",
            "\nRoad Trips\n",
            "About Maren",
            "Posted on 22nd September 2019 by Maren Holt",
            "Share this:",
            "\nFacebook\n",
            "\nPinterest\n",
            "\nEmail\n",
            "Posted in Road Trips, USA | Tagged Oklahoma, pie, Route 66",
            "2 thoughts on “Pie, Neon and a Closed Motel: Three Days on Route 66 in Oklahoma”",
            "Dale K.",
            "September 24, 2019 at 8:15 pm",
            "Great write-up! We did the same stretch in 2017 and the round barn was our favourite stop too.\nReply",
            "Maren Holt\nSeptember 25, 2019 at 9:02 am",
            "Thanks Dale! It’s a lovely place.\nReply",
            "Leave a comment",
            "Copyright © 2019 Slow Miles. All rights reserved.",
        ],
        keep=[
            "been told that Oklahoma has more miles of the old road than any other state",
            "The highway was commissioned in 1926, and for half a century it was the main road between Chicago and Los Angeles.",
            "By the early 80s most of it had been bypassed by the interstates, and on June 27, 1985 it was formally removed from the US Highway System.",
            "Day one: Miami to Tulsa",
            "My first stop was a 1930s gas station that has been turned into a visitor centre",
            "In Tulsa I spent an evening at the Meadow Gold sign",
            "Day two: Tulsa to Oklahoma City",
            "In Stroud I ate at a café that was gutted by fire in 2008 and rebuilt by its owners",
            "every town seems familiar, and none of them is quite the same.",
            "a round barn built in 1898 that has been restored by volunteers",
            "Day three: Oklahoma City to Texola",
            "West of the capital the landscape opens out and the towns get further apart.",
            "A few practical notes",
            "summer is hot and the old concrete sections can be rough on tyres.",
            "A paper guide with turn-by-turn directions is worth the $25.",
        ],
        not_dates=["Route 66", "I-40", "$11.50", "$25", "66-foot", "half a century", "three days", "two hours",
                   "nine feet", "the best months are spring and autumn; summer is hot"],
        repairs=[{"raw": b, "expected": f, "required": True} for b, f in ENC] + [
            {"raw": "couldn'’t", "expected": "couldn’t", "required": False,
             "note": "ASCII apostrophe followed by U+2019"},
        ],
        encoding_repairs=[{"broken": b, "fixed": f} for b, f in ENC],
        paragraph_count_hint=13,
        paragraph_breakdown={"heading": 4, "list_item": 0, "paragraph": 9},
        notes=[
            "Blog post saved as text. Cruft: blog name and tagline, four menu lines, 'Posted on 22nd September 2019 by Maren Holt' (byline: authors = ['Maren Holt'], published = 2019-09-22), the share block, the 'Posted in … | Tagged …' line, the comment section (heading, two comments with names, timestamps and 'Reply') and the copyright line.",
            "Mojibake: six of the nine body paragraphs were stored as UTF-8 read as windows-1252 (browser style): ’ is 'â€™', “ is 'â€œ', ” is 'â€' followed by the invisible U+009D, – is 'â€“', é is 'Ã©', a NO-BREAK SPACE is 'Â' + U+00A0. Every such sequence must be repaired; encoding_repairs lists one example of each kind (and repairs the same as required repairs). The other paragraphs are clean.",
            "MacRoman slips in a clean paragraph: 'pie ˆ la mode' (MacRoman à = 0x88 read as cp1252 'ˆ') and 'dŽjˆ vu' (é = 0x8E read as 'Ž'): 'pie à la mode', 'déjà vu'.",
            "A clean paragraph has a real NO-BREAK SPACE after '1968.' and a doubled apostrophe 'couldn'’t' (ASCII ' + U+2019): should read 'couldn’t' (required false).",
            "Keep strings avoid every mojibake spot, NBSP and the doubled apostrophe, so they match after repair.",
            "Dates: 'the early 80s' = 198X early; 'a 1930s gas station' is still a decade mention; 'the summer of 1968' = 1968-22. 'next year' is relative (optional).",
            "Not dates: 'Route 66' (road number, many times), 'I-40', '66-foot', '$11.50', '$25', durations and lengths, and the generic seasons in 'the best months are spring and autumn; summer is hot'.",
        ],
    )
    return d, g
