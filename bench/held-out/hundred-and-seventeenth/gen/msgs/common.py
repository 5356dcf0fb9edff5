"""Shared people, correspondents and sending-system presets."""

from lib import bodies as B
from lib import checks as ck
from lib import containers as C
from lib import kit as K
from lib import mime as M
from lib import timez as tz
from lib import transport as T
from lib.company import S, NATIVE, VAT_DE, PIVA_IT, NIP_PL, CIF_ES, AFM_GR, VAT_GB, INN_RU, OGRN_RU

msg = K.msg
Result = K.Result

# ---------------------------------------------------------------- people

LIEF_SM = ("Stefan Maier", "s.maier@lieferant-gmbh.de")
LIEF_PL = ("Petra Lang", "p.lang@lieferant-gmbh.de")
LIEF_BH = ("Buchhaltung", "rechnungen@lieferant-gmbh.de")
FER_CC = ("Chiara Colombo", "c.colombo@ferretti-trasporti.it")
FER_AM = ("Ferretti Trasporti - Amministrazione", "amministrazione@ferretti-trasporti.it")
PLOG_TZ = ("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl")
PLOG_KS = ("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.pl")
NW_HB = ("Henrik Brauer", "henrik.brauer@nordwerk-anlagenbau.de")
KESS = ("Dr. Ulrike Kessler", "u.kessler@kessler-partner-stb.de")
CNA_MG = ("Marco Guidi", "m.guidi@cantiereadriatico.it")
BOK_MK = ("Marta Kowalczyk", "marta.kowalczyk@balticoffshore.com.pl")
MPC_JP = ("Jordi Puig", "jordi.puig@montajescamp.es")
TDM_GA = ("Γιώργος Αντωνίου", "g.antoniou@technodomi.gr")
TDM_LOG = ("Λογιστήριο ΤΕΧΝΟΔΟΜΗ", "logistirio@technodomi.gr")
TVOF_GH = ("Gareth Hughes", "gareth.hughes@teesoffshorefab.co.uk")
NLI_ACC = ("Northern Lifting Inspections Accounts", "accounts@nli-inspections.co.uk")
SZS_AK = ("Андрей Кузнецов", "a.kuznetsov@sevzapstroy.ru")
SZS_BUH = ("Бухгалтерия СевЗапСтрой", "buh@sevzapstroy.ru")

# Lieferant GmbH bank accounts (BLZ of Volksbank Krefeld / Sparkasse Krefeld)
LIEF_IBAN_OLD = ck.iban_from_bban("DE", "32060362" + "4418270011")
LIEF_IBAN_NEW = ck.iban_from_bban("DE", "32050000" + "0058361244")
LIEF_BIC_OLD = "GENODED1HTK"
LIEF_BIC_NEW = "SPKRDE33XXX"
LIEF_VAT = ck.de_vat(None, "12094853")
LIEF_FOOTER = ["Lieferant GmbH · Hafenstraße 61 · 47809 Krefeld · Tel. +49 2151 64 39 0 · www.lieferant-gmbh.de",
               "Geschäftsführer: Klaus Lieferant, Dr. Anke Berger · Amtsgericht Krefeld HRB 8812 · USt-IdNr. %s" % LIEF_VAT,
               "Sparkasse Krefeld · IBAN %s · BIC %s" % (ck.iban_fmt(LIEF_IBAN_NEW), LIEF_BIC_NEW)]
LIEF_FOOTER_OLD = LIEF_FOOTER[:2] + ["Volksbank Krefeld eG · IBAN %s · BIC %s" % (ck.iban_fmt(LIEF_IBAN_OLD), LIEF_BIC_OLD)]
LIEF_LINES = ["Lieferant GmbH", "Hebe- und Anschlagtechnik", "Hafenstraße 61", "47809 Krefeld", "Tel. +49 2151 64 39 0"]

EXAMPLE_DE_ADDR = ["Example Kran & Schwerlast GmbH", "Kreditorenbuchhaltung", "Ruhrorter Hafenweg 12", "47119 Duisburg"]


def nextpart(rng, kind="000", base=None):
    cnt, suffix = base or (rng.randrange(0x10, 0x200), "%08X.%08X" % (0x01DC0000 + rng.randrange(0x3000, 0x8000), rng.randrange(16 ** 8)))
    return "----=_NextPart_%s_%04X_%s" % (kind, cnt + (1 if kind == "001" else 0), suffix)


def outlook_imap_id(rng, domain):
    return "%04x01dc%04x$%08x$%08x$@%s" % (rng.randrange(0x60), rng.randrange(16 ** 4), rng.randrange(16 ** 8), rng.randrange(16 ** 8), domain)


def ol_imap_body(rng, lang, text, quotes=(), attachments=(), cs="iso-8859-1", cte="quoted-printable"):
    """Outlook 2021 on IMAP/SMTP: NextPart boundaries, Word HTML."""
    root = B.outlook(rng, lang, text, quotes, cs=cs, cte=cte, attachments=(), font="Calibri")
    base = (rng.randrange(0x10, 0x200), "%08X.%08X" % (0x01DC0000 + rng.randrange(0x3000, 0x8000), rng.randrange(16 ** 8)))
    root.boundary = nextpart(rng, "001" if attachments else "000", base)
    for p in root.walk():
        p.style = "outlook"
    if attachments:
        root = M.multi("mixed", [root] + list(attachments), nextpart(rng, "000", base), style="outlook",
                       preamble="This is a multipart message in MIME format.")
    else:
        root.preamble = "This is a multipart message in MIME format."
    return root


def lief_opts(rng, sender, pc="PC-EK04", pc_ip="192.168.20.54", thread_replies=0, lang="de"):
    return dict(relay="mail.lieferant-gmbh.de", relay_ip="203.0.113.25", domain="lieferant-gmbh.de", selector="mail",
                inner=[T.inner_pc("%s.lieferant.local" % pc, None, pc_ip, "mail.lieferant-gmbh.de")],
                order=["From", "To", "Cc", "References", "In-Reply-To", "Subject", "Date", "Message-ID", "MIME-Version"],
                xheaders_after=[("X-Mailer", "Microsoft Outlook 16.0"),
                                ("Thread-Index", "AQH" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(29 + 8 * thread_replies))),
                                ("Content-Language", lang)])


def sig_lief(name, role, phone_ext):
    return ("Mit freundlichen Grüßen\n\n%s\n%s\n\nLieferant GmbH\nHebe- und Anschlagtechnik\nHafenstraße 61 · 47809 Krefeld\n"
            "Tel. +49 2151 64 39-%s · Fax +49 2151 64 39-99\nwww.lieferant-gmbh.de\n\n"
            "Geschäftsführer: Klaus Lieferant, Dr. Anke Berger · Amtsgericht Krefeld HRB 8812" % (name, role, phone_ext))


def sig_example(key, lang="de", extra=None):
    name, addr = S[key]
    roles = {
        "ceo": ("Geschäftsführer", "CEO"), "cfo": ("Leiterin Finanzen", "CFO"), "ap": ("Kreditorenbuchhaltung", "Accounts Payable"),
        "hr": ("Personal & Lohnbuchhaltung", "HR & Payroll"), "itlead": ("Leiter IT", "Head of IT"),
        "itsec": ("IT-Sicherheit / Mail-Administration", "IT Security"), "assist": ("Assistenz der Geschäftsführung", "Assistant to the CEO"),
        "proc": ("Einkauf", "Procurement"), "sales": ("Vertrieb / Key Account Management", "Head of Sales"),
        "dispo": ("Disposition", "Crane Dispatch"), "permits": ("Transportplanung & Genehmigungen", "Transport Planning & Permits"),
        "workshop": ("Werkstatt & Fuhrpark", "Workshop & Fleet"), "lift": ("Hubplanung", "Lift Planning"),
    }
    r = roles.get(key, ("", ""))[0 if lang == "de" else 1]
    if lang == "de":
        return ("%s\n%s\n\nExample Kran & Schwerlast GmbH\nRuhrorter Hafenweg 12 · 47119 Duisburg\nTel. +49 203 7391-0\n"
                "www.example.com\n\nGeschäftsführer: Thomas Reinhardt · Amtsgericht Duisburg HRB 31847" % (name, r))
    return "%s\n%s\nExample Group | Example Kran & Schwerlast GmbH\nRuhrorter Hafenweg 12, 47119 Duisburg, Germany\nwww.example.com" % (name, r)


def when(s, zone="berlin"):
    return tz.parse_local(s, zone)
