"""Example Group: company, staff, correspondents, and helpers shared by
all message modules (internal mail preset, plain->HTML conversion)."""

import html as _html

import ids
from infra import Client, Internal
from mime import HStyle

COMPANY = {
    "name": "Example Group",
    "trade": "Furniture manufacturer: own factories in Herford (DE, case goods, "
             "upholstery) and Swarzędz (PL, upholstery frames, contract seating); sells to "
             "furniture retailers and supplies hotel and office fit-out projects (FF&E).",
    "domains": ["example.com", "examplegroup.eu"],
    "mailboxes": "about 700",
    "mx": "mx01.example.com (Postfix, inbound MX)",
    "relay": "mail-int01.example.com [10.20.0.25] (internal relay, Exchange 2019 "
             "EXCH01/EXCH02.corp.example.com behind it; the relay adds no trace header of its own)",
}

OFFICES = {
    "DE": ("Herford", "Example Group GmbH, Werner-Straße 12, 32049 Herford (HQ, factory)"),
    "IT": ("Pordenone", "Example Group Italia S.r.l., Viale Treviso 41, 33170 Pordenone"),
    "PL": ("Poznań", "Example Group Polska sp. z o.o., ul. Głogowska 218, 60-104 Poznań; factory Swarzędz"),
    "ES": ("Valencia", "Example Group Iberia S.L., Avinguda de les Corts Valencianes 58, 46015 València"),
    "GR": ("Thessaloniki", "Example Group Hellas Μονοπρόσωπη Α.Ε., Λεωφ. Γεωργικής Σχολής 65, 555 35 Θεσσαλονίκη"),
    "UK": ("Manchester", "Example Group UK Ltd, 3 Hardman Square, Manchester M3 3EB"),
    "RU": ("Saint Petersburg", "ООО «Экзампл Груп Рус», Московский пр. 212, 196066 Санкт-Петербург"),
}

# (key, display name, address, office, role, native name)
STAFF = [
    ("ceo", "Jürgen Köhler", "juergen.koehler@example.com", "DE", "Chief Executive Officer (Geschäftsführer)", None),
    ("cfo", "Sabine Weiß", "sabine.weiss@example.com", "DE", "Chief Financial Officer", None),
    ("ap1", "Monika Schröder", "monika.schroeder@example.com", "DE", "Accounts payable (Kreditorenbuchhaltung)", None),
    ("ap2", "Tobias Brandt", "tobias.brandt@example.com", "DE", "Accounts payable / payment runs", None),
    ("hr", "Anja Müller", "anja.mueller@example.com", "DE", "HR & payroll", None),
    ("it", "Markus Vogel", "markus.vogel@example.com", "DE", "Head of IT", None),
    ("sec", "Jan Behrens", "jan.behrens@examplegroup.eu", "DE", "IT security & mail administrator", None),
    ("asst", "Katrin Hoffmann", "katrin.hoffmann@example.com", "DE", "Assistant to the CEO", None),
    ("proc", "Ralf Dietrich", "ralf.dietrich@example.com", "DE", "Head of procurement", None),
    ("sales", "Lena Fischer", "lena.fischer@example.com", "DE", "Sales, retail accounts Germany", None),
    ("contract", "Felix Krämer", "felix.kraemer@examplegroup.eu", "DE", "Head of contract sales (hotel & office projects)", None),
    ("it_mgr", "Davide Zanin", "davide.zanin@example.com", "IT", "Office manager Italy", None),
    ("it_acc", "Francesca Dal Bò", "francesca.dalbo@example.com", "IT", "Accountant Italy", None),
    ("pl_mgr", "Krzysztof Wójcik", "krzysztof.wojcik@example.com", "PL", "Office & plant manager Poland", None),
    ("pl_acc", "Agnieszka Michałowska", "agnieszka.michalowska@example.com", "PL", "Accountant Poland", None),
    ("pl_proc", "Paweł Grabowski", "pawel.grabowski@example.com", "PL", "Procurement & logistics Poland", None),
    ("es_mgr", "Javier Ortega Ruiz", "javier.ortega@example.com", "ES", "Office manager Spain", None),
    ("es_acc", "Lucía Martínez Soler", "lucia.martinez@examplegroup.eu", "ES", "Accountant Spain", None),
    ("gr_mgr", "Nikos Papadopoulos", "nikos.papadopoulos@example.com", "GR", "Office manager Greece", "Νίκος Παπαδόπουλος"),
    ("gr_acc", "Eleni Georgiou", "eleni.georgiou@example.com", "GR", "Accountant Greece", "Ελένη Γεωργίου"),
    ("uk_mgr", "Oliver Bennett", "oliver.bennett@example.com", "UK", "Office manager UK", None),
    ("uk_acc", "Priya Shah", "priya.shah@example.com", "UK", "Accountant UK", None),
    ("uk_sales", "Emma Clarke", "emma.clarke@example.com", "UK", "Sales coordinator UK", None),
    ("ru_mgr", "Dmitry Sokolov", "dmitry.sokolov@example.com", "RU", "Office manager Russia", "Дмитрий Соколов"),
    ("ru_acc", "Olga Kuznetsova", "olga.kuznetsova@example.com", "RU", "Accountant Russia", "Ольга Кузнецова"),
]
S = {k: (n, a) for k, n, a, _, _, _ in STAFF}
NATIVE = {k: (nat or n, a) for k, n, a, _, _, nat in STAFF}


def A(key):
    return S[key][1]


# ------------------------------------------------------------ partners
BANK = {
    # genuine accounts (used in genuine mail, also cited by fraudsters as "old")
    "lieferant_old": ids.iban_de(49050101, 40012345),        # Sparkasse Minden-Lübbecke
    "lieferant_new": ids.iban_de(49092650, 8123456700),      # Volksbank (after merger)
    "ferretti": ids.iban_it("05034", "11701", "000000004873"),
    "partner": ids.iban_pl("102", "4027", "0000190201785432"),
    "pianex_old": ids.iban_pl("124", "3021", "1111001023456789"),
    "pianex_new": ids.iban_pl("105", "1461", "1000009273648201"),
    "levante": ids.iban_es("2100", "4521", "0200123456"),
    "eg_de": ids.iban_de(49450120, 2012345678),               # Example Group GmbH (Sparkasse Herford)
    "holzwerk": ids.iban_de(49050101, 60098765),
}

CORRESPONDENTS = [
    ("Lieferant GmbH", "DE", "Lübbecke; furniture fittings (hinges, drawer runners, lift systems)",
     "Stefan Maier <s.maier@lieferant-gmbh.de> (key account), Petra Lang <p.lang@lieferant-gmbh.de> "
     "(order desk), Buchhaltung <rechnungen@lieferant-gmbh.de>; own Exchange, mail.lieferant-gmbh.de"),
    ("Ferretti Trasporti S.p.A.", "IT", "Verona; road carrier, groupage DE/IT",
     "Chiara Colombo <c.colombo@ferretti-trasporti.it> (traffic office), "
     "<amministrazione@ferretti-trasporti.it>; Aruba mail"),
    ("Partner Logistik sp. z o.o.", "PL", "Swarzędz; warehousing and distribution partner",
     "Tadeusz Zieliński <t.zielinski@partner-logistik.pl> (warehouse manager), "
     "<ksiegowosc@partner-logistik.pl>; nazwa.pl hosting"),
    ("Westfalen Holzwerkstoffe GmbH", "DE", "Bad Oeynhausen; particleboard / MDF supplier",
     "Uwe Brinkmann <u.brinkmann@westfalen-holzwerkstoffe.de>; IONOS mail, Outlook desktop"),
    ("Möbelhaus Brandl GmbH & Co. KG", "DE", "Regensburg; furniture retailer (customer)",
     "Thomas Huber <t.huber@moebelhaus-brandl.de> (customer service); Microsoft 365"),
    ("Harlow Hotels Ltd", "UK", "Leeds; hotel group (contract customer)",
     "James Whitfield <james.whitfield@harlowhotels.co.uk> (Head of Procurement); Microsoft 365, DocuSign"),
    ("Northfield Interiors Ltd", "UK", "Manchester; office fit-out contractor (customer)",
     "Sarah Collins <sarah.collins@northfield-interiors.co.uk> (project manager); Microsoft 365"),
    ("Pennine Customs Services Ltd", "UK", "Bradford; customs broker for UK imports",
     "Gareth Lewis <gareth.lewis@penninecustoms.co.uk>; Microsoft 365"),
    ("Tessitura Brianza S.r.l.", "IT", "Cantù; upholstery fabrics supplier",
     "invoices via SdI (Aruba e-invoicing notices)"),
    ("Arredamenti Del Piero", "IT", "Udine; furniture retailer (customer)",
     "Paolo Del Piero <arredamentidelpiero@libero.it>; Libero webmail"),
    ("Pianex sp. z o.o.", "PL", "Łódź; polyurethane foam supplier",
     "Marta Kowalczyk <m.kowalczyk@pianex.pl>, <finanse@pianex.pl>; own Postfix"),
    ("Meble Nowak", "PL", "Kalisz; furniture retailer (customer)",
     "Grzegorz Nowak <meble.nowak@wp.pl>; WP Poczta"),
    ("Hoteles Costa Azahar S.L.", "ES", "Castelló; hotel chain (contract customer)",
     "Carmen López Beltrán <carmen.lopez@hotelescostaazahar.es> (purchasing); Google Workspace"),
    ("Transportes Levante Express S.L.", "ES", "Riba-roja de Túria; road carrier",
     "Administración <administracion@transleva.es>; own Exchange"),
    ("Έπιπλα Καραγιάννης", "GR", "Larissa; furniture retailer (customer)",
     "Γιώργος Καραγιάννης <karagiannis.epipla@otenet.gr>; OTEnet mail, Windows Live Mail"),
    ("Aegean Blue Resorts Α.Ε.", "GR", "Chalkidiki; hotel group (contract customer)",
     "Μαρία Αντωνίου <m.antoniou@aegeanblue.gr>; Microsoft 365"),
    ("Λογιστικό Γραφείο Παπαδάκη", "GR", "Thessaloniki; external accountant (payroll, myDATA)",
     "Σοφία Παπαδάκη <sofia@logistiki-papadaki.gr>; Google Workspace"),
    ("ООО «Мебельный дом Северо-Запад»", "RU", "Saint Petersburg; distributor (customer)",
     "Ирина Волкова <i.volkova@mebeldom-sz.ru>; Yandex 360, Outlook"),
    ("ИП Смирнов А. В.", "RU", "Novgorod; plywood supplier",
     "Алексей Смирнов <smirnov.fanera@yandex.ru>; The Bat!"),
    ("HOLZ & RAUM Messe", "DE", "Bad Salzuflen; furniture supplier fair (organiser newsletter)",
     "<news@holzundraum-messe.de> via Mailchimp"),
    ("FF&E Insider", "UK", "hospitality fit-out trade newsletter",
     "<newsletter@ffe-insider.com> via Amazon SES"),
]

LANG_CS = {  # internal Outlook/Exchange charset per office language
    "de": "iso-8859-1", "en": "us-ascii", "it": "iso-8859-1", "pl": "iso-8859-2",
    "es": "iso-8859-1", "el": "iso-8859-7", "ru": "koi8-r"}
WS_IP = {"de": "10.20.14.%d", "en": "10.71.1.%d", "it": "10.31.2.%d", "pl": "10.41.3.%d",
         "es": "10.51.1.%d", "el": "10.61.1.%d", "ru": "10.81.1.%d"}


def internal(lang, host_n=57, mbx="EXCH02", pbx=False):
    cs = LANG_CS[lang]
    hcs = {"us-ascii": "utf-8"}.get(cs, cs)
    cl = Client("outlook-exch", host="%s.corp.example.com" % mbx,
                hstyle=HStyle(hcs, "B" if lang in ("el", "ru") else "Q", quote_names=False))
    r = Internal(WS_IP[lang] % host_n, mbx, pbx)
    r.date_zone = {"el": "EET", "ru": "MSK", "en": "UK"}.get(lang, "CET")
    return r, cl


# ------------------------------------------------------------ html kit
def esc(s):
    return _html.escape(s, quote=False)


def to_html_outlook(text, font="Calibri", lang="DE"):
    """Outlook-ish HTML from plain text (paragraph per blank line)."""
    paras = text.strip("\n").split("\n\n")
    out = ['<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
           'xmlns="http://www.w3.org/TR/REC-html40">',
           '<head>', '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
           '<style><!--', '@font-face {font-family:"Cambria Math";}',
           '@font-face {font-family:%s;}' % font,
           'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"%s",sans-serif;}' % font,
           'a:link, span.MsoHyperlink {color:#0563C1; text-decoration:underline;}',
           '.MsoChpDefault {mso-style-type:export-only;}',
           '@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 70.85pt 2.0cm 70.85pt;}',
           'div.WordSection1 {page:WordSection1;}', '--></style>', '</head>',
           '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">' % lang,
           '<div class="WordSection1">']
    for p in paras:
        for ln in p.split("\n"):
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(ln) if ln else "&nbsp;"))
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    out += ['</div>', '</body>', '</html>']
    return "\n".join(out) + "\n"


def to_html_simple(text, font="Arial, sans-serif", size="10pt"):
    paras = text.strip("\n").split("\n\n")
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           '<body style="font-family:%s;font-size:%s">' % (font, size)]
    for p in paras:
        out.append("<p>%s</p>" % "<br>\n".join(esc(x) for x in p.split("\n")))
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def to_html_gmail(text):
    paras = text.strip("\n").split("\n\n")
    out = ['<div dir="ltr">']
    for p in paras:
        for ln in p.split("\n"):
            out.append("<div>%s</div>" % (esc(ln) if ln else "<br>"))
        out.append("<div><br></div>")
    out.append("</div>")
    return "\n".join(out) + "\n"
