"""Example Group (meat processing), its staff, its correspondents."""

import random

import ids
import infra


def _r(tag):
    return random.Random("company:" + tag)


# ------------------------------------------------------------ entities ----

ENT = {}


def _mk():
    r = _r("de")
    ENT["DE"] = dict(
        name="Example Fleischwerke GmbH", short="Example Group (HQ)",
        street="Falkenrotter Straße 90", city="49377 Vechta", country="Germany",
        vat=ids.gen_de_ustid(r), register="Amtsgericht Oldenburg, HRB 215834",
        phone="+49 4441 9270-0", taxno="68/206/01937",
        bank="Nordwest Handelsbank AG", bic="NWHBDE2OXXX",
        iban=ids.gen_iban(r, "DE", bank="28050310"),
        vet="DE NI 10441 EG", role="Headquarters; slaughtering, cutting, processing (pork, beef)")
    r = _r("it")
    ENT["IT"] = dict(
        name="Example Carni Italia S.r.l.", short="Parma office",
        street="Strada Traversante San Leonardo 17", city="43122 Parma (PR)",
        country="Italy", vat="IT" + ids.gen_it_piva(r, "034"),
        register="REA PR-298411", sdi="M5UXCR1", pec="examplecarni@legalmail.it",
        phone="+39 0521 180 4410", bank="Crédit Agricole Italia",
        iban=ids.gen_iban(r, "IT", bank="06230", branch="12700"),
        role="Sales of fresh pork legs to Italian curers (non-PDO prosciutto crudo, speck, coppa); import desk")
    r = _r("pl")
    nip = ids.gen_pl_nip(r, "782")
    ENT["PL"] = dict(
        name="Example Polska sp. z o.o.", short="Poznań office",
        street="ul. Obornicka 229", city="60-650 Poznań", country="Poland",
        vat="PL" + nip, nip=nip, regon=ids.gen_pl_regon(r, "38"),
        register="KRS 0000812345, Sąd Rejonowy Poznań – Nowe Miasto i Wilda",
        phone="+48 61 658 20 40", bank="mBank S.A.",
        iban=ids.gen_iban(r, "PL", bank="11402004"),
        role="Purchasing of live pigs and carcasses in Wielkopolska; sales PL")
    r = _r("es")
    ENT["ES"] = dict(
        name="Example Cárnica Ibérica S.L.", short="Vic office",
        street="Polígon Industrial Mas Beuló, C/ de la Indústria 14",
        city="08500 Vic (Barcelona)", country="Spain",
        vat="ES" + ids.gen_es_cif(r, "B", "66"),
        register="Registro Mercantil de Barcelona, Tomo 47812, Folio 88, Hoja B-561204",
        phone="+34 938 86 41 20", bank="Banco Sabadell",
        iban=ids.gen_iban(r, "ES", bank="0081", branch="0157"),
        role="Purchasing of pork from Catalan slaughterhouses; sales ES")
    r = _r("gr")
    afm = ids.gen_gr_afm(r, "8")
    ENT["GR"] = dict(
        name="Example Hellas Μονοπρόσωπη Ι.Κ.Ε.", name_lat="Example Hellas Single Member P.C.",
        short="Thessaloniki office",
        street="ΒΙ.ΠΕ. Σίνδου, Οδός Δ7, Ο.Τ. 31", city="570 22 Σίνδος, Θεσσαλονίκη",
        country="Greece", vat="EL" + afm, afm=afm, doy="ΚΕΦΟΔΕ Κεντρικής Μακεδονίας",
        register="Γ.Ε.ΜΗ. 161482906000", phone="+30 2310 798 560",
        bank="Eurobank", iban=ids.gen_iban(r, "GR", bank="026", branch="0218"),
        role="Sales of fresh and frozen pork to Greek distributors")
    r = _r("gb")
    ENT["UK"] = dict(
        name="Example Foods UK Ltd", short="Hull office",
        street="Unit 7, Sutton Fields Industrial Estate", city="Hull HU7 0YT",
        country="United Kingdom", vat=ids.gen_gb_vat(r), company_no="12834567",
        register="Registered in England and Wales, company no. 12834567",
        phone="+44 1482 389 200", bank="NatWest", sort="60-12-18",
        iban=ids.gen_iban(r, "GB", bank="NWBK", branch="601218"),
        role="Sales to UK retail; import clearance (BCP Hull)")
    r = _r("ru")
    bik = "044525593"
    ENT["RU"] = dict(
        name="ООО «Экзампл Рус»", name_lat="Example Rus LLC", short="Moscow office",
        street="ул. Угрешская, д. 2, стр. 147", city="115088, г. Москва",
        country="Russia", inn=ids.gen_ru_inn10(r, "77"), kpp="772301001",
        ogrn=ids.gen_ru_ogrn(r, "19", "77"), phone="+7 495 128-40-62",
        bank="АО «Альфа-Банк»", bik=bik, rs=ids.gen_ru_account(r, bik),
        ks=ids.ru_corr_account(bik),
        role="Local entity for Russia/EAEU: trade in natural casings and spice blends (no meat exports; EU and Russian restrictions apply)")


_mk()

# --------------------------------------------------------------- staff ----
# (display name, address, office, role)
STAFF = [
    ("Klaus Brinkmann", "klaus.brinkmann@example.com", "DE", "Chief Executive Officer (Geschäftsführer)"),
    ("Dr. Annette Vogelsang", "annette.vogelsang@example.com", "DE", "Chief Financial Officer"),
    ("Sabine Kröger", "sabine.kroeger@example.com", "DE", "Accounts payable (Kreditorenbuchhaltung)"),
    ("Jana Wübbolding", "jana.wuebbolding@example.com", "DE", "HR & payroll (Personal/Lohn)"),
    ("Thorsten Meyer", "thorsten.meyer@example.com", "DE", "Head of IT"),
    ("Lukas Hoffmann", "lukas.hoffmann@example.com", "DE", "IT security & mail administrator"),
    ("Birgit Niemann", "birgit.niemann@example.com", "DE", "Assistant to the CEO"),
    ("Markus Rolfes", "markus.rolfes@example.com", "DE", "Procurement – livestock, casings, packaging"),
    ("Sandra Tebbe", "sandra.tebbe@example.com", "DE", "Head of sales (retail & industry)"),
    ("Dr. Henrik Lampe", "henrik.lampe@example.com", "DE", "Quality assurance & veterinary affairs (QS/IFS)"),
    ("Frank Bösing", "frank.boesing@example.com", "DE", "Production manager (slaughter & cutting)"),
    ("Mehmet Yıldız", "mehmet.yildiz@example.com", "DE", "Dispatch & cold-chain logistics"),
    ("Katharina Berndt", "katharina.berndt@examplegroup.eu", "DE", "Group export sales manager"),
    ("Tobias Heitmann", "tobias.heitmann@examplegroup.eu", "DE", "Group controlling & treasury"),
    ("Giulia Ferraro", "giulia.ferraro@example.com", "IT", "Office manager Italy"),
    ("Marco Bertolini", "marco.bertolini@example.com", "IT", "Accountant Italy"),
    ("Agnieszka Wiśniewska", "agnieszka.wisniewska@example.com", "PL", "Office manager Poland"),
    ("Piotr Kowalczyk", "piotr.kowalczyk@example.com", "PL", "Accountant Poland"),
    ("Montserrat Puig", "montserrat.puig@example.com", "ES", "Office manager Spain"),
    ("Javier Ortega", "javier.ortega@example.com", "ES", "Accountant Spain"),
    ("Eleni Papadopoulou", "eleni.papadopoulou@example.com", "GR", "Office manager Greece"),
    ("Georgios Katsaros", "georgios.katsaros@example.com", "GR", "Accountant Greece"),
    ("Rachel Whitfield", "rachel.whitfield@example.com", "UK", "Office manager United Kingdom"),
    ("Daniel Hughes", "daniel.hughes@example.com", "UK", "Accountant United Kingdom"),
    ("Olga Smirnova", "olga.smirnova@example.com", "RU", "Office manager Russia"),
    ("Dmitry Volkov", "dmitry.volkov@example.com", "RU", "Accountant Russia"),
    ("Stefanie Lübbe", "stefanie.luebbe@example.com", "DE", "Payroll clerk (Lohnbuchhaltung)"),
    ("Jörg Wienken", "joerg.wienken@example.com", "DE", "Shift supervisor cutting plant (Zerlegung)"),
]

_BY = {s[1].split("@")[0]: s for s in STAFF}


def P(key):
    """P('sabine.kroeger') -> (name, address)."""
    s = _BY[key]
    return s[0], s[1]


def staff_txt():
    return "".join("%s=%s\n" % (s[0], s[1]) for s in STAFF)


# ------------------------------------------------------- correspondents ---

def _ten(tag, domain):
    return infra.M365Tenant(random.Random("tenant:" + tag), domain)


TEN = {
    "ferretti": _ten("ferretti", "ferretti-trasporti.it"),
    "harlow": _ten("harlow", "harlowfinch.co.uk"),
    "brandt": _ten("brandt", "brandt-kollegen.de"),
    "almenara": _ten("almenara", "supermercadosalmenara.es"),
}

_rl = _r("lieferant")
_rf = _r("ferretti")
_rp = _r("partner")
_rv = _r("valles")
_rm = _r("makedonia")
_rs = _r("smakosz")
_rd = _r("dvor")
_rh = _r("harlow")
_rsv = _r("valdenza")

CORR = {
    "lieferant": dict(
        org="Lieferant GmbH", country="DE", domain="lieferant-gmbh.de",
        street="Hafenweg 31", city="48155 Münster",
        vat=ids.gen_de_ustid(_rl), register="Amtsgericht Münster HRB 14477",
        phone="+49 251 609 33-0",
        iban=ids.gen_iban(_rl, "DE", bank="40050150"), bic="WELADED1MST",
        bank="Sparkasse Münsterland Ost",
        iban_new=ids.gen_iban(_rl, "DE", bank="40361906"), bic_new="GENODEM1MNO",
        bank_new="Volksbank Münsterland Nord eG",
        relation="Supplier of natural casings, spice blends, curing agents and vacuum packaging film",
        mail="Own Postfix relay mail.lieferant-gmbh.de [203.0.113.25] (amavis, DKIM s=mail2024); Thunderbird clients; ERP (Sage 100) invoices from rechnungen@",
        people=[("Stefan Maier", "s.maier@lieferant-gmbh.de", "Key account / Vertrieb"),
                ("Petra Lang", "p.lang@lieferant-gmbh.de", "Innendienst / order desk"),
                ("Buchhaltung", "rechnungen@lieferant-gmbh.de", "Accounts receivable")],
        relay=("mail.lieferant-gmbh.de", "203.0.113.25")),
    "ferretti": dict(
        org="Ferretti Trasporti S.p.A.", country="IT", domain="ferretti-trasporti.it",
        street="Via dell'Industria 48", city="42124 Reggio Emilia (RE)",
        vat="IT" + ids.gen_it_piva(_rf, "035"), pec="ferrettitrasporti@legalmail.it",
        phone="+39 0522 934 711",
        iban=ids.gen_iban(_rf, "IT", bank="05034", branch="12800"),
        bank="Banco BPM", bic="BAPPIT21R28",
        relation="Refrigerated road carrier (Vechta – Parma – Verona chilled pork, frozen to the south)",
        mail="Microsoft 365 (tenant ferrettitrasporti.onmicrosoft.com, DKIM selector1/2); PEC via Legalmail (InfoCert)",
        people=[("Chiara Colombo", "c.colombo@ferretti-trasporti.it", "Traffic planner / customer service"),
                ("Amministrazione", "amministrazione@ferretti-trasporti.it", "Accounting")]),
    "partner": dict(
        org="Partner Logistik sp. z o.o.", country="PL", domain="partner-logistik.pl",
        street="ul. Składowa 12", city="62-080 Tarnowo Podgórne",
        nip=ids.gen_pl_nip(_rp, "777"), phone="+48 61 896 44 10",
        iban=ids.gen_iban(_rp, "PL", bank="10205561"), bank="PKO Bank Polski",
        relation="Cold-storage and cross-dock logistics partner near Poznań; trucking PL–DE",
        mail="home.pl shared hosting (cloudserver relays, IdeaSmtpServer, DKIM d=partner-logistik.pl s=default)",
        people=[("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl", "Managing director / dispatch"),
                ("Księgowość", "ksiegowosc@partner-logistik.pl", "Accounting")],
        relay=("cloudserver094117.home.pl", "79.96.170.117")),
    "harlow": dict(
        org="Harlow & Finch Retail Ltd", country="UK", domain="harlowfinch.co.uk",
        street="Finch House, 2 Ferriby Road", city="Hessle HU13 0PA",
        vat=ids.gen_gb_vat(_rh), phone="+44 1482 640 500",
        relation="Customer: regional supermarket chain (fresh pork, bacon, sausages); tenders via SAP Ariba",
        mail="Microsoft 365 behind Mimecast (eu-smtp-delivery-*.mimecast.com, DKIM d=harlowfinch.co.uk s=mimecast20240215); SAP Ariba for sourcing events; AP system remittances",
        people=[("Oliver Pritchard", "oliver.pritchard@harlowfinch.co.uk", "Category buyer – fresh meat"),
                ("Accounts Payable", "accounts.payable@harlowfinch.co.uk", "AP queries"),
                ("Harlow & Finch Accounts Payable", "ap-noreply@harlowfinch.co.uk", "SAP remittance advices")]),
    "valles": dict(
        org="Cárnicas Vallès S.L.", country="ES", domain="carnicasvalles.es",
        street="Carretera de Manlleu, km 3,2", city="08560 Manlleu (Barcelona)",
        vat="ES" + ids.gen_es_cif(_rv, "B", "62"), phone="+34 938 51 22 70",
        iban=ids.gen_iban(_rv, "ES", bank="2100", branch="0214"), bank="CaixaBank",
        relation="Supplier: Catalan slaughterhouse, pork carcasses and cuts for the Vic office",
        mail="Google Workspace (DKIM d=carnicasvalles.es s=google); invoices from facturacion@ via Gmail; Google Drive shares",
        people=[("Núria Serra", "nuria.serra@carnicasvalles.es", "Sales / export"),
                ("Facturación", "facturacion@carnicasvalles.es", "Invoicing")]),
    "almenara": dict(
        org="Supermercados Almenara S.A.", country="ES", domain="supermercadosalmenara.es",
        street="Avinguda del Vallès 402", city="08227 Terrassa (Barcelona)",
        vat="ES" + ids.gen_es_cif(_r("alm"), "A", "08"), phone="+34 937 36 11 00",
        relation="Customer: Catalan supermarket chain (fresh pork cuts, embutidos)",
        mail="Microsoft 365 (DKIM selector1); contracts via Adobe Acrobat Sign",
        people=[("Laia Bosch", "laia.bosch@supermercadosalmenara.es", "Compras frescos")]),
    "makedonia": dict(
        org="Μακεδονία Τρόφιμα Α.Ε. (Makedonia Trofima S.A.)", country="GR", domain="makedonia-trofima.gr",
        street="Οδός Σίνδου 14", city="561 23 Αμπελόκηποι, Θεσσαλονίκη",
        afm=ids.gen_gr_afm(_rm, "0"), phone="+30 2310 722 410",
        iban=ids.gen_iban(_rm, "GR", bank="017", branch="0230"), bank="Τράπεζα Πειραιώς",
        relation="Customer: northern-Greek food distributor (pork cuts for souvlaki/gyros producers)",
        mail="Own Postfix on a Greek hosting server mail.makedonia-trofima.gr [198.51.100.44] (Plesk), Outlook clients, DKIM s=default",
        people=[("Δημήτρης Αλεξίου (Dimitris Alexiou)", "d.alexiou@makedonia-trofima.gr", "Purchasing manager"),
                ("Λογιστήριο", "logistirio@makedonia-trofima.gr", "Accounts")],
        relay=("mail.makedonia-trofima.gr", "198.51.100.44")),
    "valdenza": dict(
        org="Salumificio Val d'Enza S.r.l.", country="IT", domain="salumificiovaldenza.it",
        street="Via Val d'Enza Nord 122", city="42027 Montecchio Emilia (RE)",
        vat="IT" + ids.gen_it_piva(_rsv, "035"), phone="+39 0522 864 390",
        relation="Customer: ham curer buying heavy fresh pork legs (cosce) for non-PDO prosciutto crudo and speck",
        mail="Aruba hosting (smtpcmd*.aruba.it, 'Aruba Outgoing Smtp', DKIM d=salumificiovaldenza.it s=a1)",
        people=[("Roberta Gialdi", "acquisti@salumificiovaldenza.it", "Purchasing"),
                ("Luca Barilli", "l.barilli@salumificiovaldenza.it", "Owner")]),
    "smakosz": dict(
        org="Delikatesy Smakosz sp. z o.o.", country="PL", domain="smakosz-delikatesy.pl",
        street="ul. Hetmańska 91", city="60-218 Poznań",
        nip=ids.gen_pl_nip(_rs, "779"), phone="+48 61 667 31 00",
        relation="Customer: Wielkopolska delicatessen chain (pork, cold cuts)",
        mail="Google Workspace (DKIM d=smakosz-delikatesy.pl s=google)",
        people=[("Marta Nowicka", "m.nowicka@smakosz-delikatesy.pl", "Kierownik zakupów")]),
    "dvor": dict(
        org="ООО «Мясной Двор» (Myasnoy Dvor LLC)", country="RU", domain="myasnoydvor.ru",
        street="ул. Складочная, д. 1, стр. 18", city="127018, г. Москва",
        inn=ids.gen_ru_inn10(_rd, "77"), kpp="771501001",
        relation="Customer of the Moscow office: distributor buying natural casings and spice blends",
        mail="Yandex 360 for business (forward*.mail.yandex.net, DKIM d=myasnoydvor.ru s=mail); some staff use The Bat!",
        people=[("Ирина Кузнецова (Irina Kuznetsova)", "i.kuznetsova@myasnoydvor.ru", "Chief accountant"),
                ("Сергей Лебедев (Sergey Lebedev)", "s.lebedev@myasnoydvor.ru", "Logistics / veterinary documents")]),
    "nwhb": dict(
        org="Nordwest Handelsbank AG", country="DE", domain="nordwesthandelsbank.de",
        street="Theaterwall 12", city="26122 Oldenburg",
        relation="House bank of the HQ (business online banking 'NWHB Business', electronic mailbox)",
        mail="Own relay mx-out2.nordwesthandelsbank.de [192.0.2.40], DKIM s=nwhb2026, DMARC p=reject; never sends links to log in",
        people=[("NWHB Business", "service@nordwesthandelsbank.de", "Notifications"),
                ("Firmenkundenbetreuer Jens Ahlers", "jens.ahlers@nordwesthandelsbank.de", "Relationship manager")],
        relay=("mx-out2.nordwesthandelsbank.de", "192.0.2.40")),
    "brandt": dict(
        org="Brandt & Kollegen Steuerberatungsgesellschaft mbH", country="DE", domain="brandt-kollegen.de",
        street="Große Straße 44", city="49377 Vechta",
        relation="Tax adviser / payroll bureau and auditor support for the HQ",
        mail="Microsoft 365 (DKIM selector1); DocuSign (EU) for signatures; password-protected ZIP archives (ZipCrypto) with the password sent by SMS",
        people=[("StB Christiane Brandt", "c.brandt@brandt-kollegen.de", "Partner, tax adviser"),
                ("Melanie Voß", "m.voss@brandt-kollegen.de", "Payroll clerk")]),
    "labnord": dict(
        org="LabNord Analytik GmbH", country="DE", domain="labnord-analytik.de",
        street="Am Tiergarten 7", city="49393 Lohne",
        relation="Accredited food lab (Salmonella/Listeria monitoring, shelf-life tests)",
        mail="LIMS notifications via SendGrid (shared *.outbound-mail.sendgrid.net pool, DKIM d=labnord-analytik.de s=s1, em-subdomain bounces)",
        people=[("LabNord LIMS", "pruefberichte@labnord-analytik.de", "Test reports"),
                ("Dr. Insa Gerdes", "i.gerdes@labnord-analytik.de", "Head of microbiology")]),
    "emtw": dict(
        org="European Meat Trade Weekly", country="UK", domain="meattradeweekly.com",
        street="", city="London",
        relation="Trade publication; weekly newsletter (prices, regulation, ASF updates)",
        mail="Mailchimp (mail*.mcsv.net, DKIM d=meattradeweekly.com s=k2 + d=mcsv.net)",
        people=[("European Meat Trade Weekly", "newsletter@meattradeweekly.com", "Newsletter")]),
    "sekbe": dict(
        org="Σύνδεσμος Εμπόρων Κρέατος Β. Ελλάδος (SEKBE, Northern Greece Meat Traders' Association)", country="GR",
        domain="sekbe.gr", street="Εγνατίας 154", city="546 36 Θεσσαλονίκη",
        relation="Trade association; member circulars and newsletter",
        mail="Brevo (Sendinblue) newsletter, DKIM d=sekbe.gr s=brevo1 + d=sendinblue.com",
        people=[("ΣΕΚΒΕ", "info@sekbe.gr", "Newsletter")]),
}

# Platforms and authorities that send genuine mail in the set (real
# services; their infrastructure is modelled, see MANIFEST).
PLATFORMS = [
    ("Microsoft (Entra ID, SharePoint Online)", "azure-noreply@microsoft.com, no-reply@sharepointonline.com", "Microsoft 365 EOP outbound (40.107.0.0/16), DKIM d=microsoft.com / sharepointonline.com"),
    ("DocuSign (EU)", "dse@eumail.docusign.net", "DocuSign EU mail servers, DKIM d=eumail.docusign.net"),
    ("Google Drive", "drive-shares-dm-noreply@google.com", "mail-sor-f*.google.com (209.85.220.0/24), DKIM d=google.com"),
    ("Google Accounts (security alerts)", "no-reply@accounts.google.com", "mail-sor-f*.google.com, DKIM d=accounts.google.com, bounces to gaia.bounces.google.com"),
    ("Adobe Acrobat Sign", "adobesign@adobesign.com", "Amazon SES eu-central-1, DKIM d=adobesign.com + amazonses.com"),
    ("SAP Ariba", "ordersender-prod@ansmtp.ariba.com", "Ariba SMTP (smtp*.ansmtp.ariba.com), DKIM d=ansmtp.ariba.com"),
    ("Companies House via GOV.UK Notify", "companies.house.email.reminders@notifications.service.gov.uk", "Amazon SES eu-west-2, DKIM d=notifications.service.gov.uk"),
    ("ΑΑΔΕ (Independent Authority for Public Revenue, GR)", "noreply@aade.gr", "Own gateway (modelled: mailgw2.aade.gr, documentation range)"),
    ("DEHú – Dirección Electrónica Habilitada única (ES)", "no-reply@dehu.redsara.es", "Own gateway (modelled: documentation range)"),
    ("e-Doręczenia (PL)", "powiadomienia@e-doreczenia.gov.pl", "Own gateway (modelled: documentation range)"),
    ("Plataforma de Contratación del Sector Público (ES)", "noreply@contrataciondelestado.es", "Own gateway (modelled: documentation range)"),
    ("Επιμελητήριο Θεσσαλονίκης (EBETH)", "info@ebeth.gr", "Exchange on premises (modelled: documentation range)"),
    ("Kontur.Diadoc (RU EDI operator)", "noreply@diadoc.ru", "Own gateway (modelled: documentation range)"),
]

# Abused real platforms used in attack messages (for the MANIFEST).
ABUSED = ["PayPal invoicing (service@paypal.co.uk, attack/13)", "Canva sharing (no-reply@canva.com, attack/21)",
          "Google Forms invitations (forms-receipts-noreply@google.com, attack/19)", "Google Drive sharing (attack/29)",
          "Adobe Acrobat Sign (attack/31)", "Microsoft device-code sign-in (attack/10)", "Microsoft OAuth consent (attack/11)",
          "SendGrid, Mailgun, Brevo and Amazon SES accounts (attack/04, 06, 07, 11, 12, 15, 22, 24, 26, 33, 36)"]
