"""Example Group: offices, staff, correspondents, own bank accounts."""
from . import numbers as N

COMPANY = {
    "name": "Example Group",
    "legal": "Example Group AG",
    "domains": ["example.com", "examplegroup.eu"],
    "trade": "elevator and escalator installation, modernisation and maintenance",
    "mailboxes": "about 700",
}

OFFICES = {
    "DE": ("Düsseldorf (HQ)", "Example Group AG, Kaistraße 18, 40221 Düsseldorf, Germany"),
    "IT": ("Milano", "Example Group Italia S.r.l., Via Giovanni da Udine 34, 20156 Milano"),
    "PL": ("Wrocław", "Example Group Polska sp. z o.o., ul. Legnicka 57, 54-203 Wrocław"),
    "ES": ("Madrid", "Example Group Elevación S.L., Calle de Albasanz 16, 28037 Madrid"),
    "GR": ("Athens", "Example Group Hellas Μ.Α.Ε., Λεωφ. Κηφισίας 124, 115 26 Αθήνα"),
    "UK": ("Manchester", "Example Group UK Ltd, 3 Hardman Street, Manchester M3 3HF"),
    "RU": ("Moscow", "ООО «Экзампл Груп Рус», ул. Лесная 43, 127055 Москва"),
}

# key: (display name, address, office, role)
STAFF = {
    "ceo": ("Klaus Böhmer", "klaus.boehmer@example.com", "DE", "Chief Executive Officer"),
    "cfo": ("Sabine Weiß", "sabine.weiss@example.com", "DE", "Chief Financial Officer"),
    "ap": ("Jürgen Krüger", "juergen.krueger@example.com", "DE", "Accounts payable (Kreditorenbuchhaltung)"),
    "hr": ("Monika Schäfer", "monika.schaefer@example.com", "DE", "HR / payroll (Personal & Lohn)"),
    "ithead": ("Thomas Richter", "thomas.richter@example.com", "DE", "Head of IT"),
    "itsec": ("Lena Vogt", "lena.vogt@example.com", "DE", "IT security / mail administrator"),
    "helpdesk": ("Tobias Wagner", "tobias.wagner@example.com", "DE", "IT service desk"),
    "assist": ("Anja Hoffmann", "anja.hoffmann@example.com", "DE", "Assistant to the CEO"),
    "proc": ("Markus Köhler", "markus.koehler@example.com", "DE", "Procurement (Einkauf)"),
    "sales_de": ("Frank Neumann", "frank.neumann@example.com", "DE", "Sales, new installations"),
    "service": ("Stefanie Groß", "stefanie.gross@example.com", "DE", "Head of service & maintenance"),
    "it_mgr": ("Alessandro Rinaldi", "alessandro.rinaldi@examplegroup.eu", "IT", "Office manager Italy"),
    "it_acc": ("Francesca Gallo", "francesca.gallo@example.com", "IT", "Accountant Italy"),
    "pl_mgr": ("Krzysztof Wójcik", "krzysztof.wojcik@example.com", "PL", "Office manager Poland"),
    "pl_acc": ("Małgorzata Błaszczyk", "malgorzata.blaszczyk@example.com", "PL", "Accountant Poland"),
    "pl_svc": ("Łukasz Dąbrowski", "lukasz.dabrowski@example.com", "PL", "Service coordinator Poland"),
    "es_mgr": ("José Martínez", "jose.martinez@examplegroup.eu", "ES", "Office manager Spain"),
    "es_acc": ("María Fernández", "maria.fernandez@example.com", "ES", "Accountant / payroll Spain"),
    "es_svc": ("Carmen López", "carmen.lopez@example.com", "ES", "Service coordinator Spain"),
    "gr_mgr": ("Giorgos Papadopoulos", "giorgos.papadopoulos@example.com", "GR", "Office manager Greece"),
    "gr_acc": ("Eleni Konstantinou", "eleni.konstantinou@example.com", "GR", "Accountant Greece"),
    "uk_mgr": ("James Whitfield", "james.whitfield@example.com", "UK", "Office manager UK"),
    "uk_acc": ("Priya Sharma", "priya.sharma@example.com", "UK", "Accountant UK"),
    "uk_sales": ("Oliver Bennett", "oliver.bennett@example.com", "UK", "Sales UK"),
    "ru_mgr": ("Dmitry Sokolov", "dmitry.sokolov@examplegroup.eu", "RU", "Office manager Russia"),
    "ru_acc": ("Olga Morozova", "olga.morozova@example.com", "RU", "Chief accountant Russia"),
}


def S(key):
    n, a, _, _ = STAFF[key]
    return (n, a)


def A(key):
    return STAFF[key][1]


# Correspondents: key -> (organisation, country, [(name, address)], note)
CORR = {
    "lieferant": ("Lieferant GmbH", "DE",
                  [("Stefan Maier", "s.maier@lieferant-gmbh.de"), ("Petra Lang", "p.lang@lieferant-gmbh.de"),
                   ("Buchhaltung", "rechnungen@lieferant-gmbh.de")],
                  "Supplier of traction drives, ropes, door operators (Microsoft 365)"),
    "ferretti": ("Ferretti Trasporti S.p.A.", "IT",
                 [("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), ("", "amministrazione@ferretti-trasporti.it")],
                 "Road carrier for escalator trusses and machinery (own Exchange)"),
    "partner": ("Partner Logistik sp. z o.o.", "PL",
                [("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), ("", "ksiegowosc@partner-logistik.pl")],
                "Logistics partner, warehouse Wrocław (own Postfix/Roundcube)"),
    "pruef": ("Prüfstelle Rhein ZÜS GmbH", "DE",
              [("Dipl.-Ing. Holger Brandt", "h.brandt@pruefstelle-rhein.de"), ("Prüfberichte", "berichte@pruefstelle-rhein.de")],
              "Approved inspection body (ZÜS) for lift inspections"),
    "web_frank": ("(private) Frank Neumann", "DE", [("Frank Neumann", "frank.neumann78@web.de")],
                  "Employee's private address, known to HR"),
    "lift_journal": ("Lift-Journal (trade magazine)", "DE", [("Lift-Journal Redaktion", "newsletter@lift-journal.de")],
                     "Subscribed newsletter via Mailchimp"),
    "northgate": ("Northgate Property Management Ltd", "UK",
                  [("Sarah Collins", "sarah.collins@northgate-pm.co.uk"), ("Daniel Hughes", "daniel.hughes@northgate-pm.co.uk"),
                   ("Alan Price", "alan.price@northgate-pm.co.uk")],
                  "Customer: shopping centres and office blocks (Microsoft 365)"),
    "harcourt": ("Harcourt & Pike LLP", "UK", [("Rebecca Pike", "rebecca.pike@harcourtpike.co.uk")],
                 "Chartered accountants of the UK subsidiary (Google Workspace)"),
    "russo": ("Studio Amm. Condominiali Russo", "IT", [("Giuseppe Russo", "amm.giuseppe.russo@libero.it")],
              "Customer: condominium administrator (consumer libero.it)"),
    "conti": ("Studio Conti – Consulenti del Lavoro", "IT", [("Dott.ssa Laura Conti", "paghe@studioconti-cdl.it")],
              "Payroll consultant of the Italian subsidiary (Aruba)"),
    "marchetti": ("Studio Legale Marchetti & Associati", "IT", [("Avv. Paolo Marchetti", "p.marchetti@studiolegalemarchetti.it")],
                  "Retained law firm Italy (own Exchange)"),
    "ascensori_oggi": ("Ascensori Oggi (trade newsletter)", "IT", [("Ascensori Oggi", "newsletter@ascensorioggi.it")],
                       "Subscribed newsletter via Brevo"),
    "smsrodmiescie": ("Spółdzielnia Mieszkaniowa „Śródmieście”", "PL",
                      [("Ewa Kamińska", "e.kaminska@sm-srodmiescie.pl")],
                      "Customer: housing cooperative, 41 lifts under contract"),
    "udt": ("Urząd Dozoru Technicznego, Oddział Wrocław", "PL", [("Inspektor Marek Nowicki", "marek.nowicki@udt.gov.pl")],
            "Polish technical inspection authority (regulator)"),
    "wp_lukasz": ("(private) Łukasz Dąbrowski", "PL", [("Łukasz Dąbrowski", "lukasz.dabrowski88@wp.pl")],
                  "Employee's private address"),
    "navarro": ("Gestoría Navarro Asesores", "ES", [("Lucía Navarro", "lnavarro@gestorianavarro.es")],
                "Tax advisor of the Spanish subsidiary"),
    "cablesyguias": ("Cables y Guías del Norte S.L.", "ES", [("Administración", "administracion@cablesyguias.es"), ("Iñaki Etxeberria", "i.etxeberria@cablesyguias.es")],
                     "Supplier of guide rails and steel ropes"),
    "ortega": ("Transportes Hermanos Ortega S.L.", "ES", [("Tráfico", "trafico@transportesortega.es")],
               "Spanish road carrier"),
    "gmail_carmen": ("(private) Carmen López", "ES", [("Carmen López", "carmenlopez.mad@gmail.com")],
                     "Employee's private address"),
    "antoniou": ("Λογιστικό Γραφείο Αντωνίου", "GR", [("Νίκος Αντωνίου", "n.antoniou@otenet.gr")],
                 "External accountant Greece (consumer otenet.gr, Zimbra)"),
    "knossos": ("Knossos Hotels A.E.", "GR", [("Μαρία Δασκαλάκη", "m.daskalaki@knossos-hotels.gr")],
                "Customer: hotel group in Crete (Google Workspace)"),
    "acci": ("Εμπορικό και Βιομηχανικό Επιμελητήριο Αθηνών", "GR", [("Τμήμα Μητρώου", "mitroo@acci.gr")],
             "Athens Chamber of Commerce (membership fee)"),
    "liftkomplekt": ("ООО «ЛифтКомплект»", "RU", [("Наталья Кузнецова", "n.kuznetsova@liftkomplekt.ru"), ("Бухгалтерия", "buh@liftkomplekt.ru")],
                     "Russian supplier of lift spare parts"),
}

# ---- own and correspondents' bank accounts (fixed, valid check digits)
ACCT = {
    "eg_de": N.iban_de("30070010", "612845730"),              # Deutsche Bank Düsseldorf
    "lieferant_old": N.iban_de("37050198", "190427335"),      # Sparkasse KölnBonn
    "lieferant_new": N.iban_de("37040044", "045188201"),      # Commerzbank Köln
    "lieferant_fake": N.iban_lt("32500", "91748206631"),      # Revolut Bank UAB (LT)
    "ceofraud_hu": N.iban_hu("117", "7300", "600000004821951"),  # OTP (HU)
    "payroll_fake": N.iban_de("11010100", "284716530"),       # Solaris SE (neobank)
    "frank_real": N.iban_de("30050110", "104876223"),         # Stadtsparkasse Düsseldorf
    "register_sk": N.iban_sk("1100", "000000", "292847561"),  # Tatra banka (SK)
    "ferretti_real": N.iban_it("03069", "01628", "100000047312"),
    "ferretti_fake": N.iban_it("03268", "22300", "052894716620"),
    "partner_real": N.iban_pl("1020522", "0000610205517391"),
    "partner_fake": N.iban_pl("1140200", "4000330284761193"),
    "sm_pl": N.iban_pl("1240670", "0000111000411887"),
    "eg_pl": N.iban_pl("1050101", "0000009031226471"),
    "cables_real": N.iban_es("0081", "0216", "0006012744"),
    "cables_fake": N.iban_es("1465", "0100", "9217048391"),
    "eg_es": N.iban_es("2100", "2882", "0200184725"),
    "gemi_fake": N.iban_bg("STSA", "9300", "00", "28471930"),
    "acci_gr": N.iban_gr("017", "0172", "0000517009284113"),
    "eg_gr": N.iban_gr("026", "0126", "0000830201447015"),
    "eg_uk": N.iban_gb("NWBK", "010573", "48210937"),
    "eg_it": N.iban_it("05034", "01633", "000000028417"),
}

RU = {
    "sber_bik": "044525225", "sber_corr": "30101810400000000225",
    "vtb_bik": "044525187", "vtb_corr": "30101810700000000187",
    "tbank_bik": "044525974", "tbank_corr": "30101810145250000974",
    "alfa_bik": "044525593", "alfa_corr": "30101810200000000593",
}
RU["lk_old"] = N.ru_account(RU["sber_bik"], "40702810038000148273")
RU["lk_new"] = N.ru_account(RU["vtb_bik"], "40702810100000062947")
RU["lk_fake"] = N.ru_account(RU["tbank_bik"], "40702810810000371594")
RU["lk_inn"] = N.ru_inn10("771548302")
RU["lk_ogrn"] = N.ru_ogrn("116774614729")
RU["fake_inn"] = N.ru_inn10("772841937")
RU["eg_inn"] = N.ru_inn10("770738214")

TAX = {
    "eg_de": N.de_ustid("28417360"),
    "lieferant": N.de_ustid("81220475"),
    "ferretti": "IT" + N.it_piva("0284731015"),
    "eg_it": "IT" + N.it_piva("0976544096"),
    "partner": N.pl_nip("897183256"),
    "eg_pl": N.pl_nip("894312851"),
    "sm": N.pl_nip("896000418"),
    "cables": N.es_cif("B", "9528473"),
    "eg_es": N.es_cif("B", "8847215"),
    "eg_gr": N.gr_afm("80027149"),
    "eg_uk": "GB" + N.gb_vat("2849136"),
    "register_fake": N.de_ustid("30482716"),
}


def staff_lines():
    return ["%s=%s" % (v[0], v[1]) for v in STAFF.values()]
