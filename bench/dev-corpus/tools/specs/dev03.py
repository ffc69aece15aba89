from goldlib import Doc


def make():
    d = Doc("dev03_c25a8e17.txt", "html")
    for n, s in [(1, "one of the weakest.1"), (2, "to replace it.2"), (3, "the movement needed.3"),
                 (4, "on that investment.4"), (5, "the new associations.5"), (6, "destroyed in 1971.6"),
                 (7, "would ever see.7"), (8, "landless men and women.8"), (9, "closely monitored.9"),
                 (10, "as late as 1989.10")]:
        d.fn(n, s)

    d.date("1947-1990", "1947/1990", ctx="1947-1990 | DocVault", in_cruft=True,
           note="in the site's page-title line")
    d.date("03.11.2015", "2015-11-03", in_cruft=True, note="upload date of the hosting site (dd.mm.yyyy)")
    d.date("August 1947", "1947-08")
    d.date("1904", "1904")
    d.date("late 1930s", "193X", qualifier="late", accept=["193"], accept_text=["the late 1930s"])
    d.date("1971", "1971", ctx="after 1971, in Bangladesh")
    d.date("1949", "1949")
    d.date("1959", "1959")
    d.date("1960s", "196X", ctx="during the 1960s", accept=["196"], accept_text=["the 1960s"])
    d.date("late 1960s", "196X", ctx="IR-8 in the late 1960s", qualifier="late", accept=["196"],
           accept_text=["the late 1960s"])
    d.date("1970", "1970", ctx="By 1970")
    d.date("late 1960s", "196X", ctx="districts in the late 1960s", qualifier="late", accept=["196"],
           accept_text=["the late 1960s"])
    d.date("1971", "1971", ctx="After 1971\n", note="in the heading 'After 1971'")
    d.date("1971", "1971", ctx="destroyed in 1971.6", note="'1971.6' = the year 1971, a full stop and footnote marker 6")
    d.date("1972", "1972")
    d.date("1974", "1974")
    d.date("1976 and 1980", "1976/1980", accept_split=True, accept_text=["Between 1976 and 1980"])
    d.date("1982", "1982")
    d.date("October 1983", "1983-10")
    d.date("late 1980s", "198X", qualifier="late", accept=["198"], accept_text=["the late 1980s"])
    d.date("1970s", "197X", ctx="associations of the 1970s", accept=["197"], accept_text=["the 1970s"])
    d.date("1980s", "198X", ctx="experience of the 1980s", accept=["198"], accept_text=["the 1980s"])
    d.date("1989", "1989", ctx="as late as 1989.10",
           note="'1989.10' = the year 1989, a full stop and footnote marker 10 (not October 1989)")
    d.date("2014–2023", "2014/2023", in_cruft=True, note="site copyright range")

    d.opt("1947-1990", "1947/1990", ctx="BANGLADESH, 1947-1990",
          note="in the title line, which body_text may keep or drop (optional_lines)")
    d.opt("the previous five years", note="the five years before 1976, i.e. about 1971-1975")
    d.opt("the same decade", "198X", note="anaphoric: the decade of the 1982 reconstitution, the 1980s")

    g = d.build(
        title="Rural Credit Cooperatives in East Bengal and Bangladesh, 1947-1990",
        title_accept=["RURAL CREDIT COOPERATIVES IN EAST BENGAL AND BANGLADESH, 1947-1990"],
        title_reject=["DocVault", "Introduction", "Report this document",
                      "Rural Credit Cooperatives in East Bengal and Bangladesh, 1947-1990 | DocVault"],
        authors=["Nilufar H. Chowdhury"],
        published=None,
        optional_lines=["RURAL CREDIT COOPERATIVES IN EAST BENGAL AND BANGLADESH, 1947-1990"],
        cruft=[
            "DocVault\nUpload document\nSign in",
            "Rural Credit Cooperatives in East Bengal and Bangladesh, 1947-1990 | DocVault",
            "File size: 318.6 KB · 16 pages · PDF",
            "Uploaded 03.11.2015 by ashraful_k",
            "Report this document",
            "\nDownload\n",
            "NILUFAR H. CHOWDHURY",
            "DocVault\nSimilar documents",
            "Microfinance and Women’s Empowerment in Rural Bangladesh",
            "Cooperative Marketing of Jute: Lessons from Three Districts",
            "Land Tenure Reform in Post-Colonial South Asia",
            "© 2014–2023 DocVault. All rights reserved.",
            "About · Privacy Policy · DMCA · Contact us",
        ],
        keep=[
            "When the province of East Bengal came into being in August 1947",
            "The movement in Bengal dated from 1904, when the first village societies were registered under a new imperial Act",
            "This paper follows the fortunes of the cooperative idea in the eastern wing of Pakistan",
            "The Colonial Inheritance",
            "a society could lend no member more than Rs.500 without the permission of the Registrar",
            "The landless were excluded altogether, because they had nothing to pledge.",
            "The Comilla Experiment",
            "founded in 1959 under Akhtar Hameed Khan",
            "a fleet of Ford 3000 tractors rented to member cooperatives",
            "By 1970 the association had more than four hundred member societies",
            "After 1971",
            "The cooperative structure was badly damaged during the war of liberation, and most of its records were destroyed in 1971.",
            "The Integrated Rural Development Programme, launched in 1972",
            "Recoveries fell below 30 per cent, and in some districts a single loan of Tk.1,200",
            "The Grameen Bank, which became a specialised bank by ordinance in October 1983",
            "Conclusion",
            "a lesson that the country’s policy-makers had to relearn as late as 1989.",
        ],
        not_dates=["Rs.500", "Tk.1,200", "Ford 3000", "Kubota RT-140", "IR-8", "12 per cent", "30 per cent",
                   "90 per cent", "twenty thousand", "four hundred", "within a decade", "318.6 KB",
                   "the dry season"],
        repairs=[
            {"raw": "one of the weakest.1 The movement", "expected": "one of the weakest. The movement",
             "required": True},
            {"raw": "destroyed in 1971.6 The new government", "expected": "destroyed in 1971. The new government",
             "required": True},
            {"raw": "relearn as late as 1989.10", "expected": "relearn as late as 1989.", "required": True},
        ],
        paragraph_count_hint=16,
        paragraph_breakdown={"heading": 5, "list_item": 0, "paragraph": 11},
        notes=[
            "Document-hosting page (an HTML rendering of a journal article). Site chrome at the top ('DocVault' / 'Upload document' / 'Sign in', the page-title line ending '| DocVault', the file-size and upload banners, 'Report this document', 'Download') and at the bottom ('DocVault' / 'Similar documents' with three other titles, copyright and footer links) is cruft.",
            "The upper-case line 'RURAL CREDIT COOPERATIVES … 1947-1990' is the article's own title line: optional. Its range 1947-1990 is an optional date for that reason; the copy in the site's page-title line is in cruft.",
            "'NILUFAR H. CHOWDHURY' is the byline in capitals: cruft; authors = ['Nilufar H. Chowdhury'] (compare case-insensitively).",
            "published is null: '03.11.2015' is the site's upload date and '© 2014–2023' its copyright; the article prints no date of its own.",
            "Footnote markers 1-10 are glued to the preceding word or full stop. Traps: '1971.6' (the year 1971 + marker 6), '1989.10' (the year 1989 + marker 10: not October 1989), 'Rs.500' and 'Tk.1,200' (amounts, not markers), 'Ford 3000', 'Kubota RT-140', 'IR-8' (model and variety names).",
            "'Between 1976 and 1980' is a range (accept_split). 'the late 1960s' occurs twice. 'the same decade' (the 1980s) and 'the previous five years' are optional; 'within a decade' is a duration.",
            "The notes themselves are not in the scrape, so there is no notes list or bibliography.",
        ],
    )
    return d, g
