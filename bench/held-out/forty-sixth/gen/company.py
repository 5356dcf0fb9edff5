"""Example Group: staff, offices, correspondents and their bank / tax data."""
import banking as bk

COMPANY = {
    "name": "Example Group",
    "domains": ["example.com", "examplegroup.eu"],
    "trade": "Textile and fashion manufacturer - workwear, corporate wear and uniforms",
    "mailboxes": "about 700",
}

OFFICES = {
    "DE": ("Mönchengladbach (HQ)", "Example Group GmbH, Gladbacher Straße 210, 41063 Mönchengladbach"),
    "IT": ("Prato", "Example Italia S.r.l., Via Galcianese 118, 59100 Prato"),
    "PL": ("Łódź", "Example Polska sp. z o.o., ul. Piotrkowska 270, 90-361 Łódź"),
    "ES": ("Sabadell", "Example Iberia S.L., Carrer de la Indústria 42, 08202 Sabadell"),
    "GR": ("Thessaloniki", "Example Hellas Μονοπρόσωπη Ε.Π.Ε., Οδός 26ης Οκτωβρίου 64, 546 27 Θεσσαλονίκη"),
    "UK": ("Manchester", "Example Group UK Ltd, 41 Cheetham Hill Road, Manchester M4 4FX"),
    "RU": ("Ivanovo", "ООО «Экзампл Груп Рус», ул. Лежневская 117, 153032 Иваново"),
}


class P:
    def __init__(self, name, addr, office, role, native=None, private=None):
        self.name, self.addr, self.office, self.role = name, addr, office, role
        self.native, self.private = native, private

    @property
    def t(self):
        return (self.name, self.addr)

    @property
    def first(self):
        return self.name.split()[0]


STAFF = [
    P("Matthias Köhler", "matthias.koehler@example.com", "DE", "Geschäftsführer (CEO)"),
    P("Sabine Wöhrle", "sabine.woehrle@example.com", "DE", "CFO, Leiterin Finanzen"),
    P("Jana Becker", "jana.becker@example.com", "DE", "Kreditorenbuchhaltung (accounts payable)", private="jana.becker84@gmx.de"),
    P("Tobias Schröder", "tobias.schroeder@example.com", "DE", "Kreditorenbuchhaltung (accounts payable)"),
    P("Monika Schäfer", "monika.schaefer@example.com", "DE", "Personal & Lohnbuchhaltung (HR / payroll)"),
    P("Markus Ernst", "markus.ernst@example.com", "DE", "Leiter IT (head of IT)"),
    P("Lea Hoffmann", "lea.hoffmann@example.com", "DE", "IT-Sicherheit & Mail-Administration"),
    P("Katrin Vogel", "katrin.vogel@example.com", "DE", "Assistentin der Geschäftsführung"),
    P("Andreas Günther", "andreas.guenther@example.com", "DE", "Einkauf (procurement)"),
    P("Julia Weiß", "julia.weiss@example.com", "DE", "Vertrieb Großkunden (sales)"),
    P("Jörg Baumann", "joerg.baumann@example.com", "DE", "Versand & Logistik"),
    P("Uwe Krämer", "uwe.kraemer@example.com", "DE", "Werksleiter / office manager HQ"),
    P("Birgit Lorenz", "birgit.lorenz@example.com", "DE", "Leiterin Buchhaltung HQ (accountant)"),
    P("Lorenzo Bernardi", "lorenzo.bernardi@example.com", "IT", "Direttore di filiale (office manager)", private="lorenzo.bernardi71@libero.it"),
    P("Francesca Nicolò", "francesca.nicolo@example.com", "IT", "Contabilità (accountant)"),
    P("Paweł Wróbel", "pawel.wrobel@example.com", "PL", "Dyrektor oddziału (office manager)"),
    P("Małgorzata Kałużna", "malgorzata.kaluzna@example.com", "PL", "Główna księgowa (accountant)"),
    P("Agnieszka Dąbrowska", "agnieszka.dabrowska@example.com", "PL", "Sprzedaż (sales)"),
    P("Javier Muñoz", "javier.munoz@examplegroup.eu", "ES", "Director de la delegación (office manager)"),
    P("Lucía Fernández", "lucia.fernandez@examplegroup.eu", "ES", "Contabilidad y administración (accountant)"),
    P("Nikolaos Papadopoulos", "nikolaos.papadopoulos@example.com", "GR", "Διευθυντής (office manager)", native="Νικόλαος Παπαδόπουλος"),
    P("Eleni Georgiou", "eleni.georgiou@example.com", "GR", "Λογιστήριο (accountant)", native="Ελένη Γεωργίου"),
    P("James Whitaker", "james.whitaker@example.com", "UK", "Branch manager (office manager)"),
    P("Priya Shah", "priya.shah@example.com", "UK", "Accounts (accountant)"),
    P("Dmitry Sokolov", "dmitry.sokolov@examplegroup.eu", "RU", "Директор филиала (office manager)", native="Дмитрий Соколов"),
    P("Olga Kuznetsova", "olga.kuznetsova@examplegroup.eu", "RU", "Главный бухгалтер (accountant)", native="Ольга Кузнецова"),
]
S = {p.addr.split("@")[0].split(".")[0] + "_" + p.addr.split("@")[0].split(".")[1]: p for p in STAFF}
# short handles
CEO, CFO = S["matthias_koehler"], S["sabine_woehrle"]
AP1, AP2 = S["jana_becker"], S["tobias_schroeder"]
HR, ITHEAD, ITSEC = S["monika_schaefer"], S["markus_ernst"], S["lea_hoffmann"]
ASSIST, PROC, SALES, LOGI = S["katrin_vogel"], S["andreas_guenther"], S["julia_weiss"], S["joerg_baumann"]
DE_MGR, DE_ACC = S["uwe_kraemer"], S["birgit_lorenz"]
IT_MGR, IT_ACC = S["lorenzo_bernardi"], S["francesca_nicolo"]
PL_MGR, PL_ACC, PL_SALES = S["pawel_wrobel"], S["malgorzata_kaluzna"], S["agnieszka_dabrowska"]
ES_MGR, ES_ACC = S["javier_munoz"], S["lucia_fernandez"]
GR_MGR, GR_ACC = S["nikolaos_papadopoulos"], S["eleni_georgiou"]
UK_MGR, UK_ACC = S["james_whitaker"], S["priya_shah"]
RU_MGR, RU_ACC = S["dmitry_sokolov"], S["olga_kuznetsova"]

SHARED = [
    ("Rechnungseingang", "rechnungseingang@example.com", "AP invoice inbox (DE)"),
    ("IT-Service", "it-service@example.com", "IT helpdesk"),
    ("Mail-Quarantäne", "quarantine@example.com", "gateway quarantine digests"),
]

# ------------------------------------------------------------ bank data
EXAMPLE_DE_IBAN = bk.iban_de00("31050000", "004417285")          # Stadtsparkasse Mönchengladbach
LIEF_OLD_IBAN = bk.iban_de00("32050000", "001208374")            # Sparkasse Krefeld
LIEF_NEW_IBAN = bk.iban_de00("32060362", "402215730")            # Volksbank Krefeld
LIEF_FAKE_IBAN = bk.iban_de00("10011001", "262018443")           # N26 (mule)
PAYROLL_FAKE_IBAN = bk.iban_de00("50010517", "542871036")        # ING (mule)
REGISTER_FAKE_IBAN = bk.iban_de00("10050000", "190377512")       # Berliner Sparkasse
FERRETTI_IBAN = bk.iban_it("03069", "21510", "100000017388")     # Intesa Sanpaolo, Prato
FERRETTI_FAKE_IBAN = bk.iban_lt("32500", "41097265138")          # Revolut LT
COLOMBO_FAKE_NOTE = "Revolut Bank UAB"
PARTNER_OLD_IBAN = bk.iban_pl("1140200", "4000034012774521")     # mBank
PARTNER_NEW_IBAN = bk.iban_pl("1020104", "2000071203958814")     # PKO BP Łódź
PARTNER_FAKE_IBAN = bk.iban_pl("2490001", "8000040129675531")    # Alior (mule)
KRUK_IBAN = bk.iban_pl("1240304", "4111000010392210")
HAFT_IBAN = bk.iban_pl("1090272", "1000000146602837")
PL_REGISTER_FAKE = bk.iban_pl("2530000", "8200100052718390")     # Nest Bank
CREM_IBAN = bk.iban_es("2100", "0812", "0200473516")             # CaixaBank
CREM_FAKE_IBAN = bk.iban_es("1465", "0100", "1934026785")        # ING España (mule)
EXAMPLE_ES_IBAN = bk.iban_es("0081", "0900", "0006004217")       # Banco Sabadell
VAMV_IBAN = bk.iban_gr("017", "0215", "0005215048362")           # Piraeus
DIMITRIOU_IBAN = bk.iban_gr("011", "0228", "00022874419051")     # NBG
GR_FAKE_IBAN = bk.iban_be("967", "4109382")                      # Wise (BE)
EXAMPLE_GR_IBAN = bk.iban_gr("026", "0225", "0000640201833")     # Eurobank
PENNINE_IBAN = bk.iban_gb("MIDL", "401160", "71385520")          # HSBC
LAWYER_FAKE_IBAN = bk.iban_gb("CLRB", "040605", "10284739")      # ClearBank (mule)
EXAMPLE_UK_IBAN = bk.iban_gb("BUKB", "202715", "43910287")       # Barclays
EXAMPLE_IT_IBAN = bk.iban_it("03069", "21500", "100000063512")
ROSSI_IBAN = bk.iban_it("08922", "38070", "000000301277")        # BCC
STUDIO_IBAN = bk.iban_it("05034", "21500", "000000004418")
SOCIETE_FR = bk.iban_fr("30004", "00821", "00010987461")         # used by fake lawyer alt account

# Russia
IVTEX_BIK = "042406608"                                          # Ивановское отделение №8639 ПАО Сбербанк
IVTEX_CORR = "30101810000000000608"
IVTEX_ACC = bk.ru_account(IVTEX_BIK, "40702810X17000004521")
IVTEX_INN = bk.ru_inn10("370201873")
IVTEX_KPP = "370201001"
FAKE_RU_BIK = "044525104"                                        # «Точка» (Moscow)
FAKE_RU_CORR = "30101810745374525104"
FAKE_RU_ACC = bk.ru_account(FAKE_RU_BIK, "40702810X20000318275")
FAKE_RU_INN = bk.ru_inn10("772801564")
EXRUS_ACC = bk.ru_account(IVTEX_BIK, "40702810X17000011893")
EXRUS_INN = bk.ru_inn10("370265190")
VOLKOV_ACC = bk.ru_account("044525974", "40802810X00002871345")  # ИП, T-Bank
VOLKOV_INN12 = "370258174236"

# tax ids
EXAMPLE_USTID = bk.de_ustid("81453927")
LIEF_USTID = bk.de_ustid("12098743")
FERRETTI_PIVA = bk.it_piva("0184321097")
ROSSI_PIVA = bk.it_piva("0238710974")
EXAMPLE_IT_PIVA = bk.it_piva("0241578097")
PARTNER_NIP = bk.pl_nip("732218904")
EXAMPLE_PL_NIP = bk.pl_nip("727286450")
KRUK_NIP = bk.pl_nip("525237718")
CREM_CIF = bk.es_cif("A", "0812745")
LIMP_CIF = bk.es_cif("B", "9684213")
EXAMPLE_ES_CIF = bk.es_cif("B", "6630482")
VAMV_AFM = bk.gr_afm("09421753")
DIMITRIOU_AFM = bk.gr_afm("12083795")
EXAMPLE_GR_AFM = bk.gr_afm("80127345")

CORRESPONDENTS = [
    # org, country, contacts, role, infrastructure
    ("Lieferant GmbH, Krefeld", "DE", "Stefan Maier <s.maier@lieferant-gmbh.de>; Petra Lang <p.lang@lieferant-gmbh.de>; Buchhaltung <rechnungen@lieferant-gmbh.de>",
     "supplier: workwear fabrics (PES/CO twill, hi-vis, FR fabrics), trims", "IONOS, Outlook 16; invoices from the ERP (proALPHA) via IONOS"),
    ("Ferretti Trasporti S.p.A., Campi Bisenzio", "IT", "Chiara Colombo <c.colombo@ferretti-trasporti.it>; Amministrazione <amministrazione@ferretti-trasporti.it>",
     "road carrier Prato <-> Mönchengladbach / Łódź (FTL/LTL)", "Aruba hosting, Outlook 16"),
    ("Partner Logistik sp. z o.o., Stryków", "PL", "Tadeusz Zieliński <t.zielinski@partner-logistik.pl>; Księgowość <ksiegowosc@partner-logistik.pl>",
     "3PL: warehouse Stryków, distribution Poland/Baltics", "Microsoft 365 (Exchange Online, SharePoint)"),
    ("Lanificio Valbisenzio S.r.l., Prato", "IT", "Marco Rinaldi <m.rinaldi@lanificio-valbisenzio.it>", "supplier: wool-blend suiting for uniforms", "Aruba, Thunderbird"),
    ("Confezioni Rossi di Lucia Rossi, Montemurlo", "IT", "Lucia Rossi <confezioni.rossi@libero.it>", "CMT sewing subcontractor", "libero.it webmail"),
    ("Studio Bertini Commercialisti, Prato", "IT", "Dott. Paolo Bertini <studio@bertinicommercialisti.it>", "external tax adviser of Example Italia", "Aruba, Outlook 16"),
    ("Spedition Hansen GmbH & Co. KG, Neuss", "DE", "Melanie Kurz <m.kurz@spedition-hansen.de>; Zollabteilung <zoll@spedition-hansen.de>", "carrier and customs broker (imports from Asia)", "own Exchange 2019"),
    ("Textil-Netzwerk NRW e.V.", "DE", "newsletter@textilnetzwerk-nrw.de", "trade association newsletter", "Brevo"),
    ("Pennine Facilities Services Ltd, Bolton", "UK", "Sarah Holt <sarah.holt@penninefs.co.uk>; Accounts Payable <ap@penninefs.co.uk>", "customer: facility services (hi-vis, polo shirts, fleeces)", "Microsoft 365 (UK), DocuSign"),
    ("Workwear Buyer Weekly", "UK", "news@workwearbuyerweekly.co.uk", "trade newsletter (subscribed)", "Mailchimp"),
    ("Ochrona Kruk sp. z o.o., Warszawa", "PL", "Krzysztof Nowak <k.nowak@ochrona-kruk.pl>", "customer: security company (guard uniforms)", "home.pl hosting, Outlook 16"),
    ("Haft-Mar Marek Kowalczyk, Zgierz", "PL", "Marek Kowalczyk <marek.kowalczyk76@wp.pl>", "embroidery subcontractor (one-man business)", "wp.pl webmail"),
    ("Cremalleras Vallès S.A., Sabadell", "ES", "Montserrat Puig <m.puig@cremalleras-valles.es>; Administració <administracion@cremalleras-valles.es>", "supplier: zips, press studs, buttons", "Google Workspace"),
    ("Servicios de Limpieza Levante S.L., Valencia", "ES", "Rosa Martínez <compras@limpiezas-levante.es>", "customer: cleaning company (tunics, trousers)", "Microsoft 365"),
    ("Font Assessors, Sabadell", "ES", "Jordi Font <jordi.font@fontassessors.com>", "external gestoría / tax adviser", "hosting (Postfix), Thunderbird"),
    ("Clúster Tèxtil del Vallès", "ES", "butlleti@clustertextilvalles.cat", "regional textile cluster newsletter", "SendGrid"),
    ("Βαμβακουργία Μακεδονίας Α.Ε., Νάουσα", "GR", "Γιώργος Αντωνίου <g.antoniou@vamvakourgia.gr>", "supplier: cotton drill / canvas", "own domain at Greek hoster (Postfix), Outlook 16"),
    ("Κεντήματα Δημητρίου, Θεσσαλονίκη", "GR", "Κώστας Δημητρίου <kdimitriou@otenet.gr>", "embroidery / logo subcontractor", "otenet.gr (Cosmote) mail, Outlook 16"),
    ("Λογιστικό Γραφείο Καραγιάννη, Θεσσαλονίκη", "GR", "Μαρία Καραγιάννη <m.karagianni@karagianni-logistiki.gr>", "external accountant of Example Hellas", "hosting (Postfix), Thunderbird"),
    ("ООО «ИвТекс», Иваново", "RU", "Ирина Смирнова <i.smirnova@ivtex.ru>", "supplier: cotton and mixed fabrics", "Yandex 360 for business"),
    ("ИП Волков С. А., Иваново", "RU", "Сергей Волков <volkov.sergey.tk@yandex.ru>", "road carrier (sole trader)", "yandex.ru"),
    ("Microsoft / Google / GitHub / Yandex / DocuSign", "-", "service senders", "genuine account and e-signature notifications", "their own infrastructure"),
]


def staff_txt():
    return "".join("%s=%s\n" % (p.name, p.addr) for p in STAFF)
