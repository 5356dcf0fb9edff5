"""Shared imports and small helpers for the message definitions."""
from ..message import Msg, CT  # noqa: F401
from ..util import utc, secs, mins, fmt_date, local  # noqa: F401
from .. import mime, att, docs, checks, world, util, png, qr, office, archive  # noqa: F401
from .. import transport as T  # noqa: F401
from ..transport import Fields  # noqa: F401
from ..png import Canvas  # noqa: F401

S = world.staff


def p(*lines):
    """Join lines with newlines (message bodies are written with LF, serialised as CRLF)."""
    return "\n".join(lines)


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def iban_f(i):
    return checks.iban_fmt(i)


SIG_DE = {
    "jana": "Jana Hoffmann\nKreditorenbuchhaltung\n\nExample Group GmbH\nHansastraße 31 · 41460 Neuss\nTel. +49 2131 6604-114\njana.hoffmann@example.com · www.example.com",
    "frank": "Frank Weißgerber\nEinkauf\n\nExample Group GmbH\nHansastraße 31 · 41460 Neuss\nTel. +49 2131 6604-140\nfrank.weissgerber@example.com",
    "matthias": "Matthias Krämer\nGeschäftsführer\n\nExample Group GmbH\nHansastraße 31 · 41460 Neuss\nTel. +49 2131 6604-100",
    "sabine": "Sabine Wendt\nCFO\n\nExample Group GmbH\nHansastraße 31 · 41460 Neuss\nTel. +49 2131 6604-110",
    "tobias": "Tobias Kühn\nIT-Sicherheit & Mail-Administration\n\nExample Group GmbH\nHansastraße 31 · 41460 Neuss\nTel. +49 2131 6604-133",
    "anja": "Anja Roth\nLeitung Archivmanagement (Gruppe)\n\nExample Group GmbH\nHansastraße 31 · 41460 Neuss\nTel. +49 2131 6604-170",
    "claudia": "Claudia Schüler\nPersonal & Entgeltabrechnung\n\nExample Group GmbH\nHansastraße 31 · 41460 Neuss\nTel. +49 2131 6604-120",
}
LEGAL_DE = "Example Group GmbH · Sitz: Neuss · Amtsgericht Neuss HRB 21874 · Geschäftsführer: Matthias Krämer · USt-IdNr. DE230004988"

LIEF_SIG_MAIER = ("Stefan Maier\nVertrieb / Key Account\nLieferant GmbH\nZerkleinerungstechnik · Sicherheitsbehälter\n"
                  "Carl-Benz-Straße 17, 74074 Heilbronn\nTel. +49 7131 58930-22\nMobil +49 171 4482910\nwww.lieferant-gmbh.de\n\n"
                  "Lieferant GmbH · Sitz Heilbronn · Amtsgericht Stuttgart HRB 743219\nGeschäftsführer: Dipl.-Ing. Werner Haag, Susanne Köhler · USt-IdNr. DE894349731")
LIEF_FOOTER = ["Lieferant GmbH · Carl-Benz-Straße 17 · 74074 Heilbronn · Tel. +49 7131 58930-0 · info@lieferant-gmbh.de · www.lieferant-gmbh.de",
               "Sitz Heilbronn · Amtsgericht Stuttgart HRB 743219 · Geschäftsführer: Dipl.-Ing. Werner Haag, Susanne Köhler · USt-IdNr. DE894349731"]
LIEF_HEAD = ["Zerkleinerungstechnik · Sicherheitsbehälter · Service",
             "Carl-Benz-Straße 17 · 74074 Heilbronn", "Tel. +49 7131 58930-0 · www.lieferant-gmbh.de"]


def pick_cs(text, order=("us-ascii", "iso-8859-1", "utf-8")):
    for cs in order:
        try:
            text.encode(cs)
            return cs
        except UnicodeEncodeError:
            continue
    return "utf-8"


def ol_alt(m, plain, cs=None, lang="DE", cte="quoted-printable", html=None, font="Calibri"):
    """Outlook multipart/alternative (text/plain + Word HTML)."""
    cs = pick_cs(plain + (html or ""), (cs, "utf-8")) if cs else pick_cs(plain + (html or ""))
    hp = mime.text(plain, cs, cte, style="outlook")
    hh = mime.text(html or mime.outlook_html(plain, lang, font=font, charset=cs), cs, cte, "html", style="outlook")
    return mime.multi("alternative", [hp, hh], m.bnd("alternative"), style="outlook")


def gm_alt(m, plain, html=None):
    """Gmail web composer multipart/alternative."""
    cs = "UTF-8"
    cte_p = "quoted-printable" if pick_cs(plain, ("us-ascii",)) != "us-ascii" else "7bit"
    hp = mime.text(plain, cs, cte_p)
    hh = mime.text(html or mime.gmail_html(plain), cs, "quoted-printable", "html")
    return mime.multi("alternative", [hp, hh], m.bnd("alternative"))


def tb_text(plain, cs="UTF-8"):
    return mime.text(plain, cs, "8bit" if pick_cs(plain, ("us-ascii",)) != "us-ascii" else "7bit", style="thunderbird",
                     params=[("format", "flowed")])
