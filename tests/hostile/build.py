"""A hostile ingest folder, generated: every kind of file that must never stop a run.

``build(folder)`` writes each case of ``CASES`` into ``folder`` and returns the
cases it could make (a FIFO or socket needs a POSIX file system).  Each case says
what the run must do with it: ``loaded``, ``duplicate`` or ``quarantined`` with
one of the reason codes listed (more than one where the outcome depends on a
bound or on how far a library gets before it gives up).  Text is written here in
our own words; nothing is copied from real documents.
"""
from __future__ import annotations

import io
import os
import socket
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

PARAGRAPH = (
    "The ferry crossed the estuary twice a day in the years before the bridge was built, and "
    "the ledgers of its owners record every crossing, the tolls taken and the weather met on "
    "the water. In the winter of 1931 the ice closed the river for eleven days."
)
ESSAY = "\n\n".join([
    "River Crossings Before the Bridge",
    PARAGRAPH,
    "The owners kept their books in a small office by the slipway, and the clerk wrote each "
    "entry in a careful hand that the archive still shows.",
    "When the bridge opened the ferry stopped, and the slipway became a place for anglers.",
])


@dataclass(frozen=True)
class Case:
    name: str  # path inside the folder (may hold bytes that are not UTF-8: see ``os_name``)
    make: Callable[[Path], None]  # writes the entry at the given path
    status: str  # loaded | duplicate | quarantined (or "loaded|quarantined": either, by a bound)
    reasons: tuple[str, ...] = ()  # accepted quarantine reasons
    os_name: bytes | None = None  # the real file name, when it is not UTF-8


def _text(text: str, encoding: str = "utf-8", bom: bytes = b"") -> Callable[[Path], None]:
    return lambda p: p.write_bytes(bom + text.encode(encoding))


def _bytes(data: bytes) -> Callable[[Path], None]:
    return lambda p: p.write_bytes(data)


def _html(body: str, head: str = "", charset: str = "utf-8", encoding: str = "utf-8") -> Callable[[Path], None]:
    page = (f"<!doctype html><html><head><meta charset=\"{charset}\"><title>River Crossings</title>{head}</head>"
            f"<body>{body}</body></html>")
    return _bytes(page.encode(encoding))


def _article() -> str:
    return "<article><h1>River Crossings Before the Bridge</h1>" + "".join(
        f"<p>{p}</p>" for p in ESSAY.split("\n\n")[1:]) + "</article>"


def _pdf(pages: list[str]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Times", size=11)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 5, text)
    return bytes(pdf.output())


def _encrypted(user_password: str) -> Callable[[Path], None]:
    def make(p: Path) -> None:
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter()
        for page in PdfReader(io.BytesIO(_pdf([ESSAY]))).pages:
            writer.add_page(page)
        writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="AES-128")
        buf = io.BytesIO()
        writer.write(buf)
        p.write_bytes(buf.getvalue())
    return make


def _raw_pdf(content: bytes, *, compress: bool = True, pages_loop: bool = False) -> bytes:
    """A minimal PDF by hand: one page whose content stream is ``content``."""
    stream = zlib.compress(content, 9) if compress else content
    filt = b"/Filter /FlateDecode " if compress else b""
    kids = b"[3 0 R 2 0 R]" if pages_loop else b"[3 0 R]"  # a page tree that contains itself
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids " + kids + b" /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< " + filt + b"/Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def _pdf_bomb(p: Path) -> None:
    """60 MB of drawing operators in one stream (a few hundred KB compressed): pypdf reads it for minutes."""
    op = b"0.5 0.5 0.5 rg 10 10 m 20 20 l 30 10 l h f BT /F1 9 Tf 72 700 Td (x) Tj ET\n"
    p.write_bytes(_raw_pdf(op * (60_000_000 // len(op))))


def _image_pdf(p: Path) -> None:
    from fpdf import FPDF
    from PIL import Image

    img = Image.new("RGB", (200, 120), (200, 190, 170))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    pdf = FPDF()
    pdf.add_page()
    pdf.image(io.BytesIO(buf.getvalue()), x=10, y=10, w=180)
    p.write_bytes(bytes(pdf.output()))


def _zip(names: dict[str, bytes]) -> bytes:
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for n, data in names.items():
            z.writestr(n, data)
    return buf.getvalue()


def _fifo(p: Path) -> None:
    os.mkfifo(p)


def _socket(p: Path) -> None:
    s = socket.socket(socket.AF_UNIX)
    s.bind(str(p))
    s.close()


def _link(target: str) -> Callable[[Path], None]:
    return lambda p: os.symlink(target, p)


def _png() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (4, 4)).save(buf, format="PNG")
    return buf.getvalue()


JAPANESE = "\n\n".join([
    "河口の渡し船は一日に二度、川を渡った。",
    "船主の帳簿には、すべての渡航と通行料と天候が記されている。",
    "一九三一年の冬には川が十一日間凍り、船は岸につながれたままだった。",
    "橋が開通すると渡し船は止まり、船着き場は釣り人の場所になった。",
])
CHINESE = "\n\n".join([
    "渡船每天两次横渡河口，船主的账簿记录了每一次航行。",
    "账簿里写着收取的过河费，也写着那天水面上的天气。",
    "一九三一年冬天，河面结冰十一天，渡船只能停在岸边。",
    "大桥通车以后，渡船停航，码头成了钓鱼的人常去的地方。",
])
LONG_LINE = ("word " * 2_000_000)[:10_000_000]  # 10 MB, no line break

CASES: tuple[Case, ...] = (
    # good documents, in several encodings and shapes
    Case("good/essay.txt", _text(ESSAY), "loaded"),
    Case("good/essay.html", _html(_article()), "loaded"),
    Case("good/essay.pdf", _bytes(_pdf([ESSAY, "A second page about the slipway and the anglers who came later."])), "loaded"),
    Case("good/zz-copy-of-essay.txt", _text(ESSAY), "duplicate"),
    Case("enc/utf8-bom.txt", _text(ESSAY, bom=b"\xef\xbb\xbf"), "loaded"),
    Case("enc/utf16-le-bom.txt", _text(ESSAY, "utf-16-le", b"\xff\xfe"), "loaded"),
    Case("enc/utf16-be-bom.txt", _text(ESSAY, "utf-16-be", b"\xfe\xff"), "loaded"),
    Case("enc/cp1252.txt", _text(ESSAY.replace("ferry", "ferry – the café’s “Nancy”"), "cp1252"), "loaded"),
    Case("enc/latin1.txt", _text(ESSAY.replace("ledgers", "ledgers (reçus, façades, naïve)"), "latin-1"), "loaded"),
    Case("enc/macroman.txt", _text(ESSAY.replace("clerk", "clerk – “Léonie”"), "mac_roman"), "loaded"),
    Case("enc/shift-jis.txt", _text(JAPANESE, "shift_jis"), "loaded"),
    Case("enc/gb18030.txt", _text(CHINESE, "gb18030"), "loaded"),
    Case("enc/cp1251.txt", _text("".join(f"Паром пересекал устье реки дважды в день, и книги владельцев сохранили "
                                         f"каждую переправу {i} года.\n\n" for i in range(1901, 1921)), "cp1251"),
         "loaded"),
    Case("enc/crlf-and-cr.txt", _text(ESSAY.replace("\n", "\r\n").replace("slipway", "slip-\rway")), "loaded"),
    Case("enc/html-declares-utf8-is-cp1252.html",
         _html(_article().replace("ferry", "ferry – café"), charset="utf-8", encoding="cp1252"), "loaded"),
    Case("enc/html-in-a-txt.txt", _html(_article() + "<p>Saved with the wrong name.</p>"), "loaded"),
    # empty and binary
    Case("bad/empty.txt", _bytes(b""), "quarantined", ("empty",)),
    Case("bad/only-whitespace.txt", _bytes(b" \n\t\r\n  "), "quarantined", ("empty",)),
    Case("bad/nul-bytes.txt", _bytes(b"text\x00\x00\x01\x02" * 500), "quarantined", ("undecodable",)),
    Case("bad/random.txt", _bytes(bytes((i * 7919 + 13) % 256 for i in range(20000))), "quarantined",
         ("undecodable",)),
    Case("bad/only-markup.html", _html("<script>var x = 1;</script><style>p{}</style>"), "quarantined",
         ("empty", "no_content", "no_main_text")),
    Case("bad/deep.html", _html("<div>" * 50_000 + "<p>" + PARAGRAPH + "</p>" + "</div>" * 50_000), "loaded"),
    Case("bad/huge.html", _html("<article>" + "".join(f"<p>{PARAGRAPH} Section {i}.</p>" for i in range(2_000))
                                + "</article>" + "<div>" + "<span>x</span>" * 100_000 + "</div>"), "loaded"),
    Case("bad/long-line.txt", _text(LONG_LINE), "loaded|quarantined", ("timeout",)),
    # PDFs
    Case("pdf/encrypted-with-password.pdf", _encrypted("reader-secret"), "quarantined", ("pdf_encrypted",)),
    Case("pdf/encrypted-empty-password.pdf", _encrypted(""), "loaded"),
    Case("pdf/image-only.pdf", _image_pdf, "quarantined", ("no_text_layer",)),
    Case("pdf/truncated.pdf", lambda p: p.write_bytes(_pdf([ESSAY])[:900]), "quarantined", ("corrupt_pdf",)),
    Case("pdf/not-a-pdf.pdf", _text(ESSAY + "\n\nSaved under the wrong name."), "quarantined", ("corrupt_pdf",)),
    Case("pdf/header-only.pdf", _bytes(b"%PDF-1.7\n%%EOF\n"), "quarantined", ("corrupt_pdf", "empty")),
    Case("pdf/page-tree-loop.pdf", _bytes(_raw_pdf(b"BT /F1 12 Tf 72 700 Td (The ferry crossed twice a day.) Tj ET",
                                                   pages_loop=True)),
         "quarantined", ("corrupt_pdf", "no_text_layer", "timeout")),
    Case("pdf/content-stream-bomb.pdf", _pdf_bomb, "quarantined", ("timeout", "too_much_memory", "corrupt_pdf")),
    # other formats
    Case("other/archive.zip", _bytes(_zip({"a.txt": ESSAY.encode()})), "quarantined", ("unsupported_format",)),
    Case("other/report.docx", _bytes(_zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w/>"})),
         "quarantined", ("unsupported_format",)),
    Case("other/old-office.doc", _bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000), "quarantined",
         ("unsupported_format",)),
    Case("other/picture.png", lambda p: p.write_bytes(_png()), "quarantined", ("unsupported_format",)),
    Case("other/cruftless.toml", _text('[run]\nignore = ["*"]\n[[cruft.rule]]\nname = "all"\nkind = "promo"\n'
                                       'pattern = "(?s).*"\n'), "quarantined", ("unsupported_format",)),
    # names and entries that are not plain files
    Case("names/line\nbreak.txt", _text(ESSAY + "\n\nNewline name."), "loaded"),
    Case("names/" + "long-" * 48 + ".txt", _text(ESSAY + "\n\nLong name."), "loaded"),
    Case("names/latin1-name", _text(ESSAY + "\n\nA name that is not UTF-8."), "loaded",
         os_name=b"names/caf\xe9-menu.txt"),
    Case("names/ünïcödé name.txt", _text(ESSAY + "\n\nAccents in the name."), "loaded"),
    Case("links/inside.txt", _link("../good/essay.txt"), "duplicate"),
    Case("links/outside.txt", _link("/etc/hostname"), "quarantined", ("outside_ingest_folder",)),
    Case("links/broken.txt", _link("no-such-file.txt"), "quarantined", ("broken_link",)),
    Case("links/loop.txt", _link("loop.txt"), "quarantined", ("symlink_loop",)),
    Case("links/folder", _link("../good"), "quarantined", ("linked_folder",)),
    Case("special/pipe.fifo", _fifo, "quarantined", ("not_a_regular_file",)),
    Case("special/socket.sock", _socket, "quarantined", ("not_a_regular_file",)),
    # a file whose extraction crashes the worker natively (the test sets CRUFTLESS_TEST_ABORT_ON)
    Case("crash/abort-here.txt", _text(ESSAY + "\n\nThis one takes its worker down."), "quarantined",
         ("worker_crashed",)),
)


def source_path(case: Case) -> str:
    """The source_path cruftless stores for a case (printable, see extract.files.printable_path)."""
    from extract.files import printable_path

    if case.os_name is not None:
        return printable_path(os.fsdecode(case.os_name))
    return printable_path(case.name)


def build(folder: Path) -> list[Case]:
    made = []
    for case in CASES:
        path = Path(os.fsdecode(case.os_name)) if case.os_name is not None else Path(case.name)
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            case.make(target)
        except (OSError, NotImplementedError):
            continue  # a file system without FIFOs or sockets
        made.append(case)
    return made
