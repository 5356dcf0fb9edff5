"""Example Group: offices, staff, correspondents and their bank details."""
import util
from util import iban_it, iban_es, iban_pl, make_iban, fmt_iban

COMPANY = "Example Group"
DOMAINS = ["example.com", "examplegroup.eu"]

OFFICES = {
    "Mainz": ("Germany (HQ)", "Example Group GmbH, Rheinallee 88, 55120 Mainz"),
    "Verona": ("Italy", "Example Group Italia S.r.l., Via Sommacampagna 22, 37137 Verona"),
    "Wrocław": ("Poland", "Example Group Polska sp. z o.o., ul. Legnicka 55, 54-203 Wrocław"),
    "Logroño": ("Spain", "Example Group España S.L., Avenida de Portugal 12, 26001 Logroño"),
    "Thessaloniki": ("Greece", "Example Group Hellas M.I.K.E., Leof. Georgikis Scholis 65, 570 01 Thessaloniki"),
    "London": ("United Kingdom", "Example Group UK Ltd, 41 Bermondsey Street, London SE1 3XF"),
    "St Petersburg": ("Russia", "OOO Example Group Rus, Piskarevsky pr. 63, 195273 St Petersburg"),
}

# key, display name (as in the address book), address, office, role, native spelling
STAFF = [
    ("ceo", "Dr. Johannes Körber", "johannes.koerber@example.com", "Mainz", "CEO (Geschäftsführer)", None),
    ("cfo", "Sabine Weiß", "sabine.weiss@example.com", "Mainz", "CFO", None),
    ("ap", "Monika Schäfer", "monika.schaefer@example.com", "Mainz", "Accounts payable (Kreditorenbuchhaltung)", None),
    ("ar", "Jürgen Hoffmann", "juergen.hoffmann@example.com", "Mainz", "Accounts receivable / treasury", None),
    ("hr", "Claudia Müller", "claudia.mueller@example.com", "Mainz", "HR & payroll", None),
    ("it", "Thomas Becker", "thomas.becker@example.com", "Mainz", "Head of IT", None),
    ("sec", "Lena Vogt", "lena.vogt@example.com", "Mainz", "IT security & mail administration", None),
    ("asst", "Anna Krüger", "anna.krueger@example.com", "Mainz", "Assistant to the CEO", None),
    ("proc", "Markus Weber", "markus.weber@example.com", "Mainz", "Procurement (dry goods, bulk wine)", None),
    ("salesde", "Katrin Schulz", "katrin.schulz@example.com", "Mainz", "Sales Germany (key accounts)", None),
    ("export", "Felix Zimmermann", "felix.zimmermann@examplegroup.eu", "Mainz", "Export sales director", None),
    ("log", "Dirk Neumann", "dirk.neumann@example.com", "Mainz", "Logistics & excise (EMCS, customs)", None),
    ("it_mgr", "Marco Bianchi", "marco.bianchi@example.com", "Verona", "Office manager Italy", None),
    ("it_acc", "Giulia Rossi", "giulia.rossi@example.com", "Verona", "Accountant Italy", None),
    ("it_sales", "Alessandro Conti", "alessandro.conti@examplegroup.eu", "Verona", "Sales & bulk-wine buying Italy", None),
    ("pl_mgr", "Paweł Wiśniewski", "pawel.wisniewski@example.com", "Wrocław", "Office manager Poland", None),
    ("pl_acc", "Małgorzata Łukasik", "malgorzata.lukasik@example.com", "Wrocław", "Accountant Poland", None),
    ("es_mgr", "Javier Martínez", "javier.martinez@example.com", "Logroño", "Office manager Spain", None),
    ("es_acc", "Lucía Fernández", "lucia.fernandez@example.com", "Logroño", "Accountant Spain", None),
    ("gr_mgr", "Giorgos Papadopoulos", "giorgos.papadopoulos@examplegroup.eu", "Thessaloniki", "Office manager Greece",
     "Γιώργος Παπαδόπουλος"),
    ("gr_acc", "Eleni Konstantinou", "eleni.konstantinou@example.com", "Thessaloniki", "Accountant Greece",
     "Ελένη Κωνσταντίνου"),
    ("uk_mgr", "James Whitfield", "james.whitfield@example.com", "London", "Office manager UK", None),
    ("uk_acc", "Sarah Collins", "sarah.collins@example.com", "London", "Accountant UK", None),
    ("ru_mgr", "Dmitry Sokolov", "dmitry.sokolov@examplegroup.eu", "St Petersburg", "Office manager Russia",
     "Дмитрий Соколов"),
    ("ru_acc", "Olga Ivanova", "olga.ivanova@example.com", "St Petersburg", "Accountant Russia", "Ольга Иванова"),
]
S = {k: dict(name=n, email=e, office=o, role=ro, native=nat) for k, n, e, o, ro, nat in STAFF}

SHARED_MAILBOXES = ["info@example.com", "rechnungen@example.com (invoice inbox)", "alle@example.com (all staff)",
                    "wroclaw@example.com", "thessaloniki@example.com (office lists)"]

# ---------------------------------------------------------------- bank data
_r = util.rng("company-banks")


def _de(blz):
    return make_iban("DE", blz + util.digits(_r, 10, True))


BANK = {
    # Example Group's own accounts
    "eg_de": _de("55050120"),                       # Sparkasse Mainz
    # Lieferant GmbH: old (Sparkasse Rhein-Nahe) and genuinely new account (Commerzbank Mainz)
    "lief_old": _de("56050180"),
    "lief_new": _de("55040022"),
    # Ferretti Trasporti: Banco BPM Verona
    "ferretti": iban_it("05034", "11701", util.digits(_r, 12)),
    # Partner Logistik: mBank Poznań
    "partner": iban_pl("1140", "200", util.digits(_r, 16)),
    "kessler": _de("51050015"),                     # Nassauische Sparkasse
    "etiketten": _de("55091200"),                  # Volksbank Alzey-Worms
    "cantina": iban_it("08315", "59280", util.digits(_r, 12)),
    "galli": iban_it("03069", "11710", util.digits(_r, 12)),
    "ortega": iban_es("2085", "5610", util.digits(_r, 10)),        # Ibercaja
    "ramirez": iban_es("2100", "2213", util.digits(_r, 10)),        # CaixaBank
    "alexiou": make_iban("GR", "011" + "0218" + util.digits(_r, 16)),   # NBG
    "dimitriou": make_iban("GR", "017" + "0231" + util.digits(_r, 16)),  # Piraeus
    "harrow": make_iban("GB", "BARC" + "203253" + util.digits(_r, 8)),
    # attacker-controlled (money-mule) accounts
    "mule_de": _de("10011001"),                     # online bank, Berlin
    "mule_lt": make_iban("LT", "32500" + util.digits(_r, 11)),
    "mule_it": iban_it("03268", "22300", util.digits(_r, 12)),          # Banca Sella
    "mule_pl": iban_pl("2490", "000", util.digits(_r, 16)),
    "mule_gr": make_iban("GR", "026" + "0112" + util.digits(_r, 16)),
    "mule_es": iban_es("1465", "0100", util.digits(_r, 10)),
    "mule_ie": make_iban("IE", "REVO" + "990036" + util.digits(_r, 8)),
    "mule_be": util.iban_be("967", util.digits(_r, 7)),
    "mule_nl": make_iban("NL", "BUNQ" + util.nl_account(_r)),
    "register": _de("30060601"),                    # fake register "Gewerbeauskunft"
}
BANK["mule_cy"] = make_iban("CY", "005" + "00255" + util.digits(_r, 16))   # Cyprus

# Russia: settlement accounts with valid control keys
RU = {
    "broker": dict(bank="ПАО Сбербанк, Северо-Западный банк", bik="044030653", corr="30101810500000000653",
                   acct=util.ru_settlement("044030653", "40702810" + "0" + "55000" + util.digits(_r, 6)),
                   inn=util.ru_inn10("7810" + util.digits(_r, 5)), kpp="781001001",
                   ogrn=util.ru_ogrn("1157847" + util.digits(_r, 5))),
    "mule": dict(bank="АО «ТБанк»", bik="044525974", corr="30101810145250000974",
                 acct=util.ru_settlement("044525974", "40702810" + "0" + "10000" + util.digits(_r, 6)),
                 inn=util.ru_inn10("7733" + util.digits(_r, 5)), kpp="773301001",
                 ogrn=util.ru_ogrn("1257700" + util.digits(_r, 5))),
    "vinny": dict(bank="АО «Банк Санкт-Петербург»", bik="044030790", corr="30101810900000000790",
                  acct=util.ru_settlement("044030790", "40702810" + "0" + "90000" + util.digits(_r, 6)),
                  inn=util.ru_inn10("7806" + util.digits(_r, 5)), kpp="780601001",
                  ogrn=util.ru_ogrn("1127847" + util.digits(_r, 5))),
}

VAT = {
    "eg_de": util.de_ustid("26418830"),
    "lieferant": util.de_ustid("14922573"),
    "etiketten": util.de_ustid("31175526"),
    "ferretti": "IT" + util.it_piva("0218473023"),
    "cantina": "IT" + util.it_piva("0075812023"),
    "eg_it": "IT" + util.it_piva("0461529023"),
    "partner": "PL" + util.pl_nip("778146923"),
    "eg_pl": "PL" + util.pl_nip("894312877"),
    "ortega": util.es_cif("B", "2614983"),
    "ramirez": util.es_cif("A", "2600417"),
    "dhnorte": util.es_cif("B", "9573312"),
    "eg_es": util.es_cif("B", "2618840"),
    "alexiou": util.gr_afm("09477153"),
    "eg_gr": util.gr_afm("80145226"),
    "harrow": util.gb_vat("2418830"),
}

# ---------------------------------------------------------------- correspondents
# (organisation, country, kind, contacts, domain/mail system)
CORRESPONDENTS = [
    ("Lieferant GmbH", "DE", "Supplier of bottles, closures, cartons (Bad Kreuznach)",
     ["Stefan Maier <s.maier@lieferant-gmbh.de>", "Petra Lang <p.lang@lieferant-gmbh.de>",
      "Buchhaltung <rechnungen@lieferant-gmbh.de>"], "IONOS (mout.kundenserver.de), Outlook 16"),
    ("Ferretti Trasporti S.p.A.", "IT", "Road carrier, temperature-controlled (Sommacampagna VR)",
     ["Chiara Colombo <c.colombo@ferretti-trasporti.it>", "<amministrazione@ferretti-trasporti.it>"],
     "Aruba (smtpcmd*.aruba.it), Outlook 16"),
    ("Partner Logistik sp. z o.o.", "PL", "Logistics partner, excise warehouse Poznań",
     ["Tadeusz Zieliński <t.zielinski@partner-logistik.pl>", "<ksiegowosc@partner-logistik.pl>"],
     "home.pl (IdeaSmtpServer), Thunderbird / Outlook 16"),
    ("Weinhandel Kessler GmbH", "DE", "Customer, wine merchant (Wiesbaden)",
     ["Bernd Kessler <b.kessler@kessler-weinhandel.de>", "Jana Roth <einkauf@kessler-weinhandel.de>"],
     "Strato (smtp.rzone.de), Outlook 16"),
    ("Etikettendruck Rheinhessen GmbH", "DE", "Label printer (Alzey)",
     ["Rechnungsversand <rechnung@etiketten-rheinhessen.de>"], "own Postfix, ERP mailer (XRechnung)"),
    ("Cantina Valdadige Soc. Agr. Coop.", "IT", "Bulk-wine supplier (Ala / Valdadige)",
     ["Roberto Ferri <r.ferri@cantinavaldadige.it>"], "Zimbra on own server"),
    ("Enoteca Il Grappolo", "IT", "Customer, wine shop (Bologna)",
     ["Paola Gentile <enoteca.ilgrappolo@libero.it>"], "libero.it, Windows Live Mail"),
    ("Studio Associato Galli", "IT", "Tax adviser of the Italian office (Verona)",
     ["Dott. Andrea Galli <a.galli@studiogalli.it>"], "Aruba, Outlook 16"),
    ("Delikatesy Smaki Świata", "PL", "Customer, delicatessen (Kraków)",
     ["Agnieszka Nowak <smakiswiata.sklep@wp.pl>"], "wp.pl webmail"),
    ("Transportes Hermanos Ortega S.L.", "ES", "Road carrier (Haro, La Rioja)",
     ["Raúl Ortega <raul@transportesortega.es>", "<administracion@transportesortega.es>"], "Google Workspace"),
    ("Bodegas Ramírez de la Sierra S.A.", "ES", "Winery / supplier (Haro)",
     ["Carmen Ramírez <c.ramirez@bodegasramirez.es>"], "Microsoft 365, DocuSign"),
    ("Distribuciones Hostelería del Norte S.L.", "ES", "Customer, HoReCa distributor (Bilbao)",
     ["Ander Etxeberria <compras@dhnorte.es>"], "cPanel/Exim hosting, Outlook 16"),
    ("Gestoría Ibáñez", "ES", "Payroll agency of the Spanish office (Logroño)",
     ["Marta Ibáñez <nominas@gestoriaibanez.es>"], "cPanel/Exim hosting"),
    ("Κτήμα Αλεξίου (Ktima Alexiou)", "GR", "Winery / supplier (Naoussa)",
     ["Νίκος Αλεξίου <n.alexiou@ktima-alexiou.gr>", "<logistirio@ktima-alexiou.gr>"], "Google Workspace"),
    ("Μεταφορές Δημητρίου (Dimitriou Transport)", "GR", "Road carrier (Thessaloniki)",
     ["Κώστας Δημητρίου <transport.dimitriou@otenet.gr>"], "otenet.gr, Windows Live Mail"),
    ("Λογιστικό Γραφείο Παπαϊωάννου", "GR", "Accountants of the Greek office",
     ["Μαρία Παπαϊωάννου <info@papaioannou-logistiki.gr>"], "cPanel/Exim hosting, Outlook 16"),
    ("Harrow & Finch Wine Merchants Ltd", "UK", "Customer (London)",
     ["Oliver Grant <oliver.grant@harrowfinch.co.uk>", "<accounts@harrowfinch.co.uk>"], "Microsoft 365, DocuSign"),
    ("Thames Gateway Bonded Ltd", "UK", "Bonded warehouse (Tilbury)",
     ["Priya Shah <priya.shah@tgbonded.co.uk>"], "Microsoft 365"),
    ("ООО «Винный Двор» (Vinny Dvor)", "RU", "Customer, importer (St Petersburg)",
     ["Сергей Петров <s.petrov@vinnydvor.ru>", "Наталья Смирнова <buh.vinnydvor@yandex.ru>"],
     "own Postfix server, Outlook 16; accountant on yandex.ru web mail"),
    ("ООО «Балтика Брокер» (Baltika Broker)", "RU", "Customs broker (St Petersburg)",
     ["Андрей Волков <volkov@baltbroker.ru>"], "own Exim server, The Bat!"),
    ("Newsletters / services", "-", "WeinMarkt Fachdienst (Mailchimp), Wine Trade Monitor (Amazon SES), "
     "Microsoft Entra ID, Google, GitHub, Yandex ID, DocuSign", [], "their own infrastructure"),
]
