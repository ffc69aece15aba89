"""Gold specs for documents 01-04."""
from goldlib import Gold


def doc01():
    G = Gold("01-nexis-water-abstraction.txt", "text")
    title = "Growers warn of 'cliff edge' as drought plan tightens river abstraction"
    G.meta(title=title, title_accept=[],
           title_reject=["The Northern Ledger (Leeds, England)", "Body", "End of Document"],
           authors=["Harriet Okonjo-Blake"], published="2019-03-14")
    highlight = ("Highlight: Smaller vegetable holdings say they cannot afford the reservoirs "
                 "that would let them ride out a summer ban")
    G.optional_lines(title, highlight)
    G.cruft(
        "The Northern Ledger (Leeds, England)",
        "March 14, 2019 Thursday",
        "First Edition",
        "Copyright 2019 Northern Ledger Media Ltd All Rights Reserved",
        "Section: BUSINESS; Pg. 34",
        "Length: 862 words",
        "Byline: Harriet Okonjo-Blake, Regional Economics Correspondent",
        "Dateline: YORK",
        "\nBody\n",
        "Load-Date: March 15, 2019",
        "End of Document",
    )
    G.keep(
        "Vegetable growers in the Vale of York have warned that tighter limits on taking water from rivers and boreholes could raise their irrigation costs by as much as a third",
        "Once a river falls below the agreed flow, licence holders must stop pumping until levels recover.",
        "You can't tell a field of lettuce to wait for rain.",
        "The agency imposed temporary restrictions on 38 licence holders between 25 June and 14 August",
        "Charges rise",
        "The agency said the charging scheme for 2019-20 had been agreed after a consultation that ran from 3 to 28 September 2018",
        "The reforms build on the Water Act 2003",
        "Who pays",
        "Their modelling, published in January, found that holdings under 50 hectares",
        "For a family farm on the A19 corridor that is simply not bankable, even with a grant covering 40 per cent.",
        "Yorkshire Water's business plan for 2020 to 2025",
        "Hannah Wetherall, whose family has farmed near Selby since the 1870s",
        "I don't want to be the generation that remembers 2018 as the year we gave up.",
        "The consultation on the drought plan closes on 12 April 2019.",
        "The agency will hold drop-in sessions for licence holders in Malton, Selby and Thirsk during the last week of March.",
    )
    G.date("March 14, 2019", "2019-03-14", at="March 14, 2019 Thursday", in_cruft=True,
           note="publication date in the export header; it is the published value")
    G.date("2019", "2019", at="Copyright 2019 Northern", in_cruft=True, note="copyright year in the header")
    G.date("summer of 2018", "2018-22", accept=["2018-06/2018-08"],
           accept_text=["the dry summer of 2018", "dry summer of 2018"],
           note="season: EDTF 22 = summer; start/end use the meteorological months June-August")
    G.date("April 2020", "2020-04")
    G.date("1976", "1976", at="lowest level since 1976")
    G.date("25 June and 14 August", "2018-06-25/2018-08-14", inferred_year=True,
           accept_text=["between 25 June and 14 August"],
           note="year from 'last summer' (2018) in the sentence before; one range")
    G.date("1 April", "2019-04-01", at="From 1 April,", inferred_year=True,
           note="the charging year that starts after the article (March 2019)")
    G.date("2019-20", "2019-04/2020-03", accept=["2019/2020"], accept_split=True,
           note="UK charging (financial) year 1 April 2019 - 31 March 2020; the plain year range is also accepted")
    G.date("3 to 28 September 2018", "2018-09-03/2018-09-28")
    G.date("mid-1990s", "199X", qualifier="mid", accept=["199"], accept_text=["the mid-1990s"])
    G.date("January", "2019-01", at="published in January", inferred_year=True,
           note="the January before the article (March 2019)")
    G.date("November", "2018-11", at="applications in November", inferred_year=True,
           note="the November before the article (March 2019)")
    G.date("second quarter of 2019", "2019-34", accept=["2019-04/2019-06"],
           accept_text=["the second quarter of 2019"], note="EDTF sub-year grouping 34 = second quarter")
    G.date("2020 to 2025", "2020/2025", accept_text=["for 2020 to 2025"], accept_split=True)
    G.date("1870s", "187X", accept=["187"], accept_text=["the 1870s"])
    G.date("1921", "1921", note="'the drought of 1921': a year naming an event is a date mention")
    G.date("1976", "1976", at="father remembered 1976")
    G.date("2018", "2018", at="remembers 2018 as the year")
    G.date("12 April 2019", "2019-04-12")
    G.date("March 15, 2019", "2019-03-15", at="Load-Date: March 15, 2019", in_cruft=True)
    G.opt_date("last summer", "2018-22", note="relative: the summer before the article, 2018")
    G.opt_date("second week of July", None, note="hypothetical, no particular year")
    G.opt_date("between May and September", None, note="recurring irrigation season, no particular year")
    G.opt_date("2003", "2003", at="Water Act 2003",
               note="year inside a statute's short title: a pipeline may tag it or not")
    G.opt_date("last week of March", "2019-03", note="relative to the article date (March 2019)")
    G.not_dates("212 abstraction licences", "340 hectares", "14 million cubic metres", "38 licence holders",
                "four decades", "£21.73", "£1,500", "5 per cent", "50 hectares", "100,000 cubic metres",
                "£400,000", "A19", "40 per cent", "£35,000", "3 per cent", "60 hectares", "winter water")
    G.meta(paragraph_count_hint=18, paragraph_breakdown={"heading": 2, "list_item": 0, "paragraph": 16})
    G.note(
        "LexisNexis-style export. The header block (publication, date line, edition, copyright, Section, Length, Byline, Dateline), the lone 'Body' label and the footer ('Load-Date: ...', 'End of Document') are export furniture: cruft.",
        "'Body' is given as '\\nBody\\n' (a whole line only); the word does not otherwise occur with a capital B.",
        "The headline at the top is the title (optional line). The 'Highlight: ...' standfirst is part of the article's furniture in this export; it may be kept or dropped (optional line), so it is neither keep nor cruft.",
        "published = 2019-03-14 from 'March 14, 2019 Thursday'; 'Load-Date: March 15, 2019' is the database load date, not publication.",
        "authors = ['Harriet Okonjo-Blake'] from the Byline field; the job title after the comma is not part of the name.",
        "'Dateline: YORK' is a metadata field here (not printed in the body), unlike a wire dateline that opens the first paragraph.",
        "Dates: '2019-20' is a UK charging/financial year (April-March); 'second quarter of 2019' = 2019-34; 'between 25 June and 14 August' has no year in the sentence, the year 2018 comes from 'last summer'; 'January' and 'November' are inferred from the article date.",
        "The statute year in 'Water Act 2003' is an optional date (a year inside a statute's name); the same rule is used across this corpus.",
        "Headings 'Charges rise' and 'Who pays' are crossheads inside the article: content.",
    )
    return G


def doc02():
    G = Gold("02-wire-meningitis-tamale.txt", "html")
    title = "Northern Region begins meningitis vaccination drive ahead of peak season"
    G.meta(title=title, title_reject=["Home » Regional » Northern", "Related Stories"],
           authors=[], published="2023-01-09")
    G.optional_lines(title)
    G.cruft(
        "Home » Regional » Northern",
        "Published: 09/01/2023 15:47 | Updated: 09/01/2023 16:20",
        "Share on Facebook",
        "Share on Twitter",
        "Share on WhatsApp",
        "WAPA/KA/MD",
        "Related Stories",
        "Upper East records 12 suspected meningitis cases - Dec 28, 2022",
        "Ghana receives 500,000 doses of multivalent meningitis vaccine - Nov 17, 2022",
        "Savannah Region trains 300 volunteers on case surveillance - Oct 3, 2022",
        "Tags: Health, Meningitis, Northern Region, Vaccination",
        "© 2023 West Africa Press Agency. All rights reserved.",
        "About WAPA | Contact Us | Terms of Use | Privacy Policy",
    )
    G.keep(
        "TAMALE, Jan 9 (WAPA) - Health authorities in the Northern Region on Monday began a ten-day vaccination campaign against meningitis",
        "The campaign, which runs from 9 to 18 January, is being carried out by the Regional Health Directorate",
        "If we wait until February, we will be chasing the disease instead of getting ahead of it",
        "The worst epidemic in living memory swept across the belt in 1996-97",
        "Since the introduction of a conjugate vaccine against serogroup A in December 2010",
        "In the first quarter of 2021, the region recorded 419 suspected cases and 37 deaths",
        "surveillance system now reports suspected cases from health centres within 24 hours",
        "In 2021 some communities waited a week before reporting.",
        "Health officials urged residents to report promptly any case of sudden fever, stiff neck, headache or vomiting.",
        "Treatment with antibiotics is free at all public facilities.",
        "which was endorsed by the World Health Assembly in November 2020",
        "Teams that do not reach their targets will conduct a mop-up exercise from 23-25 January, the directorate said.",
        "A second phase covering the Savannah and North East regions is planned for the last quarter of the year.",
    )
    G.date("09/01/2023", "2023-01-09", nth=0, in_cruft=True,
           note="day-first (09 January), as the dateline 'Jan 9' shows; the publication date")
    G.time("15:47", "15:47", in_cruft=True)
    G.date("09/01/2023", "2023-01-09", nth=1, in_cruft=True, note="update time stamp")
    G.time("16:20", "16:20", in_cruft=True)
    G.date("Jan 9", "2023-01-09", at="TAMALE, Jan 9 (WAPA)", inferred_year=True,
           note="wire dateline: content (see notes); year from the page's publication stamp")
    G.date("2021", "2021", at="during the outbreak of 2021")
    G.date("9 to 18 January", "2023-01-09/2023-01-18", inferred_year=True)
    G.date("February", "2023-02", at="wait until February", inferred_year=True,
           note="the coming February (2023)")
    G.date("1996-97", "1996/1997", accept_split=True)
    G.date("December 2010", "2010-12")
    G.date("first quarter of 2021", "2021-33", accept=["2021-01/2021-03"],
           accept_text=["the first quarter of 2021"], note="EDTF sub-year grouping 33 = first quarter")
    G.date("2021", "2021", at="In 2021 some communities")
    G.date("November 2020", "2020-11")
    G.date("23-25 January", "2023-01-23/2023-01-25", inferred_year=True)
    G.date("Dec 28, 2022", "2022-12-28", in_cruft=True)
    G.date("Nov 17, 2022", "2022-11-17", in_cruft=True)
    G.date("Oct 3, 2022", "2022-10-03", in_cruft=True)
    G.date("2023", "2023", at="© 2023 West Africa", in_cruft=True)
    G.opt_date("Monday", "2023-01-09", at="Northern Region on Monday", note="weekday of the dateline date")
    G.opt_date("2030", "2030", at="Defeating Meningitis by 2030",
               note="year inside the name of a WHO road map: a pipeline may tag it or not")
    G.opt_date("last quarter of the year", "2023-36", note="relative: the last quarter of 2023")
    G.not_dates("1.2 million people", "29 years", "11 districts", "26 countries", "250,000 people",
                "25,000", "419 suspected cases", "37 deaths", "24 hours", "GHS 4.6 million", "70 percent")
    G.repair("Ghanaâ€™s surveillance", "Ghana’s surveillance", True,
             note="UTF-8 read as cp1252 (mojibake) in one paragraph")
    G.repair("the communityâ€™s trust", "the community’s trust", True)
    G.meta(encoding_repairs=[{"broken": "Ghanaâ€™s", "fixed": "Ghana’s"},
                             {"broken": "communityâ€™s", "fixed": "community’s"}])
    G.meta(paragraph_count_hint=9, paragraph_breakdown={"heading": 0, "list_item": 0, "paragraph": 9})
    G.note(
        "News-agency story scraped from the agency site: breadcrumb, headline, time stamp line and share links at the top; agency slug 'WAPA/KA/MD', 'Related Stories' list, tags, copyright and site links at the bottom.",
        "Judgement call: the wire dateline 'TAMALE, Jan 9 (WAPA) -' opens the first paragraph and is content, as in agency copy and in news corpora that keep it. It is in keep, and 'Jan 9' is a date mention (2023-01-09, year from the page stamp). A pipeline that strips datelines loses one keep item and one date.",
        "The headline is the title (optional line). No byline is printed (the slug 'KA/MD' holds reporter/editor initials only), so authors = [].",
        "'Published: 09/01/2023 15:47' is day-first (9 January, matching the dateline 'Jan 9'): published = 2023-01-09. Month-first reading (September 1) would be wrong.",
        "Mojibake in one paragraph only (a quote pasted from another system): 'Ghanaâ€™s', 'communityâ€™s'. The rest of the page is ASCII.",
        "Related-story dates (Dec 28, 2022 ...) are inside cruft.",
        "'Defeating Meningitis by 2030' is the name of a road map: its year is optional. 'aged between one and 29 years' is an age range, and '24 hours' a duration: not dates.",
    )
    return G


def doc03():
    G = Gold("03-archive-ocr-salt-carriers.txt", "ocr")
    title = "The Salt Carriers of the Weaver Valley"
    banner = ('Full text of "The salt carriers of the Weaver valley : a paper read before the '
              'Cheshire Antiquarian Society"')
    G.meta(title=title,
           title_accept=["THE SALT CARRIERS OF THE WEAVER VALLEY.",
                         "The salt carriers of the Weaver valley : a paper read before the Cheshire Antiquarian Society"],
           title_reject=[banner, "See other formats"],
           authors=["John R. Peveril"], published="1907", published_accept=["1906-11-14"])
    G.optional_lines(
        "THE SALT CARRIERS\nOF THE\nWEAVER VALLEY.",
        "A Paper read before the Cheshire Antiquarian Society,\n14th November, 1906.",
        "THE SALT CARRIERS OF THE WEAVER VALLEY.",
        "THE END.",
    )
    G.cruft(
        banner,
        "See other formats",
        "By JOHN R. PEVERIL, F.S.A.",
        "NORTHWICH:",
        "PRINTED BY T. HULSE & SONS, WITTON STREET.",
        "1907.",
        "117",
        "118 THE SALT CARRIERS",
        "---------------",
        "OF THE WEAVER VALLEY. 119",
        "120 THE SALT CARRIERS",
        "OF THE WEAVEK VALLEY. 121",
    )
    G.keep(
        "Northwich, Middlewich and Nantwich, is older than any record",
        "When the Domesday commissioners came into",
        "These roads, the Saltersways of our old charters, may still be",
        "Salterford and Saltersbridge",
        "Throughout the thirteenth century the carriers were for the most",
        "four salters of Middlewich were amerced together for taking",
        "the number shews how general the practice had become.",
        "It was this difficulty of carriage, more than any other cause,",
        "at last opened in 1732",
        "Between 1732 and 1759 the quantity",
        "Barnton for several generations.",
        "In the hard frost of January 1795 the river was frozen from",
        "idle. It was the last time they were seen in any number.",
        "It would be a work of real value to the history of the county",
        "are scattered, but they are not yet beyond recovery.",
        "Domesday Book, i. f. 268.",
    )
    G.fn("tolls upon every cart, horse-load and man-load\nof salt already settled by custom and farmed to the king's\nofficers.1", 1)
    G.fn("going past the toll-booth.1", 1)
    G.fn("to Knutsford at all.2", 2)
    G.fn("at last opened in 1732.1", 1)
    G.fn("thought high in the district.2", 2)
    G.ref("Domesday Book, i. f. 268.", ref_no=1, authors=[], year=None, title="Domesday Book", page="117")
    G.ref("Chester Plea Rolls, 18 Edw. I. m. 7d.", ref_no=1, authors=[], year=None, title="Chester Plea Rolls",
          page="118", note="'18 Edw. I.' is a regnal year (1289-90), inside a note: neutral")
    G.ref("Quarter Sessions Files, Knutsford, passim.", ref_no=2, authors=[], year=None, page="118")
    G.ref("Hanshall, History of the County Palatine of Chester (1817), p. 524.", ref_no=1, authors=["Hanshall"],
          year=1817, title="History of the County Palatine of Chester", cite_key="hanshall1817", page="119")
    G.ref("Evidence of J. Deakin, Report of the Select Committee on the Weaver Navigation, 1841, q. 2,116.",
          ref_no=2, authors=["Deakin"], year=1841, cite_key="deakin1841", page="119")
    G.opt_date("14th November, 1906", "1906-11-14", note="on the title page (optional line)")
    G.date("1907", "1907", at="STREET.\n1907.", in_cruft=True, note="imprint year; the published value")
    G.date("1086", "1086", accept_text=["A.D. 1086"])
    G.date("thirteenth century", "12", accept=["12XX"], accept_text=["the thirteenth century"])
    G.date("1290", "1290")
    G.date("1663", "1663", qualifier="approximate", accept=["1663~"], accept_text=["about 1663"])
    G.date("1732", "1732", at="opened in 1732.1", note="followed by footnote marker 1: '1732.1'")
    G.date("1732 and 1759", "1732/1759", accept_text=["Between 1732 and 1759"], accept_split=True)
    G.date("'forties", "184X", accept=["184"],
           accept_text=["the\n'forties of the last century", "'forties of the last century"],
           note="'the forties of the last century', written in 1906: the 1840s")
    G.date("January 1795", "1795-01")
    G.date("1863", "1863")
    G.not_dates("winter months", "forty to sixty tons", "9,000", "14,000 tons", "18s. a week", "nearly seven weeks", "six-inch map")
    G.repair("towards Whit-\nchurch", "towards Whitchurch", True, note="word split at a line end: join, drop the hyphen")
    G.repair("twenty-\nfour salters", "twenty-four salters", True, note="real hyphen at a line end: keep it")
    G.repair("manu-\nfacture", "manufacture", True)
    G.repair("up to North-\nwich, put forward", "up to Northwich, put forward", True)
    G.repair("[t is remarkable", "It is remarkable", False, note="OCR '[t' for 'It'")
    G.repair("Tbe justices", "The justices", False, note="OCR 'b' for 'h'")
    G.repair("tbe same families", "the same families", False)
    G.repair("Weaver ﬂats", "Weaver flats", False, note="U+FB02 ligature; NFKC gives 'fl'")
    G.repair("became ﬂatmen", "became flatmen", False)
    G.repair("while the ﬂats lay", "while the flats lay", False)
    G.meta(hyphenation=[{"raw": "Whit-\nchurch", "expect": "towards Whitchurch and the Welsh border"},
                        {"raw": "twenty-\nfour", "expect": "no fewer than twenty-four salters"},
                        {"raw": "manu-\nfacture", "expect": "the growth of the manufacture under Elizabeth"},
                        {"raw": "North-\nwich", "expect": "passable up to Northwich, put forward about 1663"}])
    G.reflow = True
    G.meta(paragraph_count_hint=13, paragraph_count_range=[9, 13],
           paragraph_breakdown={"heading": 0, "list_item": 0, "paragraph": 13})
    G.note(
        "Archive.org-style full text of a 1907 pamphlet: banner 'Full text of \"...\"' and 'See other formats' are site chrome (cruft). The OCR is hard-wrapped at the printed line width; paragraphs are separated by blank lines and must be re-flowed.",
        "Title page: the three-line title block and the 'A Paper read before ... 14th November, 1906.' line may be kept or dropped (optional lines), so may the repeated heading 'THE SALT CARRIERS OF THE WEAVER VALLEY.' on the first text page and the closing 'THE END.'. The byline 'By JOHN R. PEVERIL, F.S.A.' and the imprint lines (NORTHWICH: / PRINTED BY ... / 1907.) are cruft; authors = ['John R. Peveril'] (post-nominal F.S.A. dropped), published = 1907 (imprint), 1906-11-14 (the reading) also accepted.",
        "Running heads with page numbers ('118 THE SALT CARRIERS', 'OF THE WEAVER VALLEY. 119', ...; one OCR'd as 'WEAVEK'), the bare folio '117' at the foot of the first page, and the rule '---------------' are cruft. '117' is scored as a stand-alone number; it occurs nowhere else.",
        "Footnote markers are OCR'd superscripts glued to the word or year ('officers.1', 'toll-booth.1', 'at all.2', 'in 1732.1', 'district.2'). Numbering restarts on each page, as in the book, so the numbers are 1, 1, 2, 1, 2. 'opened in 1732.1' is the year 1732 + marker 1.",
        "The page-foot notes ('1 Domesday Book, i. f. 268.' ...) are the author's notes: content (references, listed with the page they stand on). They stand at the foot of each page, so two sentences are split by a page foot ('how often' | note | 'a lonely wayside inn', 'the older men of the' | notes | 'district long remembered'). The hint (13) counts the body with running heads and folios removed and the notes left in place as one block per page; re-joining the two sentences and moving the notes together gives 9-11, hence paragraph_count_range 9-13.",
        "Line-end hyphens: 'Whit-/church', 'manu-/facture', 'North-/wich' are word splits (join without hyphen); 'twenty-/four' is a real hyphen (keep it).",
        "OCR slips left as printed unless clearly fixable (repairs, not required): '[t is' (It), 'Tbe', 'tbe', the U+FB02 ligature in 'ﬂats'/'ﬂatmen'. Archaic spellings ('shew', 'waggons', 'burthen') are not errors.",
        "Dates: \"the 'forties of the last century\" (written 1906) = the 1840s; 'about 1663' approximate; 'A.D. 1086' = 1086. Dates inside the notes (1817, 1841, the regnal year '18 Edw. I.') are neutral (references). '18s. a week' is money.",
    )
    return G


def doc04():
    G = Gold("04-medium-oil-shocks.txt", "html")
    title = "What the 1970s oil shocks can still teach energy policy"
    sub = "Rationing, price caps and the slow road to efficiency: lessons from a decade we keep misremembering"
    G.meta(title=title, title_accept=[f"{title}: {sub}"],
           title_reject=["Open in app", "Recommended from Medium", "Lucía Fernández-Ortega"],
           authors=["Lucía Fernández-Ortega"], published="2022-10-18")
    G.optional_lines(title, sub, f"{title}\n{sub}")
    G.cruft(
        "Open in app",
        "Sign up",
        "Sign in",
        "\nWrite\n",
        "Lucía Fernández-Ortega\nFollow",
        "9 min read\u00a0· Oct 18, 2022",
        "1.2K",
        "\n23\n",
        "Listen",
        "\nShare\n",
        "Photo by Dmitri Halvorsen on Unsplash",
        "Written by Lucía Fernández-Ortega",
        "2.4K Followers",
        "Energy economist. I write about prices, power and the politics of the grid.",
        "More from Lucía Fernández-Ortega",
        "Why your electricity bill is really a gas bill",
        "6 min read · Sep 2, 2022",
        "The forgotten winter of 1947",
        "11 min read · Jan 30, 2022",
        "Recommended from Medium",
        "The Price Cap Explained in Five Charts",
        "Owen Trask in Data & Society",
        "4 min read · Oct 3, 2022",
        "Nuclear's Second Act",
        "Mariko Sato",
        "7 min read · Aug 21, 2022",
        "\nHelp\n",
        "\nStatus\n",
        "\nAbout\n",
        "Careers",
        "\nBlog\n",
        "Privacy",
        "\nTerms\n",
        "Text to speech",
        "\nTeams\n",
    )
    G.keep(
        "Every energy crisis comes with its own ready-made history lesson, and this one is no exception.",
        "Since February 24, commentators on both sides of the Atlantic have reached for the same set of images",
        "The popular memory of the 1970s compresses two very different shocks into one.",
        "The queue at the pump",
        "The embargo lasted only until March 1974, but it changed the politics of energy for a generation.",
        "In the winter of 1973–74 the posted price of Saudi light crude quadrupled",
        "Lines stretched for a mile along Interstate 95",
        "Price caps: the cure that became the disease",
        "The cheapest barrel of oil is the one you never have to burn.",
        "By the early eighties the market that had been described as permanently tight was awash with crude",
        "Efficiency was the real winner",
        "What this means now",
        "Britain froze the unit price of household energy from October 1 under a guarantee that limits a typical bill to £2,500 a year",
        "If there is a single image from the 1970s worth keeping, it is not the queue but the cardigan",
    )
    G.opt_date("1970s", "197X", at="What the 1970s oil shocks", note="in the title line (optional line)")
    G.date("Oct 18, 2022", "2022-10-18", in_cruft=True, note="Medium's publication stamp; the published value")
    G.date("February 24", "2022-02-24", inferred_year=True,
           note="the Russian invasion of Ukraine; year from the publication date")
    G.date("1970s", "197X", at="popular memory of the 1970s", accept=["197"], accept_text=["the 1970s"])
    G.date("October 1973", "1973-10")
    G.date("1979", "1979", at="the 1979 revolution", note="a year naming an event")
    G.date("March 1974", "1974-03")
    G.date("winter of 1973–74", "1973-24", accept=["1973-12/1974-02", "1973/1974"], accept_split=True,
           accept_text=["the winter of 1973–74"],
           note="winter 1973-74; EDTF 24 = winter, read as December 1973 - February 1974")
    G.date("1973", "1973", at="not in 1973 but")
    G.date("summer of 1979", "1979-22", accept=["1979-06/1979-08"], accept_text=["the summer of 1979"])
    G.date("spring 1979", "1979-21", accept=["1979-03/1979-05"])
    G.date("January 1981", "1981-01")
    G.date("early eighties", "198X", qualifier="early", accept=["198"], accept_text=["the early eighties"])
    G.date("1986", "1986")
    G.date("1975", "1975")
    G.date("late 1980s", "198X", qualifier="late", accept=["198"], accept_text=["the late 1980s"])
    G.date("2008", "2008")
    G.date("1973", "1973", at="had in 1973.")
    G.date("1990s", "199X", accept=["199"], accept_text=["the 1990s"])
    G.date("9/11", "2001-09-11", accept_text=["after 9/11"], note="'9/11' used as an event name = 2001-09-11")
    G.date("mid-2021", "2021", qualifier="mid")
    G.date("October 1", "2022-10-01", at="from October 1 under", inferred_year=True, note="UK Energy Price Guarantee start; year from the publication date")
    G.date("late August", "2022-08", qualifier="late", inferred_year=True)
    G.date("2010s", "201X", accept=["201"], accept_text=["the 2010s"])
    G.date("1979", "1979", at="allocation system of 1979")
    G.date("1970s", "197X", at="image from the 1970s", accept=["197"], accept_text=["the 1970s"])
    G.date("Sep 2, 2022", "2022-09-02", in_cruft=True)
    G.date("1947", "1947", at="forgotten winter of 1947", in_cruft=True)
    G.date("Jan 30, 2022", "2022-01-30", in_cruft=True)
    G.date("Oct 3, 2022", "2022-10-03", in_cruft=True)
    G.date("Aug 21, 2022", "2022-08-21", in_cruft=True)
    G.not_dates("about $3", "nearly $12 a barrel", "55 mph", "Interstate 95", "a few per cent", "within a decade",
                "27.5 mpg", "Boeing 707", "below $10", "£2,500 a year", "in a winter")
    G.meta(paragraph_count_hint=16, paragraph_breakdown={"heading": 4, "list_item": 0, "paragraph": 12})
    G.note(
        "Medium page as text: app/sign-in bar, author name + 'Follow', reading time and date, clap count '1.2K', response count '23', 'Listen', 'Share', a stock-photo credit, then the essay; after it 'Written by', follower count, author bio, 'More from ...' and 'Recommended from Medium' lists, and the site footer links. All cruft.",
        "Repeated or common words are given as whole lines ('\\nWrite\\n', '\\nShare\\n', '\\nHelp\\n', ...). The bare response count '\\n23\\n' is a whole line; '23' occurs nowhere in the essay.",
        "Title and subtitle are the two lines at the top (optional lines, alone or as one block).",
        "The pull quote 'The cheapest barrel of oil is the one you never have to burn.' is a one-line block inside the essay: content (one paragraph).",
        "published = 2022-10-18 from '9 min read · Oct 18, 2022' (with a NO-BREAK SPACE before the middle dot).",
        "Dates: 'February 24', 'October 1' and 'late August' take the year 2022 from the publication date. 'winter of 1973–74' is one season entry (EDTF 1973-24) with the plain range and two years also accepted. 'mid-2021' = 2021 with qualifier mid. 'the early eighties' is a decade written in words.",
        "'9/11' is an event name = 2001-09-11.",
        "Traps: '55 mph', 'Interstate 95', '27.5 mpg', 'Boeing 707', '$3', '$12', '$10', '£2,500'. The footer titles 'The forgotten winter of 1947' etc. are cruft (dates in_cruft).",
    )
    return G
