"""Company data, time zones, the message spec class and the .eml assembler."""
import datetime as _dt
import random

import mime

# ------------------------------------------------------------- company

COMPANY = {
    "name": "Example Group",
    "domains": ["example.com", "examplegroup.eu"],
    "mailboxes": "about 700",
    "trade": "sawmill (spruce/fir/larch sawn timber, glulam and KVH), roundwood purchasing and timber trading",
    "mx": "mx01.example.com (Postfix, inbound MX)",
    "relay": "mail-int01.example.com [10.20.0.25] (internal relay; Exchange 2019 behind it: EXCH01/EXCH02.corp.example.com)",
}

OFFICES = {
    "DE": ("Rosenheim (HQ)", "Example Group GmbH & Co. KG, Am Sägewerk 12, 83026 Rosenheim, Germany", "eu"),
    "IT": ("Udine", "Example Group Italia S.r.l., Via Cividale 214, 33100 Udine, Italy", "eu"),
    "PL": ("Poznań", "Example Group Polska sp. z o.o., ul. Gdyńska 54, 61-016 Poznań, Poland", "eu"),
    "ES": ("Valencia", "Example Group Ibérica S.L., Carrer de la Fusta 18, 46024 València, Spain", "eu"),
    "GR": ("Thessaloniki", "Example Group Hellas Μονοπρόσωπη Ι.Κ.Ε., 26ης Οκτωβρίου 90, 546 27 Θεσσαλονίκη, Greece", "gr"),
    "UK": ("Hull", "Example Group UK Ltd, Alexandra Dock Road, Hull HU9 1TA, United Kingdom", "uk"),
    "RU": ("Saint Petersburg", "ООО «Экзампл Груп Рус», Лесной проспект 61, 194100 Санкт-Петербург, Russia", "msk"),
}

# key: (display name, address, office, role)
STAFF = {
    "hoefler": ("Markus Höfler", "markus.hoefler@example.com", "DE", "Chief Executive Officer (Geschäftsführer)"),
    "krueger": ("Sabine Krüger", "sabine.krueger@example.com", "DE", "Chief Financial Officer"),
    "weiss": ("Jürgen Weiß", "juergen.weiss@example.com", "DE", "Accounts payable (Kreditorenbuchhaltung)"),
    "stadler": ("Veronika Stadler", "veronika.stadler@examplegroup.eu", "DE", "Accounts payable / payments (Zahlungsverkehr)"),
    "schaefer": ("Anja Schäfer", "anja.schaefer@example.com", "DE", "HR & payroll (Personal/Lohnbuchhaltung)"),
    "brandl": ("Thomas Brandl", "thomas.brandl@example.com", "DE", "Head of IT"),
    "oberhuber": ("Lukas Oberhuber", "lukas.oberhuber@example.com", "DE", "IT security & mail administrator"),
    "dietrich": ("Claudia Dietrich", "claudia.dietrich@example.com", "DE", "Assistant to the CEO"),
    "gruber": ("Florian Gruber", "florian.gruber@example.com", "DE", "Procurement – roundwood & sawn timber (Einkauf)"),
    "mueller": ("Katrin Müller", "katrin.mueller@example.com", "DE", "Sales DACH (Vertrieb Schnittholz)"),
    "lechner": ("Tobias Lechner", "tobias.lechner@examplegroup.eu", "DE", "Export sales & logistics"),
    "aigner": ("Peter Aigner", "peter.aigner@example.com", "DE", "Sawmill production manager (Werk Rosenheim)"),
    "ferraris": ("Niccolò Ferraris", "niccolo.ferraris@example.com", "IT", "Office manager Italy"),
    "conti": ("Giulia Conti", "giulia.conti@examplegroup.eu", "IT", "Accountant Italy (contabilità)"),
    "zanetti": ("Andrea Zanetti", "andrea.zanetti@example.com", "IT", "Sales Italy & Slovenia"),
    "nowakowski": ("Paweł Nowakowski", "pawel.nowakowski@example.com", "PL", "Office manager Poland"),
    "wojcik": ("Małgorzata Wójcik", "malgorzata.wojcik@example.com", "PL", "Accountant Poland (księgowa)"),
    "dabrowska": ("Katarzyna Dąbrowska", "katarzyna.dabrowska@example.com", "PL", "Logistics coordinator Poland"),
    "munoz": ("Javier Muñoz", "javier.munoz@example.com", "ES", "Office manager Spain"),
    "fernandez": ("Lucía Fernández", "lucia.fernandez@examplegroup.eu", "ES", "Accountant Spain (contable)"),
    "papadopoulos": ("Dimitrios Papadopoulos", "dimitrios.papadopoulos@example.com", "GR", "Office manager Greece"),
    "georgiou": ("Eleni Georgiou", "eleni.georgiou@example.com", "GR", "Accountant Greece (λογίστρια)"),
    "whitfield": ("James Whitfield", "james.whitfield@example.com", "UK", "Office manager UK"),
    "collins": ("Sarah Collins", "sarah.collins@example.com", "UK", "Accountant UK"),
    "smirnov": ("Алексей Смирнов", "aleksey.smirnov@example.com", "RU", "Office manager Russia (директор филиала)"),
    "kuznetsova": ("Ольга Кузнецова", "olga.kuznetsova@example.com", "RU", "Accountant Russia (главный бухгалтер)"),
}

SHARED_MAILBOXES = [
    ("rechnungseingang@example.com", "incoming supplier invoices (HQ accounts payable)"),
    ("it-service@example.com", "IT service desk (ticket system notifications)"),
    ("personal@example.com", "HR department"),
]


def S(key):
    n, a, _, _ = STAFF[key]
    return (n, a)


# correspondents: key -> (organisation, country, kind, [(name, address), ...])
CORRESPONDENTS = {
    "lieferant": ("Lieferant GmbH (Rundholz- und Schnittholzhandel, Wasserburg am Inn)", "DE", "supplier (roundwood, sawn timber, packaging timber)",
                  [("Stefan Maier", "s.maier@lieferant-gmbh.de"), ("Petra Lang", "p.lang@lieferant-gmbh.de"), ("Buchhaltung", "rechnungen@lieferant-gmbh.de")]),
    "ferretti": ("Ferretti Trasporti S.p.A. (Tolmezzo, UD)", "IT", "road carrier (timber trucks DE/AT–IT)",
                 [("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), ("Amministrazione", "amministrazione@ferretti-trasporti.it")]),
    "partner": ("Partner Logistik sp. z o.o. (Słubice)", "PL", "logistics partner (warehouse Słubice, DE–PL groupage, CMR)",
                [("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), ("Księgowość", "ksiegowosc@partner-logistik.pl")]),
    "baumgartner": ("Zimmerei Baumgartner GmbH (Traunstein)", "DE", "customer (carpentry, KVH/BSH)",
                    [("Josef Baumgartner", "j.baumgartner@zimmerei-baumgartner.de")]),
    "kessler": ("Sägenservice Kessler (Kolbermoor)", "DE", "supplier (saw blade grinding), one-man business on consumer mail",
                [("Rainer Kessler", "saegenservice.kessler@gmx.de")]),
    "elster": ("ELSTER (Bavarian tax administration portal)", "DE", "public service, genuine notifications",
               [("ELSTER", "portal@elster.de")]),
    "holzmarkt": ("HolzMarkt Aktuell (trade newsletter, subscribed)", "DE", "newsletter via Brevo",
                  [("HolzMarkt Aktuell", "newsletter@holzmarkt-aktuell.de")]),
    "humber": ("Humber Timber Supplies Ltd (Hull)", "UK", "customer (builders' merchant), Microsoft 365",
               [("Gareth Hughes", "g.hughes@humbertimber.co.uk"), ("Purchasing", "purchasing@humbertimber.co.uk")]),
    "northern": ("Northern Freight & Customs Ltd (Immingham)", "UK", "customs broker / freight forwarder",
                 [("Helen Price", "h.price@northernfreight.co.uk")]),
    "ttd": ("Timber Trade Digest (UK trade newsletter, subscribed)", "UK", "newsletter via Mailgun",
            [("Timber Trade Digest", "news@timbertradedigest.co.uk")]),
    "rossi": ("Legnami Rossi S.r.l. (Treviso)", "IT", "customer (timber merchant)",
              [("Francesco Rossi", "f.rossi@legnamirossi.it"), ("Ordini", "ordini@legnamirossi.it")]),
    "galli": ("Falegnameria Galli (Gemona del Friuli)", "IT", "small customer (joinery) on libero.it",
              [("Bruno Galli", "falegnameria.galli@libero.it")]),
    "kowalski": ("Tartak Kowalski sp.j. (Czarnków)", "PL", "supplier (pine sawn timber)",
                 [("Krzysztof Kowalski", "k.kowalski@tartak-kowalski.pl"), ("Biuro", "biuro@tartak-kowalski.pl")]),
    "edrewno": ("Portal Leśno-Drzewny / e-drewno (State Forests timber sales portal)", "PL", "genuine portal notifications",
                [("e-drewno", "powiadomienia@e-drewno.pl")]),
    "turia": ("Maderas del Turia S.L. (Paterna)", "ES", "customer (timber merchant, pallets)",
              [("Carmen Ruiz", "c.ruiz@maderasdelturia.es"), ("Compras", "compras@maderasdelturia.es")]),
    "navarro": ("Transportes Hermanos Navarro S.L. (Sagunto)", "ES", "carrier (small haulier on Gmail)",
                [("Raúl Navarro", "transportesnavarro.sagunto@gmail.com")]),
    "albufera": ("Albufera Assessors (gestoría, València)", "ES", "tax advisor (Google Workspace)",
                 [("Marta Soler", "m.soler@albufera-assessors.es")]),
    "gestionpro": ("GestiónPro Software S.L. (ERP/invoicing vendor)", "ES", "software vendor newsletter via Amazon SES",
                   [("GestiónPro", "novedades@gestionpro.es")]),
    "xyleia": ("Ξυλεία Βορείου Ελλάδος Α.Ε. / Xyleia Voreiou Ellados S.A. (Sindos)", "GR", "customer (timber importer)",
               [("Νίκος Αλεξίου", "n.alexiou@xyleia-voreiou.gr")]),
    "thermaikos": ("Thermaikos Shipping Agency (Thessaloniki port)", "GR", "shipping agent (port charges, B/L)",
                   [("Thermaikos Accounts", "accounts@thermaikos-shipping.gr")]),
    "papadakis": ("Ξυλουργείο Παπαδάκη (Kalamaria)", "GR", "small customer on otenet.gr",
                  [("Μανώλης Παπαδάκης", "m.papadakis@otenet.gr")]),
    "savvidis": ("Λογιστικό Γραφείο Σαββίδη (external accountant, Thessaloniki)", "GR", "external accountant",
                 [("Σάββας Σαββίδης", "info@savvidis-logistiki.gr")]),
    "sevles": ("ООО «СевЛесЭкспорт» (Arkhangelsk)", "RU", "supplier (pine/spruce sawn timber), Yandex 360",
               [("Иван Петров", "i.petrov@sevlesexport.ru"), ("Бухгалтерия", "buh@sevlesexport.ru")]),
}


def C(key, i=0):
    return CORRESPONDENTS[key][3][i]


# ------------------------------------------------------------- time

def _last_sunday(year, month):
    d = _dt.date(year, month + 1, 1) - _dt.timedelta(days=1) if month < 12 else _dt.date(year, 12, 31)
    while d.weekday() != 6:
        d -= _dt.timedelta(days=1)
    return d


def _first_sunday(year, month):
    d = _dt.date(year, month, 1)
    while d.weekday() != 6:
        d += _dt.timedelta(days=1)
    return d


def zone_offset(zone, t):
    """Return (offset minutes, abbreviation) for UTC datetime t."""
    y = t.year
    eu_start = _dt.datetime.combine(_last_sunday(y, 3), _dt.time(1))
    eu_end = _dt.datetime.combine(_last_sunday(y, 10), _dt.time(1))
    eu_dst = eu_start <= t < eu_end
    us_end = _dt.datetime.combine(_first_sunday(y, 11), _dt.time(0))
    if zone == "eu":
        return (120, "CEST") if eu_dst else (60, "CET")
    if zone == "uk":
        return (60, "BST") if eu_dst else (0, "GMT")
    if zone == "gr":
        return (180, "EEST") if eu_dst else (120, "EET")
    if zone == "msk":
        return (180, "MSK")
    if zone == "pt":
        return (-420, "PDT") if t < us_end + _dt.timedelta(hours=9) else (-480, "PST")
    if zone == "et":
        return (-240, "EDT") if t < us_end + _dt.timedelta(hours=6) else (-300, "EST")
    if zone in ("utc", "gmt"):
        return (0, "UTC" if zone == "utc" else "GMT")
    sign = 1 if zone[0] == "+" else -1
    return (sign * (int(zone[1:3]) * 60 + int(zone[3:5])), None)


def fmt_date(t, zone, abbr=False):
    off, name = zone_offset(zone, t)
    lt = t + _dt.timedelta(minutes=off)
    sign = "+" if off >= 0 else "-"
    s = "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][lt.weekday()], lt.day,
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][lt.month - 1],
        lt.year, lt.hour, lt.minute, lt.second, sign, abs(off) // 60, abs(off) % 60)
    if abbr and name:
        s += " (%s)" % name
    return s


def berlin_to_utc(s):
    lt = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M")
    for off in (120, 60):
        t = lt - _dt.timedelta(minutes=off)
        if zone_offset("eu", t)[0] == off:
            return t
    return lt - _dt.timedelta(minutes=60)


# ------------------------------------------------------------- helpers

B52 = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"


def b52(n, width):
    s = ""
    while n:
        n, r = divmod(n, 52)
        s = B52[r] + s
    return s.rjust(width, "0")


def postfix_qid(rng, t):
    epoch = int((t - _dt.datetime(1970, 1, 1)).total_seconds())
    return b52(epoch, 6) + b52(rng.randrange(1000000), 4) + "z" + "".join(rng.choice(B52[:-1]) for _ in range(4))


def rhex(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def ralnum(rng, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def ruuid(rng, upper=False):
    h = rhex(rng, 32, upper)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab" if not upper else "89AB"), h[17:20], h[20:32])


class Ctx:
    def __init__(self, m, rng, t):
        self.m, self.rng, self.t = m, rng, t
        self.rcpt = m.rcpt
        self.sender = m.mail_from or m.frm[1]
        self.nbound = 0


# ------------------------------------------------------------- message spec

REGISTRY = []


class M:
    def __init__(self, folder, lang, slug, frm, to, subject, date, via, body,
                 cc=(), reply_to=None, rcpt=None, mail_from=None, hdrs=(), irt=None,
                 refs=None, hcs=None, what="", why="", hn=(), sender_hdr=None,
                 to_hdr=None, notes="", msgid=None):
        self.folder, self.lang, self.slug = folder, lang, slug
        self.frm, self.to, self.cc = frm, list(to), list(cc)
        self.subject, self.date, self.via, self.body = subject, date, via, body
        self.reply_to, self.mail_from = reply_to, mail_from
        self.hdrs, self.irt, self.refs = list(hdrs), irt, refs
        self.hcs = hcs
        self.what, self.why, self.hn, self.notes = what, why, list(hn), notes
        self.sender_hdr, self.to_hdr = sender_hdr, to_hdr
        self.msgid = msgid
        if rcpt is None:
            for n, a in self.to + self.cc:
                if a.endswith("@example.com") or a.endswith("@examplegroup.eu"):
                    rcpt = a
                    break
        self.rcpt = rcpt
        self.num = None
        REGISTRY.append(self)

    @property
    def fname(self):
        return "%02d-%s-%s.eml" % (self.num, self.lang, self.slug)


MX_TLS = {
    "1.3": ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
            "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
            "\t(No client certificate requested)"),
    "1.3x": ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
             "\t key-exchange X25519MLKEM768 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
             "\t(No client certificate requested)"),
    "1.2": ("(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
            "\t(No client certificate requested)"),
    "1.3a": ("(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n"
             "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
             "\t(No client certificate requested)"),
}


def build(m):
    rng = random.Random("audit97/" + m.folder + "/" + m.slug)
    t = berlin_to_utc(m.date)
    ctx = Ctx(m, rng, t)
    tr = m.via(ctx)
    if m.msgid:
        tr["msgid"] = m.msgid
    hcs = m.hcs or tr.get("hcs", ("utf-8", "B"))
    cs, enc = hcs[0], hcs[1]
    label = hcs[2] if len(hcs) > 2 else None
    zone = tr.get("zone", "eu")
    delay = tr.get("delay", rng.randint(2, 25))
    t_mx = t + _dt.timedelta(seconds=delay)
    helo, rdns, ip = tr["client"]
    tls = MX_TLS.get(tr.get("tls", "1.3"))
    rcv = "from %s (%s [%s])\n" % (helo, rdns, ip)
    if tls:
        rcv += "\t" + tls + "\n"
    rcv += "\tby mx01.example.com (Postfix) with %s id %s\n\tfor <%s>; %s" % (
        "ESMTPS" if tls else "ESMTP", postfix_qid(rng, t_mx), m.rcpt, fmt_date(t_mx, "eu", True))
    lines = ["Return-Path: <%s>" % tr.get("return_path", ctx.sender), "Received: " + rcv]
    for h in tr.get("hops", []):
        lines.append("Received: " + h)
    for k, v in tr.get("pre", []):
        lines.append(mime.fold(k, v))

    # --- message header fields
    def A(name, items):
        return mime.address_list(name, items, cs, enc, label)

    core = {}
    core["From"] = A("From", [m.frm])
    core["Sender"] = A("Sender", [m.sender_hdr]) if m.sender_hdr else None
    core["To"] = ("To: " + m.to_hdr) if m.to_hdr else A("To", m.to)
    core["Cc"] = A("Cc", m.cc) if m.cc else None
    core["Reply-To"] = A("Reply-To", [m.reply_to]) if m.reply_to else None
    core["Subject"] = mime.unstructured("Subject", m.subject, cs, enc, label)
    core["Date"] = "Date: " + fmt_date(t, zone)
    core["Message-ID"] = "Message-ID: " + tr["msgid"]
    core["In-Reply-To"] = ("In-Reply-To: " + m.irt) if m.irt else None
    core["References"] = mime.fold("References", m.refs) if m.refs else None

    counter = {"n": 0}

    def bgen(subtype, depth):
        counter["n"] += 1
        return tr["boundary"](rng, subtype, depth, counter["n"])

    body_hdrs, body = mime.render(m.body, bgen)
    if body.startswith(b"This is a multi-part message in MIME format.\n") and tr["boundary"].__name__ not in ("b_thunderbird", "b_nextpart", "b_php"):
        body = body[len(b"This is a multi-part message in MIME format.\n"):]
    mimever = "MIME-Version: " + tr.get("mime_version", "1.0")
    extra = [mime.unstructured(k, v, cs, enc, label) for k, v in tr.get("hdrs", []) + m.hdrs]
    style = tr.get("style", "default")
    if style == "gmail":
        order = [mimever, core["References"], core["In-Reply-To"], core["From"], core["Date"],
                 core["Message-ID"], core["Subject"], core["To"], core["Cc"], core["Reply-To"]] + extra + body_hdrs
    elif style == "outlook":
        order = [core["From"], core["Sender"], core["To"], core["Cc"], core["Subject"]]
        order += [x for x in extra if x.split(":")[0] in ("Thread-Topic", "Thread-Index")]
        order += [core["Date"], core["Message-ID"], core["References"], core["In-Reply-To"], core["Reply-To"]]
        order += [x for x in extra if x.split(":")[0] not in ("Thread-Topic", "Thread-Index")]
        order += body_hdrs + [mimever]
    else:
        order = [core["Date"], core["From"], core["Sender"], core["Reply-To"], core["To"], core["Cc"],
                 core["Subject"], core["Message-ID"], core["In-Reply-To"], core["References"]]
        order += extra + [mimever] + body_hdrs
    lines += [x for x in order if x]
    raw = "\n".join(lines).encode("ascii") + b"\n\n" + body
    m.trace = tr
    return raw
