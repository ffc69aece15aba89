#!/usr/bin/env python3
"""(Re)write the generated sample files: two academic-paper PDFs and a cp1252 text file in
samples/ingest/, and the binary or oddly encoded bad inputs in samples/bad/.

    .venv/bin/python samples/make_samples.py          (or: make samples)

Needs fpdf2, pypdf and Pillow (fpdf2 depends on it). The output is deterministic: every
date, ID and random byte is fixed, so running the script twice gives byte-identical files
(for a given fpdf2/pypdf version). The HTML and the other .txt samples in samples/ingest/
are plain hand-written files and are not touched here.

The PDFs use a core font (Times), so their text must stay within latin-1. Paragraph
text may carry two markers:
    {H}  a hyphenation point inside a word that MUST fall at a line end ("negoti{H}ations"
         prints "negoti-" / "ations"); the pipeline should join it to "negotiations".
    {R}  a real hyphen that MUST fall at a line end ("Indo-{R}Pacific" prints "Indo-" /
         "Pacific"); the pipeline should keep the hyphen: "Indo-Pacific".
Both become a soft hyphen for fpdf2, which prints "-" only where it breaks the line. The
script checks that each marked point really ends a line and stops with an error otherwise
(edit the paragraph's wording until the word falls at the line end).
"""
import datetime as dt
import io
import os
import random
import sys
from contextlib import contextmanager

from fpdf import FPDF
from fpdf.enums import MethodReturnValue, XPos, YPos

HERE = os.path.dirname(os.path.abspath(__file__))
INGEST = os.path.join(HERE, "ingest")
BAD = os.path.join(HERE, "bad")
SHY = "\u00ad"


# --------------------------------------------------------------------------- PDF papers
class Paper(FPDF):
    def __init__(self, spec):
        super().__init__(format="A4", unit="mm")
        self.spec = spec
        self.set_margins(27, 24, 27)
        self.set_auto_page_break(True, margin=22)
        self.alias_nb_pages()
        self.set_title(spec["title"])
        self.set_author(", ".join(spec["authors"]))
        self.set_subject(spec["journal_header"])
        self.set_keywords(spec["keywords"])
        self.set_creator("cruftless samples/make_samples.py")
        self.set_creation_date(spec["creation_date"])
        self.set_lang("en")

    def header(self):
        s = self.spec
        odd = self.page_no() % 2 == 1
        text = s["journal_header"] if (self.page_no() == 1 or not odd) else s["short_header"]
        self.set_font("Times", "I", 9)
        self.set_y(12)
        self.cell(0, 5, text, align="R" if odd else "L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, 18, self.w - self.r_margin, 18)
        self.set_y(self.t_margin)

    def footer(self):
        self.set_y(-15)
        self.set_font("Times", "", 9)
        self.cell(0, 5, self.spec["page_label"](self.page_no()), align="C")


def _soft(text):
    return text.replace("-{R}", SHY).replace("{H}", SHY)


def _required_breaks(text):
    """Words (as printed at the line end) that must end a line: 'negoti-', 'Indo-'."""
    out = []
    for marker in ("{H}", "{R}"):
        start = 0
        while True:
            i = text.find(marker, start)
            if i < 0:
                break
            j = i
            while j > 0 and not text[j - 1].isspace():
                j -= 1
            word = text[j:i].replace("{H}", "").replace("{R}", "")
            out.append(word if marker == "{R}" else word + "-")
            start = i + 1
    return out


def paragraph(pdf, text, size=11.5, style="", lh=6.0, align="J", after=2.6):
    pdf.set_font("Times", style, size)
    soft = _soft(text)
    need = _required_breaks(text)
    if need:
        lines = pdf.multi_cell(pdf.epw, lh, soft, align=align, dry_run=True, output=MethodReturnValue.LINES)
        ends = [ln.rstrip().split(" ")[-1] for ln in lines[:-1]]
        missing = [w for w in need if w not in ends]
        if missing:
            raise SystemExit(f"make_samples: {missing} does not fall at a line end; reword this paragraph:\n"
                             + "\n".join(lines))
    pdf.multi_cell(pdf.epw, lh, soft, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(after)


def heading(pdf, text, size=11.5):
    if pdf.get_y() > pdf.h - 45:          # keep a heading with the text that follows it
        pdf.add_page()
    pdf.ln(1.5)
    pdf.set_font("Times", "B", size)
    pdf.multi_cell(pdf.epw, 6.2, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.2)


def build_paper(spec):
    pdf = Paper(spec)
    pdf.add_page()
    pdf.set_font("Times", "B", 16)
    pdf.multi_cell(pdf.epw, 7.5, spec["title"], align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("Times", "", 11.5)
    pdf.multi_cell(pdf.epw, 6, spec["byline"], align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Times", "I", 10)
    pdf.multi_cell(pdf.epw, 5.5, spec["affiliation"], align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if spec.get("history"):
        pdf.set_font("Times", "", 9)
        pdf.multi_cell(pdf.epw, 5, spec["history"], align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    heading(pdf, "Abstract", 11)
    paragraph(pdf, spec["abstract"], size=10, lh=5.0)
    paragraph(pdf, spec["keywords_line"], size=10, lh=5.0, align="L", after=3)
    for head, paras in spec["sections"]:
        heading(pdf, head)
        for p in paras:
            paragraph(pdf, p)
    heading(pdf, "References")
    for ref in spec["references"]:
        paragraph(pdf, ref, size=10, lh=5.0, align="L", after=1.6)
    return bytes(pdf.output())


UTC = dt.timezone.utc

PORTS = {
    "file": "port-hierarchies-indo-pacific.pdf",
    "title": "Coal, Cable and Convoy: Rethinking Port Hierarchies in the Indo-Pacific",
    "authors": ["Amara Ekwueme", "Jonas Halvorsen"],
    "byline": "Amara Ekwueme and Jonas Halvorsen",
    "affiliation": "School of History, Northgate University",
    "history": "Received 4 February 2019; accepted 17 May 2019; published online 28 June 2019",
    "journal_header": "Journal of Maritime Economic History 31:2 (2019)",
    "short_header": "Ekwueme and Halvorsen: Port Hierarchies in the Indo-Pacific",
    "page_label": lambda n: str(210 + n),
    "keywords": "ports; coal; submarine telegraph; shipping conferences; Indo-Pacific",
    "creation_date": dt.datetime(2019, 6, 28, 9, 30, 0, tzinfo=UTC),
    "abstract": (
        "Historians of Asian shipping have usually ranked ports by the tonnage they handled. This "
        "article argues that such rankings hide the infrastructure that made a port matter: coal "
        "stocks, telegraph links and the schedules of the shipping conferences. Using harbour "
        "returns, cable company records and conference minutes for the years between 1869 and "
        "1914, we show that a small number of ports became indispensable not because they handled "
        "the most cargo but because they controlled the fuel and the information on which every "
        "other port depended."),
    "keywords_line": "Keywords: ports; coal; submarine telegraph; shipping conferences; Indo-Pacific",
    "sections": [
        ("1. Introduction", [
            "Port hierarchies are a familiar idea in maritime history. A hub port collects cargo from "
            "a ring of feeder ports and ships it onwards in larger vessels, and the rank of the hub is "
            "measured by the volume it handles (Hartmann, 2016). The idea has served well for the "
            "container age, but it fits the age of steam less comfortably. In the late 19th century a "
            "port could handle modest tonnage and still shape the trade of an entire ocean.",
            "Ranganathan (2018) argues that the decisive resource of the steam era was not cargo but "
            "coal, and that the coaling stations of the Indian Ocean formed a hierarchy of their own. We "
            "extend that argument in two directions. First, we add the submarine telegraph, which after "
            "1870 allowed agents in a handful of ports to fix freights and charters across the whole "
            "region. Second, we look at the shipping conferences, the cartels through which the liner "
            "companies divided routes and set rates from the late 1870s onwards (Osei and Lindqvist, "
            "2013).",
        ]),
        ("2. Coal and the geography of steam", [
            "A steamer of the 1880s burned between 40 and 60 tons of coal a day at sea. Coal bought in "
            "Britain and shipped east cost two or three times its pit-head price by the time it reached "
            "an eastern bunker, and a port that could offer reliable stocks at a fair price could attract "
            "ships whose cargo was bound elsewhere. Aden, Colombo and Singapore built their position on "
            "this trade (Baptiste et al., 2020).",
            "Coaling was also a labour question. At Colombo and Aden the coal was carried aboard in "
            "baskets by gangs of several hundred workers, and a large mail steamer could take on 1,000 "
            "tons in a night. The speed of this work, rather than the size of the harbour, decided "
            "whether a line chose a port as its regular bunkering station, and the employers knew it: "
            "strikes among the coal porters in 1896 and 1903 were settled within days (Ranganathan, "
            "2018).",
            "The coal trade also explains some puzzling failures. Ports with rich hinterlands but poor "
            "anchorages, such as those of the Malabar and Coromandel coasts, lost ground after the "
            "opening of the Suez Canal in 1869, even as their exports grew. The pattern is clear in the "
            "harbour returns for 1885, which record 16,500 tons of bunker coal landed at Colombo in a "
            "single quarter, more than all the ports of the south-west coast together.",
        ]),
        ("3. Cables, conferences and convoys", [
            "The submarine telegraph reached Bombay in 1870 and Singapore and Hong Kong in 1871. Within a "
            "decade an agent in Singapore could learn the price of rice in Rangoon, charter a steamer in "
            "Hong Kong and arrange insurance in London in a single day. Moreau (1999) calls this the "
            "'compression of the charter market', and shows that freight rates on the main eastern routes "
            "converged sharply in the twenty years after 1872 (see Moreau, 1999, p. 41).",
            "Information still travelled unevenly. Cable tariffs in 1875 made a twenty-word message from "
            "Calcutta to London cost more than a clerk earned in a month, so only the largest firms used "
            "the telegraph as a matter of routine. The result was a two-tier market in which agents at the "
            "cable hubs traded on news that their rivals in the feeder ports would not see for weeks.",
            "Insurance followed the same path. Agents in the cable ports reported losses and arrivals within "
            "hours, and underwriters in London priced the risks of eastern voyages with a precision that "
            "had been impossible in the 1860s. By 1 January 1890 every major hub in the region had at "
            "least two competing cable offices, while most feeder ports still had none (Hartmann, 2016).",
            "The conferences used the same networks. Rates, sailing schedules and rebates were fixed at "
            "meetings in London, but they were enforced through agents in the hub ports, and a port left "
            "out of a conference schedule could lose its liner services overnight. The records of the "
            "Calcutta conference show that the terms of admission were settled in lengthy private "
            "negoti{H}ations in "
            "which the smaller ports had little voice (Tan 2015; Varga 2017). Between 1879 and 1896 only "
            "two new ports were added to its schedule.",
            "War completed the hierarchy. When the First World War reached the Indian Ocean in August "
            "1914, the Admiralty gathered merchant shipping into convoys that assembled at a few defended "
            "ports. Ships that had once called at a dozen harbours now waited at three or four, and the "
            "habit of concentration outlasted the war (Hartmann, 2016).",
        ]),
        ("4. Conclusion", [
            "The ports that ranked highest in the long-distance shipping and carrying trade of the "
            "Indo-{R}Pacific during the "
            "steam era were not always the busiest. They were the places where coal, information and "
            "cartel power met. A hierarchy measured by tonnage alone misses this, and it misses why some "
            "busy ports of the mid-1890s were marginal by 1914. Future work should map the telegraph and "
            "conference networks for the years after 1918 as carefully as the cargo flows have been "
            "mapped (Osei and Lindqvist, 2013; Baptiste et al., 2020).",
            "Two limits of this study should be noted. Our harbour returns cover only the ports under "
            "British administration, and the conference minutes survive for only one of the four eastern "
            "conferences. Comparable records for the French and Dutch ports, if they can be found, would "
            "allow the argument to be tested on a wider base, and so would the papers of the Japanese "
            "lines that joined the conferences in the late 1890s.",
        ]),
    ],
    "references": [
        "Baptiste, L., Okoro, N. and Whitfield, S. (2020) Bunkering the Empire: Coal Supply and Eastern "
        "Shipping, 1860-1914. Cambridge: Harbour Press.",
        "Hartmann, E. (2016) Hubs and spokes in Asian shipping before 1914. International Journal of "
        "Port History 28(1): 1-24.",
        "Moreau, P. (1999) Le march\u00e9 des affr\u00e8tements et le t\u00e9l\u00e9graphe. Paris: \u00c9ditions Maritimes.",
        "Osei, K. and Lindqvist, M. (2013) Cartels at sea: the eastern shipping conferences. Business "
        "History Quarterly 55(3): 301-327.",
        "Ranganathan, V. (2018) Coaling stations and imperial power in the Indian Ocean. Journal of "
        "Global Maritime Studies 12: 45-70.",
        "Tan, W. L. (2015) Agents and Admission: The Calcutta Conference. Singapore: Straits Academic.",
        "Varga, Z. (2017) Small ports and the conference system. Maritime Economics Review 19(2): 133-150.",
    ],
}

AIRMAIL = {
    "file": "airmail-regional-airlines.pdf",
    "title": "Subsidy and Survival: Airmail Contracts and the Making of Regional Airlines",
    "authors": ["Rosa Lindahl"],
    "byline": "Rosa Lindahl",
    "affiliation": "Department of Economic History, Lakeshore University",
    "history": None,
    "journal_header": "Transport History Review, Vol. 7 (2021)",
    "short_header": "R. Lindahl / Airmail Contracts and Regional Airlines",
    "page_label": lambda n: f"Page {n} of {{nb}}",
    "keywords": "airmail; subsidy; regional airlines; interwar aviation",
    "creation_date": dt.datetime(2021, 3, 15, 14, 0, 0, tzinfo=UTC),
    "abstract": (
        "Between the end of the First World War and the late 1930s, most regional airlines survived on "
        "airmail contracts rather than on passenger fares. This article compares three ways in which "
        "postal administrations paid for the mail, per flight, per kilometre or per kilogram, and shows "
        "that the form of the payment shaped the routes, the aircraft and the survival of the airlines "
        "that depended on it."),
    "keywords_line": "Keywords: airmail; subsidy; regional airlines; interwar aviation",
    "sections": [
        ("1. Introduction", [
            "Early commercial aviation did not pay. The converted bombers and small Junkers F 13 "
            "monoplanes that opened the first scheduled services in 1919 carried two to four passengers, "
            "and their operating costs were several times those of a first-class railway ticket over the "
            "same distance (Fairbairn, 2004). What kept the airlines flying was the mail. Postal "
            "administrations were willing to pay a premium for speed, and the contracts they signed in "
            "the early 1920s became the main source of revenue for most carriers (Kowalczyk and Ahmed, "
            "2012).",
            "Historians have tended to treat these contracts as a simple subsidy. Hashimoto (2010) shows "
            "that they were more than that: the terms of each contract decided which routes were flown, "
            "at what times and with what aircraft. This article builds on that insight by comparing three "
            "contract systems between 1920 and 1938, and by asking why airlines under one system survived "
            "the slump of 1929-1932 while those under another did not.",
        ]),
        ("2. Sources", [
            "The evidence comes from three kinds of source: the contract files of the postal "
            "administrations, the annual reports that the airlines published for their shareholders, and "
            "the minutes of the international postal congresses, which set the rules for carrying mail "
            "across borders. The congress held in London in 1929 was decisive. Its Resolution 242 allowed "
            "each administration to fix its own airmail surcharge, subject to a ceiling, and so made the "
            "income of the airlines depend on domestic politics (Hashimoto, 2010).",
        ]),
        ("3. Three ways to pay for the mail", [
            "The first system paid per flight. A carrier received a fixed sum for every scheduled service "
            "it completed, whatever the load. This was simple to administer and gave the airlines a "
            "predictable income, but it encouraged them to fly as many services as possible with the "
            "cheapest aircraft they could find. On the routes studied by Sandoval et al. (2019), the "
            "average age of aircraft under per-flight contracts was almost twice that under other systems.",
            "The second system paid per kilometre of route flown, and was favoured by administrations that "
            "wanted to link distant territories. It rewarded distance rather than traffic, and it produced "
            "some remarkable services, among them a slow, costly and often interrupted weekly "
            "trans-{R}Saharan mail, which from the spring of 1930 stopped at seven desert airfields "
            "(Omondi 2009; Petrov 2014).",
            "The third system paid per kilogram of mail carried. It tied the income of the airline to the "
            "volume of post, and so to the willingness of the public to pay an airmail surcharge. Several "
            "northern administrations moved towards this system in the late 1920s, after protracted "
            "negoti{H}ations with their carriers over the rate per kilogram (see Lindgren, 1987, pp. "
            "112-115).",
        ]),
        ("4. Surviving the slump", [
            "The depression tested all three systems. Mail volumes fell by about a third between 1929 and "
            "1932, and airlines paid by weight lost revenue at once. Those paid per flight or per "
            "kilometre were protected for as long as their contracts ran, typically three to five years, "
            "but faced harsh terms when the contracts came up for renewal (Fairbairn, 2004).",
            "The contrast is clearest in the case of two carriers founded within months of each other in "
            "1923. The first, paid per flight, renewed its contract on 1 April 1931 on terms that cut its "
            "income by 40 per cent, and was wound up in December 1932. The second, paid by weight, lost "
            "money in 1930 and 1931 but had already begun to carry passengers and freight on its mail "
            "routes. By the summer of 1934 it flew a fleet of 12 aircraft, among them three new DH.84 "
            "Dragon biplanes, and earned more from passengers than from the post (Kowalczyk and Ahmed, "
            "2012).",
            "Night services offered another way out. A mail plane that left the capital at 10.30 pm could "
            "deliver letters to the provinces before the first morning post, and the administrations paid "
            "a premium for it. The managers of the main regional carriers met in The Hague on 14-16 June "
            "1933 to agree common rules for night flying, and by the mid-1930s eleven night mail routes were "
            "in operation in the three countries studied here (Petrov, 2014).",
        ]),
        ("5. Conclusion", [
            "Airmail contracts were not a neutral subsidy. Payment per flight kept old aircraft in the air, "
            "payment per kilometre stretched networks across deserts, and payment by weight pushed "
            "airlines towards the passenger business that would sustain them after 1945. The regional "
            "airlines that survived the Second World War were, in large part, those whose contracts had "
            "forced them to look for customers other than the post (Sandoval et al., 2019).",
            "The comparison also suggests a wider point about public support for transport. A subsidy is "
            "never only a transfer of money: it carries incentives that shape the industry it supports, "
            "often for decades. The postal administrations of the 1920s wanted fast mail, and they got it; "
            "what they also got, without intending it, was a set of airlines whose habits had been formed "
            "by the way the mail was paid for.",
        ]),
    ],
    "references": [
        "Fairbairn, J. (2004) Wings for the Mail: Postal Aviation 1919-1939. London: Aldgate Books.",
        "Hashimoto, K. (2010) Contract design and route choice in early air transport. Journal of "
        "Transport History Studies 31(2): 145-167.",
        "Kowalczyk, A. and Ahmed, S. (2012) From mail to passengers: the finances of regional airlines "
        "between the wars. Business History Review Quarterly 54(4): 512-540.",
        "Lindgren, E. (1987) Post och flyg. Stockholm: Nordiska F\u00f6rlaget.",
        "Omondi, G. (2009) Desert airfields and the trans-Saharan mail. African Transport History 4: 77-98.",
        "Petrov, I. (2014) Distance subsidies in interwar aviation. Aviation Economics Journal 22(1): 9-30.",
        "Sandoval, R., Mehta, A., Brandt, L. and Olsen, T. (2019) Old aircraft, cheap contracts: fleet age "
        "under postal subsidies. Journal of Air Transport History 40: 201-226.",
    ],
}


# --------------------------------------------------------------------------- cp1252 text
FERRY_CP1252 = """\
The Ferry at Saint-Hérvé: A Short History
Hélène Marchetti – Estuary History Society

For more than a century the only way across the lower estuary without a long detour was the ferry from Saint-Hérvé to the quay at Port-Lénac. The first regular service, a sailing barge worked by two ferrymen, is recorded in 1836. The ferrymen’s tariff, painted on a board outside the Café du Passage, charged five centimes for a person on foot and twenty for a cart.

Steam arrived in the 1880s. The Société des Bacs de l’Estuaire, founded on 3 March 1884, bought two paddle steamers from a yard upriver and ran them until the eve of the Great War. Their timetable – “every half hour from first light to dusk, weather permitting” – survives in the society’s archive, together with a complaint from the mayor that the boats were “always late and always full”.

After the war the service passed to the département, which replaced the steamers with a motor ferry in 1927. The crossing took twelve minutes, and at the height of the season the ferry made forty trips a day. Older members still remember the café’s terrace, where drivers waited with a glass of muscadet while the cars were loaded.

The bridge changed everything. When the new suspension bridge opened in October 1975, traffic on the ferry fell by nine-tenths within a year, and the last crossing was made on 30 June 1976. The ferry itself – the Ville-de-Lénac – was sold to a boatyard and broken up in the early 1980s.

Today the slipway is used by fishermen and the café is a crêperie, but the tariff board still hangs inside, its five centimes and twenty centimes faded but legible.

Reproduced by kind permission of the Estuary History Society. Please ask before copying.
"""

LATIN1_BAD = """\
A café opposite the Gare Maritime

My grandmother ran the little café opposite the Gare Maritime from 1952 to 1968. She served coffee, croissants and, on market days, a soupe de poisson that the dockers swore by. Her “naïve” paintings of the harbour – boats, cranes, the lighthouse at dusk – hung on every wall, and she sold one now and then to a passing tourist for a few francs.

The building’s façade has been repainted, but the sign is still there: Café de la Gare, Maison fondée en 1931.
"""


# --------------------------------------------------------------------------- bad inputs
def scanned_pdf():
    """One page holding only an image of 'text lines' and a few drawn shapes: no text layer."""
    from PIL import Image, ImageDraw
    rng = random.Random(7)
    img = Image.new("L", (620, 877), 244)
    d = ImageDraw.Draw(img)
    y = 70
    while y < 800:
        x = 60
        while x < 560:
            w = rng.randint(12, 60)
            d.rectangle([x, y, min(x + w, 560), y + 7], fill=rng.randint(40, 90))
            x += w + rng.randint(6, 10)
        y += rng.choice((16, 16, 16, 30))
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    buf.seek(0)
    pdf = FPDF(format="A4")
    pdf.set_creation_date(dt.datetime(2020, 1, 1, tzinfo=UTC))
    pdf.set_creator("cruftless samples/make_samples.py")
    pdf.add_page()
    pdf.image(buf, x=0, y=0, w=210, h=297)
    pdf.set_draw_color(30, 30, 30)
    pdf.set_line_width(0.6)
    pdf.rect(12, 12, 186, 273)
    pdf.line(20, 40, 190, 40)
    pdf.ellipse(170, 260, 20, 20)
    return bytes(pdf.output())


def plain_pdf(text, when):
    pdf = FPDF(format="A4")
    pdf.set_creation_date(when)
    pdf.set_creator("cruftless samples/make_samples.py")
    pdf.set_title("Confidential minutes")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 12)
    pdf.multi_cell(0, 7, text)
    return bytes(pdf.output())


@contextmanager
def seeded_secrets(seed):
    """pypdf draws IDs, salts and AES IVs from `secrets`; make them repeatable."""
    import pypdf._encryption as enc
    import pypdf._writer as wr
    rng = random.Random(seed)
    saved = (enc.secrets.token_bytes, wr.secrets.token_bytes)
    fake = lambda n=32: bytes(rng.getrandbits(8) for _ in range(n))  # noqa: E731
    enc.secrets.token_bytes = fake
    wr.secrets.token_bytes = fake
    try:
        yield
    finally:
        enc.secrets.token_bytes, wr.secrets.token_bytes = saved


def encrypted_pdf():
    from pypdf import PdfReader, PdfWriter
    src = plain_pdf("Minutes of the harbour board, closed session. Item 1: the lease of the old "
                    "terminal building. Item 2: dredging of the north channel.",
                    dt.datetime(2020, 1, 1, tzinfo=UTC))
    with seeded_secrets(1234):
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(src)))
        writer.encrypt(user_password="secret", owner_password="secret-owner", algorithm="AES-256")
        out = io.BytesIO()
        writer.write(out)
    return out.getvalue()


# --------------------------------------------------------------------------- main
def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    print(f"wrote {os.path.relpath(path, HERE)} ({len(data)} bytes)")


def main():
    papers = {}
    for spec in (PORTS, AIRMAIL):
        papers[spec["file"]] = build_paper(spec)
        write(os.path.join(INGEST, spec["file"]), papers[spec["file"]])
    write(os.path.join(INGEST, "estuary-ferry-cp1252.txt"), FERRY_CP1252.encode("cp1252"))

    write(os.path.join(BAD, "empty.txt"), b"")
    write(os.path.join(BAD, "random.pdf"), random.Random(20240229).randbytes(4096))
    write(os.path.join(BAD, "encrypted.pdf"), encrypted_pdf())
    write(os.path.join(BAD, "scanned.pdf"), scanned_pdf())
    write(os.path.join(BAD, "slides.pptx"), b"PK\x03\x04\x14\x00\x06\x00not a real presentation\n")
    write(os.path.join(BAD, "latin1.txt"), LATIN1_BAD.encode("cp1252"))
    good = papers[PORTS["file"]]
    write(os.path.join(BAD, "truncated.pdf"), good[: len(good) // 2])
    return 0


if __name__ == "__main__":
    sys.exit(main())
