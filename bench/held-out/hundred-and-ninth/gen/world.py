"""The company, its staff, its correspondents and their bank/tax identifiers."""
import idnum as I

COMPANY = {
    "name": "Example Group",
    "legal": "Example Group GmbH",
    "trade": "Architecture, urban planning and landscape design",
    "domains": ["example.com", "examplegroup.eu"],
    "mailboxes": 700,
    "hq": "Leopoldstra\u00dfe 118, 80802 M\u00fcnchen, Germany",
    "register": "Amtsgericht M\u00fcnchen HRB 214587",
    "vat": I.de_ustid("31482760"),
    "iban_hq": I.iban_de("70150000", "100452871"),     # Stadtsparkasse M\u00fcnchen
    "bic_hq": "SSKMDEMMXXX",
}

OFFICES = {
    "MUC": ("M\u00fcnchen (HQ)", "Leopoldstra\u00dfe 118, 80802 M\u00fcnchen, Germany", "+49 89 2154 870-0"),
    "MIL": ("Milano", "Via Tortona 31, 20144 Milano, Italy", "+39 02 8734 4410"),
    "KRK": ("Krak\u00f3w", "ul. Lubicz 17, 31-503 Krak\u00f3w, Poland", "+48 12 395 27 80"),
    "MAD": ("Madrid", "Calle de Alcal\u00e1 144, 28009 Madrid, Spain", "+34 915 21 48 30"),
    "ATH": ("Athens", "\u039b\u03b5\u03c9\u03c6. \u03a3\u03c5\u03b3\u03b3\u03c1\u03bf\u03cd 94, 117 41 \u0391\u03b8\u03ae\u03bd\u03b1, Greece", "+30 210 924 6610"),
    "LON": ("London", "41 Great Sutton Street, London EC1V 0DX, United Kingdom", "+44 20 7253 9180"),
    "MOW": ("Moscow", "\u0443\u043b. \u0411\u043e\u043b\u044c\u0448\u0430\u044f \u041d\u043e\u0432\u043e\u0434\u043c\u0438\u0442\u0440\u043e\u0432\u0441\u043a\u0430\u044f 36, \u0441\u0442\u0440. 4, 127015 \u041c\u043e\u0441\u043a\u0432\u0430, Russia", "+7 495 280 31 47"),
}

# key: (display name, address, office, role, native spelling used in mail if different)
STAFF = [
    ("ceo", "Dr. Katharina Brenner", "katharina.brenner@example.com", "MUC", "Chief Executive Officer (Gesch\u00e4ftsf\u00fchrerin)", None),
    ("cfo", "Markus H\u00f6fler", "markus.hoefler@example.com", "MUC", "Chief Financial Officer", None),
    ("ap", "Sabine Kr\u00fcger", "sabine.krueger@example.com", "MUC", "Accounts Payable (Kreditorenbuchhaltung)", None),
    ("acc_muc", "Stefanie D\u00f6rr", "stefanie.doerr@example.com", "MUC", "Chief Accountant, Munich office accountant", None),
    ("hr", "J\u00f6rg Wei\u00df", "joerg.weiss@example.com", "MUC", "HR & Payroll", None),
    ("ithead", "Thomas Sch\u00e4fer", "thomas.schaefer@example.com", "MUC", "Head of IT", None),
    ("itsec", "Lena Vo\u00df", "lena.voss@example.com", "MUC", "IT Security & Mail Administration", None),
    ("servicedesk", "Tobias Schmid", "tobias.schmid@example.com", "MUC", "IT Service Desk", None),
    ("assistant", "Anja Neumann", "anja.neumann@example.com", "MUC", "Assistant to the CEO", None),
    ("procurement", "Florian Bauer", "florian.bauer@example.com", "MUC", "Procurement (Einkauf)", None),
    ("sales", "Julia Hartmann", "julia.hartmann@example.com", "MUC", "Business Development & Sales", None),
    ("mgr_muc", "Martina G\u00f6tz", "martina.goetz@example.com", "MUC", "Office Manager Munich", None),
    ("architect", "Jonas K\u00f6hler", "jonas.koehler@example.com", "MUC", "Project Architect", None),
    ("planner", "Sophie Lindner", "sophie.lindner@example.com", "MUC", "Urban Planner", None),
    ("mgr_mil", "Giulia Ferraro", "giulia.ferraro@example.com", "MIL", "Office Manager Milan", None),
    ("acc_mil", "Davide Russo", "davide.russo@example.com", "MIL", "Accountant Milan", None),
    ("mgr_krk", "Pawe\u0142 W\u00f3jcik", "pawel.wojcik@example.com", "KRK", "Office Manager Krak\u00f3w", None),
    ("acc_krk", "Ma\u0142gorzata \u0141ukasik", "malgorzata.lukasik@example.com", "KRK", "Accountant Krak\u00f3w", None),
    ("mgr_mad", "Javier Mu\u00f1oz", "javier.munoz@example.com", "MAD", "Office Manager Madrid", None),
    ("acc_mad", "Luc\u00eda Fern\u00e1ndez", "lucia.fernandez@example.com", "MAD", "Accountant Madrid", None),
    ("mgr_ath", "Nikolaos Papadopoulos", "nikolaos.papadopoulos@examplegroup.eu", "ATH", "Office Manager Athens",
     "\u039d\u03b9\u03ba\u03cc\u03bb\u03b1\u03bf\u03c2 \u03a0\u03b1\u03c0\u03b1\u03b4\u03cc\u03c0\u03bf\u03c5\u03bb\u03bf\u03c2"),
    ("acc_ath", "Eleni Georgiou", "eleni.georgiou@examplegroup.eu", "ATH", "Accountant Athens",
     "\u0395\u03bb\u03ad\u03bd\u03b7 \u0393\u03b5\u03c9\u03c1\u03b3\u03af\u03bf\u03c5"),
    ("mgr_lon", "James Whitfield", "james.whitfield@example.com", "LON", "Office Manager London", None),
    ("acc_lon", "Priya Shah", "priya.shah@example.com", "LON", "Accountant London", None),
    ("mgr_mow", "Dmitry Sokolov", "dmitry.sokolov@examplegroup.eu", "MOW", "Office Manager Moscow",
     "\u0414\u043c\u0438\u0442\u0440\u0438\u0439 \u0421\u043e\u043a\u043e\u043b\u043e\u0432"),
    ("acc_mow", "Olga Kuznetsova", "olga.kuznetsova@examplegroup.eu", "MOW", "Accountant Moscow",
     "\u041e\u043b\u044c\u0433\u0430 \u041a\u0443\u0437\u043d\u0435\u0446\u043e\u0432\u0430"),
]


def S(key, native=False):
    for k, n, a, o, role, nat in STAFF:
        if k == key:
            return ((nat if (native and nat) else n), a)
    raise KeyError(key)


def SN(key):
    """Display name without academic title (as used in signatures)."""
    return S(key)[0].replace("Dr. ", "")


# ---------------------------------------------------------------- bank & tax identifiers
BANK = {
    # Example Group
    "eg_de": COMPANY["iban_hq"],
    "eg_it": I.iban_it("03069", "01626", "100000016457"),          # Intesa Sanpaolo, Milano
    "eg_pl": I.iban_pl("102", "2892", "0000680201934215"),          # PKO BP
    "eg_es": I.iban_es("2100", "5731", "0200184572"),               # CaixaBank
    "eg_gr": I.iban_gr("011", "0140", "0000014047012345"),          # National Bank of Greece
    "eg_gb": I.iban_gb("BARC", "203214", "63812470"),
    # Lieferant GmbH
    "lief_old": I.iban_de("72050000", "24017735"),                  # Stadtsparkasse Augsburg
    "lief_new": I.iban_de("72040046", "61208440"),                  # Commerzbank Augsburg (genuine change)
    "lief_fake": I.iban_lt("35000", "10082716537"),                 # Lithuanian EMI (attack)
    # Ferretti Trasporti
    "ferr": I.iban_it("05034", "11701", "000000008472"),            # Banco BPM Verona
    "ferr_fake": I.iban_it("03268", "22300", "052871946310"),       # attack
    # Partner Logistik
    "pl_log": I.iban_pl("114", "0200", "0000447182900110"),         # mBank
    "pl_log_fake": I.iban_pl("105", "0144", "1000002391887461"),    # attack (ING)
    "plotpol": I.iban_pl("124", "2285", "1111000050927314"),        # Pekao
    # Spain
    "levante": I.iban_es("0049", "1875", "2310004982"),             # Banco Santander
    # Greece
    "aigaio": I.iban_gr("017", "0126", "0005126018839041"),         # Piraeus Bank
    "aigaio_fake": I.iban_gr("026", "0074", "0000420200781245"),    # attack (Eurobank)
    # UK
    "halden": I.iban_gb("NWBK", "601613", "48291730"),
    # fake register invoice / misc attacks
    "register_fake": I.iban_de("10011001", "262740083"),            # neo-bank style BLZ (attack)
    "payroll_fake": I.iban_de("10011001", "281530946"),             # attack (payroll diversion)
    "lawyer_it_fake": I.iban_es("0182", "4572", "0201598734"),      # attack (CEO fraud, Spanish mule)
    "domain_fake": I.iban_lt("32500", "29384710562"),               # attack
}

RU = {
    "sber_bik": "044525225", "sber_ks": "30101810400000000225", "sber_name": "\u041f\u0410\u041e \u0421\u0431\u0435\u0440\u0431\u0430\u043d\u043a",
    "vtb_bik": "044525187", "vtb_ks": "30101810700000000187", "vtb_name": "\u0411\u0430\u043d\u043a \u0412\u0422\u0411 (\u041f\u0410\u041e)",
    "alfa_bik": "044525593", "alfa_ks": "30101810200000000593", "alfa_name": "\u0410\u041e \u00ab\u0410\u041b\u042c\u0424\u0410-\u0411\u0410\u041d\u041a\u00bb",
}
RU["stroy_rs"] = I.ru_account(RU["sber_bik"], "40702", "810", "38000148392")
RU["stroy_inn"] = I.ru_inn10("771548302")
RU["stroy_kpp"] = "771501001"
RU["stroy_ogrn"] = I.ru_ogrn("115774628193")
RU["fake_rs"] = I.ru_account(RU["alfa_bik"], "40702", "810", "70100029471")
RU["eg_inn"] = I.ru_inn10("770731824")
RU["eg_kpp"] = "770701001"
RU["eg_rs"] = I.ru_account(RU["vtb_bik"], "40702", "810", "50000007315")

TAX = {
    "lief_vat": I.de_ustid("12784930"),
    "ferr_piva": I.it_piva("0291847023"),
    "eg_it_piva": I.it_piva("1082734015"),
    "pl_log_nip": I.pl_nip("778214903"),
    "plotpol_nip": I.pl_nip("677239184"),
    "eg_pl_nip": I.pl_nip("676255872"),
    "levante_cif": I.es_cif("B", "9681274"),
    "eg_es_cif": I.es_cif("B", "8817362"),
    "aigaio_afm": I.gr_afm("09981427"),
    "eg_gr_afm": I.gr_afm("80153672"),
    "halden_vat": "GB" + I.gb_vat("2847391"),
    "eg_gb_vat": "GB" + I.gb_vat("3918274"),
}

# ---------------------------------------------------------------- correspondents
# (organisation, country, role, contacts, infrastructure) - used for MANIFEST
CORRESPONDENTS = [
    ("Lieferant GmbH (Augsburg)", "DE", "Supplier: large-format plotters, plotter media, architectural model-making materials",
     ["Stefan Maier <s.maier@lieferant-gmbh.de>", "Petra Lang <p.lang@lieferant-gmbh.de>",
      "Buchhaltung <rechnungen@lieferant-gmbh.de>"], "Microsoft 365 (Exchange Online)"),
    ("Ferretti Trasporti S.p.A. (Verona)", "IT", "Road carrier (models, exhibition panels, site material)",
     ["Chiara Colombo <c.colombo@ferretti-trasporti.it>", "Amministrazione <amministrazione@ferretti-trasporti.it>"],
     "Aruba hosting, Outlook desktop"),
    ("Partner Logistik sp. z o.o. (Pozna\u0144)", "PL", "Logistics partner (exhibitions, site logistics)",
     ["Tadeusz Zieli\u0144ski <t.zielinski@partner-logistik.pl>", "Ksi\u0119gowo\u015b\u0107 <ksiegowosc@partner-logistik.pl>"],
     "home.pl hosting, Outlook desktop"),
    ("Tragwerk Plan Ingenieure GmbH (M\u00fcnchen)", "DE", "Structural engineers (subconsultant)",
     ["Andreas Vogel <a.vogel@tragwerkplan.de>"], "Microsoft 365 (Exchange Online)"),
    ("Wohnbau Isartal GmbH (M\u00fcnchen)", "DE", "Customer: residential developer",
     ["Michael Schuster <m.schuster@wohnbau-isartal.de>"], "Microsoft 365 (Exchange Online)"),
    ("Kanzlei Dr. Berger & Partner mbB (M\u00fcnchen)", "DE", "Company's law firm",
     ["Dr. Hanna Berger <h.berger@berger-partner-law.de>"], "Exchange Server on premises"),
    ("Stadt+Raum Magazin", "DE", "Subscribed trade newsletter",
     ["Stadt+Raum Redaktion <newsletter@stadtundraum-magazin.de>"], "Mailchimp"),
    ("Halden Surveying Ltd (Reading)", "UK", "Land & topographical surveyors",
     ["Rachel Cole <rachel.cole@haldensurveying.co.uk>"], "Microsoft 365 (Exchange Online)"),
    ("Marlow & Finch LLP (London)", "UK", "Chartered accountants of the UK office",
     ["Oliver Finch <oliver.finch@marlowfinch.co.uk>"], "Microsoft 365 (Exchange Online)"),
    ("BIMsoft Solutions Ltd (Manchester)", "UK", "Autodesk reseller (licences)",
     ["Accounts <accounts@bimsoft-solutions.co.uk>"], "Microsoft 365 (Exchange Online)"),
    ("Thamesbank Developments plc (London)", "UK", "Customer: developer (tender for riverside scheme)",
     ["Procurement <procurement@thamesbank-dev.co.uk>"], "Microsoft 365 (Exchange Online)"),
    ("Marco Galli (freelance renderer)", "IT", "Freelance visualiser on consumer mail",
     ["Marco Galli <marco.galli74@libero.it>"], "Libero Mail"),
    ("Plotpol Sp. z o.o. (Krak\u00f3w)", "PL", "Large-format print shop",
     ["Faktury <faktury@plotpol.pl>"], "OVH mail, Outlook desktop"),
    ("Constructora Levante S.L. (Valencia)", "ES", "General contractor / customer",
     ["Ra\u00fal Navarro <r.navarro@constructoralevante.es>", "Administraci\u00f3n <administracion@constructoralevante.es>"],
     "Google Workspace"),
    ("Ortega Asesores (Madrid)", "ES", "Tax advisor (gestor\u00eda) of the Madrid office",
     ["Carmen Ortega <carmen.ortega@ortegaasesores.es>"], "hosting SMTP, Outlook desktop"),
    ("Urbanismo Hoy", "ES", "Subscribed newsletter", ["Urbanismo Hoy <boletin@urbanismohoy.es>"], "Brevo"),
    ("\u0391\u03b9\u03b3\u03b1\u03af\u03bf \u03a4\u03b5\u03c7\u03bd\u03b9\u03ba\u03ae \u0391.\u0395. (Piraeus)", "GR", "Technical subcontractor: surveys and geotechnical investigations (paid by the Athens office)",
     ["\u039a\u03c9\u03bd\u03c3\u03c4\u03b1\u03bd\u03c4\u03af\u03bd\u03bf\u03c2 \u0394\u03b7\u03bc\u03b7\u03c4\u03c1\u03af\u03bf\u03c5 <k.dimitriou@aigaio-techniki.gr>",
      "\u039b\u03bf\u03b3\u03b9\u03c3\u03c4\u03ae\u03c1\u03b9\u03bf <logistirio@aigaio-techniki.gr>"], "Microsoft 365 (Exchange Online)"),
    ("\u0393\u03b9\u03ce\u03c1\u03b3\u03bf\u03c2 \u0391\u03bd\u03c4\u03c9\u03bd\u03af\u03bf\u03c5 (freelance civil engineer)", "GR",
     "Freelancer on consumer mail", ["\u0393\u03b9\u03ce\u03c1\u03b3\u03bf\u03c2 \u0391\u03bd\u03c4\u03c9\u03bd\u03af\u03bf\u03c5 <g.antoniou@otenet.gr>"],
     "OTEnet Roundcube webmail"),
    ("\u039a\u03c4\u03b7\u03bc\u03b1\u03c4\u03b9\u03ba\u03ae \u0391\u03c4\u03c4\u03b9\u03ba\u03ae\u03c2 \u0391.\u0395. (Athens)", "GR", "Customer: developer",
     ["\u039c\u03b1\u03c1\u03af\u03b1 \u03a0\u03b1\u03c0\u03c0\u03ac <m.pappa@ktimatiki-attikis.gr>"], "Google Workspace"),
    ("\u041e\u041e\u041e \u00ab\u0421\u0442\u0440\u043e\u0439\u041f\u0440\u043e\u0435\u043a\u0442\u00bb (Moscow)", "RU", "Subcontractor: engineering surveys and site supervision (paid by the Moscow office)",
     ["\u0410\u043d\u0434\u0440\u0435\u0439 \u0412\u043e\u043b\u043a\u043e\u0432 <a.volkov@stroyproekt-msk.ru>",
      "\u0411\u0443\u0445\u0433\u0430\u043b\u0442\u0435\u0440\u0438\u044f <buh@stroyproekt-msk.ru>"], "Yandex 360, Outlook desktop"),
    ("\u0418\u0440\u0438\u043d\u0430 \u0411\u0435\u043b\u043e\u0432\u0430 (outsourced accountant)", "RU", "Accountant of the Moscow office on consumer mail",
     ["\u0418\u0440\u0438\u043d\u0430 \u0411\u0435\u043b\u043e\u0432\u0430 <irina.belova@yandex.ru>"], "Yandex Mail"),
    ("Staff private mailboxes", "DE/PL", "Colleagues writing from private mail",
     ["Jonas K\u00f6hler <jonas.koehler@gmx.de>", "Pawe\u0142 W\u00f3jcik <pawel.wojcik82@wp.pl>"], "GMX, Poczta WP"),
]
