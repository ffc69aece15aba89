"""Gold specs for documents 01-04 (encyclopedia, NGO report, forum thread, 1868 OCR chapter)."""
from corpus import Gold


def doc01():
    G = Gold("01-wiki-harnfield-canal.txt", "html")
    title = "Harnfield Canal"
    G.meta(title=title, title_reject=["Commonpedia", "Contents", "Jump to content", "Main menu",
                                      "From Commonpedia, the free encyclopedia", "References"],
           authors=[], published="2024-02-14")
    G.optional_lines(title)
    G.cruft(
        "Jump to content", "Main menu", "\nSearch\n", "Create account", "Log in", "Add languages",
        "\nArticle\n", "\nTalk\n", "\nRead\n", "\nEdit\n", "View history",
        "From Commonpedia, the free encyclopedia",
        "This article needs additional citations for verification. Please help improve this article by adding citations to reliable sources. Unsourced material may be challenged and removed.",
        'Find sources: "Harnfield Canal" – news · books · scholar (March 2019)',
        "Contents\n\n1 Route\n\n2 History\n\n2.1 Construction\n\n2.2 Decline\n\n3 Restoration\n\n4 See also\n\n5 References\n\n6 External links",
        "See also[edit]\n\nCanals of the United Kingdom\n\nCalder and Hebble Navigation",
        "External links[edit]\n\nHarnfield Canal Trust",
        "Categories: Canals in West Yorkshire Canals opened in 1801 Transport infrastructure completed in 1801 Restored canals",
        "This page was last edited on 14 February 2024, at 09:12 (UTC).",
        "Text is available under the Creative Commons Attribution-ShareAlike License 4.0; additional terms may apply. By using this site, you agree to the Terms of Use and Privacy Policy.",
        "Privacy policy", "About Commonpedia", "Disclaimers", "Contact Commonpedia", "Mobile view",
    )
    G.cruft_repeated("[edit]", "[citation needed]")
    G.keep(
        "The Harnfield Canal is a narrow canal in the north of England",
        "It was authorised by an Act of Parliament in 1794 and opened throughout in 1801.",
        "The Long Pound between Lock 7 and Lock 8 is just under three miles long",
        "The first survey was made by the engineer Josiah Mellor in the summer of 1792",
        "The canal opened to Cragg Bridge in 1800 and to Harnfield on 22 June 1801, when a procession of eleven boats was greeted by a brass band.",
        "Tonnage peaked in the 1830s at about 140,000 tons a year",
        "The Harnfield Canal Trust was founded in 1974 by a group of local walkers.",
        "and the Trust aims to reopen the full line by 2035.",
        "The Harnfield Steps remain the largest obstacle",
        "Above Cragg Bridge the flight of eleven locks known as the Harnfield Steps lifts the canal 118 feet in less than a mile.",
        "Hadfield, R. (1972). Canals of the West Riding.",
        "Birtwhistle, Anne (2011). The Harnfield Canal: A History.",
    )
    for upto, n in [("opened throughout in 1801.[1]", 1), ("restored about half of its length.[2]", 2),
                    ("in less than a mile.[3]", 3), ("for their dye-houses.[1]", 1),
                    ("work stopped for almost two years.[4]", 4), ("much of the traffic within a decade.[2]", 2),
                    ("abandonment was issued in 1938.[5]", 5), ("by a group of local walkers.[2]", 2),
                    ("which reopened on 3 April 2002.[6]", 6)]:
        G.fn(upto, n, marker=f"[{n}]")
    G.ref("Mellor, Josiah (1796). A Report on the Harnfield Navigation. Harnfield: T. Ogden.", ref_no=1,
          authors=["Mellor"], year=1796, title="A Report on the Harnfield Navigation", cite_key="mellor1796")
    G.ref("Birtwhistle, Anne (2011). The Harnfield Canal: A History. Sowerholme: Pennine Valley Press. p. 212. ISBN 978-0-9560-1123-4.",
          ref_no=2, authors=["Birtwhistle"], year=2011, title="The Harnfield Canal: A History", cite_key="birtwhistle2011")
    G.ref("Hadfield, R. (1972). Canals of the West Riding. London: Towpath Books. p. 88.", ref_no=3,
          authors=["Hadfield"], year=1972, title="Canals of the West Riding", cite_key="hadfield1972")
    G.ref('"Harnfield Canal Company minute book, 1794–1810". West Yorkshire Record Office. Retrieved 12 January 2019.',
          ref_no=4, authors=[], year=None, title="Harnfield Canal Company minute book, 1794–1810")
    G.ref('Clegg, P. (1985). "The last years of the Harnfield Canal". Waterways Journal. 14 (2): 33–41.', ref_no=5,
          authors=["Clegg"], year=1985, title="The last years of the Harnfield Canal", cite_key="clegg1985")
    G.ref('"Entrance lock reopens after 64 years". Sowerholme Courier. 4 April 2002. p. 3.', ref_no=6,
          authors=[], year=2002, title="Entrance lock reopens after 64 years")
    G.date("March 2019", "2019-03", in_cruft=True, note="maintenance template")
    G.date("1794", "1794", at="Act of Parliament in 1794")
    G.date("1801", "1801", at="opened throughout in 1801")
    G.date("late 1930s", "193X", qualifier="late", accept=["193"], accept_text=["the late 1930s"])
    G.date("1938", "1938", at="abandoned in 1938")
    G.date("1970s", "197X", accept=["197"], accept_text=["the 1970s"])
    G.date("1803", "1803")
    G.date("summer of 1792", "1792-22", accept=["1792"])
    G.opt_date("the following spring", "1795-21", note="spring after May 1794")
    G.date("9 May 1794", "1794-05-09")
    G.date("1797", "1797")
    G.date("March 1799", "1799-03")
    G.date("1800", "1800", at="Cragg Bridge in 1800")
    G.date("22 June 1801", "1801-06-22")
    G.date("1830s", "183X", accept=["183"], accept_text=["the 1830s"])
    G.date("1846", "1846")
    G.date("early 20th century", "19", qualifier="early", accept=["19XX"], accept_text=["the early 20th century"])
    G.date("October 1934", "1934-10")
    G.date("1938", "1938", at="issued in 1938")
    G.date("1974", "1974", at="founded in 1974")
    G.date("winter of 1975–76", "1975-24", accept=["1975/1976"], accept_split=True)
    G.date("late 1990s", "199X", qualifier="late", accept=["199"], accept_text=["the late 1990s"])
    G.date("3 April 2002", "2002-04-03")
    G.date("2020", "2020", at="By 2020 boats")
    G.date("2035", "2035")
    G.date("1801", "1801", at="Canals opened in 1801", in_cruft=True, note="category name")
    G.date("1801", "1801", at="completed in 1801", in_cruft=True, note="category name")
    G.date("14 February 2024", "2024-02-14", in_cruft=True, note="'last edited': the published value")
    G.time("09:12", "09:12", in_cruft=True)
    G.not_dates("14 miles (23 km)", "19 locks", "Lock 7", "Lock 8", "Lock 9", "118 feet", "£61,000", "£45,000",
                "140,000 tons", "20 tons", "A646", "almost two years", "within a decade", "License 4.0")
    G.meta(paragraph_count_hint=17, paragraph_breakdown={"heading": 6, "list_item": 6, "paragraph": 5})
    G.note(
        "Wiki-style article page saved as text (html2text-like: a blank line between block elements): site chrome, tabs, the maintenance template ('This article needs additional citations…', 'Find sources: …'), the table of contents, '[edit]' after every section heading, two '[citation needed]' tags, 'See also' and 'External links' link lists, categories, the 'last edited' line and the licence/footer links are cruft.",
        "'[edit]' (8 times) and '[citation needed]' (2 times) are repeated cruft: every occurrence must go (field cruft_repeats gives the count). The headings they follow are content.",
        "Reference markers are bracketed, '[1]'..'[6]', and reused ('[2]' three times): footnotes lists each use in reading order. As in dev-corpus-2 document 07, the shared scorer's fn_body test assumes bare digits, so a perfect pipeline fails it on these 9 markers (see README).",
        "The section headings are content, but they also stand in the table of contents (cruft), so they are not keep strings (a keep string never lies inside a cruft string); the paragraph count checks them.",
        "The References list is content (6 list items). Its '^ a b' backlink prefixes are neither keep nor cruft; reference raw strings start after them. Dates inside references are neutral.",
        "No byline: authors = []. published = the 'last edited' date (as for the encyclopedia page in dev-corpus-2).",
        "'winter of 1975–76' is the meteorological winter starting December 1975 (1975-24); the plain range and two separate years are accepted.",
    )
    return G


def doc02():
    G = Gold("02-ngo-report-vell-fisheries.txt", "pdf")
    title = "Nets and Neighbours: Co-management of small-scale fisheries in the Vell Estuary"
    G.meta(title=title, title_accept=["Nets and Neighbours", "NETS AND NEIGHBOURS"],
           title_reject=["TIDEWATER TRUST", "Field Report Series No. 12", "Contents", "Summary"],
           authors=["Miriam Osei-Lamptey", "Daniel Ferreira"], published="2019-11")
    G.optional_lines("NETS AND NEIGHBOURS", "Co-management of small-scale fisheries in the Vell Estuary")
    lines = G.raw.split("\n")
    heads = [ln for ln in lines if ln.startswith("Nets and Neighbours | Tidewater Trust")]
    toc = [ln for ln in lines if "......" in ln]
    assert len(heads) == 5 and len(toc) == 5
    G.cruft("TIDEWATER TRUST", "Field Report Series No. 12", "Miriam Osei-Lamptey and Daniel Ferreira",
            "\nNovember 2019\n",
            "Tidewater Trust is a registered charity (No. 1148823). This report may be reproduced for non-commercial purposes provided the source is acknowledged.",
            "\nContents\n", *toc, *heads, "__________________",
            "Tidewater Trust, 14 Harbour Row, Brixham TQ5 8AN · www.tidewatertrust.org")
    G.keep(
        "Between 2014 and 2018 six fishing villages on the Vell Estuary agreed to manage their inshore waters",
        "About 3,100 households depend on it",
        "Co-management, in which resource users share authority with the state",
        "Disputes over net theft and trap sites used to go to the district court.",
        "By 2012 the district office estimated that a canoe landed less than half of what it had landed in the mid-1990s (Addo and Mensah, 2013).",
        "The first Vell committee was registered at Ankobra Point in January 2014",
        "Since 2016 fishing has been banned from 1 July to 30 September in the four channels where kobo spawn.",
        "Now my neighbour is watching me, and I am watching him.",
        "rose from 11.2 kg in 2014 to 13.6 kg in 2018, an increase of 21 per cent (Figure 3)",
        "We recommend that the district require at least two seats for traders on every committee",
        "In practice only four votes were recorded in the minutes we read.",
        "Pomeroy, R. S. and Berkes, F. (1997). Two to tango: the role of government in fisheries co-management.",
    )
    G.fn("fell steadily through the 2000s.1", 1)
    G.fn("gear rules to registered committees.2", 2)
    G.fn("by a two-thirds vote otherwise.3", 3)
    G.fn("compared with 9 of 30 in 2015.4", 4)
    G.fn("leaving them with thinner margins.5", 5)
    G.cit("(Addo and Mensah, 2013)", ["Addo", "Mensah"], 2013)
    grp = "(Pomeroy and Berkes, 1997; Jentoft, 2003)"
    G.cit("Pomeroy and Berkes, 1997", ["Pomeroy", "Berkes"], 1997, at=grp, group=grp)
    G.cit("Jentoft, 2003", ["Jentoft"], 2003, at=grp, group=grp)
    G.cit("(Kwarteng et al., 2017)", ["Kwarteng et al."], 2017, ["Kwarteng"],
          accept_surnames=[["Kwarteng", "Boateng", "Owusu"]])
    G.cit("(Nunoo, 2015)", ["Nunoo"], 2015)
    G.ref("District Fisheries Office, Vell District, annual landing summaries 2002–2012.", ref_no=1, authors=[], year=None)
    G.ref("Fisheries (Amendment) Regulations, L.I. 2214, regulation 7.", ref_no=2, authors=[], year=None)
    G.ref("In practice only four votes were recorded in the minutes we read.", ref_no=3, authors=[], year=None)
    G.ref("Figures from the committees' dispute registers; 2015 covers only four committees.", ref_no=4, authors=[], year=None)
    G.ref("Interviews with traders at Oblo, 16 and 17 May 2019.", ref_no=5, authors=[], year=None)
    G.ref("Addo, K. and Mensah, E. (2013). Trends in inshore landings in the Vell District, 1990–2012. Accra: Fisheries Research Unit.",
          authors=["Addo", "Mensah"], year=2013, cite_key="addo2013")
    G.ref("Jentoft, S. (2003). Co-management: the way forward. In D. C. Wilson, J. R. Nielsen and P. Degnbol (eds), The Fisheries Co-management Experience. Dordrecht: Kluwer, pp. 1–14.",
          authors=["Jentoft"], year=2003, cite_key="jentoft2003")
    G.ref("Kwarteng, A., Boateng, J. and Owusu, R. (2017). Community closures and catch recovery on the Gulf of Guinea coast. Ocean and Coastal Management 146, 88–97.",
          authors=["Kwarteng", "Boateng", "Owusu"], year=2017, cite_key="kwarteng2017")
    G.ref("Nunoo, F. (2015). When the patrols stop: compliance after donor exit. Maritime Studies 14, 211–229.",
          authors=["Nunoo"], year=2015, cite_key="nunoo2015")
    G.ref("Pomeroy, R. S. and Berkes, F. (1997). Two to tango: the role of government in fisheries co-management. Marine Policy 21(5), 465–480.",
          authors=["Pomeroy", "Berkes"], year=1997, cite_key="pomeroy1997")
    G.date("November 2019", "2019-11", in_cruft=True, note="cover date: the published value")
    G.date("2014 and 2018", "2014/2018", accept_split=True, accept_text=["Between 2014 and 2018"])
    G.date("April and May 2019", "2019-04/2019-05")
    G.date("2009", "2009")
    G.date("2000s", "200X", accept=["200"], accept_text=["the 2000s"])
    G.date("2012", "2012", at="By 2012")
    G.date("mid-1990s", "199X", qualifier="mid", accept=["199"], accept_text=["the mid-1990s"])
    G.opt_date("2013", "2013", at="Regulations of 2013", note="statute year (optional, as in dev-corpus-2)")
    G.date("January 2014", "2014-01")
    G.date("2018", "2018", at="at Sekum, in 2018")
    G.date("2015 to 2018", "2015/2018", accept_split=True, accept_text=["from 2015 to 2018"])
    G.date("2016", "2016", at="Since 2016")
    G.opt_date("1 July to 30 September", note="the annual closed season (recurring; from 2016 on)")
    G.date("2018", "2018", at="In 2018 the committees")
    G.date("2015", "2015", at="9 of 30 in 2015")
    G.date("2014", "2014", at="11.2 kg in 2014")
    G.date("2018", "2018", at="13.6 kg in 2018")
    G.date("2021", "2021")
    G.not_dates("No. 12", "No. 1148823", "50 mm", "3,100 households", "2 cedis", "11.2 kg", "13.6 kg", "21 per cent",
                "(Figure 3)", "L.I. 2214", "three months", "TQ5 8AN")
    G.meta(paragraph_count_hint=25, paragraph_breakdown={"heading": 5, "list_item": 10, "paragraph": 10})
    G.note(
        "A charity's field report exported from PDF to text: cover page (organisation, series, title and sub-title, authors, date, charity notice), contents with dot leaders and page numbers, a running head with the page number on every page, a rule before the page-foot notes, and the address line.",
        "Cover: the title and sub-title are optional lines; the series line, the author line, the cover date and the charity notice are cruft. authors = the two names on the cover; published = 2019-11 (the cover date).",
        "Footnote markers are bare digits glued to the text, one after a decade ('2000s.1') and one after a year ('in 2015.4'): the year must survive the marker's removal. The five notes (collected before the References) and the References list are content: references with ref_no for the notes, author-year entries for the list. Their dates are neutral.",
        "The contents lines are whole-line cruft (entry, dot leader and page number). The headings they repeat are content, but are not keep strings for that reason.",
        "Citations: '(Pomeroy and Berkes, 1997; Jentoft, 2003)' is a group of two; '(Kwarteng et al., 2017)' has surnames ['Kwarteng'] with the full list accepted. '(Figure 3)' is not a citation.",
        "'1 July to 30 September' is the recurring closed season: optional. 'Regulations of 2013' is a statute year: optional.",
        "Paragraphs: 5 headings, 10 paragraphs, 5 notes and 5 references (list items) = 25.",
    )
    return G


TOPIC = "Thirty-hour longcase stops after two days - rope or pallets?"


def _who(name, rank, posts, joined, location=None):
    parts = ["Offline", name, rank, f"Posts: {posts}", f"Joined: {joined}"]
    if location:
        parts.append(f"Location: {location}")
    return parts


def doc03():
    G = Gold("03-forum-longcase-clock.txt", "html")
    G.meta(title=TOPIC, title_accept=["Re: " + TOPIC],
           title_reject=["Horology Bench - Clock & Watch Repair Forum", "Horology Bench", "Longcase & Bracket Clocks"],
           authors=["wheelcutter_ann"], published="2022-01-11")
    G.optional_lines(TOPIC)
    ann = _who("wheelcutter_ann", "Full Member", "412", "Sep 2015", "Shropshire")
    eddie = _who("Escapement Eddie", "Hero Member", "3,907", "Feb 2009", "Leeds, UK")
    gears = _who("gearsandgrease", "Jr. Member", "58", "Jun 2021")
    j = "\n\n".join
    posts = [  # (header, date, iso, time, joined, joined_iso)
        (j(ann + [TOPIC, "« on: 11 January 2022, 19:46 »"]), "11 January 2022", "2022-01-11", "19:46", "Sep 2015", "2015-09"),
        (j(eddie + ["Re: " + TOPIC, "« Reply #1 on: 11 January 2022, 21:02 »"]), "11 January 2022", "2022-01-11", "21:02", "Feb 2009", "2009-02"),
        (j(ann + ["Re: " + TOPIC, "« Reply #2 on: 12 January 2022, 08:15 »"]), "12 January 2022", "2022-01-12", "08:15", "Sep 2015", "2015-09"),
        (j(gears + ["Re: " + TOPIC, "« Reply #3 on: 13 January 2022, 17:30 »"]), "13 January 2022", "2022-01-13", "17:30", "Jun 2021", "2021-06"),
        (j(["Logged"] + eddie + ["Re: " + TOPIC, "« Reply #4 on: 13 January 2022, 19:11 »"]), "13 January 2022", "2022-01-13", "19:11", "Feb 2009", "2009-02"),
        (j(ann + ["Re: " + TOPIC, "« Reply #5 on: 24 January 2022, 20:53 »"]), "24 January 2022", "2022-01-24", "20:53", "Sep 2015", "2015-09"),
    ]
    quotes = [("Quote from: Escapement Eddie on 11 January 2022, 21:02", "11 January 2022", "2022-01-11", "21:02"),
              ("Quote from: gearsandgrease on 13 January 2022, 17:30", "13 January 2022", "2022-01-13", "17:30")]
    sig_ann = 'Logged\n\nAnn\n\n"Time you enjoy wasting is not wasted."'
    sig_eddie = "Logged\n\nEddie\n\nBHI member since 1988. Opinions my own."
    G.cruft("Horology Bench - Clock & Watch Repair Forum", "Home Help Search Calendar Login Register",
            "Pages: [1] 2 Go Down", f"Author Topic: {TOPIC}  (Read 2,318 times)",
            "0 Members and 1 Guest are viewing this topic.",
            *[p[0] for p in posts], *[q[0] for q in quotes],
            "Pages: [1] 2 Go Up", "Share on Facebook Share on Twitter", "Jump to:",
            "SMF 2.0.19 | SMF © 2021, Simple Machines", "XHTML RSS WAP2")
    G.cruft_repeated(f"Horology Bench » Clock Repair » Longcase & Bracket Clocks » {TOPIC}", "« previous next »",
                     sig_ann, sig_eddie)
    G.keep(
        "I have a thirty-hour birdcage movement by an unknown maker, probably from around 1770 judging by the dial engraving.",
        "Now it stops after about two days, always with the weight roughly halfway down.",
        "The seat board was loose when I got it, and I have screwed it down since.",
        "When the weight is halfway down it is level with the pendulum bob.",
        "I had exactly this on a Lancashire clock in 2017 and a bit of felt on the back board cured it.",
        "You were right! There is a clear rub mark on the back of the bob",
        "Don't just pack the case out from the wall.",
        "Get a spirit level on the seat board and the trunk door.",
        "The 1950s repair manuals all say to set the case first and the beat second.",
        "Agreed. Level the case, then set the beat by ear with the crutch.",
        "Update for anyone who finds this thread later",
        "It has now run for ten days without stopping and keeps time to about a minute a week. Thank you both.",
    )
    for head, d, iso, t, joined, jiso in posts:
        G.date(joined, jiso, at=head, in_cruft=True, note="member's join date")
        G.date(d, iso, at=head, in_cruft=True, note="post time stamp")
        G.time(t, t, at=head, in_cruft=True)
    for head, d, iso, t in quotes:
        G.date(d, iso, at=head, in_cruft=True, note="quote header")
        G.time(t, t, at=head, in_cruft=True)
    G.date("1988", "1988", nth=0, in_cruft=True, note="signature")
    G.date("1988", "1988", nth=1, in_cruft=True, note="signature")
    G.date("2021", "2021", at="SMF © 2021", in_cruft=True)
    G.date("1770", "1770", qualifier="approximate", accept_text=["around 1770"])
    G.opt_date("last November", "2021-11", note="relative to the post of 11 January 2022")
    G.date("2017", "2017")
    G.opt_date("Easter", "2022-04-17", note="'by Easter': the next Easter after the post (17 April 2022)")
    G.date("1950s", "195X", accept=["195"], accept_text=["The 1950s"])
    G.not_dates("2.5 mm", "a fortnight", "two days", "ten days", "a minute a week", "two inches", "SMF 2.0.19")
    G.meta(paragraph_count_hint=9, paragraph_count_range=[7, 9],
           paragraph_breakdown={"heading": 0, "list_item": 0, "paragraph": 7, "quote": 2})
    G.note(
        "SMF-style forum thread page saved as text: forum name, menu, breadcrumb (top and bottom, repeated), page links, the topic line with its read counter, and per post a header block (Offline, user name, rank, post count, join date, location, subject line, time stamp), 'Logged' and a signature. All of these are cruft; the posts' own text is the content.",
        "Repeated cruft (breadcrumb, '« previous next »', the two signatures that recur with 'Logged') is in cruft_repeats. Each header block is one cruft string: it is unique because it ends with the post's time stamp.",
        "Quote blocks: the 'Quote from: … on …' header is cruft. The quoted line repeats an earlier post's words; it is neither keep nor cruft, so the paragraph count is 9 with the quotes and 7 without (range 7-9).",
        "Judgement calls: the thread's title is the topic subject; authors = the opening poster as printed ('wheelcutter_ann'), published = the opening post's date, the forum equivalents of a byline and a date line. Join dates, time stamps and the signature's 'since 1988' sit in cruft (in_cruft).",
        "'last November' (November 2021) and 'by Easter' (17 April 2022) are relative: optional. 'around 1770' is approximate.",
    )
    return G


def doc04():
    G = Gold("04-ocr-1868-keldwick-mills.txt", "pdf")
    G.meta(title="Of the Mills and Weirs",
           title_accept=["Chapter V. Of the Mills and Weirs", "The history of the parish of Keldwick",
                         "The history of the parish of Keldwick, in the West Riding of the county of York"],
           title_reject=["Public Domain, Google-digitized", "Digitized by Google", "CHAPTER V.",
                         "86 HISTORY OF THE PARISH OF KELDWICK."],
           authors=["Thomas A. Pell"], published="1868")
    G.optional_lines("CHAPTER V.", "OF THE MILLS AND WEIRS.")
    G.cruft(
        "The history of the parish of Keldwick, in the West Riding of the county of York / by Thomas A. Pell.",
        "Pell, Thomas Ashworth, 1811-1879.",
        "London : Printed by W. Harroway and Son, 1868.",
        "http://hdl.handle.net/2027/uc1.b3398214",
        "Public Domain, Google-digitized",
        "http://www.hathitrust.org/access_use#pd-google",
        "86 HISTORY OF THE PARISH OF KELDWICK.",
        "OF THE MILLS AND WEIRS. 87",
        "LONDON:\nPRINTED BY W. HARROWAY AND SON, 12, CRANE COURT,\nFLEET STREET.",
    )
    G.cruft_repeated("Digitized by Google")
    G.keep(
        "earliest mention of a mill in Keldwick is found in",
        "the right to grind their own corn there free of multure",
        "After the Dissolution the mill passed, with the rest of",
        "leased to one Richard Greenwood for twenty-one years at",
        "Bolton Cartulary, f. 41 b.",
        "In 1697 a fulling-mill was built at Low Holme by",
        "The matter was at length referred to arbitration, and on",
        "corn mill was to draw no water between Saturday noon",
        "The introduction of steam in the early part of the",
        "first engine was set up at Low Holme in 1809; by 1830",
        "whole township in the hard winter of 1838, when the",
        "Keldwick Manor Court Rolls, 1752-1760, passim.",
        "now worked by Mr. William Greenwood, a descendant,",
        "the same family, with some breaks, for so long a period.",
    )
    G.fn("reserving to himself and his heirs\nthe right to grind their own corn there free of multure.1", 1)
    G.fn("it held back the whole of the water.2", 2)
    G.ref("Bolton Cartulary, f. 41 b.", ref_no=1, authors=[], year=None, title="Bolton Cartulary", page="85",
          note="page number inferred: the next page is 86")
    G.ref("Keldwick Manor Court Rolls, 1752-1760, passim.", ref_no=2, authors=[], year=None,
          title="Keldwick Manor Court Rolls", page="86")
    G.date("1811-1879", "1811/1879", accept_split=True, in_cruft=True, note="catalogue record: the author's life dates")
    G.date("1868", "1868", at="Harroway and Son, 1868.", in_cruft=True, note="imprint year in the catalogue record: the published value")
    G.date("1292", "1292", accept_text=["year 1292", "the year 1292"])
    G.date("summer of 1826", "1826-22", accept=["1826"])
    G.date("1563", "1563", at="in 1563 it was")
    G.date("seventeenth century", "16", accept=["16XX"],
           accept_text=["close of the seventeenth century", "the close of the seventeenth century"],
           note="'the close of': late is acceptable, not required")
    G.date("1697", "1697")
    G.date("1745", "1745", qualifier="approximate", accept_text=["about 1745"])
    G.date("14th of August, 1761", "1761-08-14", accept_text=["the 14th of August, 1761"])
    G.date("present century", "18", accept=["18XX"],
           note="the book is of 1868: 'the present century' is the nineteenth; 'the early part of' is a paraphrase: early is acceptable, not required")
    G.date("1809", "1809")
    G.date("1830", "1830")
    G.date("winter of 1838", "1838", accept=["1837-24", "1838-24"],
           note="'the hard winter of 1838': the year; either season reading is accepted")
    G.date("1563", "1563", at="lessee of 1563")
    G.not_dates("nearly three hundred years", "twenty-one years", "forty shillings", "forty years",
                "f. 41 b.", "12, CRANE COURT")
    G.repair("the in-\nhabitants", "the inhabitants", True, note="word split at a line end: join, drop the hyphen")
    G.repair("stran-\nger", "stranger", True)
    G.repair("con-\nsiderable", "considerable", True)
    G.repair("water-\nwheels", "water-wheels", True, note="real hyphen at a line end: keep it (cf. 'wheel-pit', 'fulling-mill')")
    G.repair("Tbe lease", "The lease", False, note="OCR 'b' for 'h'")
    G.repair("Tbe corn mill", "The corn mill", False)
    G.repair("tbere is", "there is", False)
    G.meta(hyphenation=[{"raw": "in-\nhabitants", "expect": "Such clauses were common enough, and the inhabitants"},
                        {"raw": "stran-\nger", "expect": "suffer no stranger to grind"},
                        {"raw": "con-\nsiderable", "expect": "a considerable weir of squared stone"},
                        {"raw": "water-\nwheels", "expect": "the old water-wheels were for the most part laid aside"}])
    G.meta(paragraph_count_hint=8, paragraph_count_range=[6, 8],
           paragraph_breakdown={"heading": 0, "list_item": 2, "paragraph": 6})
    G.note(
        "A chapter of an 1868 parish history from a library scan (HathiTrust-style): the catalogue record at the top (title/author line, the author's dates, imprint, handle URL, rights lines) is cruft, so are the 'Digitized by Google' watermark at each page foot (repeated), the running heads with folios ('86 HISTORY OF THE PARISH OF KELDWICK.', 'OF THE MILLS AND WEIRS. 87') and the printer's imprint at the end.",
        "The OCR is hard-wrapped at the printed line width: paragraphs are separated by blank lines and must be re-flowed. Line-end hyphens: 'in-/habitants', 'stran-/ger', 'con-/siderable' join; 'water-/wheels' keeps its hyphen (the book writes 'wheel-pit', 'fulling-mill'). OCR slips 'Tbe' (twice) and 'tbere' are optional repairs; the spaced quotation marks ('\" suffer no stranger to grind \"') are left as printed.",
        "Chapter heading 'CHAPTER V.' / 'OF THE MILLS AND WEIRS.' are optional lines. The title is the chapter's; the book title is accepted. authors = the catalogue's 'Thomas A. Pell'; published = 1868 (the imprint).",
        "Page-foot notes (numbered per page, markers glued to 'multure.1' and 'water.2') are content (references). Two sentences run over a page foot ('the inhabitants / seem', 'when the / engines'): the hint (8) leaves the notes where they stand; joining the sentences gives 6 (range 6-8).",
        "'the present century' is read from the book's date (1868): the nineteenth century. 'the close of the seventeenth century' takes the century as its span, as does 'the early part of the present century' (early/late acceptable, not required).",
    )
    return G
