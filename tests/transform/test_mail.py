from transform.mail import read_mail

POST = """From: "Dr. Jane Doe" <jane@example.org>
To: canals@lists.example.org
Subject: Re: [CANAL-HIST] Tolls on the upper flight, 1790-1810
Date: Thu, 12 Nov 1998 14:07:55 +0100
Message-ID: <123@example.org>

Dear list,

> Does anyone have the toll books?

Yes, the toll books survive for most years between 1790 and 1810.

Best wishes,
Jane

-- 
Dr. Jane Doe
Department of History

_______________________________________________
CANAL-HIST mailing list
To unsubscribe, write to majordomo@lists.example.org
""".split("\n")


def test_header_signature_and_list_footer():
    r = read_mail(POST)
    assert r.title == "Tolls on the upper flight, 1790-1810"
    assert r.authors == ("Jane Doe",)
    assert r.published.isoformat() == "1998-11-12"
    kept = [t for i, t in enumerate(POST) if i not in r.drop and t.strip()]
    assert kept[0] == "Dear list," and "> Does anyone have the toll books?" in kept and kept[-1] == "Jane"
    assert [a.kind for a in r.artefacts] == ["mail_header", "signature"]


def test_text_that_is_not_mail_is_untouched():
    lines = ["Subject: canals", "The canal opened in 1790 and closed in 1930."]
    assert read_mail(lines).drop == frozenset()
