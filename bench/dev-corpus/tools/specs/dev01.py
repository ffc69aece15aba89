from goldlib import Doc


def make():
    d = Doc("dev01_4b7e2c9a.txt", "html")
    d.date("September 14, 2021", "2021-09-14", in_cruft=True,
           note="publication date in the byline line 'By … | September 14, 2021'; the byline is cruft")
    d.date("early 1990s", "199X", qualifier="early", accept=["199"], accept_text=["the early 1990s"])
    d.date("late 1980s", "198X", qualifier="late", accept=["198"], accept_text=["the late 1980s"])
    d.date("December 1991", "1991-12")
    d.date("18 February 1992", "1992-02-18")
    d.date("January 2008", "2008-01")
    d.date("1990s", "199X", ctx="most of the 1990s", accept=["199"], accept_text=["the 1990s"])
    d.date("October 2016", "2016-10")
    d.date("November 2018", "2018-11")
    d.date("Q2 2021", "2021-34", accept=["2021-04/2021-06"],
           note="second quarter of 2021; ISO 8601-2 sub-year grouping 34 = Quarter 2")
    d.date("2016", "2016", ctx="after 2016")
    d.date("1992", "1992", ctx="arrangements of 1992")
    d.date("March 2, 2021", "2021-03-02", in_cruft=True, note="date of a 'Related' post teaser")
    d.date("2021", "2021", ctx="© 2021 Steppe", in_cruft=True, note="site copyright year")

    d.opt("Nearly thirty years later", note="relative to February 1992: about 2021, the time of writing")
    d.opt("the following spring", "2008-21", note="anaphoric: the spring after January 2008")
    d.opt("less than a year later", note="after November 2018, so some time in 2019")
    d.opt("a year earlier", "2020-34", note="anaphoric: Q2 2020")
    d.opt("the past five years")
    d.opt("the previous fifteen")

    g = d.build(
        title="Beyond Rogun: Can Central Asia Share the Amu Darya?",
        title_accept=[],
        title_reject=["Steppe Policy Forum", "Commentary, Water Security", "Leave a Reply"],
        authors=["Farida Nurmatova"],
        published="2021-09-14",
        optional_lines=["Beyond Rogun: Can Central Asia Share the Amu Darya?"],
        cruft=[
            "Skip to content",
            "Steppe Policy Forum\nAnalysis and commentary on Central Asia and the Caspian",
            "\nHome\n",
            "\nAbout Us\n",
            "\nProgrammes\n",
            "\nPublications\n",
            "\nEvents\n",
            "\nContact\n",
            "By Farida Nurmatova | September 14, 2021",
            "Commentary, Water Security",
            "Farida Nurmatova is a non-resident fellow at the Steppe Policy Forum. The views expressed here are her own.",
            "Share this:",
            "\nTwitter\n",
            "\nFacebook\n",
            "Like this:",
            "Like Loading...",
            "\nRelated\n",
            "Turkmenistan’s Gas Pivot and the Limits of Neutrality",
            "March 2, 2021",
            "In \"Commentary\"",
            "Tags: Amu Darya, CASA-1000, hydropower, Rogun, Tajikistan, Uzbekistan",
            "Post navigation",
            "← Previous Post",
            "Next Post →",
            "Leave a Reply Cancel reply",
            "Your email address will not be published. Required fields are marked *",
            "\nComment *\n",
            "Name *",
            "Email *",
            "\nWebsite\n",
            "Save my name, email, and website in this browser for the next time I comment.",
            "Post Comment",
            "© 2021 Steppe Policy Forum · Powered by WordPress",
        ],
        keep=[
            "When Tajikistan switched on the second turbine at the Rogun hydropower plant",
            "What has changed since the early 1990s is not the geography but the institutions that were supposed to manage it.",
            "A Legacy of Soviet Allocation",
            "The quotas were set in Moscow, most of them in the late 1980s",
            "The five new states signed an agreement in Almaty on 18 February 1992",
            "Downstream farmers received less water the following spring.",
            "Work restarted in earnest in October 2016.",
            "output in Q2 2021 was roughly 40 per cent higher than a year earlier",
            "What Regional Cooperation Could Look Like",
            "Three things would make a difference. The first is data.",
            "The second is money.",
            "The CASA-1000 transmission line, meant to carry 1,300 MW of summer power to Afghanistan and Pakistan",
            "The third is a forum that meets regardless of who is in power.",
            "None of this requires Rogun to be stopped.",
            "before the next hard winter does it for them.",
        ],
        not_dates=["335 metres", "40 per cent", "13.3 cubic kilometres", "CASA-1000", "1,300 MW",
                   "electricity in winter", "water in summer", "the growing season", "next hard winter",
                   "winter energy and summer water", "summer electricity", "summer power"],
        repairs=[],
        paragraph_count_hint=12,
        paragraph_breakdown={"heading": 2, "list_item": 0, "paragraph": 10},
        notes=[
            "WordPress page saved as text, one element per line and no blank lines. Site chrome above the article (skip link, site name and tagline, six menu items) and below it (author bio, 'Share this:' / Twitter / Facebook, 'Like this:' / 'Like Loading...', a 'Related' teaser with its title, date and 'In \"Commentary\"', the tags line, post navigation, the comment form and the footer) is cruft.",
            "Short menu and share items that are ordinary words ('Home', 'Contact', 'Twitter', 'Website', 'Related', 'Comment *') are given with their newlines so that they only match a whole line of body_text.",
            "'By Farida Nurmatova | September 14, 2021' is the byline: cruft. authors = ['Farida Nurmatova'] and published = 2021-09-14 come from it; its date is listed with in_cruft. 'Commentary, Water Security' is the category line: cruft.",
            "The closing line 'Farida Nurmatova is a non-resident fellow … her own.' is the author box / disclaimer: cruft.",
            "Two subheadings ('A Legacy of Soviet Allocation', 'What Regional Cooperation Could Look Like') are headings inside the body, not titles.",
            "'Q2 2021' is a quarter: EDTF 2021-34 (ISO 8601-2 sub-year grouping), start 2021-04-01, end 2021-06-30; the interval 2021-04/2021-06 is accepted.",
            "'the early 1990s', 'the late 1980s', 'the 1990s' are decades (199X, 198X) with qualifiers where printed. 'the following spring' (2008), 'a year earlier' and the other relative phrases are optional dates.",
            "Bare seasons without a year ('electricity in winter', 'water in summer', 'the growing season', 'the next hard winter') are generic, not dates; they are listed in not_dates.",
            "Not dates: '335 metres', '13.3 cubic kilometres', '1,300 MW', 'CASA-1000' (a project name), '40 per cent'.",
        ],
    )
    return d, g
