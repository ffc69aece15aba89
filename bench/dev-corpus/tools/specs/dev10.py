from goldlib import Doc

TITLE = "Public Talk: “Forecasting the Monsoon – Science, Data and Public Trust”"


def make():
    d = Doc("dev10_f2763c8e.txt", "html")
    d.date("1875", "1875")
    d.date("19th century", "18", accept=["18XX"], accept_text=["the 19th century"])
    d.date("1947–1949", "1947/1949", accept_split=True, accept_text=["The years 1947–1949"])
    d.date("1961 and 1965", "1961/1965", accept_split=True, accept_text=["Between 1961 and 1965"])
    d.date("late 1960s", "196X", qualifier="late", accept=["196"], accept_text=["the late 1960s"])
    d.date("late 1980s", "198X", qualifier="late", accept=["198"], accept_text=["the late 1980s"])
    d.date("2002", "2002")
    d.date("mid-1990s", "199X", qualifier="mid", accept=["199"], accept_text=["the mid-1990s"])
    d.date("2012", "2012")
    d.date("June 2013", "2013-06")
    d.date("1950s", "195X", accept=["195"], accept_text=["the 1950s"])
    d.date("2019", "2019", ctx="monsoon of 2019")

    d.opt("the following decade", "188X", note="the decade after 1875: the 1880s")
    d.opt("the next decade", "195X", note="the decade after 1947-1949: the 1950s")
    d.opt("Today", ctx="Today’s global model", note="the time of the talk")

    g = d.build(
        title=TITLE,
        title_accept=["Forecasting the Monsoon – Science, Data and Public Trust",
                      "Forecasting the Monsoon: Science, Data and Public Trust"],
        title_reject=["Tags: Events, Public Talks, Climate"],
        authors=["Leena Varghese"],
        published=None,
        optional_lines=[TITLE],
        cruft=[
            "By Dr. Leena Varghese",
            "Tags: Events, Public Talks, Climate",
        ],
        keep=[
            "Dr. Varghese opened by reminding the audience that the monsoon is not a single event but a season of many weather systems",
            "Organised weather observation in India began with the founding of the India Meteorological Department in 1875",
            "The years 1947–1949 were difficult ones for the service.",
            "Between 1961 and 1965 the department expanded its upper-air network",
            "The arrival of satellite images in the late 1960s changed forecasters’ daily work more than any other innovation.",
            "Dr. Varghese pointed to the drought of 2002",
            "Since the mid-1990s, and much more rapidly since 2012, forecasting has moved towards dynamical models",
            "There are now more than 1,500 automatic weather stations in the country",
            "The floods in Uttarakhand in June 2013 showed the gap between a technically correct forecast and a useful warning.",
            "Forecasts need to be translated into decisions.",
            "Public trust is fragile.",
            "She also warned against the rise of private forecasts on social media",
            "the frequency of extreme rainfall events in central India had clearly increased since the 1950s",
            "In conclusion, she called for a national effort to train “interpreters” of forecasts at district level",
        ],
        not_dates=["INSAT-3D", "12 km", "1,500 automatic weather stations", "the next five days", "every half hour",
                   "years of careful work"],
        repairs=[],
        paragraph_count_hint=14,
        paragraph_breakdown={"heading": 0, "list_item": 14, "paragraph": 0},
        notes=[
            "Event-report page: line 1 holds the talk title and the byline; 'By Dr. Leena Varghese' is cruft (authors = ['Leena Varghese'], honorific dropped) and the title part may stay as a heading or go (optional_lines). The closing 'Tags: …' line is cruft. Nothing else is cruft and no date sits in cruft.",
            "The body is 14 bullets ('  • …'): 14 list items. The two leading spaces and the bullet glyph are list markup; keep strings leave them out.",
            "No date of the talk or of publication is printed: published = null.",
            "Dates: '1947–1949' (en dash) and 'Between 1961 and 1965' are year ranges (accept_split); 'the late 1960s', 'the late 1980s' and 'the mid-1990s' are decades with qualifiers; 'the 19th century' = 18. 'the following decade' (1880s) and 'the next decade' (1950s) are anaphoric: optional.",
            "Not dates: 'INSAT-3D' (a satellite), '12 km', '1,500 automatic weather stations', 'the next five days', 'every half hour'.",
        ],
    )
    return d, g
