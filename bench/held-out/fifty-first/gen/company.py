"""Example Group: staff, correspondents and their bank / tax identifiers."""
import unicodedata
from codes import (iban_pt_nib, iban_de, iban_it, iban_es, iban_pl, iban_gr, iban_gb, iban_lt, iban,
                   ru_account, ru_corr_account, inn10, de_ustid, it_piva, pl_nip, gr_afm, es_cif)

COMPANY = "Example Group"
DOMAINS = ("example.com", "examplegroup.eu")

OFFICES = {
    "FRA": "Frankfurt am Main (HQ), Germany",
    "MIL": "Milano, Italy",
    "POZ": "Poznań, Poland",
    "MAD": "Madrid, Spain",
    "SKG": "Thessaloniki, Greece",
    "LON": "London, United Kingdom",
    "MOW": "Moscow, Russia",
}

_TRANS = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
          "ł": "l", "Ł": "L"}


def mailbox(name, domain="example.com"):
    s = "".join(_TRANS.get(c, c) for c in name)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "%s@%s" % (".".join(s.lower().split()), domain)


# (display name, office, role, domain)
_STAFF = [
    ("Jürgen Weiß", "FRA", "Chief Executive Officer (CEO)", "example.com"),
    ("Claudia Brenner", "FRA", "Chief Financial Officer (CFO)", "example.com"),
    ("Sabine Krüger", "FRA", "Head of Accounts Payable", "example.com"),
    ("Jörg Lindner", "FRA", "Accounts Payable clerk", "example.com"),
    ("Monika Schäfer", "FRA", "HR & Payroll", "example.com"),
    ("Anja Müller", "FRA", "Marketing & Communications", "example.com"),
    ("Thomas Böhm", "FRA", "Head of IT", "example.com"),
    ("Lukas Vogel", "FRA", "IT Security / Mail administrator", "example.com"),
    ("Julia Neumann", "FRA", "Assistant to the CEO", "example.com"),
    ("Andreas Roth", "FRA", "Procurement", "example.com"),
    ("Katrin Lehmann", "FRA", "Head of Exhibitor Sales", "example.com"),
    ("Niklas Hartmann", "FRA", "Project Manager Exhibitions", "example.com"),
    ("Felix Bauer", "FRA", "Exhibitor Services", "examplegroup.eu"),
    ("Francesca Rinaldi", "MIL", "Office Manager Italy", "example.com"),
    ("Luca Esposito", "MIL", "Accountant Italy", "example.com"),
    ("Małgorzata Wójcik", "POZ", "Office Manager Poland", "example.com"),
    ("Paweł Łuczak", "POZ", "Accountant Poland", "example.com"),
    ("José Ramírez", "MAD", "Office Manager Spain", "example.com"),
    ("Lucía Fernández", "MAD", "Accountant Spain", "example.com"),
    ("Georgios Papadopoulos", "SKG", "Office Manager Greece", "examplegroup.eu"),
    ("Eleni Karagianni", "SKG", "Accountant Greece", "examplegroup.eu"),
    ("Oliver Hughes", "LON", "Office Manager UK", "example.com"),
    ("Priya Shah", "LON", "Accountant UK", "example.com"),
    ("Emma Clarke", "LON", "Sales & Sponsorship UK", "example.com"),
    ("Dmitry Sokolov", "MOW", "Office Manager Russia", "examplegroup.eu"),
    ("Irina Volkova", "MOW", "Accountant Russia", "examplegroup.eu"),
]

STAFF = [dict(name=n, office=o, role=r, addr=mailbox(n, d)) for n, o, r, d in _STAFF]
S = {s["name"].split()[0]: s for s in STAFF}     # by first name


def st(first):
    """(display name, address) of a staff member by first name."""
    return S[first]["name"], S[first]["addr"]


def sa(first):
    return S[first]["addr"]


# native-script names used by staff in their own language
NATIVE = {"Georgios": "Γιώργος Παπαδόπουλος", "Eleni": "Ελένη Καραγιάννη",
          "Dmitry": "Дмитрий Соколов", "Irina": "Ирина Волкова"}

# ---------------------------------------------------------------- bank data
BANK = {
    # genuine
    "lieferant_old": iban_de("50190000", "6027341185"),      # Frankfurter Volksbank Rhein/Main
    "lieferant_new": iban_de("50050201", "200418753"),       # Frankfurter Sparkasse
    "krause": iban_de("50040000", "621078400"),              # Commerzbank Frankfurt
    "example_de": iban_de("50070010", "925517300"),          # Example Group, Deutsche Bank FFM
    "ferretti": iban_it("03069", "11310", "100000004417"),   # Intesa Sanpaolo, Verona
    "paola": iban_it("36772", "22400", "000118374520"),
    "partner": iban_pl("1020402", "7000000203458719"),       # PKO BP Poznań
    "poligraf": iban_pl("1140200", "4000030241187365"),      # mBank
    "montajes": iban_es("2100", "5731", "0200184672"),       # CaixaBank Madrid
    "kalimeris": iban_gr("017", "0218", "0005218031447"),    # Piraeus Thessaloniki
    "alexiou": iban_gr("011", "0241", "00024174803922"),      # NBG
    "northbridge": iban_gb("NWBK", "601613", "48213390"),
    "example_uk": iban_gb("BARC", "203253", "73019284"),
    # fraudulent (mule) accounts
    "mule_lt": iban_lt("32500", "21478305921"),
    "mule_de_n26": iban_de("10011001", "2637419044"),
    "mule_de_register": iban("SK", "0900" + "000000" + "5192833041"),
    "mule_it": iban_it("36772", "22400", "000934810276"),
    "mule_pl": iban_pl("1140200", "4000030279148821"),
    "mule_pl2": iban_pl("1090273", "0000000155871264"),         # Santander BP
    "mule_pl_reg": iban_pl("1050134", "1000009874512036"),
    "mule_es": iban_es("1465", "0100", "9719348820"),
    "mule_es_supplier": iban_pt_nib("0035", "0697", "00061294318"),
    "mule_gr": iban("CY", "002001950000357018429331"),
    "mule_gb_escrow": iban_gb("MIDL", "400515", "71046633"),
}

RU = {
    "sber_bik": "044525225", "sber_corr": ru_corr_account("044525225"),
    "tbank_bik": "044525974", "tbank_corr": ru_corr_account("044525974", "45250000"),
}
RU["expostroy_acct"] = ru_account(RU["sber_bik"], "40702810738000174415")
RU["mule_acct"] = ru_account(RU["tbank_bik"], "40702810210001938274")
RU["olga_acct"] = ru_account(RU["sber_bik"], "40802810638000062291")
RU["example_acct"] = ru_account(RU["sber_bik"], "40702810938000051783")

IDS = {
    "lieferant_ust": de_ustid("28417365"),
    "krause_ust": de_ustid("11472093"),
    "example_ust": de_ustid("26593014"),
    "ferretti_piva": it_piva("0281947023"),
    "ceramiche_piva": it_piva("0571843048"),
    "partner_nip": pl_nip("778142907"),
    "poligraf_nip": pl_nip("781190438"),
    "example_pl_nip": pl_nip("779236181"),
    "montajes_cif": es_cif("B", "8641927"),
    "kalimeris_afm": gr_afm("80042719"),
    "example_gr_afm": gr_afm("99641820"),
    "alexiou_afm": gr_afm("13958271"),
    "expostroy_inn": inn10("772416583"), "expostroy_kpp": "772401001",
    "example_ru_inn": inn10("770389142"),
}

# ---------------------------------------------------------------- correspondents
CORR = [
    # (organisation, country, role, contacts)
    ("Lieferant GmbH", "DE", "Supplier of stand-construction material, flooring and furniture hire",
     ["Stefan Maier <s.maier@lieferant-gmbh.de>", "Petra Lang <p.lang@lieferant-gmbh.de>",
      "Buchhaltung <rechnungen@lieferant-gmbh.de>"]),
    ("Ferretti Trasporti S.p.A.", "IT", "Road carrier (stand material, exhibitor freight)",
     ["Chiara Colombo <c.colombo@ferretti-trasporti.it>", "<amministrazione@ferretti-trasporti.it>"]),
    ("Partner Logistik sp. z o.o.", "PL", "Logistics partner, on-site handling Poznań",
     ["Tadeusz Zieliński <t.zielinski@partner-logistik.pl>", "<ksiegowosc@partner-logistik.pl>"]),
    ("Krause Messebau GmbH", "DE", "Stand builder (subcontractor)",
     ["Heiko Krause <h.krause@krause-messebau.de>"]),
    ("Messe-Insider (newsletter)", "DE", "Trade-fair industry newsletter via CleverReach",
     ["<newsletter@messe-insider.de>"]),
    ("Northbridge Instruments Ltd", "UK", "Exhibitor / customer",
     ["James Whitfield <j.whitfield@northbridge-instruments.co.uk>",
      "Accounts <accounts@northbridge-instruments.co.uk>"]),
    ("Harbourside Convention Centre Ltd", "UK", "Venue (contract via DocuSign)",
     ["Rachel Moore <r.moore@harbourside-cc.co.uk>"]),
    ("Ceramiche Valdarno S.r.l.", "IT", "Exhibitor / customer",
     ["Marco Conti <m.conti@ceramichevaldarno.it>"]),
    ("Tipografia Lombarda S.r.l.", "IT", "Print shop (catalogue quotation, Oct 2026)",
     ["Roberto Galli <r.galli@tipografialombarda.it>"]),
    ("Paola Greco", "IT", "Freelance interpreter (consumer mail)", ["<paola.greco74@libero.it>"]),
    ("Fiere & Congressi Italia (newsletter)", "IT", "Industry newsletter via Mailchimp",
     ["<news@fierecongressi-italia.it>"]),
    ("Drukarnia Poligraf sp. j.", "PL", "Printer (badges, signage, catalogues)",
     ["Agnieszka Kowalczyk <biuro@poligraf-druk.pl>"]),
    ("Krzysztof Nowak – Meble Nowak", "PL", "Exhibitor (consumer mail)", ["<k.nowak.meble@wp.pl>"]),
    ("Montajes Feriales Iberia S.L.", "ES", "Stand assembly contractor",
     ["Raúl Ortega <r.ortega@montajesiberia.es>", "<contabilidad@montajesiberia.es>"]),
    ("Bodegas Alcázar S.A.", "ES", "Exhibitor / customer", ["Carmen Vidal <c.vidal@bodegasalcazar.es>"]),
    ("Aduanas Levante Consignatarios S.L.", "ES", "Customs broker (ATA carnets)",
     ["Marta Gil <m.gil@aduanaslevante.es>"]),
    ("Kalimeris Audiovisual Ε.Π.Ε.", "GR", "AV equipment hire Thessaloniki",
     ["Σοφία Καλημέρη <info@kalimeris-av.gr>"]),
    ("Νίκος Αλεξίου", "GR", "Freelance AV technician (consumer mail)", ["<n.alexiou@otenet.gr>"]),
    ("Λογιστικό Γραφείο Τσολάκη", "GR", "Accounting firm newsletter via SendGrid",
     ["<newsletter@tsolakis-logistiki.gr>"]),
    ("Macedonia Exhibition Venues Α.Ε.", "GR", "Venue operator Thessaloniki (contract via Docusign)",
     ["Κατερίνα Μαυρίδου <k.mavridou@macedonia-expo-venues.gr>"]),
    ("Hotel Egnatia Palace (fictional)", "GR", "Partner hotel, room blocks",
     ["Μαρία Δημητρίου <groups@egnatia-palace-hotel.gr>"]),
    ("ООО «ЭкспоСтрой»", "RU", "Stand builder Moscow", ["Бухгалтерия <buh@expostroy.ru>",
                                                      "Андрей Ковалёв <a.kovalev@expostroy.ru>"]),
    ("Ольга Петренко", "RU", "Freelance translator (consumer mail)", ["<olga.petrenko@yandex.ru>"]),
    ("Staff private mailboxes", "—", "Used by colleagues when off sick / without laptop",
     ["Niklas Hartmann <niklas.hartmann87@gmx.de>", "José Ramírez <joseramirez.mad@gmail.com>"]),
    ("Real services", "—", "Genuine notifications from their real infrastructure",
     ["Microsoft <microsoft-noreply@microsoft.com>", "Google <no-reply@accounts.google.com>",
      "GitHub <noreply@github.com>", "Яндекс ID <noreply@id.yandex.ru>",
      "Docusign <dse@eumail.docusign.net>"]),
]
