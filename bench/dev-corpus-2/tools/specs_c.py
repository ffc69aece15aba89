"""Gold specs for documents 09-12."""
from goldlib import Gold


def doc09():
    G = Gold("09-blog-flood-1953.txt", "html")
    title = "The Night the Sea Came In: Sutton-on-Sea, 31 January 1953"
    G.meta(title=title, title_reject=["Marshland Chronicles", "Local history from the Lincolnshire coast",
                                      "We use cookies to improve your experience on our site and to show you relevant content."],
           authors=["Gwen Ashdown"], published="2023-01-31")
    G.optional_lines(title)
    c1 = ("Derek Coulson\nFebruary 1, 2023 at 9:42 am\nMy grandfather was one of the Manby lads on the lorries. "
          "He never talked about it until he was in his eighties.\nReply")
    c2 = ("Jan van der Meulen\nFebruary 1, 2023 at 6:15 pm\nThank you for this. My grandparents lost their farm "
          "in Zeeland the same night.\nReply")
    c3 = ("Gwen Ashdown\nFebruary 2, 2023 at 8:03 am\nThank you both. Derek, if your grandfather left any papers "
          "I would love to see them.\nReply")
    G.cruft(
        'We use cookies to improve your experience on our site and to show you relevant content. By clicking "Accept", you agree to the storing of cookies on your device. Read our Cookie Policy.',
        "\nAccept\n",
        "\nReject\n",
        "Manage preferences",
        "\nMarshland Chronicles\n",
        "Local history from the Lincolnshire coast",
        "\nHome\n",
        "\nAbout\n",
        "\nArchive\n",
        "\nContact\n",
        "Posted on 31 January 2023 by Gwen Ashdown",
        "Enjoying Marshland Chronicles?",
        "Get new posts delivered straight to your inbox. No spam, unsubscribe at any time.",
        "Email address",
        "\nSubscribe\n",
        "Share this:",
        "\nFacebook\n",
        "\nX\n",
        "\nEmail\n",
        "\nPrint\n",
        "About Gwen Ashdown",
        "Gwen Ashdown taught history at the King Edward VI Grammar School in Louth for thirty years and now writes about the people and places of the Lincolnshire Marsh.",
        "View all posts by Gwen Ashdown",
        f'3 thoughts on "{title}"',
        c1, "February 1, 2023 at 9:42 am",
        "My grandfather was one of the Manby lads on the lorries. He never talked about it until he was in his eighties.",
        c2, "February 1, 2023 at 6:15 pm",
        "Thank you for this. My grandparents lost their farm in Zeeland the same night.",
        c3, "February 2, 2023 at 8:03 am",
        "Thank you both. Derek, if your grandfather left any papers I would love to see them.",
        "Leave a Reply Cancel reply",
        "Your email address will not be published. Required fields are marked *",
        "Comment *",
        "Name *",
        "\nWebsite\n",
        "Save my name, email, and website in this browser for the next time I comment.",
        "Post Comment",
        "© 2023 Marshland Chronicles · Powered by WordPress",
    )
    G.keep(
        "Seventy years ago tonight, the sea came over the dunes at Sutton-on-Sea.",
        "What happened on the night of 31 January 1953 is well known in outline.",
        "In England 307 people died",
        "On our stretch of coast the first breach came at around 11.30",
        "The village before the flood",
        "Older residents had warned about the state of the defences since the hard winter of 1947",
        "The rescue",
        "The Rural District Council minute of 09.02.1953 records that 1,200 residents had been evacuated",
        "Water still in. Lost the hens. Mother well.",
        "Rebuilding",
        "The breaches were closed by Easter 1953",
        "Through March–April 1953 the work went on at every tide",
        "The Waverley Committee, which reported in 1954",
        "Why it still matters",
        "the Environment Agency's shoreline plan for 2020-2030 expects more frequent overtopping",
        "If you have family memories of the 1953 flood on this part of the coast, I would love to hear from you in the comments.",
    )
    G.opt_date("31 January 1953", "1953-01-31", at="Sutton-on-Sea, 31 January 1953\n\nPosted",
               note="in the title line (optional line)")
    G.date("31 January 2023", "2023-01-31", in_cruft=True, note="posting date in the byline; the published value")
    G.opt_date("Seventy years ago tonight", "1953-01-31", note="relative to the posting date")
    G.date("31 January 1953", "1953-01-31", at="night of 31 January 1953")
    G.time("11.30\u00a0pm", "23:30", qualifier="approximate", accept_text=["around 11.30\u00a0pm"],
           note="'around' sets the qualifier; NO-BREAK SPACE before 'pm'")
    G.date("1 February", "1953-02-01", at="hours of 1 February", inferred_year=True,
           accept_text=["the early hours of 1 February", "early hours of 1 February"])
    G.opt_date("between the wars", None, note="the interwar period (1918-1939), a named period")
    G.date("1900s", "19", accept=["19XX", "190X", "190"], accept_text=["the 1900s"], precision="century",
           note="read as the century as in the seed gold ('early 1800s'); the decade reading 1900-1909 is also accepted")
    G.date("1938", "1938")
    G.date("winter of 1947", "1947", accept=["1947-24", "1946-24", "1946-12/1947-02", "1947-01/1947-03"],
           accept_text=["the hard winter of 1947", "hard winter of 1947"],
           note="the severe winter of early 1947 (January-March); a season code is also accepted")
    G.date("09.02.1953", "1953-02-09", note="day-first numeric date")
    G.opt_date("Sunday", "1953-02-01", at="entry for Sunday", note="1 February 1953 was a Sunday")
    G.date("Easter 1953", "1953-04-05", accept=["1953", "1953-04"],
           note="Easter Sunday 1953 = 5 April; the year or month reading is also accepted")
    G.date("March–April 1953", "1953-03/1953-04")
    G.opt_date("second week of April", "1953-04", note="a week in April 1953")
    G.date("1954", "1954")
    G.date("early 1960s", "196X", qualifier="early", accept=["196"], accept_text=["the early 1960s"])
    G.date("1982", "1982")
    G.date("18-20 February, 1953", "1953-02-18/1953-02-20", note="day range, comma before the year")
    G.date("1950s", "195X", accept=["195"], accept_text=["the 1950s"])
    G.date("2020-2030", "2020/2030", accept_split=True, note="the period of a shoreline management plan")
    G.opt_date("Seventy years on", None, note="relative")
    G.date("1953", "1953", at="memories of the 1953 flood", note="a year naming an event")
    G.date("31 January 1953", "1953-01-31", at='Sutton-on-Sea, 31 January 1953"', in_cruft=True)
    G.date("February 1, 2023", "2023-02-01", nth=0, in_cruft=True)
    G.time("9:42 am", "09:42", in_cruft=True)
    G.date("February 1, 2023", "2023-02-01", nth=1, in_cruft=True)
    G.time("6:15 pm", "18:15", in_cruft=True)
    G.date("February 2, 2023", "2023-02-02", in_cruft=True)
    G.time("8:03 am", "08:03", in_cruft=True)
    G.date("2023", "2023", at="© 2023 Marshland", in_cruft=True)
    G.not_dates("spring tide", "307 people", "1,800", "two metres", "four feet", "DUKWs", "1,200 residents", "three weeks",
                "thirty years")
    G.meta(paragraph_count_hint=14, paragraph_breakdown={"heading": 4, "list_item": 0, "paragraph": 10})
    G.note(
        "WordPress local-history blog as text: cookie banner ('We use cookies ...', 'Accept', 'Reject', 'Manage preferences'), site name and tagline, menu, byline 'Posted on ... by ...', a newsletter box in the middle of the post, share buttons, author box, three comments with time stamps, the comment form and the footer. All cruft.",
        "Common words are given as whole lines ('\\nAccept\\n', '\\nHome\\n', '\\nX\\n', '\\nEmail\\n' ...). Each comment is listed as one block (author, stamp, text, 'Reply') and again by its unique lines.",
        "The closing call for memories ('If you have family memories ... in the comments.') is written by the author inside the post: content, even though it sits next to the share buttons.",
        "published = 2023-01-31 (byline); authors = ['Gwen Ashdown']. The date in the title line is an optional date (the title may be dropped); the copy in the comments heading is cruft.",
        "Dates: '11.30\u00a0pm' is a clock time with a dot and a NO-BREAK SPACE, qualifier approximate ('around'); '1 February' takes 1953 from the sentence before; '09.02.1953' is day-first; 'Easter 1953' = 1953-04-05 (year and month accepted); 'the hard winter of 1947' straddles the year boundary, the year is the gold; 'the 1900s' is read as the century (decade accepted); '2020-2030' is a plan period; 'the 1953 flood' names an event by its year.",
        "Relative or vague expressions ('Seventy years ago tonight', 'Seventy years on', 'between the wars', 'Sunday', 'the second week of April') are optional.",
        "Traps: '307 people', '1,800', 'DUKWs', 'four feet', '1,200 residents', 'three weeks', 'thirty years' (in the author box).",
    )
    return G


def doc10():
    G = Gold("10-thinktank-heat-workers.txt", "pdf")
    title = "Working in the Heat"
    sub = "Protecting outdoor informal workers in South Asia’s cities"
    G.meta(title=title, title_accept=[f"{title}: {sub}", f"{title} {sub}"],
           title_reject=["POLICY REPORT | JUNE 2023", "Executive Summary", "Contents",
                         "THE MERIDIAN INSTITUTE FOR PUBLIC POLICY", "Key Findings"],
           authors=["Anjali Raman", "Tomás Okafor-Reyes"], published="2023-06")
    G.optional_lines(title, sub, f"{title}\n{sub}")
    G.cruft(
        "POLICY REPORT | JUNE 2023",
        "Anjali Raman and Tomás Okafor-Reyes",
        "THE MERIDIAN INSTITUTE FOR PUBLIC POLICY",
        "\nContents\n",
        ".............................................. 3",
        "....................................................... 4",
        "............. 5",
        "....................................... 7",
        "............................................ 9",
        "........................................................... 11",
        "meridianinstitute.org | 2",
        "meridianinstitute.org | 3",
        "meridianinstitute.org | 9",
        "meridianinstitute.org | 11",
    )
    G.keep(
        "Executive Summary",
        "South Asia’s cities are getting hotter, and the people who feel it first are those who work outdoors for a living",
        "The pre-monsoon heatwave of April–June 2022 made that choice unusually stark.",
        "Key Findings",
        "Outdoor informal workers in the cities we studied lose between 6 and 11 per cent of their annual working hours to heat",
        "Very few plans include any form of income support for workers who stop work during a heat alert.",
        "Heat, work and the informal economy",
        "Heat stress is not simply a matter of air temperature.",
        "compared with the baseline period 1981–2010",
        "What cities have tried",
        "In Nagpur, municipal construction work was suspended between 12:00 and 16:00 on red-alert days",
        "None of these measures, however, replaces lost income.",
        "Recommendations",
        "Require platform companies to suspend delivery targets and penalties during red alerts.",
        "Fund shaded rest areas, drinking water and toilets at markets, construction sites and transport hubs from municipal budgets.",
        "Endnotes",
    )
    for upto, n in (("in May.1", 1), ("same weeks of 2021.2", 2), ("unshaded markets.3", 3),
                    ("protection instruments’.4", 4), ("done outdoors.5", 5), ("never registered.6", 6),
                    ("thermometer reading.7", 7), ("Indo-Gangetic plain.8", 8), ("two years out of three.9", 9),
                    ("model for the region.10", 10), ("June 2015.11", 11), ("by 2019.12", 12),
                    ("any compensation.13", 13), ("in FY2022-23.14", 14)):
        G.fn(upto, n)
    notes = [
        ("India Meteorological Department, Annual Climate Summary 2022 (Pune: IMD, 2023).", [], 2023),
        ("Meridian Institute analysis of admissions data from Ahmedabad, Nagpur, Karachi and Dhaka, April to June 2021 and 2022.", [], None),
        ("Survey of 2,400 outdoor workers conducted for this report, October 2022 to February 2023.", [], None),
        ("See A. Raman, ‘Warning without protection’, Economic and Political Weekly 57, no. 31 (2022): 14–17.", ["Raman"], 2022),
        ("International Labour Organization, Women and Men in the Informal Economy, 3rd ed. (Geneva: ILO, 2018).", [], 2018),
        ("Code on Social Security, 2020, Chapter IX.", [], 2020),
        ("ISO 7243:2017, Ergonomics of the thermal environment.", [], 2017),
        ("Indian Institute of Tropical Meteorology, Assessment of Climate Change over the Indian Region (2020).", [], 2020),
        ("Ibid., chapter 3.", [], None),
        ("Ahmedabad Municipal Corporation, Heat Action Plan 2013.", [], 2013),
        ("Sindh Provincial Disaster Management Authority, Heatwave Management Plan (2016).", [], 2016),
        ("Interviews with employers’ associations, Nagpur and Pune, November 2022.", [], None),
        ("T. Okafor-Reyes, ‘Paying people to stop’, Meridian Working Paper 41 (2022).", ["Okafor-Reyes"], 2022),
        ("SEWA Bharat, Heat Resilience Pilot: Interim Report (Ahmedabad, 2023).", [], 2023),
    ]
    for i, (raw, au, y) in enumerate(notes, 1):
        key = (au[0].lower() + str(y)) if au and y else None
        G.ref(raw, ref_no=i, authors=au, year=y, cite_key=key)
    G.date("JUNE 2023", "2023-06", in_cruft=True, note="cover line; the published value")
    G.date("April–June 2022", "2022-04/2022-06")
    G.date("March 2022", "2022-03", at="March 2022 was")
    G.date("1901", "1901")
    G.date("May", "2022-05", at="in May.1", inferred_year=True, note="followed by endnote marker 1")
    G.date("2021", "2021", at="same weeks of 2021", accept_text=["the same weeks of 2021", "same weeks of 2021"],
           note="followed by endnote marker 2: '2021.2'")
    G.date("2013", "2013", at="Ahmedabad in 2013")
    G.date("summer 2019", "2019-22", accept=["2019-06/2019-08"])
    G.date("2019", "2019", at="passed in 2019 and 2020")
    G.date("2020", "2020", at="2019 and 2020 extend")
    G.date("1981–2010", "1981/2010", accept_text=["the baseline period 1981–2010", "period 1981–2010"],
           accept_split=True)
    G.date("2050s", "205X", accept=["205"], accept_text=["the 2050s"])
    G.date("2022", "2022", at="like that of 2022")
    G.date("2013–present", "2013/..", accept=["2013/"], note="open range: from 2013 to the time of writing; end null")
    G.date("May 2010", "2010-05")
    G.date("2022", "2022", at="end of 2022", accept_text=["the end of 2022"],
           note="'By the end of 2022': qualifier late acceptable, not required")
    G.date("June 2015", "2015-06", note="followed by endnote marker 11: '2015.11'")
    G.time("12:00", "12:00")
    G.time("16:00", "16:00")
    G.date("Q2 2022", "2022-34", accept=["2022-04/2022-06"], note="EDTF sub-year grouping 34 = second quarter")
    G.date("2019", "2019", at="by 2019.12", note="the year 2019 followed by endnote marker 12")
    G.date("FY2022-23", "2022-04/2023-03", accept=["2022/2023"], accept_split=True,
           note="Indian financial year April 2022 - March 2023; followed by endnote marker 14")
    G.not_dates("50°C", "aged 18 to 45", "6 and 11 per cent", "four in five", "WBGT of 32", "35°C", "0.7°C", "40°C",
                "two years out of three", "1,300 people", "30 cities and 23 states", "40 construction sites",
                "Rs 500 a month", "ISO 7243:2017", "hottest March", "summer temperatures")
    G.meta(paragraph_count_hint=25, paragraph_breakdown={"heading": 6, "list_item": 8, "paragraph": 11})
    G.note(
        "Think-tank report PDF dumped as text: cover lines (series/date line, title, subtitle, authors, institute), a table of contents with dot leaders and page numbers, page footers 'meridianinstitute.org | N', Executive Summary, Key Findings bullets, three numbered sections, a numbered recommendation list and an endnote list.",
        "Cruft: the series/date line, the author line, the institute line, 'Contents' and its six dotted lines, the four page footers. The contents lines repeat the headings (keep), so their cruft items are the dot leaders with the page numbers ('.... 3'): a body that keeps a contents line keeps its leader. Title and subtitle are optional lines. authors = ['Anjali Raman', 'Tomás Okafor-Reyes']; published = 2023-06 (cover 'JUNE 2023').",
        "Endnote markers 1-14 are glued to words, years and closing quotes: 'in May.1', 'weeks of 2021.2', 'instruments’.4' (after a closing single quote), 'in June 2015.11', 'by 2019.12', 'FY2022-23.14'. The digits must leave the body; the years before them stay.",
        "The endnote list is content (references); its leading numbers are labels. Dates inside the notes are neutral, but 'ISO 7243:2017' is a standard's number and listed as a not-date.",
        "Key Findings bullets ('•') and recommendations ('1.'..'4.') are list items (8); headings: Executive Summary, Key Findings, the three numbered sections, Endnotes.",
        "Dates: 'April–June 2022' month range; 'Q2 2022' quarter; 'FY2022-23' Indian financial year; 'summer 2019' season; 'the baseline period 1981–2010' range; 'the 2050s' decade; 'between 12:00 and 16:00' two clock times; 'in May' takes 2022 from the sentence before; 'laws passed in 2019 and 2020' are two years, not a range.",
        "Traps: temperatures ('50°C', '35°C', '0.7°C', '40°C'), 'WBGT of 32', ages 'aged 18 to 45', 'Rs 500 a month', counts of cities and sites.",
    )
    return G


def doc11():
    G = Gold("11-maillist-rye-prices-cp1252.txt", "email")
    title = "Rye prices in Westphalia, 1845-47"
    G.meta(title=title, title_accept=["Re: [AGRAR-HIST] Rye prices in Westphalia, 1845-47",
                                      "Re: Rye prices in Westphalia, 1845-47"],
           title_reject=["Dear list,"], authors=["Jürgen Möhlmann"], published="1998-11-12")
    G.cruft(
        'From: "Dr. Jürgen Möhlmann" <j.moehlmann@hist.uni-lindenau.de>',
        "\nTo: agrar-hist@lists.ruralhistory.ac.uk",
        "Subject: Re: [AGRAR-HIST] Rye prices in Westphalia, 1845-47",
        "Date: Thu, 12 Nov 1998 14:07:55 +0100",
        "Message-ID: <01be0e3a$4f2c1e60$0a01a8c0@moehlmann>",
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="iso-8859-1"',
        "Content-Transfer-Encoding: 8bit",
        "X-Mailer: Microsoft Outlook Express 4.72.3110.5",
        "Sender: owner-agrar-hist@lists.ruralhistory.ac.uk",
        "Reply-To: agrar-hist@lists.ruralhistory.ac.uk",
        "\n-- \n",
        "\nDr. Jürgen Möhlmann\n",
        "Historisches Seminar, Universität Lindenau",
        "Schloßplatz 4, D-49601 Lindenau",
        "Tel. +49 (0)5431 18-2274 / Fax 18-2200",
        "_______________________________________________",
        "AGRAR-HIST mailing list",
        "AGRAR-HIST@lists.ruralhistory.ac.uk",
        'To unsubscribe, send "unsubscribe agrar-hist" to majordomo@lists.ruralhistory.ac.uk',
        "List archives: http://lists.ruralhistory.ac.uk/archives/agrar-hist/",
    )
    G.keep(
        "Does anyone have a monthly series for rye prices in the Prussian",
        "Sarah, there is a good deal more than most people realise, although it",
        "and for Westphalia the series for Münster, Paderborn and Minden are",
        "spreadsheet if that helps (Excel 5.0 or plain text – say which).",
        "In short: the Westphalian markets did move with the British ones, but",
        "Thaler in May 1847, which is the highest monthly price anywhere in the",
        "I have also seen it argued that the Prussian government bought grain",
        "Westphalia, which is less than one week’s consumption. What mattered",
        "more was the suspension of the grain duties on 7 January 1847, which was",
        "There is a useful older article by W. Abel, “Agrarkrisen und",
        "crises of 1816/17 and of the 1770s. Abel’s view was that 1846-47 was the",
        "entirely convinced – the cholera of 1849 complicates the mortality",
        "One caution about the sources: the official prices are market prices for",
        "the market. The tax records of the Amt Rheda show this quite clearly for",
        "I will be in the Staatsarchiv in Münster from 23 to 27 November and can",
        "check anything else you need. As I wrote to the list on 10/11/98, I",
    )
    G.date("1845-47", "1845/1847", at="Westphalia, 1845-47\nDate", in_cruft=True, accept_split=True)
    G.date("12 Nov 1998", "1998-11-12", in_cruft=True, note="Date header; the published value")
    G.time("14:07:55", "14:07:55", in_cruft=True)
    G.opt_date("11 Nov 1998", "1998-11-11", note="in the attribution line of the quoted message (neither keep nor cruft)")
    G.opt_date("09:51:12", None, note="clock time in the attribution line")
    G.date("1846-7", "1846/1847", accept_split=True, note="in quoted text")
    G.date("1820s", "182X", accept=["182"], accept_text=["the 1820s"])
    G.date("1816 and 1850", "1816/1850", accept_text=["between 1816 and 1850"], accept_split=True)
    G.date("autumn of 1845", "1845-23", accept=["1845-09/1845-11"], accept_text=["the\nautumn of 1845"])
    G.opt_date("the winter", "1845-24", at="through the winter,", note="anaphoric: the winter after the autumn of 1845")
    G.date("May 1847", "1847-05")
    G.date("1848", "1848")
    G.date("early 1840s", "184X", qualifier="early", accept=["184"], accept_text=["the\nearly 1840s"])
    G.date("1846", "1846", at="abroad in 1846", note="in quoted text")
    G.date("late autumn of 1846", "1846-23", qualifier="late", accept=["1846-09/1846-11"],
           accept_text=["the\nlate autumn of 1846"])
    G.date("7 January 1847", "1847-01-07")
    G.opt_date("the end of the year", "1847-12", note="anaphoric: the end of 1847")
    G.date("1840s", "184X", at="puts the 1840s", accept=["184"], accept_text=["the 1840s"])
    G.date("1816/17", "1816/1817", accept_split=True)
    G.date("1770s", "177X", accept=["177"], accept_text=["the 1770s"])
    G.date("1846-47", "1846/1847", at="that 1846-47 was", accept_split=True)
    G.date("1849", "1849")
    G.date("1847", "1847", at="clearly for\n1847")
    G.date("23 to 27 November", "1998-11-23/1998-11-27", inferred_year=True, note="year from the message date")
    G.date("10/11/98", "1998-11-10",
           note="day-first (a German writer, two days before the message date); not 11 October")
    G.not_dates("Excel 5.0", "two to three months", "1 Thaler 20 Silbergroschen", "3\nThaler", "100,000 Scheffel",
                "one week’s consumption", "20 %")
    G.reflow = True
    G.meta(paragraph_count_hint=10, paragraph_count_range=[9, 10],
           paragraph_breakdown={"heading": 0, "list_item": 0, "paragraph": 10})
    G.note(
        "The message body is hard-wrapped at 72 columns, as mail clients of the time sent it: paragraphs must be re-flowed (keep strings are single lines).",
        "Encoding: the file is cp1252 (Windows-1252), not UTF-8. The header claims charset iso-8859-1, but Outlook Express wrote cp1252 punctuation: ’ (0x92), ‘ (0x91), “ ” (0x93/0x94) and – (0x96) next to Latin-1 letters ü ö ß. Decoding as latin-1 turns the punctuation into C1 control characters; decoding as UTF-8 fails. All gold strings refer to the cp1252-decoded text; keep strings with ü, ’ and – test it.",
        "Cruft: the mail headers (From, To, Subject, Date, Message-ID, MIME-Version, Content-Type, Content-Transfer-Encoding, X-Mailer, Sender, Reply-To), the signature delimiter '-- ' and the signature block, and the mailing-list footer (rule, list name, address, unsubscribe line, archive URL).",
        "'To: agrar-hist@…' is given as '\\nTo: …' because 'Reply-To: …' ends with the same text.",
        "Judgement call: the quoted lines ('> …') are part of the reply as posted and count as content; the '> ' prefix is markup that may be kept or stripped (keep strings leave it out). The attribution line 'On Wed, 11 Nov 1998 09:51:12 -0000, Sarah Penhallow wrote:' is neither keep nor cruft; its date and time are optional. The salutation 'Dear list,' and sign-off 'Best wishes, / Jürgen' are the writer's own: neither keep nor cruft (paragraph_count_range 9-10).",
        "title = the Subject without 'Re: [AGRAR-HIST]'; authors = ['Jürgen Möhlmann'] ('Dr.' dropped); published = 1998-11-12 from the Date header.",
        "Dates: '1846-7', '1845-47', '1846-47', '1816/17' are two-year ranges; '10/11/98' is day-first (10 November 1998); '23 to 27 November' takes 1998 from the message; 'the late autumn of 1846' = season with qualifier late. Narrative mentions of Wehler and Abel have no year: not citations.",
        "Traps: 'Excel 5.0', 'X-Mailer … 4.72.3110.5' (in cruft), '1 Thaler 20 Silbergroschen', '100,000 Scheffel', '20 %'.",
    )
    return G


def doc12():
    G = Gold("12-encyclopedia-great-smog.txt", "html")
    title = "Great Smog of London"
    desc = "environmental disaster, London, United Kingdom [1952]"
    G.meta(title=title, title_reject=["Encyclopedia Compass", "Skip to main content", "Table of Contents",
                                      "Citation Information", "Introduction"],
           authors=["Caroline Whitcombe"], published="2024-11-28")
    G.optional_lines(title, desc, f"{title}\n{desc}")
    mla = ('Whitcombe, Caroline. "Great Smog of London". Encyclopedia Compass, 28 Nov. 2024, '
           'https://www.encyclopediacompass.com/event/Great-Smog-of-London. Accessed 14 January 2025.')
    apa = ("Whitcombe, C. (2024, November 28). Great Smog of London. Encyclopedia Compass. "
           "https://www.encyclopediacompass.com/event/Great-Smog-of-London")
    chi = ('Whitcombe, Caroline. "Great Smog of London". Encyclopedia Compass, November 28, 2024. '
           'https://www.encyclopediacompass.com/event/Great-Smog-of-London.')
    G.cruft(
        "Skip to main content",
        "\nEncyclopedia Compass\n",
        "Search Encyclopedia Compass",
        "Log In",
        "\nSubscribe\n",
        "\nHome\n",
        "History & Society",
        "Science & Tech",
        "Biographies",
        "Animals & Nature",
        "Geography & Travel",
        "Arts & Culture",
        "\nPrint\n",
        "\nCite\n",
        "\nShare\n",
        "\nFeedback\n",
        "More Actions",
        "Written by\nCaroline Whitcombe",
        "Caroline Whitcombe is an environmental historian and a contributor to Encyclopedia Compass. Her books include Coal and the City: Air Pollution in Britain, 1840–1960.",
        "Fact-checked by\nThe Editors of Encyclopedia Compass",
        "Last Updated: Nov 28, 2024 • Article History",
        "Table of Contents",
        "\nIntroduction\n",
        "Related Topics:",
        "air pollution\nsmog\ntemperature inversion",
        "See all related content",
        "This article was most recently revised and updated by Caroline Whitcombe.",
        "Citation Information",
        "Article Title: Great Smog of London",
        "Website Name: Encyclopedia Compass",
        "Publisher: Encyclopedia Compass, Inc.",
        "Date Published: 28 November 2024",
        "URL: https://www.encyclopediacompass.com/event/Great-Smog-of-London",
        "Access Date: January 14, 2025",
        "\nMLA\n", mla,
        "\nAPA\n", apa,
        "Chicago Manual of Style", chi,
        "Copy Citation",
        "External Websites",
        "Met Office - The Great Smog of 1952",
        "Science History Institute - The Deadly Fog of London",
        "Royal Society of Chemistry - A history of clean air legislation",
        "Related Articles",
        "Clean Air Act\nsmog\nLondon",
    )
    G.keep(
        "Great Smog of London, lethal air-pollution episode that settled over London from December 5 to December 9, 1952.",
        "Causes",
        "London had been notorious for its fogs since at least the 17th century",
        "Severe episodes in 1873, 1880, and 1892 were each followed by a rise in deaths from bronchitis",
        "An anticyclone settled over southern England on Thursday, December 4, bringing cold, still air.",
        "Health effects",
        "Contemporary estimates put the number of excess deaths during the fog at about 4,000",
        "A reanalysis published in 2001 argued that the mortality stayed elevated through January and February 1953",
        "Political response",
        "a committee of inquiry under Sir Hugh Beaver was appointed in July 1953",
        "The Clean Air Act of 1956 gave local authorities the power to declare smoke control areas",
        "Legacy",
        "a further episode in December 1962 caused some 750 deaths",
        "The Great Smog remains a landmark in the history of environmental regulation",
    )
    G.opt_date("1952", "1952", at=desc, note="in the descriptor line under the title (optional line)")
    G.date("1840–1960", "1840/1960", in_cruft=True, note="in the author bio (a book title)")
    G.date("Nov 28, 2024", "2024-11-28", in_cruft=True, note="'Last Updated': the published value")
    G.date("December 5 to December 9, 1952", "1952-12-05/1952-12-09")
    G.date("17th century", "16", accept=["16XX"], accept_text=["the 17th century"])
    G.date("19th century", "18", accept=["18XX"], accept_text=["the 19th century"])
    G.date("1873", "1873")
    G.date("1880", "1880")
    G.date("1892", "1892")
    G.date("early December 1952", "1952-12", qualifier="early")
    G.date("December 4", "1952-12-04", inferred_year=True, accept_text=["Thursday, December 4"],
           note="year from the sentence before; 4 December 1952 was a Thursday")
    G.date("2001", "2001")
    G.date("January and February 1953", "1953-01/1953-02",
           note="one two-month range; 'January' + 'February 1953' as two mentions overlap it too")
    G.date("July 1953", "1953-07")
    G.date("November 1954", "1954-11")
    G.opt_date("1956", "1956", at="Clean Air Act of 1956", note="year of a statute's short title")
    G.date("1968", "1968", note="'a second Clean Air Act in 1968': when, not part of the name")
    G.date("December 1962", "1962-12")
    G.date("1960s", "196X", accept=["196"], accept_text=["the 1960s"])
    G.date("’70s", "197X", accept=["197"], accept_text=["70s", "1960s and ’70s"], note="'the 1960s and ’70s': elided decade")
    G.date("28 November 2024", "2024-11-28", in_cruft=True)
    G.date("January 14, 2025", "2025-01-14", in_cruft=True)
    G.date("28 Nov. 2024", "2024-11-28", in_cruft=True)
    G.date("14 January 2025", "2025-01-14", in_cruft=True)
    G.date("2024, November 28", "2024-11-28", in_cruft=True, note="APA date inside the citation block")
    G.date("November 28, 2024", "2024-11-28", in_cruft=True)
    G.date("1952", "1952", at="Great Smog of 1952", in_cruft=True)
    G.not_dates("less than a metre", "SO2", "4,000", "12,000", "PM2.5", "£250\u00a0million", "750 deaths")
    G.meta(paragraph_count_hint=12, paragraph_breakdown={"heading": 4, "list_item": 0, "paragraph": 8})
    G.note(
        "Encyclopedia article page (Britannica-like layout, invented publisher) as text: skip link, site name, search, log-in, navigation, title with descriptor '[1952]', toolbar (Print, Cite, Share, Feedback, More Actions), 'Written by' with author bio, 'Fact-checked by', 'Last Updated: … • Article History', 'Table of Contents' with the section list, 'Related Topics', the article, a revision note, the 'Citation Information' block (Article Title … Access Date, MLA/APA/Chicago forms, 'Copy Citation'), 'External Websites' and 'Related Articles'. Everything except the article is cruft.",
        "The table-of-contents lines repeat the section headings (keep); only 'Table of Contents' and its first entry 'Introduction' (a whole line, no section of that name in the article) are cruft items, which a body that keeps the list fails.",
        "Title 'Great Smog of London' and the descriptor line may be kept or dropped (optional lines); the descriptor's '[1952]' is an optional date.",
        "authors = ['Caroline Whitcombe'] ('Written by'); the fact-checkers are not authors. published = 2024-11-28 from 'Last Updated' (the only date the page gives for this version).",
        "Citation trap: the APA line 'Whitcombe, C. (2024, November 28)' looks like an author-year citation but sits in the citation block (cruft): citations = [].",
        "Dates: 'December 5 to December 9, 1952' is one range; 'Thursday, December 4' takes 1952 from context; 'early December 1952' qualifier early; 'the 1960s and ’70s' gives two decades; 'January and February 1953' one range; 'the Clean Air Act of 1956' is a statute title (optional) but 'a second Clean Air Act in 1968' is a date.",
        "Traps: 'PM2.5', 'SO2', '4,000', '12,000', '750 deaths', '£250 million' (NO-BREAK SPACE).",
    )
    return G
