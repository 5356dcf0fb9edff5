"""The fictitious company, its staff and its correspondents."""
from lib import ids

COMPANY = {
    "name": "Example Group",
    "legal": "Example Group GmbH",
    "domains": ["example.com", "examplegroup.eu"],
    "mailboxes": 700,
    "trade": "flat-glass processing (toughened, laminated and insulating glass) and manufacture of aluminium windows and curtain-wall façades",
    "hq": "Am Glaswerk 12, 97076 Würzburg, Germany",
    "ustid": ids.de_ustid("27431986"),
    "hrb": "HRB 14872, Amtsgericht Würzburg",
    "iban": ids.de_iban("79050000", "0043218765"),
    "mx": "mx01.example.com (Postfix)",
    "relay": "mail-int01.example.com [10.20.0.25] (internal relay, Exchange 2019 EXCH01/EXCH02 behind it)",
}

OFFICES = {
    "Würzburg": "Headquarters, Germany (Example Group GmbH)",
    "Verona": "Italy (Example Italia S.r.l.)",
    "Poznań": "Poland (Example Polska sp. z o.o.)",
    "Zaragoza": "Spain (Example Ibérica S.L.)",
    "Thessaloniki": "Greece (Example Hellas Μονοπρόσωπη Α.Ε.)",
    "Birmingham": "United Kingdom (Example UK Ltd)",
    "Nizhny Novgorod": "Russia (ООО «Экзампл Рус»)",
}

# (display name, address, office, role)
STAFF = [
    ("Dr. Matthias Böhm", "matthias.boehm@example.com", "Würzburg", "CEO (Geschäftsführer)"),
    ("Sabine Krüger", "sabine.krueger@example.com", "Würzburg", "CFO"),
    ("Jürgen Weiß", "juergen.weiss@example.com", "Würzburg", "Accounts payable (Kreditorenbuchhaltung)"),
    ("Monika Schäfer", "monika.schaefer@example.com", "Würzburg", "Accounts payable (Kreditorenbuchhaltung)"),
    ("Claudia Hoffmann", "claudia.hoffmann@example.com", "Würzburg", "HR / payroll (Personal & Lohn)"),
    ("Thomas Brandt", "thomas.brandt@example.com", "Würzburg", "Head of IT"),
    ("Lukas Förster", "lukas.foerster@example.com", "Würzburg", "IT security / mail administrator"),
    ("Anja Müller", "anja.mueller@example.com", "Würzburg", "Assistant to the CEO"),
    ("Markus Götz", "markus.goetz@example.com", "Würzburg", "Procurement (Einkauf)"),
    ("Felix Neumann", "felix.neumann@example.com", "Würzburg", "Sales DACH"),
    ("Katharina Wolff", "katharina.wolff@examplegroup.eu", "Würzburg", "Export sales"),
    ("Stefanie Roth", "stefanie.roth@example.com", "Würzburg", "Sales back office / order desk"),
    ("Andreas Keller", "andreas.keller@example.com", "Würzburg", "Logistics / shipping"),
    ("Alessandro Ricci", "alessandro.ricci@example.com", "Verona", "Office manager Italy"),
    ("Francesca Conti", "francesca.conti@examplegroup.eu", "Verona", "Accountant Italy"),
    ("Paweł Wójcik", "pawel.wojcik@example.com", "Poznań", "Office manager Poland"),
    ("Małgorzata Łukasik", "malgorzata.lukasik@example.com", "Poznań", "Accountant Poland"),
    ("Javier Martínez", "javier.martinez@example.com", "Zaragoza", "Office manager Spain"),
    ("Lucía Fernández", "lucia.fernandez@examplegroup.eu", "Zaragoza", "Accountant Spain"),
    ("Γιώργος Παπαδόπουλος", "giorgos.papadopoulos@example.com", "Thessaloniki", "Office manager Greece"),
    ("Ελένη Κωνσταντίνου", "eleni.konstantinou@example.com", "Thessaloniki", "Accountant Greece"),
    ("James Whitfield", "james.whitfield@example.com", "Birmingham", "Office manager UK"),
    ("Sarah Patel", "sarah.patel@example.com", "Birmingham", "Accountant UK"),
    ("Дмитрий Соколов", "dmitry.sokolov@examplegroup.eu", "Nizhny Novgorod", "Office manager Russia"),
    ("Ольга Кузнецова", "olga.kuznetsova@example.com", "Nizhny Novgorod", "Accountant Russia"),
]

S = {a.split("@")[0]: (n, a) for n, a, _, _ in STAFF}


def st(key):
    """('Display Name', 'address') for a staff member by local part."""
    return S[key]


# Correspondents: (organisation, country, role, [(name, address), ...], infrastructure)
CORRESPONDENTS = [
    ("Lieferant GmbH", "DE", "Supplier: aluminium system profiles, thermal-break profiles, façade fittings (Lüdenscheid)",
     [("Stefan Maier", "s.maier@lieferant-gmbh.de"), ("Petra Lang", "p.lang@lieferant-gmbh.de"), ("Buchhaltung", "rechnungen@lieferant-gmbh.de")],
     "Microsoft 365 tenant"),
    ("Ferretti Trasporti S.p.A.", "IT", "Road carrier (Verona), full and part loads of glass racks DE–IT",
     [("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), ("Amministrazione", "amministrazione@ferretti-trasporti.it")],
     "Aruba hosted mail, Outlook desktop"),
    ("Partner Logistik sp. z o.o.", "PL", "Logistics partner (Gądki near Poznań): warehousing and distribution in Poland",
     [("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), ("Księgowość", "ksiegowosc@partner-logistik.pl")],
     "Google Workspace"),
    ("Fassadenbau Rhein-Main GmbH", "DE", "Customer: curtain-wall contractor (Frankfurt)",
     [("Ralf Schuster", "r.schuster@fassadenbau-rheinmain.de")], "Microsoft 365 tenant; uses DocuSign"),
    ("Vetreria Adriatica S.r.l.", "IT", "Supplier: float and laminated glass (Ancona)",
     [("Luca Moretti", "l.moretti@vetreria-adriatica.it"), ("Ufficio amministrativo", "amministrazione@vetreria-adriatica.it")],
     "own Zimbra server"),
    ("Serramenti Rossi di Giuseppe Rossi", "IT", "Customer: small window fitter (Vicenza)",
     [("Giuseppe Rossi", "serramentirossi@libero.it")], "libero.it webmail"),
    ("Okna-Bud Jan Kowalski", "PL", "Customer: window installer (Leszno)",
     [("Jan Kowalski", "oknabud.kowalski@wp.pl")], "Poczta WP"),
    ("Transportes Hermanos Lázaro S.L.", "ES", "Road carrier (Zaragoza)",
     [("Miguel Lázaro", "miguel@transporteslazaro.es"), ("Facturación", "facturacion@transporteslazaro.es")],
     "cPanel hosting, Roundcube"),
    ("Construcciones Aragón Sur S.A.", "ES", "Customer: general contractor (Zaragoza)",
     [("Carmen López", "clopez@construccionesaragonsur.es")], "Microsoft 365 tenant / SharePoint"),
    ("Asesoría Gil & Navarro", "ES", "Tax adviser of Example Ibérica (Zaragoza)",
     [("Elena Navarro", "enavarro@asesoriagilnavarro.es")], "Google Workspace"),
    ("Θερμαϊκός Κατασκευαστική Α.Ε.", "GR", "Customer: building contractor (Thessaloniki)",
     [("Νίκος Αντωνίου", "n.antoniou@thermaikos-kat.gr")], "own Postfix server, Outlook desktop"),
    ("Λογιστικό Γραφείο Δ. Δημητρίου", "GR", "External accountant of Example Hellas (Thessaloniki)",
     [("Δημήτρης Δημητρίου", "dimitriou.logistiko@otenet.gr")], "otenet.gr (Cosmote) mailbox, Outlook desktop"),
    ("Αλουμίνια Σταματίου Ο.Ε.", "GR", "Customer: small aluminium fabricator (Sindos)",
     [("Στάθης Σταματίου", "alouminia.stamatiou@gmail.com")], "Gmail"),
    ("ООО «СтеклоТорг»", "RU", "Supplier: float glass and consumables (Nizhny Novgorod)",
     [("Андрей Волков", "a.volkov@steklotorg-nn.ru"), ("Бухгалтерия", "buh@steklotorg-nn.ru")], "Yandex 360"),
    ("ИП Петров И. С.", "RU", "Freight forwarder (Nizhny Novgorod)",
     [("Иван Петров", "petrov.perevozki@yandex.ru")], "yandex.ru webmail"),
    ("Britline Glazing Ltd", "UK", "Customer: glazing contractor (Coventry)",
     [("Oliver Hughes", "oliver.hughes@britline-glazing.co.uk"), ("Accounts", "accounts@britline-glazing.co.uk")],
     "Microsoft 365 tenant"),
    ("Midlands Build Partners Ltd", "UK", "Customer: main contractor (Birmingham), issues tenders",
     [("Rachel Moore", "rachel.moore@midlandsbuild.co.uk")], "Microsoft 365 tenant"),
    ("GLAS+RAHMEN Fachverlag", "DE", "Trade newsletter (subscribed)",
     [("GLAS+RAHMEN Newsletter", "newsletter@news.glasundrahmen.de")], "Brevo"),
    ("Serramenti & Vetro (rivista)", "IT", "Trade newsletter (subscribed)",
     [("Serramenti & Vetro", "newsletter@serramentievetro.it")], "Mailchimp"),
    ("ΠΣΚΑ – Πανελλήνιος Σύνδεσμος Κατασκευαστών Αλουμινίου", "GR", "Trade association newsletter (subscribed)",
     [("ΠΣΚΑ", "news@pska.gr")], "SendGrid"),
    ("Private addresses of staff", "—", "Staff writing from home",
     [("Monika Schäfer", "moni.schaefer77@gmx.de"), ("Sarah Patel", "sarahpatel.bham@gmail.com"),
      ("Małgorzata Łukasik", "m.lukasik84@o2.pl")], "GMX, Gmail, o2.pl"),
    ("Genuine service senders", "—", "Notification senders",
     [("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"),
      ("Google", "no-reply@accounts.google.com"), ("GitHub", "noreply@github.com"),
      ("Яндекс ID", "noreply@id.yandex.ru"), ("DocuSign (EU)", "dse@eumail.docusign.net")],
     "Own infrastructure of each service"),
]

# ---------------------------------------------------------------- bank data
BANK = {
    "example_de": ids.de_iban("79050000", "0043218765"),
    "lieferant_old": ids.de_iban("45850005", "0000712846"),       # Sparkasse Lüdenscheid (as used so far)
    "lieferant_new": ids.de_iban("44761534", "6120738400"),       # Volksbank in Südwestfalen (genuine change)
    "lieferant_fraud": ids.de_iban("10011001", "2624518730"),     # neobank mule account (attack)
    "ferretti": ids.it_iban("05034", "11701", "000000012845"),     # Banco BPM
    "ferretti_fraud": ids.it_iban("03268", "22300", "052879541230"),
    "partner_old": ids.pl_iban("102", "4043", "0000690212345678"),
    "partner_new": ids.pl_iban("109", "0362", "0000000155738201"),
    "partner_fraud": ids.pl_iban("116", "2202", "0000000521907364"),
    "vetreria": ids.it_iban("03069", "02626", "100000008190"),
    "lazaro": ids.es_iban("2085", "5212", "0330156789"),
    "aragonsur": ids.es_iban("2100", "3917", "0200145678"),
    "ebro_fraud": ids.es_iban("1583", "0001", "1091578342"),
    "thermaikos": ids.gr_iban("017", "0215", "0005215047683914"),
    "hellas": ids.gr_iban("026", "0228", "0000460201837265"),
    "greek_fraud": ids.gr_iban("014", "0115", "0115002101273846"),
    "lt_fraud": ids.lt_iban("32500", "17284639015"),
    "britline": ids.gb_iban("MIDL", "401162", "71839402"),
    "example_uk": ids.gb_iban("LOYD", "309634", "18273645"),
    "fr_fraud": ids.fr_iban("16958", "00001", "7521843096"),
}

RU = {
    # Sberbank, Volgo-Vyatsky bank (Nizhny Novgorod) - old account of SteKloTorg
    "old_bik": "042202603", "old_corr": "30101810900000000603", "old_bank": "Волго-Вятский банк ПАО Сбербанк",
    # Alfa-Bank (genuine new account)
    "new_bik": "044525593", "new_corr": "30101810200000000593", "new_bank": "АО «АЛЬФА-БАНК»",
    # Promsvyazbank (attack)
    "fraud_bik": "044525555", "fraud_corr": "30101810400000000555", "fraud_bank": "ПАО «Промсвязьбанк»",
}
RU["old_acc"] = ids.ru_account(RU["old_bik"], "40702810X42000012345")
RU["new_acc"] = ids.ru_account(RU["new_bik"], "40702810X29330004567")
RU["fraud_acc"] = ids.ru_account(RU["fraud_bik"], "40702810X00000184203")
RU["inn"] = ids.ru_inn10("526215873")
RU["ogrn"] = ids.ru_ogrn("115526000742")
RU["fraud_inn"] = ids.ru_inn10("771498362")
for k in ("old", "new", "fraud"):
    assert ids.ru_corr_valid(RU[k + "_bik"], RU[k + "_corr"]), k

BTC = ids.bech32_p2wpkh("audit99-extortion-wallet")
BTC_LEGACY = ids.base58check(0, "audit99-giftcard-alt")
