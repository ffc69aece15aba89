from goldlib import Doc


def make():
    d = Doc("dev06_3d9f0b7c.txt", "html")
    d.date("17.08.2022", "2022-08-17", in_cruft=True, note="update timestamp (dd.mm.yyyy) in the dateline")
    d.time("11:40", "11:40", ctx="11:40 IST", in_cruft=True, accept_text=["11:40 IST"])
    d.time("6:30 pm", "18:30")
    d.date("September 2, 2022", "2022-09-02")
    d.date("October", "2022-10", ctx="planned from October", inferred_year=True,
           note="bare month; the year comes from 'September 2, 2022' in the same sentence")
    d.date("March 2020", "2020-03")
    d.date("2019", "2019", ctx="levels of 2019")
    d.date("April-June", "2022-04/2022-06", ctx="the April-June quarter", inferred_year=True,
           accept_text=["the April-June quarter", "April-June quarter"],
           note="the April-June quarter of the year of the report (2022), i.e. Q1 of India's financial year 2022-23")
    d.date("Q3 2021", "2021-35", accept=["2021-07/2021-09", "2021-10/2021-12"],
           note="calendar Q3 (July-September 2021, ISO 8601-2 code 35); Indian business reporting sometimes means the third quarter of the financial year (October-December), which is accepted too")
    d.date("2022-23", "2022-04/2023-03", accept=["2022/2023"],
           note="India's 2022-23 financial year, 1 April 2022 to 31 March 2023")
    d.date("2021-22", "2021-04/2022-03", accept=["2021/2022"],
           note="India's 2021-22 fiscal year, 1 April 2021 to 31 March 2022")
    d.date("late 2010s", "201X", qualifier="late", accept=["201"], accept_text=["the late 2010s"])
    d.date("December", "2022-12", ctx="by December", inferred_year=True,
           note="bare month; the year of the report (2022)")
    d.time("11 pm", "23:00", in_cruft=True, note="in a 'Most Popular' headline")
    d.date("September 18", "2022-09-18", in_cruft=True, inferred_year=True, note="in a 'Most Popular' headline")
    d.date("2022", "2022", ctx="© 2022", in_cruft=True)

    d.opt("next month", "2022-09", ctx="start next month", note="in the standfirst: relative to August 2022")
    d.opt("Tuesday", "2022-08-16", note="weekday relative to the report (Wednesday 17 August 2022)")
    d.opt("a year earlier", "2021-04/2021-06", ctx="compared with a year earlier",
          note="anaphoric: the April-June quarter of 2021")
    d.opt("Monday", in_cruft=True)
    d.opt("Thursday", in_cruft=True)

    g = d.build(
        title="Cargo carrier adds two Boeing 747 freighters as Kochi exports take off",
        title_accept=[],
        title_reject=["The Coastal Herald", "Business / Aviation", "Most Popular"],
        authors=["Priya Raman"],
        published="2022-08-17",
        optional_lines=["Cargo carrier adds two Boeing 747 freighters as Kochi exports take off"],
        cruft=[
            "Skip to main content",
            "The Coastal Herald\nSubscribe",
            "Sign In",
            "\nHome\n", "\nIndia\n", "\nWorld\n", "\nBusiness\n", "\nMarkets\n", "\nTechnology\n", "\nSport\n",
            "\nOpinion\n", "\nLifestyle\n", "\nVideos\n", "\ne-Paper\n",
            "Business / Aviation",
            "By Priya Raman",
            "Kochi | Updated: 17.08.2022 11:40 IST",
            "ALSO READ | Kerala seafood exporters seek freight subsidy as Gulf rates climb",
            "Most Popular",
            "Monsoon: orange alert in six districts as heavy rain lashes central Kerala",
            "Sensex ends 379 points higher; IT stocks lead rally",
            "Kochi Metro to extend services till 11 pm from Monday",
            "Onam bumper lottery: first prize of ₹25 crore, results on September 18",
            "Schools in Ernakulam to remain closed on Thursday",
            "Petrol, diesel prices unchanged for 90th straight day",
            "About Us", "Careers", "Contact Us", "Advertise with Us", "Privacy Policy", "Terms of Use", "Sitemap",
            "© 2022 The Coastal Herald. All rights reserved.",
        ],
        keep=[
            "Seafood and spice shippers have struggled for belly space since the pandemic",
            "A Mumbai-based air cargo operator will deploy two Boeing 747-400F freighters on a new route linking Kochi with Dubai and Frankfurt",
            "The first flight is scheduled to leave Cochin International Airport at 6:30 pm on September 2, 2022",
            "the company said it expected to move close to 1,984 tonnes a month",
            "When international passenger flights were suspended in March 2020, that capacity disappeared almost overnight.",
            "Cargo handled at Kochi airport rose 18 per cent in the April-June quarter compared with a year earlier",
            "In Q3 2021 the airport handled just over 14,000 tonnes of international cargo",
            "said Thomas Mathew, secretary of a Kochi-based association of seafood exporters.",
            "The company, which currently operates a fleet of four A330 and two 737-800 converted freighters on domestic routes",
            "It plans to add Chennai and Visakhapatnam to its network before the end of the 2022-23 financial year",
            "Industry analysts said the move reflected a broader shift in the market.",
            "up from less than a fifth in the late 2010s",
            "Airport officials said a new cold-storage facility with capacity for 200 tonnes would open at the cargo terminal by December",
        ],
        not_dates=["Boeing 747", "747-400F", "110 tonnes", "1,984 tonnes", "14,000 tonnes", "A330", "737-800",
                   "200 tonnes", "18 per cent", "30 per cent", "more than two years", "three or four days",
                   "three services a week", "₹25 crore", "90th straight day", "379 points"],
        repairs=[],
        paragraph_count_hint=9,
        paragraph_breakdown={"heading": 0, "list_item": 0, "paragraph": 9},
        notes=[
            "Whole news page saved as text: a top menu of 15 short lines (skip link, site name, Subscribe, Sign In, 11 sections) and a breadcrumb, then the article, then a 'Most Popular' box of six headlines and the footer links. All of that is cruft; short section names that are ordinary words are given with their newlines (whole-line match).",
            "The headline is the title (optional line). The standfirst 'Seafood and spice shippers …' is real content. 'By Priya Raman' (byline) and 'Kochi | Updated: 17.08.2022 11:40 IST' (dateline with a dd.mm.yyyy timestamp) are cruft; published = 2022-08-17.",
            "The 'ALSO READ | …' promo between the third and fourth paragraphs is cruft.",
            "The dateline 'KOCHI:' at the start of the first paragraph is part of the article text; keep strings leave it out, so it may stay or go.",
            "Dates: '6:30 pm' is a clock time (edtf null); 'October' and 'December' take the year 2022 from context; 'the April-June quarter' is 2022-04/2022-06; 'Q3 2021' = 2021-35 (calendar quarter; the financial-year reading is accepted); '2022-23' and '2021-22' are Indian financial years (April to March; the plain year range is accepted); 'the late 2010s' = 201X late.",
            "Relative: 'next month', 'Tuesday', 'a year earlier' are optional dates. In the Most Popular box '11 pm', 'September 18', 'Monday' and 'Thursday' are inside cruft.",
            "Not dates: 'Boeing 747', '747-400F', 'A330', '737-800' (aircraft types), tonnages ('1,984 tonnes' looks like a year), percentages, 'three or four days', 'more than two years'.",
        ],
    )
    return d, g
