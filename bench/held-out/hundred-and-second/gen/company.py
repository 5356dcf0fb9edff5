"""Example Group: staff, offices, correspondents, bank details."""
import ids

COMPANY = {
    "name": "Example Group",
    "legal": "Example Group GmbH",
    "domains": ["example.com", "examplegroup.eu"],
    "mailboxes": 700,
    "trade": "cold-chain warehousing (deep-freeze and chilled storage) and "
             "refrigerated road transport (reefer trucks, pharma GDP and food)",
    "hq": "Hamburg (Altenwerder), Germany",
}

OFFICES = {
    "DE": ("Hamburg", "Example Group GmbH, Kühlhausstraße 12, 21129 Hamburg", "10.20.8.%d"),
    "IT": ("Verona", "Example Group Italia S.r.l., Via Sommacampagna 63, 37137 Verona", "10.31.1.%d"),
    "PL": ("Poznań", "Example Group Polska sp. z o.o., ul. Głogowska 218, 60-104 Poznań", "10.32.1.%d"),
    "ES": ("Valencia (Riba-roja de Túria)", "Example Group Iberia S.L., Calle del Transporte 14, 46190 Riba-roja de Túria (Valencia)", "10.33.1.%d"),
    "GR": ("Thessaloniki (Sindos)", "Example Group Hellas Μ.Ι.Κ.Ε., ΒΙ.ΠΕ. Σίνδου, Οδός 31, 57022 Σίνδος", "10.34.1.%d"),
    "UK": ("Northampton", "Example Group UK Ltd, Unit 4, Brackmills Industrial Estate, Northampton NN4 7PB", "10.35.1.%d"),
    "RU": ("St Petersburg (Shushary)", "ООО «Экзампл Груп Рус», 196626, Санкт-Петербург, пос. Шушары, Московское ш., 70", "10.36.1.%d"),
}

# key, display name, address, office, role
STAFF = [
    ("koehler", "Dr. Jürgen Köhler", "juergen.koehler@example.com", "DE", "Chief Executive Officer (Geschäftsführer)"),
    ("weiss", "Sabine Weiß", "sabine.weiss@example.com", "DE", "Chief Financial Officer"),
    ("schroeder", "Monika Schröder", "monika.schroeder@example.com", "DE", "Accounts payable (Kreditorenbuchhaltung)"),
    ("brandt", "Tobias Brandt", "tobias.brandt@example.com", "DE", "Accounts payable / treasury"),
    ("hoffmann", "Claudia Hoffmann", "claudia.hoffmann@example.com", "DE", "Head of HR"),
    ("krueger", "Ines Krüger", "ines.krueger@example.com", "DE", "Payroll (Entgeltabrechnung)"),
    ("becker", "Markus Becker", "markus.becker@example.com", "DE", "Head of IT"),
    ("petersen", "Jan Petersen", "jan.petersen@example.com", "DE", "IT security & mail administrator"),
    ("vogt", "Lena Vogt", "lena.vogt@example.com", "DE", "Executive assistant to the CEO"),
    ("mueller", "Frank Müller", "frank.mueller@example.com", "DE", "Head of procurement (Einkauf)"),
    ("jaeger", "Katrin Jäger", "katrin.jaeger@example.com", "DE", "Key account manager (sales)"),
    ("hansen", "Björn Hansen", "bjoern.hansen@example.com", "DE", "Transport planner (Disposition)"),
    ("romano", "Giulia Romano", "giulia.romano@example.com", "IT", "Office manager Italy"),
    ("ricci", "Davide Ricci", "davide.ricci@examplegroup.eu", "IT", "Accountant Italy"),
    ("esposito", "Marco Esposito", "marco.esposito@example.com", "IT", "Dispatcher Italy"),
    ("wojcik", "Agnieszka Wójcik", "agnieszka.wojcik@example.com", "PL", "Office manager Poland"),
    ("lukasik", "Paweł Łukasik", "pawel.lukasik@example.com", "PL", "Accountant Poland"),
    ("martinez", "Javier Martínez", "javier.martinez@example.com", "ES", "Office manager Spain"),
    ("fernandez", "Lucía Fernández", "lucia.fernandez@examplegroup.eu", "ES", "Accountant Spain"),
    ("papadopoulos", "Nikolaos Papadopoulos", "nikolaos.papadopoulos@example.com", "GR", "Office manager Greece"),
    ("georgiou", "Eleni Georgiou", "eleni.georgiou@example.com", "GR", "Accountant Greece"),
    ("whitfield", "James Whitfield", "james.whitfield@example.com", "UK", "Office manager UK"),
    ("shah", "Priya Shah", "priya.shah@examplegroup.eu", "UK", "Accountant UK"),
    ("sokolov", "Dmitry Sokolov", "dmitry.sokolov@example.com", "RU", "Office manager Russia"),
    ("kuznetsova", "Olga Kuznetsova", "olga.kuznetsova@example.com", "RU", "Accountant Russia"),
]

S = {k: {"name": n, "addr": a, "office": o, "role": r} for k, n, a, o, r in STAFF}


def office_ip(key, host):
    return OFFICES[S[key]["office"]][2] % host


# Native-script forms some colleagues use in their own language
NATIVE = {
    "papadopoulos": "Νικόλαος Παπαδόπουλος",
    "georgiou": "Ελένη Γεωργίου",
    "sokolov": "Дмитрий Соколов",
    "kuznetsova": "Ольга Кузнецова",
}

# ------------------------------------------------------------- banks ----
BANK = {
    # Example Group's own accounts
    "eg_de": ids.iban_de("20050550", "123875460"),          # Hamburger Sparkasse
    "eg_it": ids.iban_it("05034", "11701", "000000004512"),  # Banco BPM, Verona
    "eg_pl": ids.iban_pl("1140200", "0000390212345678"),     # mBank
    "eg_es": ids.iban_es("0182", "6035", "0201584792"),      # BBVA
    "eg_gr": ids.iban_gr("026", "0245", "0000310200918457"),  # Eurobank
    "eg_uk": ids.iban_gb("BARC", "201595", "43718822"),      # Barclays
    # Lieferant GmbH
    "lief_old": ids.iban_de("29050101", "800471120"),        # Die Sparkasse Bremen
    "lief_new": ids.iban_de("25050180", "910338475"),        # Sparkasse Hannover
    # attacker mule accounts
    "mule_lt": ids.iban_lt("32500", "01940287315"),          # LT neobank
    "mule_de_payroll": ids.iban("DE", "10011001" + "2937461852"),  # neobank, Berlin
    "mule_it": ids.iban_it("36772", "22300", "CC0010928743"),       # e-money institution
    "mule_es": ids.iban_es("0073", "0100", "0587123964"),   # online bank
    "mule_gr": ids.iban_gr("017", "0125", "0005125048339172"),
    "mule_reg": ids.iban_de("37050198", "193847562"),
    "mule_dir_it": ids.iban_it("03069", "09606", "100000118437"),
    # Ferretti Trasporti
    "ferretti": ids.iban_it("05034", "59960", "000000021874"),   # Banco BPM
    # Partner Logistik
    "partner": ids.iban_pl("1020402", "0000190201873344"),   # PKO BP Poznań
    "krawczyk": ids.iban_pl("1090135", "0000000148562203"),  # Santander
    # Spain
    "tfsegura": ids.iban_es("2100", "4471", "0402007395"),   # CaixaBank
    # Greece
    "antoniou": ids.iban_gr("017", "2234", "0005234067891234"),  # Piraeus
    "galakto": ids.iban_gr("011", "2230", "0000223480071158"),   # NBG
    # UK
    "brackley": ids.iban_gb("LOYD", "309634", "28815530"),
}

for _k, _v in BANK.items():
    assert ids.iban_valid(_v), _k

# Russia
RU = {
    "sever": {
        "name": "ООО «Северный Холод»",
        "inn": ids.ru_inn10("781045263"),
        "kpp": "781001001",
        "ogrn": ids.ru_ogrn("117784712345"),
        "bank": "Северо-Западный банк ПАО Сбербанк",
        "bik": "044030653",
        "ks": "30101810500000000653",
        "rs": ids.ru_account("044030653", "40702810055000048213"),
    },
    "sever_fake": {
        "bank": "АО «Т-Банк»",
        "bik": "044525974",
        "ks": "30101810145250000974",
        "rs": ids.ru_account("044525974", "40702810010000917354"),
    },
    "eg_ru": {
        "name": "ООО «Экзампл Груп Рус»",
        "inn": ids.ru_inn10("782064519"),
        "kpp": "782001001",
        "bank": "ПАО «Банк «Санкт-Петербург»",
        "bik": "044030790",
        "ks": "30101810900000000790",
        "rs": ids.ru_account("044030790", "40702810090000003817"),
    },
}
for _k in ("sever", "sever_fake", "eg_ru"):
    r = RU[_k]
    assert ids.ru_account_valid(r["bik"], r["rs"]) and ids.ru_corr_valid(r["bik"], r["ks"]), _k

TAX = {
    "eg_de": ids.de_ustid("27819453"),
    "lief": ids.de_ustid("11463820"),
    "ferretti": "IT" + ids.it_piva("0318472023"),
    "eg_it": "IT" + ids.it_piva("0451873023"),
    "partner": ids.pl_nip("778146529"),
    "eg_pl": ids.pl_nip("779238410"),
    "krawczyk": ids.pl_nip("666203871"),
    "tfsegura": ids.es_cif("B", "9621478"),
    "eg_es": ids.es_cif("B", "9873412"),
    "hortolevante": ids.es_cif("B", "4618270"),
    "antoniou": ids.gr_afm("04512876"),
    "eg_gr": ids.gr_afm("80147326"),
    "galakto": ids.gr_afm("09487215"),
    "eg_uk": ids.gb_vat("2874519"),
}

# ------------------------------------------------------ correspondents ----
# (organisation, country, role, [(name, address)], infra note)
CORRESPONDENTS = [
    ("Lieferant GmbH", "DE (Bremen)", "Supplier: reefer spare parts, insulated pallet covers, temperature data loggers",
     [("Stefan Maier", "s.maier@lieferant-gmbh.de"), ("Petra Lang", "p.lang@lieferant-gmbh.de"),
      ("Buchhaltung", "rechnungen@lieferant-gmbh.de")], "Microsoft 365 (Germany region)"),
    ("Ferretti Trasporti S.p.A.", "IT (Villafranca di Verona)", "Road carrier (temperature-controlled full loads)",
     [("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), ("Amministrazione", "amministrazione@ferretti-trasporti.it")],
     "Aruba hosting, Outlook 2021"),
    ("Partner Logistik sp. z o.o.", "PL (Tarnowo Podgórne)", "Logistics partner (cross-dock, last mile Poland)",
     [("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), ("Księgowość", "ksiegowosc@partner-logistik.pl")],
     "home.pl hosting, Outlook"),
    ("Elbmarsch Molkerei eG", "DE (Stade)", "Customer: dairy, chilled storage and distribution",
     [("Henrik Claußen", "h.claussen@elbmarsch-molkerei.de")], "Microsoft 365 (Germany region)"),
    ("Nordkälte Service GmbH", "DE (Hamburg)", "Supplier: refrigeration plant and reefer unit maintenance",
     [("Thomas Wendt", "t.wendt@nordkaelte-service.de")], "Strato, Outlook"),
    ("Brackley Fresh Foods Ltd", "UK (Brackley)", "Customer: ready meals, chilled storage Northampton",
     [("Tom Hale", "tom.hale@brackleyfresh.co.uk"), ("Sarah Collins", "sarah.collins@brackleyfresh.co.uk")],
     "Microsoft 365 (UK region)"),
    ("Frutta Veneta Soc. Coop. Agricola", "IT (Sona, VR)", "Customer: fruit cooperative, controlled-atmosphere storage",
     [("Luca Bertolini", "l.bertolini@fruttaveneta.it")], "Google Workspace"),
    ("Autotrasporti Gallo Renato", "IT (Bussolengo)", "Subcontracted owner-driver carrier",
     [("Renato Gallo", "renato.gallo@libero.it")], "Libero Mail (consumer)"),
    ("Mleczarnia Warta S.A.", "PL (Śrem)", "Customer: dairy",
     [("Katarzyna Nowicka", "k.nowicka@mleczarnia-warta.pl")], "own mail server"),
    ("Transport Krawczyk", "PL (Swarzędz)", "Subcontracted reefer carrier (sole trader)",
     [("Zbigniew Krawczyk", "krawczyk.transport@wp.pl")], "WP Poczta (consumer), Thunderbird"),
    ("Hortofrutícola Levante S.L.", "ES (Alzira)", "Customer: citrus and vegetables exporter",
     [("Carmen Ortega", "c.ortega@hortolevante.es")], "IONOS, Outlook"),
    ("Transportes Frigoríficos Segura S.L.", "ES (Murcia)", "Road carrier (reefer)",
     [("Administración", "administracion@tfsegura.es")], "Microsoft 365"),
    ("Gestoría Albufera S.L.", "ES (Valencia)", "Tax and labour advisors of the Spanish office",
     [("Rosa Puig", "rosa.puig@gestoria-albufera.es")], "IONOS, Thunderbird"),
    ("Γαλακτοκομική Θεσσαλίας Α.Ε.", "GR (Larisa)", "Customer: dairy",
     [("Κωνσταντίνος Μαυρίδης", "k.mavridis@galaktothessalias.gr")], "own Exchange"),
    ("Γιώργος Αντωνίου – Μεταφορές", "GR (Kalochori)", "Subcontracted owner-driver carrier",
     [("Γιώργος Αντωνίου", "g.antoniou@otenet.gr")], "OTE/Cosmote mailbox, Outlook 2016"),
    ("ООО «Северный Холод»", "RU (St Petersburg)", "Supplier: refrigeration service",
     [("Анна Лебедева", "buh@severholod.ru")], "Yandex 360 for business"),
    ("ИП Морозов А. В.", "RU (Kolpino)", "Customer: frozen food wholesaler (sole trader)",
     [("Алексей Морозов", "morozov.av@yandex.ru")], "Yandex Mail, The Bat!"),
    ("Kühllogistik aktuell", "DE", "Trade newsletter (subscribed)", [("Redaktion", "newsletter@kuehllogistik-aktuell.de")], "Brevo"),
    ("Cold Chain Insider", "UK", "Trade newsletter (subscribed)", [("Cold Chain Insider", "news@coldchaininsider.co.uk")], "Mailchimp"),
    ("Logistica del Freddo", "IT", "Trade newsletter (subscribed)", [("Redazione", "newsletter@logisticadelfreddo.it")], "MailUp"),
    ("Ελληνικός Σύνδεσμος Ψυχρής Αλυσίδας", "GR", "Trade association newsletter (subscribed)", [("Ενημέρωση", "info@psychri-alysida.gr")], "SendGrid"),
    ("Private addresses of staff", "", "Used by colleagues for sick leave / broken laptop",
     [("Björn Hansen", "bjoern.hansen78@gmx.de"), ("Katrin Jäger", "katrin.jaeger.hh@gmail.com"),
      ("Marco Esposito", "m.esposito84@libero.it"), ("Paweł Łukasik", "pawel.lukasik@o2.pl"),
      ("Eleni Georgiou", "eleni.georgiou.thess@gmail.com")], "consumer mail"),
    ("Service senders", "", "Genuine notifications", [
        ("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"),
        ("Google", "no-reply@accounts.google.com"), ("GitHub", "noreply@github.com"),
        ("Яндекс ID", "noreply@id.yandex.ru"), ("DocuSign", "dse@eumail.docusign.net"),
        ("SharePoint Online", "no-reply@sharepointonline.com"), ("HMRC", "noreply@tax.service.gov.uk"),
        ("Aruba Fatturazione Elettronica", "noreply@fatturazioneelettronica.aruba.it"),
        ("Контур.Диадок", "noreply@diadoc.ru")], "providers' own infrastructure"),
]
