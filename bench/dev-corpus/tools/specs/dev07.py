from goldlib import Doc


def make():
    d = Doc("dev07_a6c27e35.txt", "html")
    d.date("9 November 2021", "2021-11-09", in_cruft=True, note="the page's 'Published:' line")
    d.date("1 April and 30 September 2021", "2021-04-01/2021-09-30",
           accept_text=["between 1 April and 30 September 2021"],
           note="'between 1 April and 30 September 2021' is one day range; '1 April' takes its year from the second date")
    d.date("mid-July", "2021-07", qualifier="mid", inferred_year=True,
           note="the 2021 season described in the summary")
    d.date("2019", "2019", ctx="the 2019 floods")
    d.date("July and October 2021", "2021-07/2021-10", accept_text=["between July and October 2021"])
    d.date("2021-09-30", "2021-09-30", note="ISO 8601 date")
    d.date("2022", "2022", ctx="the 2022 monsoon")
    d.date("2020", "2020", ctx="In 2020")
    d.date("July", "2020-07", ctx="deliveries in July", inferred_year=True, note="year from 'In 2020' in the same sentence")
    d.date("August", "2020-08", ctx="and August", inferred_year=True,
           note="'July and August' names two months, not a range; a range 2020-07/2020-08 is a different reading")
    d.date("1950s", "195X", accept=["195"], accept_text=["the 1950s"])
    d.date("March 2023", "2023-03")
    d.date("March 2020", "2020-03", in_cruft=True)
    d.date("June 2019", "2019-06", in_cruft=True)
    d.date("2021", "2021", ctx="HealthReach Trust 2021", in_cruft=True)

    d.opt("the past three seasons")
    d.opt("31 May each year", note="a recurring deadline, no calendar year")
    d.opt("recent years")

    g = d.build(
        title="Keeping rural clinics open through the monsoon",
        title_accept=[],
        title_reject=["HealthReach Trust", "Summary", "Reports"],
        authors=[],
        published="2021-11-09",
        optional_lines=["Keeping rural clinics open through the monsoon"],
        cruft=[
            "HealthReach Trust\nMenu",
            "Search this site",
            "Home › Our work › Publications › Reports",
            "Published: 9 November 2021",
            "Report · Health systems · Climate and health",
            "Download the full report (PDF, 2.3 MB)",
            "Download the summary in Hindi (PDF, 640 KB)",
            "Print this page",
            "Share: Facebook Twitter LinkedIn Email",
            "Related publications",
            "Cold chain resilience in community health: lessons from Odisha (March 2020)",
            "Women health workers and the 24/7 facility promise (June 2019)",
            "About us",
            "\nContact\n",
            "Privacy notice",
            "Accessibility",
            "HealthReach Trust is a registered charity. Registration No. 1167342.",
            "© HealthReach Trust 2021",
        ],
        keep=[
            "Summary",
            "Every year, heavy rain and flooding close hundreds of primary health centres and sub-centres across eastern India",
            "This report looks at what happened to the 412 facilities in our partner network in Assam, Bihar and Odisha",
            "closures were concentrated in the weeks after the peak of the river floods in mid-July",
            "None of these features is expensive.",
            "Figures for stock-outs are as of 2021-09-30 unless stated otherwise.",
            "Recommendations",
            "State health departments should map, before the 2022 monsoon, every facility that lost access by road",
            "The 108 ambulance service and the 104 health helpline should publish a monsoon operating plan",
            "so that repairs begin within weeks rather than months of the floodwaters falling.",
            "Why this matters",
            "a facility that advertises 24/7 care is of little use if nobody can reach it.",
            "Heavy rainfall events have become more frequent since the 1950s",
            "to be in place by March 2023.",
        ],
        not_dates=["412 facilities", "48 hours", "₹3.5 lakh", "₹11 lakh", "86 health workers", "three-month stock",
                   "108 ambulance", "104 health helpline", "COVID-19", "40 per cent", "24/7", "2.3 MB",
                   "Registration No. 1167342", "one facility in five"],
        repairs=[],
        paragraph_count_hint=15,
        paragraph_breakdown={"heading": 3, "list_item": 6, "paragraph": 6},
        notes=[
            "NGO report landing page. Cruft: the site name and 'Menu', 'Search this site', the breadcrumb, 'Published: 9 November 2021', the category line, the two download links, 'Print this page', the share line, 'Related publications' with two titles (their dates are in_cruft), and the footer (links, charity registration, copyright).",
            "The six numbered recommendations are real content: six list items. Their numbers '1.'..'6.' are list markup, not footnotes; keep strings leave them out.",
            "No author is named (an organisation's report): authors = []. published = 2021-11-09 from the 'Published:' line.",
            "Dates: 'between 1 April and 30 September 2021' and 'between July and October 2021' are ranges; 'mid-July' is July 2021 with qualifier mid; '2021-09-30' is an ISO date; 'In 2020 … in July and August' gives two months of 2020 (inferred_year). '31 May each year' recurs: optional.",
            "Not dates: '24/7' (looks like a day/month), the '108' ambulance and '104' helpline numbers, 'COVID-19', '48 hours', 'three-month stock', amounts in lakh, counts.",
        ],
    )
    return d, g
