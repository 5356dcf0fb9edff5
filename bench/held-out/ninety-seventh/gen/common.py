"""Company, staff, correspondents, time helpers and the message spec."""
import datetime as _dt
import hashlib
import random

COMPANY = {
    "name": "Example Group",
    "legal": "Example Group GmbH & Co. KG",
    "trade": "private security guarding and alarm monitoring (Bewachung, Notruf- und Serviceleitstelle)",
    "domains": ["example.com", "examplegroup.eu"],
    "mailboxes": "about 700",
    "hq": "Köln (Cologne), Germany - Industriestraße 40, 50735 Köln",
    "offices": {
        "DE": "Köln (HQ, Example Group GmbH & Co. KG; alarm receiving centre / Notruf- und Serviceleitstelle per DIN EN 50518)",
        "IT": "Milano - Example Group Italia S.r.l., Via Gallarate 215, 20151 Milano (istituto di vigilanza, licence art. 134 TULPS)",
        "PL": "Wrocław - Example Group Polska sp. z o.o., ul. Legnicka 55, 54-203 Wrocław",
        "ES": "Madrid - Example Group Iberia S.L., Calle de Albasanz 12, 28037 Madrid",
        "GR": "Athens - Example Group Hellas M.A.E., Leof. Kifisias 280, 152 32 Chalandri",
        "UK": "Manchester - Example Group (UK) Ltd, Unit 4, Trafford Park Road, M17 1HG (SIA ACS approved contractor)",
        "RU": "Moscow - OOO ChOO Example Group (ООО «ЧОО «Экзампл Груп»), ul. Vavilova 5, 119334 Moskva",
    },
    "mail": "Exchange Server 2019 on premises (EXCH01/EXCH02.corp.example.com) in hybrid with Microsoft 365 (Teams, OneDrive); "
            "outbound/internal relay mail-int01.example.com [10.20.0.25]; inbound MX mx01.example.com (Postfix). "
            "Help desk GLPI (helpdesk.corp.example.com), PBX 3CX per office, payroll portal Zucchetti (Italy).",
}

# key: (display name, address, office, role)
STAFF = {
    "ceo": ("Dr. Matthias Köhler", "matthias.koehler@example.com", "Köln (HQ)", "CEO / Geschäftsführer"),
    "cfo": ("Sabine Hoffmann", "sabine.hoffmann@example.com", "Köln (HQ)", "CFO"),
    "ap": ("Jürgen Weiß", "juergen.weiss@example.com", "Köln (HQ)", "Accounts payable (Kreditorenbuchhaltung)"),
    "gl": ("Birgit Lange", "birgit.lange@example.com", "Köln (HQ)", "HQ accountant (Hauptbuchhaltung)"),
    "hr": ("Anja Schröder", "anja.schroeder@example.com", "Köln (HQ)", "HR / payroll (Personal & Lohnabrechnung)"),
    "ithead": ("Thomas Brandt", "thomas.brandt@example.com", "Köln (HQ)", "Head of IT"),
    "itsec": ("Lukas Neumann", "lukas.neumann@example.com", "Köln (HQ)", "IT security / mail administrator"),
    "assist": ("Claudia Fuchs", "claudia.fuchs@example.com", "Köln (HQ)", "Assistant to the CEO"),
    "proc": ("Markus Bäumer", "markus.baeumer@example.com", "Köln (HQ)", "Procurement (Einkauf)"),
    "sales": ("Katrin Vogel", "katrin.vogel@example.com", "Köln (HQ)", "Sales (Vertrieb Objektschutz)"),
    "arc": ("Dirk Hartmann", "dirk.hartmann@example.com", "Köln (HQ)", "Head of alarm receiving centre (NSL)"),
    "guard": ("Mehmet Yılmaz", "mehmet.yilmaz@example.com", "Köln (HQ)", "Security officer, shift lead (Objektleiter)"),
    "it_mgr": ("Giulia Rinaldi", "giulia.rinaldi@example.com", "Milano", "Office manager Italy"),
    "it_acc": ("Marco Esposito", "marco.esposito@examplegroup.eu", "Milano", "Accountant Italy"),
    "it_ops": ("Davide Conti", "davide.conti@example.com", "Milano", "Operations coordinator (guardie giurate)"),
    "pl_mgr": ("Katarzyna Wójcik", "katarzyna.wojcik@example.com", "Wrocław", "Office manager Poland"),
    "pl_acc": ("Paweł Łukasiewicz", "pawel.lukasiewicz@example.com", "Wrocław", "Accountant Poland"),
    "pl_ops": ("Marek Dąbrowski", "marek.dabrowski@example.com", "Wrocław", "Dispatcher (dyspozytor)"),
    "es_mgr": ("Javier Martínez Ruiz", "javier.martinez@example.com", "Madrid", "Office manager Spain"),
    "es_acc": ("Lucía Fernández", "lucia.fernandez@examplegroup.eu", "Madrid", "Accountant Spain"),
    "es_tec": ("Carlos Navarro", "carlos.navarro@example.com", "Madrid", "Alarm technician"),
    "gr_mgr": ("Nikos Papadopoulos", "nikos.papadopoulos@example.com", "Athens", "Office manager Greece"),
    "gr_acc": ("Eleni Georgiou", "eleni.georgiou@example.com", "Athens", "Accountant Greece"),
    "uk_mgr": ("James Whitfield", "james.whitfield@example.com", "Manchester", "Office manager UK"),
    "uk_acc": ("Priya Shah", "priya.shah@examplegroup.eu", "Manchester", "Accountant UK"),
    "ru_mgr": ("Aleksei Smirnov", "aleksei.smirnov@example.com", "Moscow", "Office manager Russia"),
    "ru_acc": ("Olga Kuznetsova", "olga.kuznetsova@example.com", "Moscow", "Accountant Russia (главный бухгалтер)"),
}


def S(key):
    n, a, _, _ = STAFF[key]
    return (n, a)


CORRESPONDENTS = [
    # (organisation, country, people/addresses, relation)
    ("Lieferant GmbH", "DE", "Stefan Maier <s.maier@lieferant-gmbh.de>, Petra Lang <p.lang@lieferant-gmbh.de>, Buchhaltung <rechnungen@lieferant-gmbh.de>",
     "Supplier of intrusion-alarm and video components (Einbruchmelde- und Videotechnik); mail on Microsoft 365"),
    ("Ferretti Trasporti S.p.A.", "IT", "Chiara Colombo <c.colombo@ferretti-trasporti.it>, <amministrazione@ferretti-trasporti.it>",
     "Road carrier (transport of alarm equipment and safes to customer sites); on-premises Exchange"),
    ("Partner Logistik sp. z o.o.", "PL", "Tadeusz Zieliński <t.zielinski@partner-logistik.pl>, <ksiegowosc@partner-logistik.pl>",
     "Logistics partner: stores and transports alarm equipment to customer sites; Microsoft 365"),
    ("Hausverwaltung Rheinblick GmbH", "DE", "Sandra Becker <s.becker@hv-rheinblick.de>",
     "Customer: property management, mobile patrol and alarm response for 40 buildings; IONOS mailbox, Outlook 2016 from the office"),
    ("Sicherheitsmarkt Aktuell (newsletter)", "DE", "<newsletter@sicherheitsmarkt-aktuell.de>",
     "Subscribed trade newsletter, sent via Brevo"),
    ("Private addresses of staff", "-", "mehmet.yilmaz77@gmx.de, davide.conti84@libero.it, marek.dabrowski82@wp.pl, carlosnavarro_tec@hotmail.es, nikpapadopoulos76@gmail.com, olga.kuznetsova.1983@yandex.ru",
     "Employees' own consumer mailboxes used in genuine messages (sick leave, broken laptop)"),
    ("Northgate Facilities Ltd", "UK", "Emma Clarke <emma.clarke@northgate-fm.co.uk>",
     "Customer: facilities management, manned guarding at three Manchester sites; Microsoft 365"),
    ("Pennine Workwear Ltd", "UK", "Accounts <accounts@penninewear.co.uk>, Gary Holt <gary.holt@penninewear.co.uk>",
     "Supplier of uniforms and hi-vis workwear; invoices from Sage Accounting via Amazon SES, staff mailboxes on Microsoft 365"),
    ("Studio Bianchi Commercialisti", "IT", "dott. Luca Bianchi <l.bianchi@studiobianchi.it>",
     "External tax adviser of the Milan office; Aruba mail"),
    ("Logistica Padana S.r.l.", "IT", "Federica Moretti <f.moretti@logisticapadana.it>",
     "Customer: warehouse in Piacenza, night guarding; Google Workspace"),
    ("Ochrona i Technika (newsletter)", "PL", "<redakcja@ochronaitechnika.pl>",
     "Subscribed Polish trade magazine newsletter, via Mailchimp"),
    ("Gestoría Ortega y Asociados", "ES", "María del Carmen Ortega <mcarmen@gestoriaortega.es>",
     "External tax/labour adviser of the Madrid office; hosted mailbox, Outlook"),
    ("Suministros de Seguridad Levante S.L.", "ES", "Administración <administracion@suministroslevante.es>",
     "Supplier of alarm detectors, sirens, batteries; invoices from a3ERP via its own mail server"),
    ("Hoteles Castilla S.A.", "ES", "Alberto Gil <agil@hotelescastilla.es>",
     "Customer: hotel chain, guarding and CCTV monitoring; Microsoft 365"),
    ("Sanz & Robles Abogados", "ES", "Isabel Sanz <isanz@sanzrobles.es>",
     "Law firm handling a labour-court case for the Madrid office; Google Workspace"),
    ("Attica Protect A.E.", "GR", "Λογιστήριο <logistirio@atticaprotect.gr>, Γιώργος Μακρής <g.makris@atticaprotect.gr>",
     "Greek supplier of uniforms and guard equipment; own mail server, Outlook"),
    ("Λογιστικό Γραφείο Κ. Δημητρίου", "GR", "Κώστας Δημητρίου <k.dimitriou@otenet.gr>",
     "Greek external accountant on consumer mail (OTEnet)"),
    ("Aegean Marine Services", "GR", "Operations <operations@aegeanmarine.gr>, Μαρία Λαμπράκη <m.lamprakis@aegeanmarine.gr>",
     "Customer: port-side guarding in Piraeus (ISPS); Microsoft 365"),
    ("ООО «ТехноОхрана»", "RU", "Бухгалтерия <buh@tehnoohrana.ru>, Игорь Волков <i.volkov@tehnoohrana.ru>",
     "Russian supplier of alarm panels and GSM transmitters; mail on Yandex 360"),
]

# ---------------------------------------------------------------- time ----
UTC = _dt.timezone.utc


def _eu_dst(naive_utc):
    # EU summer time ends 25 Oct 2026 01:00 UTC (last Sunday of October)
    return naive_utc < _dt.datetime(2026, 10, 25, 1, 0)


def _us_dst(naive_utc):
    # US DST ends 1 Nov 2026 09:00 UTC (2:00 PDT)
    return naive_utc < _dt.datetime(2026, 11, 1, 9, 0)


ZONES = {
    # name: (std offset hours, dst offset hours, std abbr, dst abbr, rule)
    "DE": (1, 2, "CET", "CEST", _eu_dst), "IT": (1, 2, "CET", "CEST", _eu_dst),
    "PL": (1, 2, "CET", "CEST", _eu_dst), "ES": (1, 2, "CET", "CEST", _eu_dst),
    "GR": (2, 3, "EET", "EEST", _eu_dst), "UK": (0, 1, "GMT", "BST", _eu_dst),
    "RU": (3, 3, "MSK", "MSK", None), "UTC": (0, 0, "UTC", "UTC", None),
    "PT": (-8, -7, "PST", "PDT", _us_dst),
}


def to_zone(aware, zone):
    std, dst, sa, da, rule = ZONES[zone]
    u = aware.astimezone(UTC).replace(tzinfo=None)
    off = dst if (rule and rule(u)) else std
    return aware.astimezone(_dt.timezone(_dt.timedelta(hours=off)))


def zone_abbr(aware, zone):
    std, dst, sa, da, rule = ZONES[zone]
    u = aware.astimezone(UTC).replace(tzinfo=None)
    return da if (rule and rule(u)) else sa


def local(y, mo, d, h, mi, zone, s=None):
    """Aware datetime for a wall-clock time in a zone (seconds from seed)."""
    std, dst, sa, da, rule = ZONES[zone]
    if s is None:
        s = int(hashlib.md5(("%d%d%d%d%d" % (y, mo, d, h, mi)).encode()).hexdigest(), 16) % 60
    naive = _dt.datetime(y, mo, d, h, mi, s)
    off = std
    if rule and rule(naive - _dt.timedelta(hours=std)):
        off = dst
    return naive.replace(tzinfo=_dt.timezone(_dt.timedelta(hours=off)))


def rfc_date(aware, with_abbr=None, zero_pad=False):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    off = aware.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    day = ("%02d" if zero_pad else "%d") % aware.day
    s = "%s, %s %s %d %02d:%02d:%02d %s%02d%02d" % (
        days[aware.weekday()], day, mons[aware.month - 1], aware.year,
        aware.hour, aware.minute, aware.second, sign, mins // 60, mins % 60)
    if with_abbr:
        s += " (%s)" % with_abbr
    return s


# ----------------------------------------------------------------- spec ---
class Body:
    def __init__(self, plain=None, html=None, charset="utf-8", cte="quoted-printable",
                 html_charset=None, html_cte=None, label=None, flowed=False):
        self.plain = plain
        self.html = html
        self.charset = charset
        self.cte = cte
        self.html_charset = html_charset or charset
        self.html_cte = html_cte or cte
        self.label = label
        self.flowed = flowed


class Att:
    def __init__(self, filename, ctype, data, inline=False, cid=None, fname_style="2231",
                 name_charset="utf-8", note=""):
        self.filename = filename
        self.ctype = ctype
        self.data = data
        self.inline = inline
        self.cid = cid
        self.fname_style = fname_style
        self.name_charset = name_charset
        self.note = note


class Mail:
    def __init__(self, slug, lang, when, frm, to, subject, infra, body, cc=(), reply_to=None,
                 atts=(), envelope=None, hdr_cs="utf-8", hdr_enc="Q", hdr_label=None,
                 in_reply_to=None, references=None, extra=(), what="", why="", hn=None,
                 rcpt=None, to_hdr=None, sender_hdr=None, priority=False):
        self.slug, self.lang, self.when = slug, lang, when
        self.frm, self.to, self.cc = frm, list(to), list(cc)
        self.subject, self.infra, self.body = subject, infra, body
        self.reply_to = reply_to
        self.atts = list(atts)
        self.envelope = envelope
        self.hdr_cs, self.hdr_enc, self.hdr_label = hdr_cs, hdr_enc, hdr_label
        self.in_reply_to, self.references = in_reply_to, references
        self.extra = list(extra)
        self.what, self.why, self.hn = what, why, hn
        self.rcpt = rcpt or self.to[0][1]
        self.to_hdr = to_hdr
        self.sender_hdr = sender_hdr
        self.priority = priority


def rng_for(slug):
    return random.Random(int(hashlib.sha256(slug.encode()).hexdigest(), 16))


def hexs(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(rng, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))
