"""Gold specs for documents 05-08."""
from goldlib import Gold


def doc05():
    G = Gold("05-pib-catch-the-rain.txt", "html")
    title = "Catch the Rain campaign records over 42 lakh water conservation works in 734 districts"
    sub = "States asked to complete geo-tagging of water bodies by 30th November 2021"
    G.meta(title=title, title_reject=["Ministry of Jal Shakti", "Press Release"],
           authors=[], published="2021-08-17")
    G.optional_lines(title, sub)
    G.cruft(
        "Ministry of Jal Shakti",
        "Posted On: 17 AUG 2021 6:05PM by PIB Delhi",
        "*****",
        "APS/AS/JK",
        "(Release ID: 1746620) Visitor Counter : 1873",
        "Read this release in: Hindi , Marathi , Tamil , Telugu",
    )
    G.keep(
        "The Jal Shakti Abhiyan: Catch the Rain campaign, launched on 22nd March 2021, World Water Day",
        "The campaign covers the pre-monsoon and monsoon period from March to November 2021",
        "The key achievements of the campaign so far are as follows:",
        "Construction or renovation of 9.8 lakh water harvesting structures, including check dams, farm ponds and percolation tanks;",
        "Setting up of Jal Shakti Kendras in 621 districts to provide technical guidance to the public.",
        "crore was incurred on water conservation works under the Mahatma Gandhi National Rural Employment Guarantee Scheme during FY 2020-21",
        "over a period of five years from 2020-21 to 2024-25",
        "1,114 of the 6,965 assessment units in the country are categorised as over-exploited.",
        "which came into force on 24.09.2020",
        "to upload the final data on the portal by 31.12.2021",
        "launched in Q4 of 2021-22",
        "The meeting was attended by Additional Chief Secretaries and Principal Secretaries",
    )
    G.opt_date("30th November 2021", "2021-11-30", at=sub, note="in the sub-headline (optional line)")
    G.date("17 AUG 2021", "2021-08-17", in_cruft=True, note="PIB posting date; the published value")
    G.time("6:05PM", "18:05", in_cruft=True)
    G.date("22nd March 2021", "2021-03-22")
    G.date("15th August 2021", "2021-08-15")
    G.opt_date("today", "2021-08-17", note="the release date")
    G.date("March to November 2021", "2021-03/2021-11")
    G.date("2017-18", "2017-04/2018-03", accept=["2017/2018"], accept_split=True,
           accept_text=["reference year 2017-18"],
           note="Indian financial year (April 2017 - March 2018); the plain year range is also accepted")
    G.date("FY 2020-21", "2020-04/2021-03", accept=["2020/2021"], accept_split=True,
           note="Indian financial year April-March; the span may leave out 'FY'")
    G.date("FY 2019-20", "2019-04/2020-03", accept=["2019/2020"], accept_split=True)
    G.date("2020-21 to 2024-25", "2020-04/2025-03", accept=["2020/2025", "2020/2024"], accept_split=True,
           note="five financial years, April 2020 - March 2025")
    G.date("2020", "2020", at="for the year 2020", accept_text=["the year 2020"])
    G.date("24.09.2020", "2020-09-24")
    G.date("30th November 2021", "2021-11-30", at="water bodies by 30th November 2021 and")
    G.date("31.12.2021", "2021-12-31")
    G.date("Q4 of 2021-22", "2022-01/2022-03", precision="quarter", accept=["2022-33"],
           note="fourth quarter of the Indian financial year 2021-22 = January-March 2022")
    G.opt_date("1986", "1986", at="Act, 1986", note="year inside a statute's short title")
    G.not_dates("42 lakh", "734 districts", "9.8 lakh", "2.1 lakh", "3.6 lakh", "36.4 crore", "621 districts",
                "Rs.\u00a011,347 crore", "Rs. 8,964 crore", "8,353", "five years", "6,120 gram panchayats",
                "1,114", "6,965 assessment units", "Section 3(3)")
    G.meta(paragraph_count_hint=13, paragraph_breakdown={"heading": 0, "list_item": 5, "paragraph": 8})
    G.note(
        "Government press release in the PIB layout: ministry banner, headline, sub-headline, 'Posted On: 17 AUG 2021 6:05PM by PIB Delhi', body, '*****', the officials' reference code 'APS/AS/JK', 'Release ID' with visitor counter and the language links. Banner, posting line, separator, code, counter and language links are cruft.",
        "Headline = title (optional line); the sub-headline 'States asked to complete ...' is a standfirst that may be kept or dropped (optional line), and its date is an optional date. published = 2021-08-17; authors = [] (PIB Delhi is the issuing office, not an author).",
        "The numbered list '1.' ... '5.' is five list items; keep strings leave out the numbers.",
        "Dates: Indian financial years ('FY 2020-21', '2017-18', '2020-21 to 2024-25') run April-March; 'Q4 of 2021-22' is January-March 2022 (not October-December); '24.09.2020' and '31.12.2021' are day-first numeric dates; ordinal dates '22nd March 2021', '30th November 2021'.",
        "The year in 'Environment (Protection) Act, 1986' is optional (statute title). Amounts in lakh/crore, 'Section 3(3)', 'Release ID: 1746620' and the visitor count are not dates. 'Rs.' is followed by a NO-BREAK SPACE in the first amount.",
    )
    return G


def doc06():
    G = Gold("06-un-resolution-wetlands.txt", "pdf")
    title = "Conservation and sustainable use of coastal wetlands and mangrove ecosystems"
    G.meta(title=title, title_accept=["77/291. Conservation and sustainable use of coastal wetlands and mangrove ecosystems"],
           title_reject=["United Nations", "General Assembly", "A/RES/77/291",
                         "Resolution adopted by the General Assembly on 14 December 2022", "The General Assembly,"],
           authors=[], published="2022-12-16", published_accept=["2022-12-14"])
    G.optional_lines(f"77/291.\t{title}")
    G.cruft(
        "United Nations\tA/RES/77/291",
        "General Assembly\tDistr.: General",
        "16 December 2022",
        "Original: English",
        "Seventy-seventh session",
        "Agenda item 18 (e)",
        "Sustainable development: protection of global climate for present and future generations of humankind",
        "__________________",
        "22-27614 (E)",
        "*2227614*",
        "Please recycle",
        f"A/RES/77/291\t{title}",
        "2/3\t22-27614",
        "22-27614\t3/3",
    )
    G.keep(
        "Resolution adopted by the General Assembly on 14 December 2022",
        "[on the report of the Second Committee (A/77/443/Add.5)]",
        "The General Assembly,",
        "Recalling its resolution 70/1 of 25 September 2015",
        "adopted at Ramsar, Iran, on 2 February 1971",
        "Noting with deep concern that an estimated 35 per cent of the world's wetlands have been lost since 1970",
        "the United Nations Decade on Ecosystem Restoration (2021–2030)",
        "held in Wuhan, China, and Geneva, Switzerland, from 5 to 13 November 2022,",
        "Welcoming the observance of World Wetlands Day on 2 February each year,",
        "Takes note of the report of the Secretary-General;",
        "to take urgent action to halt and reverse the loss and degradation of coastal wetlands by 2030;",
        "Invites Member States, in the period 2023–2030, to undertake national inventories of coastal wetlands",
        "Decides to include in the provisional agenda of its seventy-ninth session",
        "54th plenary meeting",
    )
    G.fn("on 2 February 1971,1", 1)
    G.fn("(2021–2030),2", 2)
    G.fn("Risk Reduction 2015–2030,3", 3)
    G.fn("report of the Secretary-General;4", 4)
    G.ref("United Nations, Treaty Series, vol. 996, No. 14583.", ref_no=1, authors=[], year=None)
    G.ref("See resolution 73/284.", ref_no=2, authors=[], year=None)
    G.ref("Resolution 69/283, annex II.", ref_no=3, authors=[], year=None)
    G.ref("A/77/215.", ref_no=4, authors=[], year=None)
    G.date("16 December 2022", "2022-12-16", in_cruft=True, note="issue date in the masthead; the published value")
    G.date("14 December 2022", "2022-12-14", at="General Assembly on 14 December 2022")
    G.date("25 September 2015", "2015-09-25")
    G.date("2 February 1971", "1971-02-02", note="followed by ',1': a comma and footnote marker 1")
    G.date("5–16 June 1972", "1972-06-05/1972-06-16", note="day range with an en dash")
    G.date("28 July 2022", "2022-07-28")
    G.date("1970", "1970", at="since 1970")
    G.date("twenty-first century", "20", accept=["20XX"], accept_text=["the twenty-first century"])
    G.date("2021–2030", "2021/2030", at="(2021–2030),2", accept_split=True,
           note="the period of the UN Decade, followed by footnote marker 2")
    G.date("5 to 13 November 2022", "2022-11-05/2022-11-13")
    G.date("2030", "2030", at="coastal wetlands by 2030;")
    G.date("2023–2030", "2023/2030", accept_text=["the period 2023–2030"], accept_split=True)
    G.date("14 December 2022", "2022-12-14", at="plenary meeting\n14 December 2022")
    G.opt_date("2015–2030", "2015/2030", at="Risk Reduction 2015–2030",
               note="part of the title 'Sendai Framework for Disaster Risk Reduction 2015-2030': a pipeline may tag it or not")
    G.opt_date("2 February", None, at="on 2 February each year", note="recurring annual day, no year")
    G.opt_date("26 July", None, note="recurring international day, no year")
    G.not_dates("A/77/443/Add.5", "70/1", "2030 Agenda", "172 Contracting Parties", "76/300", "35 per cent",
                "vol. 996", "No. 14583", "73/284", "69/283", "A/77/215", "77/291.")
    G.meta(paragraph_count_hint=23, paragraph_count_range=[22, 24],
           paragraph_breakdown={"heading": 0, "list_item": 9, "paragraph": 14})
    G.note(
        "UN General Assembly resolution as extracted from the official PDF. Cruft: the masthead (United Nations / symbol, General Assembly / 'Distr.: General', issue date '16 December 2022', 'Original: English'), the session and agenda-item lines with the agenda item's title, the footnote rule, the job number '22-27614 (E)', the barcode '*2227614*', 'Please recycle', and the running header/footer lines of pages 2-3 ('A/RES/77/291<TAB>title', '2/3<TAB>22-27614', '22-27614<TAB>3/3').",
        "Judgement call: 'Resolution adopted by the General Assembly on 14 December 2022', '[on the report of the Second Committee (A/77/443/Add.5)]', 'The General Assembly,' and the closing '54th plenary meeting / 14 December 2022' are part of the official text of the resolution: content. The numbered title line '77/291.<TAB>Conservation ...' may be kept or dropped (optional line).",
        "published = 2022-12-16 (issue date in the masthead); the adoption date 2022-12-14 is also accepted. authors = [].",
        "Preambular paragraphs (Recalling, Reaffirming, Noting, Recognizing, Taking note, Welcoming) are paragraphs; operative paragraphs 1-9 are list items. Lines are indented with TABs.",
        "Footnote markers are glued after punctuation: '1971,1' (a year, a comma, then marker 1), '(2021–2030),2', 'Reduction 2015–2030,3', 'Secretary-General;4'. The notes at the page foot are references (content).",
        "Document symbols and resolution numbers ('70/1', '76/300', '73/284', 'A/77/443/Add.5') look like fractions or dates and are not dates. '2030 Agenda' is a name. The year range inside the title 'Sendai Framework ... 2015–2030' is optional; '(2021–2030)' after the Decade and 'the period 2023–2030' are date ranges. '2 February each year' and '26 July' (recurring days) are optional.",
        "Paragraph count 23 = 14 paragraphs (adoption line, report line, 'The General Assembly,', 9 preambular paragraphs, the notes block, the plenary line block) + 9 operative items; the notes block may end up elsewhere or be split (range 22-24).",
    )
    return G


def doc07():
    G = Gold("07-word-tenancy-succession.txt", "docx")
    title = "Briefing Note: Succession to Agricultural Tenancies in Scotland"
    G.meta(title=title, title_accept=["Succession to Agricultural Tenancies in Scotland"],
           title_reject=["Summary", "Morag Lindsay, Policy Adviser"],
           authors=["Morag Lindsay"], published="2017-09-04")
    G.optional_lines(title)
    G.cruft("Morag Lindsay, Policy Adviser", "4 September 2017", "________________")
    G.keep(
        "Summary",
        "This note sets out how the right to succeed to a secure agricultural tenancy works in Scotland",
        "Background",
        "A secure tenancy gives the tenant a lifetime right to farm the holding",
        "Secure tenancies were the dominant form of let land for most of the twentieth century.",
        "The current rules on succession",
        "Table 1: Secure tenancies and succession cases, 2012–2016",
        "Objections referred to Land Court",
        "Source: Scottish Agricultural Census (June returns) and Land Court annual reports.",
        "Issues raised by stakeholders",
        "Three issues came up repeatedly in the interviews.",
        "A bequest must be intimated to the landlord within 21 days of the tenant's death",
        "indicates that it will not commence before Martinmas 2018",
        "extend the 21-day period for intimating a bequest to six months;",
        "The cost of the first two options is small.",
        "Morrison-Low v Paterson's Executors",
    )
    G.fn('("the 1991 Act").[1]', 1, marker="[1]")
    G.fn("procedure for intimating a bequest to the landlord.[2]", 2, marker="[2]")
    G.fn("brought into force on 23 December 2016.[3]", 3, marker="[3]")
    G.fn("bears the burden of proving the objection.[4]", 4, marker="[4]")
    G.fn("before Martinmas 2018.[5]", 5, marker="[5]")
    G.fn("since the early 2000s.[6]", 6, marker="[6]")
    grp = "(Tulloch and Winter, 1990; Lindsay, 2014)"
    G.cit("Tulloch and Winter, 1990", ["Tulloch", "Winter"], 1990, at=grp, group=grp,
          note="'Winter, 1990' is a surname and a year, not a season")
    G.cit("Lindsay, 2014", ["Lindsay"], 2014, at=grp, group=grp, note="the author citing her own report")
    G.cit("(Rennie et al., 2015)", ["Rennie et al."], 2015, ["Rennie"], accept_surnames=[["Rennie", "Dalglish", "Nicol"]])
    G.ref("Lindsay, M. (2014) Secure Tenancies in Decline: Evidence from the Agricultural Census. Edinburgh: Tenant Farming Forum.",
          authors=["Lindsay"], year=2014, title="Secure Tenancies in Decline: Evidence from the Agricultural Census",
          cite_key="lindsay2014")
    G.ref("Rennie, F., Dalglish, C. and Nicol, A. (2015) Let land values and the tenanted discount. Scottish Geographical Review 131(2): 88–104.",
          authors=["Rennie", "Dalglish", "Nicol"], year=2015, title="Let land values and the tenanted discount",
          cite_key="rennie2015")
    G.ref("Tulloch, J. and Winter, D. (1990) Landlords, Tenants and the Decline of the Let Sector. Aberdeen: North of Scotland Land Studies.",
          authors=["Tulloch", "Winter"], year=1990, title="Landlords, Tenants and the Decline of the Let Sector",
          cite_key="tulloch1990")
    G.ref("Agricultural Holdings (Scotland) Act 1991, c. 55, sections 11 and 12.", ref_no=1, year=1991,
          title="Agricultural Holdings (Scotland) Act 1991")
    G.ref("Agricultural Holdings (Scotland) Act 2003, asp 11, section 70.", ref_no=2, year=2003,
          title="Agricultural Holdings (Scotland) Act 2003")
    G.ref("Land Reform (Scotland) Act 2016 (Commencement No. 4 and Saving Provisions) Regulations, SSI 2016/365.",
          ref_no=3, year=2016)
    G.ref("Morrison-Low v Paterson's Executors [2012] CSIH 10.", ref_no=4, year=2012,
          title="Morrison-Low v Paterson's Executors")
    G.ref("Scottish Government, Agricultural Holdings: Implementation Plan (Edinburgh, February 2017), p. 9.",
          ref_no=5, authors=["Scottish Government"], year=2017, title="Agricultural Holdings: Implementation Plan")
    G.ref("Scottish Government, Economic Report on Scottish Agriculture, 2017 edition, Table B4.", ref_no=6,
          authors=["Scottish Government"], year=2017, title="Economic Report on Scottish Agriculture")
    G.date("4 September 2017", "2017-09-04", in_cruft=True, note="date line under the title; the published value")
    G.date("30 November 2017", "2017-11-30")
    G.date("1 June and 31 July 2017", "2017-06-01/2017-07-31", accept_text=["between 1 June and 31 July 2017"])
    G.opt_date("1991", "1991", at="(Scotland) Act 1991 (", note="statute short title")
    G.opt_date("1991", "1991", at='("the 1991 Act")', note="defined term for the statute")
    G.date("2003", "2003", at="reforms of 2003")
    G.date("twentieth century", "19", accept=["19XX"], accept_text=["the twentieth century"])
    G.date("late 1940s", "194X", qualifier="late", accept=["194"], accept_text=["the late 1940s"])
    G.date("1980s", "198X", accept=["198"], accept_text=["the 1980s"])
    G.opt_date("2003", "2003", at="(Scotland) Act 2003 widened", note="statute short title")
    G.opt_date("2016", "2016", at="Land Reform (Scotland) Act 2016 widened", note="statute short title")
    G.date("23 December 2016", "2016-12-23")
    G.date("2012–2016", "2012/2016", accept_split=True)
    for y, n in (("2012", "6,919"), ("2013", "6,703"), ("2014", "6,512"), ("2015", "6,351"), ("2016", "6,190")):
        G.date(y, y, at=f"{y}\t{n}", note="year in the first column of the table")
    G.opt_date("June", None, at="(June returns)", note="the annual June census, no particular year")
    G.date("2016", "2016", at="successors in 2016")
    G.opt_date("2016", "2016", at="by the 2016 Act", note="statute referred to by its year")
    G.date("February 2017", "2017-02", at="published in February 2017")
    G.date("Martinmas 2018", "2018-11-28", accept=["2018", "2018-11"],
           note="Martinmas, the Scottish term day, 28 November; the year or month reading is also accepted; followed by marker [5]")
    G.date("28 May 2018", "2018-05-28")
    G.date("2016/17", "2016-04-06/2017-04-05", accept=["2016/2017", "2016-04/2017-03", "2016-04/2017-04"],
           accept_split=True, note="UK tax year 6 April 2016 - 5 April 2017")
    G.date("early 2000s", "200X", qualifier="early", accept=["200"], accept_text=["the early 2000s"])
    G.not_dates("Winter, 1990", "21 days", "40 and 50 per cent", "21-day period", "six months", "2 to 3 per cent",
                "6,919", "6,703", "6,512", "6,351", "6,190")
    G.meta(paragraph_count_hint=26, paragraph_count_range=[23, 33],
           paragraph_breakdown={"heading": 6, "list_item": 4, "paragraph": 16})
    G.note(
        "A Word document saved as plain text: title, author line, date line, numbered headings ('1. Background'), bullet list ('•<TAB>'), a table as TAB-separated lines, footnote references as '[1]'..'[6]' and the notes after a rule of underscores. This is not a web scrape: the only cruft is the author line, the date line and the underscore rule.",
        "Judgement call: as with bylines in the seed gold, the author and date lines under the title are metadata (authors = ['Morag Lindsay'], job title dropped; published = 2017-09-04) and count as cruft, not body text.",
        "Footnote markers are bracketed and glued: 'Act\").[1]', 'landlord.[2]', '2016.[3]', 'objection.[4]', 'Martinmas 2018.[5]', '2000s.[6]'. The whole bracketed marker '[n]' should leave the body; each footnote entry has a 'marker' field ('[1]') and marker_start/marker_end cover the brackets. NOTE: the shared scorer's fn_body test strips len(str(number)) characters from the context, which assumes bare digits, so it cannot credit bracketed markers; the footnote rows (fn_p/fn_r) are unaffected.",
        "The notes '[1] ...'..'[6] ...' after the rule are content (references); their '[n] ' labels are list labels, not markers. Dates inside them are neutral.",
        "Headings keep their numbers in the source ('1. Background'); keep strings leave the numbers out.",
        "The table (header row + 5 rows) is one block; its caption and its 'Source:' line are separate paragraphs. The years 2012-2016 in the first column are year mentions; the counts (6,919 ...) are not dates.",
        "Statute years ('Act 1991', '\"the 1991 Act\"', 'Act 2003', 'Act 2016', 'the 2016 Act') are optional dates; 'the reforms of 2003' and 'in 2016' are dates.",
        "Dates: 'Martinmas 2018' = 28 November 2018 (Scottish term day); '2016/17' is a UK tax year (6 April - 5 April); 'between 1 June and 31 July 2017' is one range.",
        "Paragraph count 26 = 6 headings (with 'References') + 4 list items + 16 paragraphs (the table, the reference list and the notes list are one block each). In the source the four bullets stand on consecutive lines (one blank-line block: 23 if they are not split into items); a pipeline that splits the reference and notes lists line by line gets up to 33, hence paragraph_count_range 23-33.",
        "Citations: '(Tulloch and Winter, 1990; Lindsay, 2014)' is a group of two (raw = the work's part, group = the bracket); '(Rennie et al., 2015)' has surnames ['Rennie'] and the full list from the References accepted. 'Winter, 1990' is a surname and a year, not a season (not_dates). The References list (3 entries, author-year) is content; its years are neutral.",
    )
    return G


def doc08():
    G = Gold("08-pdf-twocol-watershed.txt", "pdf")
    title = "Payments for watershed services and land-use change in the upper Vilcanota basin, Peru"
    G.meta(title=title, title_accept=[],
           title_reject=["Journal of Andean Environmental Studies", "A B S T R A C T", "A R T I C L E I N F O",
                         "Contents lists available at AcademiaLink", "1. Introduction"],
           authors=["Mariela Huamán", "Ernesto Sotelo"], published="2016-03-21", published_accept=["2016"])
    G.optional_lines("Payments for watershed services and land-use\nchange in the upper Vilcanota basin, Peru",
                     "A B S T R A C T",
                     "Keywords:\nPayments for ecosystem services\nWatershed\nLand use\nAndes")
    G.cruft(
        "Journal of Andean Environmental Studies 12 (2016) 211–229",
        "Contents lists available at AcademiaLink",
        "\nJournal of Andean Environmental Studies\n",
        "journal homepage: www.jaes-journal.org",
        "Mariela Huamán a,*, Ernesto Sotelo b",
        "a Centro de Estudios Rurales Andinos, Cusco, Peru",
        "b Departamento de Economía Agrícola, Universidad Nacional Agraria, Lima, Peru",
        "A R T I C L E I N F O",
        "Article history:",
        "Received 12 August 2015",
        "Received in revised form 3 February 2016",
        "Accepted 9 March 2016",
        "Available online 21 March 2016",
        "© 2016 Andean Academic Press. All rights reserved.",
        "* Corresponding author.",
        "E-mail address: mhuaman@cera.org.pe (M. Huamán).",
        "http://dx.doi.org/10.1016/j.jaes.2016.03.004",
        "1822-4431/© 2016 Andean Academic Press",
        "212 M. Huamán, E. Sotelo / J. Andean Environ. Stud. 12 (2016) 211–229",
        "M. Huamán, E. Sotelo / J. Andean Environ. Stud. 12 (2016) 211–229 213",
    )
    G.keep(
        "We evaluate a municipal scheme that compensates",
        "households with secure title.",
        "1. Introduction",
        "Payments for ecosystem services (PES) have become",
        "The evidence on whether such schemes change land",
        "This paper contributes to that debate with evidence",
        "2. Study area and data",
        "(bofedales). The El Niño of 1997–98 and the drought",
        "The scheme was created by municipal ordinance in",
        "Table 2",
        "Enrolment in the compensation scheme by district, 2009–2013.",
        "We surveyed 1,602 households in 46 communities in",
        "3. Results",
        "4. Discussion",
        "collective rules rather than replacing them.",
        "References",
        "Wunsch, T., Ortiz, M., 2012. Evaluating payments for",
    )
    g1 = "(see e.g.\nQuispe, 2004; Arriaga et al., 2010a, 2010b)"
    g2 = "(Arriaga et al.,\n2010a; Van der Berg, 2015)"
    g3 = "(Ccahuana, 2009, p. 44;\nSENAMHI, 2012)"
    arr_a = [["Arriaga", "Pacheco", "Vela"]]
    arr_b = [["Arriaga", "Vela", "Pacheco"]]
    G.cit("Quispe, 2004", ["Quispe"], 2004, at=g1, group=g1)
    G.cit("Arriaga et al., 2010a", ["Arriaga et al."], 2010, ["Arriaga"], at=g1, group=g1,
          accept_surnames=arr_a, year_suffix="a")
    G.cit("2010b", ["Arriaga et al."], 2010, ["Arriaga"], at=g1, group=g1, accept_surnames=arr_b,
          year_suffix="b", note="second work by the same authors: only the year is printed")
    G.cit("(MINAM, 2015)", ["MINAM"], 2015, note="organisation as author (Ministerio del Ambiente)")
    G.cit("(Wunsch and Ortiz, 2012)", ["Wunsch", "Ortiz"], 2012)
    G.cit("Mendoza (2013)", ["Mendoza"], 2013, nth=0, note="narrative citation")
    G.cit("Arriaga et al.,\n2010a", ["Arriaga et al."], 2010, ["Arriaga"], at=g2, group=g2, accept_surnames=arr_a,
          year_suffix="a", note="broken across a line")
    G.cit("Van der Berg, 2015", ["Van der Berg"], 2015, at=g2, group=g2,
          accept_surnames=[["Berg"], ["van der Berg"]])
    G.cit("Ccahuana, 2009, p. 44", ["Ccahuana"], 2009, at=g3, group=g3, pages="44")
    G.cit("SENAMHI, 2012", ["SENAMHI"], 2012, at=g3, group=g3,
          note="organisation as author (Servicio Nacional de Meteorología e Hidrología)")
    G.cit("Arriaga et al. (2010b, pp. 1971–1985)", ["Arriaga et al."], 2010, ["Arriaga"], accept_surnames=arr_b,
          year_suffix="b", pages="1971–1985",
          note="narrative citation with a page range that looks like a year range")
    G.cit("Van der\nBerg (2015)", ["Van der Berg"], 2015, accept_surnames=[["Berg"], ["van der Berg"]],
          note="narrative, the surname broken across a line")
    G.cit("Mendoza (2013)", ["Mendoza"], 2013, nth=1, note="narrative citation")
    refs = [
        ("Arriaga, L., Pacheco, R., Vela, S., 2010a. Upstream–\n  downstream contracts for water in the Peruvian\n  Andes. Mt. Res. Dev. 30, 118–127.",
         ["Arriaga", "Pacheco", "Vela"], 2010, "arriaga2010"),
        ("Arriaga, L., Vela, S., Pacheco, R., 2010b. Mapping\n  grassland conversion in the southern Andes with\n  Landsat. Remote Sens. Environ. 114, 1971–1985.",
         ["Arriaga", "Vela", "Pacheco"], 2010, "arriaga2010"),
        ("Ccahuana, F., 2009. Hidrología de las cuencas altas\n  del Vilcanota. CERA, Cusco. ISBN 978-9972-\n  51-218-4.",
         ["Ccahuana"], 2009, "ccahuana2009"),
        ("Mendoza, J., 2013. Who enrols? Selection in\n  Bolivian watershed schemes. Ecol. Econ. 92, 55–64.",
         ["Mendoza"], 2013, "mendoza2013"),
        ("MINAM, 2015. Mecanismos de retribución por servicios\n  ecosistémicos: guía. Ministerio del Ambiente, Lima.",
         ["MINAM"], 2015, "minam2015"),
        ("Quispe, R., 2004. Water, markets and the state in\n  highland Peru. World Dev. 32, 801–816.",
         ["Quispe"], 2004, "quispe2004"),
        ("SENAMHI, 2012. Boletín hidrológico 2010–2011.\n  Servicio Nacional de Meteorología, Lima.",
         ["SENAMHI"], 2012, "senamhi2012"),
        ("Van der Berg, H., 2015. Tenure and the limits of\n  conditional payments. Land Use Policy 42, 301–310.",
         ["Van der Berg"], 2015, "van der berg2015"),
        ("Wunsch, T., Ortiz, M., 2012. Evaluating payments for\n  ecosystem services: a review. Environ. Conserv.\n  39, 211–222.",
         ["Wunsch", "Ortiz"], 2012, "wunsch2012"),
    ]
    for raw, au, y, key in refs:
        suffix = {"2010a.": "a", "2010b.": "b"}
        extra = {"year_suffix": v for k, v in suffix.items() if k in raw}
        G.ref(raw, authors=au, year=y, cite_key=key, **extra)
    G.date("2016", "2016", at="Studies 12 (2016) 211–229\nContents", in_cruft=True)
    G.date("12 August 2015", "2015-08-12", in_cruft=True)
    G.date("3 February 2016", "2016-02-03", in_cruft=True)
    G.date("9 March 2016", "2016-03-09", in_cruft=True)
    G.date("21 March 2016", "2016-03-21", in_cruft=True, note="'Available online': the published value")
    G.date("2009", "2009", at="surveys from 2009")
    G.date("2014", "2014", at="and 2014 and land-cover", note="second survey round; two separate years, not a range")
    G.date("2016", "2016", at="© 2016 Andean Academic Press. All", in_cruft=True)
    G.date("1990s", "199X", at="Since the\n1990s", accept=["199"], accept_text=["the\n1990s"])
    G.date("June 2014", "2014-06")
    G.date("2009", "2009", at="communities since 2009")
    G.date("2004–2014", "2004/2014", accept_text=["the period 2004–2014"], accept_split=True)
    G.date("2016", "2016", at="1822-4431/© 2016", in_cruft=True)
    G.date("2016", "2016", at="Sotelo / J. Andean Environ. Stud. 12 (2016) 211–229\n\nenough", in_cruft=True)
    G.date("1997–98", "1997/1998", accept_split=True, note="El Niño of 1997-98")
    G.date("2010/11", "2010/2011", accept_split=True, note="the 2010/11 rainy season (about November 2010 - March 2011)")
    G.date("March 2009", "2009-03")
    G.date("2009 and 2013", "2009/2013", accept_text=["Between 2009 and 2013"], accept_split=True)
    G.date("2009–2013", "2009/2013", at="by district, 2009–2013.", accept_split=True)
    G.date("May to July 2009", "2009-05/2009-07")
    G.date("2014", "2014", at="same months of 2014", accept=["2014-05/2014-07"],
           accept_text=["the\nsame months of 2014", "same months of 2014"],
           note="'the same months of 2014' = May-July 2014; the year is the gold span")
    G.date("2004", "2004", at="maps for 2004, 2009")
    G.date("2009", "2009", at="2004, 2009 and 2014")
    G.date("2014", "2014", at="2009 and 2014 were")
    G.date("2016", "2016", at="Stud. 12 (2016) 211–229 213", in_cruft=True)
    G.date("2009 and 2014", "2009/2014", at="cropland between 2009 and 2014", accept_text=["between 2009 and 2014"],
           accept_split=True)
    G.date("2014-07-12", "2014-07-12", note="ISO date")
    G.date("mid-2000s", "200X", qualifier="mid", accept=["200"], accept_text=["the mid-2000s"])
    G.opt_date("December and March", None, note="recurring rainy season, no particular year")
    G.not_dates("3,800 m", "31%", "3,400 and 4,900 m", "S/ 0.50", "7 to 23", "1,602 households", "46 communities",
                "30 m", "pp. 1971–1985", "4.1%", "5.9%", "1.8 percentage points", "5% level", "114, 1971–1985",
                "ISBN 978-9972-\n  51-218-4", "Total 23 1,602 6,250 91.8")
    G.repair("(see e.g.\nQuispe, 2004;", "(see e.g. Quispe, 2004;", True)
    G.repair("(Arriaga et al.,\n2010a;", "(Arriaga et al., 2010a;", True)
    G.repair("p. 44;\nSENAMHI", "p. 44; SENAMHI", True)
    G.repair("Van der\nBerg (2015)", "Van der Berg (2015)", True)
    G.repair("conver-\nsion of grassland", "conversion of grassland", True, note="word split at a line end")
    G.repair("Land-\ncover maps for 2004", "Land-cover maps for 2004", True, note="real hyphen at a line end")
    G.repair("Upstream–\n  downstream", "Upstream–downstream", True, note="real en dash at a line end, hanging indent")
    G.repair("ISBN 978-9972-\n  51-218-4", "ISBN 978-9972-51-218-4", True, note="ISBN broken at a hyphen")
    G.repair("the dry season is long\n\n* Corresponding author.\nE-mail address: mhuaman@cera.org.pe (M. Huamán).\n"
             "http://dx.doi.org/10.1016/j.jaes.2016.03.004\n1822-4431/© 2016 Andean Academic Press\n\n"
             "212 M. Huamán, E. Sotelo / J. Andean Environ. Stud. 12 (2016) 211–229\n\nenough that",
             "the dry season is long enough that", False,
             note="sentence split by the page-1 footer and the page-2 running head; ideally one paragraph")
    G.meta(hyphenation=[{"raw": "conver-\nsion", "expect": "the effect of the scheme on the conversion of grassland"},
                        {"raw": "Land-\ncover", "expect": "Land-cover maps for 2004, 2009 and 2014"},
                        {"raw": "Upstream–\n  downstream", "expect": "Upstream–downstream contracts for water"}])
    G.reflow = True
    G.meta(paragraph_count_hint=16, paragraph_count_range=[16, 18],
           paragraph_breakdown={"heading": 5, "list_item": 0, "paragraph": 11})
    G.note(
        "Two-column journal article (Elsevier-like layout) extracted as text: lines wrapped at the column width (about 50 characters), the first-page masthead, article-info box and footer, two running heads with page numbers, a table flattened to space-separated lines, and a reference list with hanging indents (continuation lines start with two spaces). Everything must be re-flowed.",
        "Cruft: masthead (journal line with volume and pages, 'Contents lists available at AcademiaLink', journal name, homepage), author and affiliation lines, the article-info box ('A R T I C L E I N F O', 'Article history:' and its four dates), the copyright line, the page-1 footer (corresponding author, e-mail, DOI, ISSN line) and the running heads of pages 2 and 3.",
        "Optional: the two-line title, the letter-spaced 'A B S T R A C T' heading, and the Keywords block (kept as content in the seed gold, but here it sits inside the article-info box): a pipeline may keep or drop them.",
        "authors = ['Mariela Huamán', 'Ernesto Sotelo'] (affiliation letters and the asterisk dropped); published = 2016-03-21 ('Available online'), the volume year 2016 also accepted.",
        "Citations (13, in order): the group '(see e.g.\\nQuispe, 2004; Arriaga et al., 2010a, 2010b)' gives three works (the third is only '2010b'); '(MINAM, 2015)' and 'SENAMHI, 2012' have organisations as authors; 'Mendoza (2013)' (twice), 'Arriaga et al. (2010b, pp. 1971–1985)' and 'Van der\\nBerg (2015)' are narrative; '(Arriaga et al.,\\n2010a; Van der Berg, 2015)' and '(Ccahuana, 2009, p. 44;\\nSENAMHI, 2012)' are groups broken across lines. For groups, raw is the work's part and group the whole bracket. year is an integer and cite_key is the first surname lower-cased + year ('arriaga2010', 'van der berg2015'), as the contract says; the letter that tells 2010a from 2010b is in year_suffix. 'Van der Berg' keeps its particle (accept 'Berg').",
        "'(Table 2)' is a cross-reference, not a citation. Years inside citations and in the reference list are not date mentions (neutral).",
        "Traps: 'pp. 1971–1985' and 'Remote Sens. Environ. 114, 1971–1985' are page ranges; the ISBN broken across a line; altitudes '3,800 m'; 'S/ 0.50' (Peruvian soles); the table's numbers.",
        "Dates: '1997–98', '2010/11' (rainy season) are two-year ranges; 'surveys from 2009 and 2014' and 'maps for 2004, 2009 and 2014' are separate years, not ranges; 'between 2009 and 2014' is a range; 'the same months of 2014' has the year as span.",
        "Line-end hyphens: 'conver-/sion' joins without the hyphen; 'Land-/cover', 'Upstream–/downstream' and the ISBN keep theirs.",
        "Paragraph count 16 = abstract + 5 headings + 9 body paragraphs/blocks (intro 3, study area 2, table block, survey paragraph, results, discussion) + the reference list as one block, with the sentence split by the page-1 footer re-joined; 17-18 if that split or the Keywords block stay.",
    )
    return G
