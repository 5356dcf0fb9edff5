"""Example Group: staff, offices and correspondents."""
from . import ids

COMPANY = {
    "name": "Example Group",
    "legal": "Example Group GmbH (HQ) and national subsidiaries",
    "domains": ["example.com", "examplegroup.eu"],
    "mailboxes": "about 700",
    "trade": "olive oil and food oils producer and bottler (extra virgin olive oil, sunflower and rapeseed oil; own bottling lines in Mannheim and Bari)",
    "mx": "mx01.example.com (Postfix, inbound gateway)",
    "internal": "Exchange 2019 (EXMBX01/EXMBX02.corp.example.com) -> internal relay mail-int01.example.com [10.20.0.25] -> mx01",
}

OFFICES = {
    "DE": "Mannheim (HQ, bottling plant)",
    "IT": "Bari (bottling, olive oil purchasing)",
    "PL": "Poznań (sales & distribution CEE)",
    "ES": "Jaén (olive oil purchasing)",
    "GR": "Kalamata (olive oil purchasing)",
    "UK": "London (sales UK & Ireland)",
    "RU": "Saint Petersburg (sales Russia)",
}

# key, display name, address, office, role
STAFF = [
    ("ceo", "Jürgen Köhler", "juergen.koehler@example.com", "DE", "CEO (Geschäftsführer)"),
    ("cfo", "Sabine Weiß", "sabine.weiss@example.com", "DE", "CFO"),
    ("ap", "Monika Schäfer", "monika.schaefer@example.com", "DE", "Accounts payable (Kreditorenbuchhaltung)"),
    ("hr", "Katrin Groß", "katrin.gross@example.com", "DE", "HR / payroll (group)"),
    ("it", "Thomas Brückner", "thomas.brueckner@example.com", "DE", "Head of IT"),
    ("sec", "Lukas Hoffmann", "lukas.hoffmann@example.com", "DE", "IT security & mail administrator"),
    ("asst", "Anna Böhm", "anna.boehm@example.com", "DE", "Assistant to the CEO"),
    ("proc", "Markus Vogel", "markus.vogel@example.com", "DE", "Procurement (packaging, bottles, closures)"),
    ("sales", "Julia Krämer", "julia.kraemer@example.com", "DE", "Sales DACH"),
    ("log", "Dennis Wolf", "dennis.wolf@example.com", "DE", "Logistics / warehouse coordinator"),
    ("qm", "Heike Neumann", "heike.neumann@example.com", "DE", "Quality manager (IFS Food, organic)"),
    ("it_mgr", "Giuseppe Lorusso", "giuseppe.lorusso@example.com", "IT", "Office manager Italy"),
    ("it_acc", "Francesca D'Amico", "francesca.damico@example.com", "IT", "Accountant Italy"),
    ("it_buy", "Niccolò Ferrara", "niccolo.ferrara@examplegroup.eu", "IT", "Olive oil buyer Italy"),
    ("it_sales", "Marco Rinaldi", "marco.rinaldi@example.com", "IT", "Sales Italy (HoReCa)"),
    ("pl_mgr", "Małgorzata Wójcik", "malgorzata.wojcik@example.com", "PL", "Office manager Poland"),
    ("pl_acc", "Łukasz Król", "lukasz.krol@example.com", "PL", "Accountant Poland"),
    ("es_mgr", "José Muñoz", "jose.munoz@example.com", "ES", "Office manager Spain"),
    ("es_acc", "María Peña", "maria.pena@examplegroup.eu", "ES", "Accountant Spain"),
    ("gr_mgr", "Γιώργος Παπαδόπουλος", "giorgos.papadopoulos@example.com", "GR", "Office manager Greece"),
    ("gr_acc", "Ελένη Κωνσταντίνου", "eleni.konstantinou@examplegroup.eu", "GR", "Accountant Greece"),
    ("uk_mgr", "Oliver Bennett", "oliver.bennett@example.com", "UK", "Office manager UK"),
    ("uk_acc", "Priya Shah", "priya.shah@example.com", "UK", "Accountant UK"),
    ("ru_mgr", "Андрей Соколов", "andrey.sokolov@example.com", "RU", "Office manager Russia"),
    ("ru_acc", "Ольга Морозова", "olga.morozova@examplegroup.eu", "RU", "Accountant Russia"),
]

S = {k: {"name": n, "addr": a, "office": o, "role": r} for k, n, a, o, r in STAFF}

# ----------------------------------------------------------------- bank details used in genuine mail
BANK = {
    # genuine, existing accounts of correspondents
    "lieferant_old": ids.de_iban("66050101", "108456731"),      # Sparkasse Karlsruhe (old)
    "lieferant_new": ids.de_iban("66090800", "004512388"),      # BBBank (announced change from 1 Jan 2027)
    "ferretti": ids.it_iban("05034", "11701", "000000012873"),   # Banco BPM, Verona
    "partner_logistik": ids.pl_iban("1090132", "0000000148291035"),  # Santander BP, Poznań
    "santalucia": ids.it_iban("05424", "41440", "000001004718"),  # BPER, Bitonto
    "sierramagina": ids.es_iban("3067", "0109", "2736001845"),    # Caja Rural de Jaén
    "navarro_old": ids.es_iban("2103", "0714", "0030018276"),     # Unicaja (old)
    "navarro_new": ids.es_iban("0182", "4030", "0201563394"),     # BBVA (new, properly announced)
    "elaiourgiki": ids.gr_iban("011", "0213", "0000021300481733"),  # National Bank of Greece, Kalamata
    "scholz": ids.de_iban("67050505", "038172945"),               # Sparkasse Rhein Neckar Nord
    "example_de": ids.de_iban("67050505", "030005124"),
}

RU_BANK = {
    # PAO Sberbank, Severo-Zapadny bank, St Petersburg: BIK 044030653
    "balttrans": {"bank": "Северо-Западный банк ПАО Сбербанк", "bik": "044030653",
                  "ks": ids.ru_corr("044030653"), "rs": ids.ru_settlement("044030653", "40702810055040018342"),
                  "inn": ids.ru_inn10("780241957"), "kpp": "780201001", "ogrn": ids.ru_ogrn("111784726104")},
}

VAT = {
    "example_de": ids.de_ustid("24681357"),
    "lieferant": ids.de_ustid("14372815"),
    "scholz": ids.de_ustid("31895062"),
    "ferretti": "IT" + ids.it_piva("0238715023"),
    "santalucia": "IT" + ids.it_piva("0614872072"),
    "example_it": "IT" + ids.it_piva("0817364072"),
    "partner_logistik": ids.pl_nip("777318462"),
    "example_pl": ids.pl_nip("781194205"),
    "sierramagina": ids.es_cif("F", "2304817"),
    "navarro": ids.es_cif("B", "2381946"),
    "example_es": ids.es_cif("B", "8764125"),
    "elaiourgiki": ids.gr_afm("09473218"),
    "example_gr": ids.gr_afm("80164327"),
    "karagiannis": ids.gr_afm("09961834"),
    "example_ru_inn": ids.ru_inn10("780612384"),
    "example_ru_kpp": "780601001",
}

CORRESPONDENTS = [
    # (organisation, country, role, [addresses])
    ("Lieferant GmbH", "DE (Karlsruhe)", "supplier of glass bottles, tins and dosing closures",
     ["Stefan Maier <s.maier@lieferant-gmbh.de> (key account)", "Petra Lang <p.lang@lieferant-gmbh.de> (accounting)",
      "Buchhaltung <rechnungen@lieferant-gmbh.de> (ERP invoice mailbox)"], "Exchange Online (M365)"),
    ("Ferretti Trasporti S.p.A.", "IT (Verona)", "road carrier (bulk oil tankers and pallet transport IT-DE)",
     ["Chiara Colombo <c.colombo@ferretti-trasporti.it> (traffic office)", "<amministrazione@ferretti-trasporti.it> (accounting)"],
     "on-premises Exchange 2016 behind mail.ferretti-trasporti.it"),
    ("Partner Logistik sp. z o.o.", "PL (Swarzędz near Poznań)", "logistics partner, warehousing and distribution Poland",
     ["Tadeusz Zieliński <t.zielinski@partner-logistik.pl>", "<ksiegowosc@partner-logistik.pl> (accounting)"], "hosted Postfix (home.pl), Thunderbird/Outlook"),
    ("Oleificio Santa Lucia S.r.l.", "IT (Bitonto, BA)", "olive oil mill, bulk extra virgin olive oil supplier",
     ["Antonio De Santis <a.desantis@oleificiosantalucia.it>", "<amministrazione@oleificiosantalucia.it>"], "Aruba hosting, Outlook"),
    ("Aceites Sierra Mágina S.C.A.", "ES (Jaén)", "olive oil cooperative, bulk supplier",
     ["Carmen Ruiz <carmen.ruiz@sierramagina.es>", "<administracion@sierramagina.es>"], "hosted Postfix, Outlook"),
    ("Transportes Hermanos Navarro S.L.", "ES (Linares)", "road carrier ES-DE",
     ["Lucía Navarro <lucia.navarro@transportesnavarro.es>", "<trafico@transportesnavarro.es>"], "hosted Postfix, Thunderbird"),
    ("Ελαιουργική Μεσσηνίας Α.Ε. (Elaiourgiki Messinias S.A.)", "GR (Kalamata)", "olive oil mill and bulk supplier",
     ["Νίκος Γεωργίου <n.georgiou@elaiourgiki-messinias.gr>"], "hosted Postfix (Plesk), Outlook"),
    ("Μεταφορές Δημητρίου (Dimitriou Transport)", "GR (Messini)", "one-man haulier, on consumer mail",
     ["Κώστας Δημητρίου <kdimitriou@otenet.gr>"], "otenet.gr, Outlook"),
    ("Σούπερ Μάρκετ Αφοί Καραγιάννη Α.Ε.", "GR (Patras)", "supermarket chain, customer",
     ["Μαρία Αντωνίου <m.antoniou@karagiannis-sm.gr>"], "Exchange Online (M365)"),
    ("ООО «БалтТрансЛогистик» (BaltTransLogistic LLC)", "RU (Saint Petersburg)", "carrier / customs forwarder",
     ["Дмитрий Кузнецов <d.kuznetsov@balttranslog.ru>", "Бухгалтерия <buh@balttranslog.ru>"], "Yandex 360 for business"),
    ("ООО «СредиземноморьеТорг» (Mediterranean Trade LLC)", "RU (Saint Petersburg)", "distributor, customer",
     ["Ирина Волкова <i.volkova@medtorg-spb.ru>"], "hosted Postfix, Thunderbird"),
    ("Сергей Петров (restaurant owner)", "RU (Saint Petersburg)", "HoReCa customer on consumer mail",
     ["Сергей Петров <s.petrov.spb@yandex.ru>"], "Yandex Mail"),
    ("Harrow & Finch Fine Foods Ltd", "UK (London)", "delicatessen importer, customer",
     ["Emma Clarke <emma.clarke@harrowfinch.co.uk>"], "Exchange Online (M365)"),
    ("Trattoria Da Nino", "IT (Napoli)", "restaurant, customer on consumer mail",
     ["Nino Esposito <nino.esposito@libero.it>"], "Libero Mail (Italiaonline)"),
    ("Delikatesy Smaczek s.c.", "PL (Kraków)", "delicatessen chain, customer",
     ["Katarzyna Lis <zamowienia@smaczek.com.pl>"], "hosted Postfix, Thunderbird"),
    ("Steuerberatung Hartmann & Partner mbB", "DE (Mannheim)", "tax advisor and payroll bureau",
     ["Jens Hartmann <j.hartmann@hartmann-stb.de>", "Lohnbüro <lohn@hartmann-stb.de>"], "Exchange Online (M365)"),
    ("Etikettendruck Uwe Scholz", "DE (Weinheim)", "label printer (sole trader) on consumer mail",
     ["Uwe Scholz <uwe.scholz@gmx.de>"], "GMX FreeMail"),
    ("Nordcert Lebensmittel GmbH", "DE (Bremen)", "certification body (IFS Food audits)",
     ["Dr. Bernd Albrecht <b.albrecht@nordcert-food.de>"], "Exchange Online (M365)"),
    ("Frantoi Oggi (newsletter)", "IT", "olive oil trade newsletter (subscribed)", ["<newsletter@frantoioggi.it>"], "Mailchimp"),
    ("Oleo Mercados (newsletter)", "ES", "olive oil market prices newsletter (subscribed)", ["<boletin@oleomercados.es>"], "Brevo"),
]
