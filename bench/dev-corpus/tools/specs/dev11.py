from goldlib import Doc

TITLE = "Why did Britain skip eleven days in September 1752, when other countries skipped ten?"


def make():
    d = Doc("dev11_6ce85a04.txt", "html")
    d.date("1752", "1752", ctx="calendar in 1752")
    d.date("2 September", "1752-09-02", inferred_year=True, accept_text=["Wednesday 2 September"])
    d.date("14 September", "1752-09-14", ctx="Thursday 14 September", inferred_year=True,
           accept_text=["Thursday 14 September"])
    d.date("1582", "1582", ctx="switch in 1582")
    d.date("18th-century", "17", ctx="calendar 18th-century great-britain\nShare", in_cruft=True, accept=["17XX"],
           note="a tag name in the question's tag line")
    d.date("Jan 4, 2021", "2021-01-04", in_cruft=True)
    d.time("21:47", "21:47", in_cruft=True)
    d.date("1582 and 1752", "1582/1752", accept_split=True, accept_text=["between 1582 and 1752"])
    d.date("1700", "1700", ctx="400: 1700")
    d.date("1800", "1800", ctx=", 1800 and")
    d.date("1900", "1900", ctx="and 1900 are")
    d.date("1600", "1600", ctx="but 1600 and")
    d.date("2000", "2000", ctx="and 2000 are")
    d.date("4 October 1582", "1582-10-04", accept_text=["Thursday 4 October 1582"])
    d.date("15 October 1582", "1582-10-15", accept_text=["Friday 15 October 1582"])
    d.date("1700", "1700", ctx="leap day in 1700")
    d.date("1751", "1751", ctx="so 1751 was")
    d.date("25 March to 31 December", "1751-03-25/1751-12-31", inferred_year=True,
           note="the short year 1751, named in the same sentence")
    d.date("10 February 1749/50", "1750-02-10",
           note="dual dating: legal year 1749 (starting 25 March), historical year 1750; the answer says the second number is the year as we count it")
    d.date("1755", "1755")
    d.date("1800", "1800", ctx="leap day of 1800")
    d.date("1582 to 1700", "1582/1700", accept_split=True)
    d.date("1700 to 1800", "1700/1800", accept_split=True)
    d.date("19th century", "18", accept=["18XX"], accept_text=["the 19th century"])
    d.date("1 March 1900", "1900-03-01")
    d.date("1752-09-14", "1752-09-14", note="ISO 8601 date in the text")
    d.date("Jan 5, 2021", "2021-01-05", ctx="edited Jan 5, 2021", in_cruft=True)
    d.time("10:02", "10:02", in_cruft=True)
    d.date("Jan 5, 2021", "2021-01-05", ctx="answered Jan 5, 2021", in_cruft=True)
    d.time("9:31", "09:31", in_cruft=True)
    d.date("1918", "1918", in_cruft=True, note="inside a comment under the answer")
    d.date("Jan 5, 2021", "2021-01-05", ctx="Wierzbicki Jan 5, 2021", in_cruft=True)
    d.time("14:20", "14:20", in_cruft=True)
    d.date("18th-century", "17", ctx="tagged calendar 18th-century", in_cruft=True, accept=["17XX"])
    d.date("2024", "2024", ctx="© 2024", in_cruft=True)

    d.opt("September 1752", "1752-09", note="in the question title (optional_lines)")
    d.opt("second day of September", "1752-09-02", note="words of the Act quoted in the answer")
    d.opt("fourteenth day of September", "1752-09-14", note="words of the Act quoted in the answer")
    d.opt("25 March", ctx="from 25 March to 1 January", note="start of the legal year, recurring: no calendar year")
    d.opt("1 January", ctx="to 1 January. That", note="recurring")
    d.opt("a year earlier", note="relative to the calendar change of 1752")
    d.opt("6 April", note="start of the tax year, recurring")

    g = d.build(
        title=TITLE,
        title_accept=[],
        title_reject=["History Stack Exchange", "Ask Question", "1 Answer"],
        authors=["Eleanor Whitcombe", "Tomasz Wierzbicki"],
        published="2021-01-04",
        published_accept=["2021-01-05"],
        optional_lines=[TITLE],
        cruft=[
            "Skip to main content",
            "History Stack Exchange\nLog in",
            "Sign up",
            "Ask Question",
            "Asked 3 years ago",
            "Modified 2 years, 11 months ago",
            "Viewed 12k times",
            "\n37\n",
            "calendar 18th-century great-britain\nShare",
            "Improve this question",
            "\nFollow\n",
            "asked Jan 4, 2021 at 21:47",
            "Tomasz Wierzbicki\n2,318 1 14 29",
            "Add a comment\n1 Answer",
            "Sorted by:",
            "Highest score (default)",
            "\n52\n",
            "Share Improve this answer Follow",
            "edited Jan 5, 2021 at 10:02",
            "answered Jan 5, 2021 at 9:31",
            "Eleanor Whitcombe\n8,412 3 29 51",
            "\n7\n",
            "Great answer. Worth adding that Russia did not switch until 1918, by which time the gap was thirteen days. – Tomasz Wierzbicki Jan 5, 2021 at 14:20",
            "Add a comment\nNot the answer you're looking for? Browse other questions tagged calendar 18th-century great-britain or ask your own question.",
            "The Overflow Blog",
            "Hot Network Questions",
            "Why were medieval bridges built with pointed cutwaters?",
            "How did Roman legions pay soldiers in the field?",
            "History Stack Exchange\nTour",
            "\nHelp\n", "\nChat\n", "\nContact\n", "Feedback", "\nCompany\n", "Stack Overflow", "\nTeams\n",
            "Advertising", "\nTalent\n", "\nAbout\n", "\nPress\n", "\nLegal\n", "Privacy Policy", "Terms of Service",
            "Site design / logo © 2024 Stack Exchange Inc; user contributions licensed under CC BY-SA. rev 2024.4.12.7318",
        ],
        keep=[
            "I understand that Britain and its colonies switched from the Julian to the Gregorian calendar in 1752",
            "And is it true that people rioted because they thought eleven days had been stolen from their lives?",
            "The short answer is that the Julian calendar had drifted by one more day between 1582 and 1752.",
            "The Gregorian reform fixed this by skipping the leap day in century years that are not divisible by 400",
            "so Thursday 4 October 1582 was followed by Friday 15 October 1582 in the countries that adopted it at once.",
            "The British act itself explains the point quite clearly:",
            "omitting for that time only the eleven intermediate nominal days of the common calendar",
            "The act is the Calendar (New Style) Act 1750, which also moved the start of the legal year from 25 March to 1 January.",
            "as in 10 February 1749/50",
            "As for the riots, the evidence is thin.",
            "which is why the British tax year still begins on 6 April",
            "twelve days in the 19th century and thirteen days since 1 March 1900",
            "The ISO date of the first day of the new calendar in Britain is 1752-09-14.",
        ],
        not_dates=["Calendar (New Style) Act 1750", "century years", "365.25 days", "eleven minutes", "128 years", "divisible by 400",
                   "every four years", "ten days", "eleven days", "twelve days", "thirteen days",
                   "eleven intermediate nominal days", "12k times", "rev 2024.4.12.7318"],
        repairs=[],
        paragraph_count_hint=8,
        paragraph_breakdown={"heading": 0, "list_item": 0, "paragraph": 7, "quote": 1},
        notes=[
            "Q&A page (Stack Exchange style) saved as text, one element per line. Content: the question title (optional line), the question body (1 paragraph) and the answer (6 paragraphs and a block quote '> …' from the 1750 Act; the '> ' is quote markup, keep strings leave it out).",
            "Cruft: site header, 'Ask Question', 'Asked 3 years ago', 'Modified …', 'Viewed 12k times', vote counts alone on a line (37, 52, 7: given with newlines and tested as stand-alone numbers), the tag line, 'Share' / 'Improve this question' / 'Follow' (question) and 'Share Improve this answer Follow' (answer, one line), the asked/edited/answered timestamps, the two user cards (name + reputation and badge counts), 'Add a comment', '1 Answer', 'Sorted by: Highest score (default)', the comment under the answer, 'Not the answer you're looking for? …', the sidebar and the footer.",
            "authors: the page has two bylines (user cards), the asker Tomasz Wierzbicki and the answerer Eleanor Whitcombe; both are listed. published = 2021-01-04 (question asked); the answer date 2021-01-05 is accepted.",
            "Dates: '2 September' and '14 September' (after weekday names) take 1752 from the same sentence; 'between 1582 and 1752', '1582 to 1700', '1700 to 1800' are year ranges (accept_split); the bare years 1700, 1800, 1900, 1600 and 2000 are calendar years and count as date mentions; '25 March to 31 December' is the short year 1751; '10 February 1749/50' is dual-dated = 1750-02-10; '1752-09-14' is ISO.",
            "Recurring dates without a year ('25 March' and '1 January' as the start of the legal year, '6 April' as the tax year start) and the Act's wording ('the said second day of September', 'the fourteenth day of September') are optional. The question title's 'September 1752' is optional with the title line.",
            "Not dates: 'Calendar (New Style) Act 1750' (the name of an Act), '365.25 days', 'divisible by 400', durations in days and years, '12k times', the build number 'rev 2024.4.12.7318'.",
        ],
    )
    return d, g
