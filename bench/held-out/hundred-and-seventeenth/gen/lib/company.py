"""The fixed world of the set: Example Group, its offices and staff, and
the correspondents.  Identifiers are computed from fixed bases with the
proper check digits (no randomness)."""

from . import checks as ck

# ------------------------------------------------------------- entities

VAT_DE = ck.de_vat(None, "31847265")
PIVA_IT = ck.it_piva(None, "0261854039")


def _pl_nip_fixed(base9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(d) * w[i] for i, d in enumerate(base9)) % 11
    assert c != 10
    return base9 + str(c)


def _ru_inn_fixed(base9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return base9 + str(sum(int(d) * w[i] for i, d in enumerate(base9)) % 11 % 10)


NIP_PL = _pl_nip_fixed("584317260")
REGON_PL = "22184630" + str((lambda b: (lambda c: 0 if c == 10 else c)(sum(int(d) * w for d, w in zip(b, [8, 9, 2, 3, 4, 5, 6, 7])) % 11))("22184630"))
CIF_ES = ck.es_cif(None, "B", "5538471")
AFM_GR = ck.gr_afm(None, "80192746")
VAT_GB = ck.gb_vat(None, "3948261")
INN_RU = _ru_inn_fixed("780539164")
OGRN_RU = "117784739201" + str(int("117784739201") % 11 % 10)

OFFICES = [
    dict(cc="DE", city="Duisburg", entity="Example Kran & Schwerlast GmbH",
         address="Ruhrorter Hafenweg 12, 47119 Duisburg, Deutschland",
         ids="USt-IdNr. %s; Steuernummer 134/5723/0918; Amtsgericht Duisburg HRB 31847" % VAT_DE,
         phone="+49 203 7391-0", tzname="berlin", role="Group headquarters, crane fleet (mobile and crawler cranes up to 750 t), heavy haulage, workshop"),
    dict(cc="IT", city="Ravenna", entity="Example Gru e Sollevamenti S.r.l.",
         address="Via Baiona 214, 48123 Ravenna (RA), Italia",
         ids="P.IVA IT%s; REA RA-214587; PEC example-gru@legalmail.it; Codice destinatario SDI M5UXCR1" % PIVA_IT,
         phone="+39 0544 451 720", tzname="rome", role="Port and offshore lifts, Adriatic petrochemical and shipyard customers"),
    dict(cc="PL", city="Gdańsk", entity="Example Dźwigi sp. z o.o.",
         address="ul. Kontenerowa 9, 80-601 Gdańsk, Polska",
         ids="NIP %s; REGON %s; KRS 0000874213" % (NIP_PL, REGON_PL),
         phone="+48 58 727 41 30", tzname="warsaw", role="Shipyard and offshore-wind foundation lifts, Baltic ports"),
    dict(cc="ES", city="Tarragona", entity="Example Grúas Ibérica S.L.",
         address="Polígono Industrial Riu Clar, Calle del Hierro 14, 43006 Tarragona, España",
         ids="CIF %s; Registro Mercantil de Tarragona, Tomo 3127, Folio 88, Hoja T-51934" % CIF_ES,
         phone="+34 977 55 18 40", tzname="madrid", role="Petrochemical turnarounds (Camp de Tarragona), port of Tarragona"),
    dict(cc="GR", city="Aspropyrgos", entity="Example Cranes Hellas Μονοπρόσωπη Α.Ε.",
         address="Θέση Ντράσεζα, Λεωφ. ΝΑΤΟ 88, 193 00 Ασπρόπυργος Αττικής, Ελλάδα",
         ids="ΑΦΜ %s; ΔΟΥ ΦΑΕ Πειραιά; ΓΕΜΗ 158273401000" % AFM_GR,
         phone="+30 210 557 2940", tzname="athens", role="Refinery, port (Piraeus/Elefsina) and construction lifts"),
    dict(cc="GB", city="Middlesbrough", entity="Example Cranes UK Ltd",
         address="Unit 7, Riverside Park Road, Middlesbrough TS2 1QW, United Kingdom",
         ids="VAT %s; Company No. 13579246 (England and Wales)" % VAT_GB,
         phone="+44 1642 428 310", tzname="london", role="Teesside offshore-wind, fabrication yards and process industry"),
    dict(cc="RU", city="Saint Petersburg", entity="ООО «Экзампл Краны Рус»",
         address="198097, г. Санкт-Петербург, пр. Стачек, д. 47, лит. А, офис 412, Россия",
         ids="ИНН %s; КПП 780501001; ОГРН %s" % (INN_RU, OGRN_RU),
         phone="+7 812 449-36-10", tzname="moscow", role="Port of St Petersburg / Ust-Luga projects, legacy service contracts"),
]

# ------------------------------------------------------------------ staff
# (key, display name, address, office, role)

STAFF = [
    ("ceo", "Thomas Reinhardt", "thomas.reinhardt@example.com", "DE", "CEO (Geschäftsführer)"),
    ("cfo", "Sabine Köhler", "sabine.koehler@example.com", "DE", "CFO (Leiterin Finanzen)"),
    ("ap", "Jürgen Weiß", "juergen.weiss@example.com", "DE", "Accounts payable (Kreditorenbuchhaltung); also reads rechnungen@example.com"),
    ("hr", "Monika Schäfer", "monika.schaefer@example.com", "DE", "HR & payroll (Personal und Lohnbuchhaltung)"),
    ("itlead", "Daniel Krüger", "daniel.krueger@example.com", "DE", "Head of IT"),
    ("itsec", "Lukas Heinemann", "lukas.heinemann@example.com", "DE", "IT security & mail administrator"),
    ("assist", "Anja Großmann", "anja.grossmann@example.com", "DE", "Assistant to the CEO"),
    ("proc", "Markus Vogel", "markus.vogel@example.com", "DE", "Procurement (Einkauf: spare parts, rigging, fuel, subcontractors)"),
    ("sales", "Katrin Lehmann", "katrin.lehmann@examplegroup.eu", "DE", "Head of sales / key accounts (group)"),
    ("dispo", "Frank Dietrich", "frank.dietrich@example.com", "DE", "Crane dispatch (Disposition)"),
    ("permits", "Oliver Schulte", "oliver.schulte@examplegroup.eu", "DE", "Heavy-haulage permits & transport planning (VEMAGS, escorts)"),
    ("workshop", "Ralf Becker", "ralf.becker@example.com", "DE", "Workshop & fleet manager (LOLER/UVV inspections)"),
    ("lift", "Jan Petersen", "jan.petersen@examplegroup.eu", "DE", "Lift-planning engineer (Hubplanung, group)"),
    ("it_om", "Francesca Ricci", "francesca.ricci@example.com", "IT", "Office manager Ravenna"),
    ("it_acc", "Giorgio Bianchi", "giorgio.bianchi@example.com", "IT", "Accountant (contabile) Ravenna"),
    ("pl_om", "Agnieszka Wójcik", "agnieszka.wojcik@example.com", "PL", "Office manager Gdańsk"),
    ("pl_acc", "Paweł Kamiński", "pawel.kaminski@example.com", "PL", "Accountant (księgowy) Gdańsk"),
    ("es_om", "Lucía Fernández", "lucia.fernandez@example.com", "ES", "Office manager Tarragona"),
    ("es_acc", "Javier Martín Ruiz", "javier.martin@example.com", "ES", "Accountant (contable) Tarragona"),
    ("gr_om", "Eleni Papadopoulou", "eleni.papadopoulou@example.com", "GR", "Office manager Aspropyrgos (Ελένη Παπαδοπούλου)"),
    ("gr_acc", "Nikos Georgiou", "nikos.georgiou@example.com", "GR", "Accountant (λογιστής) Aspropyrgos (Νίκος Γεωργίου)"),
    ("uk_om", "Rachel Thompson", "rachel.thompson@example.com", "GB", "Office manager Middlesbrough"),
    ("uk_acc", "David Clarke", "david.clarke@example.com", "GB", "Accountant Middlesbrough"),
    ("ru_om", "Olga Smirnova", "olga.smirnova@example.com", "RU", "Office manager St Petersburg (Ольга Смирнова)"),
    ("ru_acc", "Dmitry Volkov", "dmitry.volkov@example.com", "RU", "Accountant (бухгалтер) St Petersburg (Дмитрий Волков)"),
]

S = {k: (n, a) for k, n, a, _, _ in STAFF}
NATIVE = {"gr_om": "Ελένη Παπαδοπούλου", "gr_acc": "Νίκος Γεωργίου", "ru_om": "Ольга Смирнова", "ru_acc": "Дмитрий Волков"}

# company bank accounts (used in outgoing documents / remittances)
BANK = {
    "DE": ("Commerzbank AG, Duisburg", "COBADEFFXXX", ck.iban_from_bban("DE", "35040038" + "0428815300")),
    "IT": ("Intesa Sanpaolo S.p.A., Ravenna", "BCITITMM", None),
}

# ------------------------------------------------------------ correspondents

CORRESPONDENTS = [
    dict(org="Lieferant GmbH (Hebe- und Anschlagtechnik, Ersatzteile)", cc="DE",
         people="Stefan Maier <s.maier@lieferant-gmbh.de>; Petra Lang <p.lang@lieferant-gmbh.de>; Buchhaltung <rechnungen@lieferant-gmbh.de>",
         rel="Supplier: slings, shackles, spreader beams, hydraulic spare parts, inspection certificates",
         mail="Own Postfix relay mail.lieferant-gmbh.de [203.0.113.25], DKIM d=lieferant-gmbh.de s=mail; staff on Outlook 2021 (IMAP/SMTP); ERP invoices via the same relay"),
    dict(org="Ferretti Trasporti S.p.A. (trasporti eccezionali)", cc="IT",
         people="Chiara Colombo <c.colombo@ferretti-trasporti.it>; Amministrazione <amministrazione@ferretti-trasporti.it>",
         rel="Road carrier: abnormal-load transport of crane ballast, booms and counterweights (IT/DE)",
         mail="Microsoft 365 (EOP outbound, DKIM selector1/selector2 d=ferretti-trasporti.it)"),
    dict(org="Partner Logistik sp. z o.o.", cc="PL",
         people="Tadeusz Zieliński <t.zielinski@partner-logistik.pl>; Księgowość <ksiegowosc@partner-logistik.pl>",
         rel="Logistics partner: escorts, storage yard and forwarding in Gdańsk; invoices via KSeF",
         mail="home.pl hosting (IdeaSmtpServer, cloudserver*.home.pl, 79.96.0.0/16), DKIM s=dkim"),
    dict(org="Nordwerk Anlagenbau AG", cc="DE",
         people="Henrik Brauer <henrik.brauer@nordwerk-anlagenbau.de>; Einkauf <einkauf@nordwerk-anlagenbau.de>",
         rel="Customer: plant construction / refinery turnarounds (framework contract for crane services)",
         mail="Microsoft 365 + SharePoint Online (tenant nordwerkanlagenbau.sharepoint.com)"),
    dict(org="Kessler & Partner mbB Steuerberatungsgesellschaft", cc="DE",
         people="Dr. Ulrike Kessler <u.kessler@kessler-partner-stb.de>; Kanzlei <kanzlei@kessler-partner-stb.de>",
         rel="Tax adviser (annual accounts, disclosure, payroll audits)",
         mail="IONOS (mout.kundenserver.de, Thunderbird clients), DKIM s1-ionos"),
    dict(org="VEMAGS (Verfahrensmanagement für Großraum- und Schwertransporte)", cc="DE",
         people="VEMAGS Benachrichtigung <noreply@vemags.de>",
         rel="Authority portal: permits for abnormal loads (§ 29 Abs. 3 / § 46 StVO)",
         mail="Own Postfix relay mail.vemags.de [192.0.2.80] (plain notification mails)"),
    dict(org="Cantiere Navale Adriatico S.r.l.", cc="IT",
         people="Marco Guidi <m.guidi@cantiereadriatico.it>; Ufficio acquisti <acquisti@cantiereadriatico.it>; PEC cantiereadriatico@pec.it",
         rel="Customer: shipyard in Ravenna (block lifts, engine installation)",
         mail="Aruba (smtpdh*.aruba.it) for ordinary mail; Aruba PEC (pec.aruba.it) for certified mail"),
    dict(org="Baltic Offshore Konstrukcje S.A.", cc="PL",
         people="Marta Kowalczyk <marta.kowalczyk@balticoffshore.com.pl>; Zakupy <zakupy@balticoffshore.com.pl>",
         rel="Customer: monopile/transition-piece fabrication yard in Gdańsk",
         mail="Google Workspace (DKIM s=google d=balticoffshore.com.pl)"),
    dict(org="Montajes Petroquímicos del Camp S.L.", cc="ES",
         people="Jordi Puig <jordi.puig@montajescamp.es>; Compras <compras@montajescamp.es>",
         rel="Customer: industrial assembly contractor, Tarragona petrochemical cluster",
         mail="Google Workspace; supplier questionnaires via Google Forms"),
    dict(org="Technodomi ATE (ΤΕΧΝΟΔΟΜΗ Α.Τ.Ε.)", cc="GR",
         people="Γιώργος Αντωνίου / Giorgos Antoniou <g.antoniou@technodomi.gr>; Λογιστήριο <logistirio@technodomi.gr>",
         rel="Customer: construction company (Elefsina/Thriasio logistics centre)",
         mail="Own Plesk server mail.technodomi.gr [203.0.113.140] (Postfix, DKIM s=default)"),
    dict(org="Tees Valley Offshore Fabrication Ltd", cc="GB",
         people="Gareth Hughes <gareth.hughes@teesoffshorefab.co.uk>; Procurement <procurement@teesoffshorefab.co.uk>",
         rel="Customer: offshore fabrication yard on the Tees (framework crane hire)",
         mail="Microsoft 365; contracts via DocuSign (EU account)"),
    dict(org="Northern Lifting Inspections Ltd", cc="GB",
         people="Accounts <accounts@nli-inspections.co.uk>; Mark Dawson <mark.dawson@nli-inspections.co.uk>",
         rel="Supplier: LOLER thorough examinations of cranes and accessories",
         mail="Google Workspace"),
    dict(org="ООО «СевЗапСтрой» (SevZapStroy)", cc="RU",
         people="Андрей Кузнецов <a.kuznetsov@sevzapstroy.ru>; Бухгалтерия <buh@sevzapstroy.ru>",
         rel="Customer: construction contractor, Ust-Luga port; documents via Kontur.Diadoc",
         mail="Yandex 360 (forward*.mail.yandex.net)"),
    dict(org="ООО «НеваГидравлика» (NevaGidravlika)", cc="RU",
         people="Отдел продаж <sales@nevagidravlika.ru>",
         rel="Supplier: hydraulic spare parts and repairs for the St Petersburg crane fleet (invoices from 1C with payment QR)",
         mail="Shared hosting at Timeweb (Exim, vh*.timeweb.ru), DKIM s=default, 1C:Enterprise mailer"),
    dict(org="Asesoría Laboral Ebro", cc="ES",
         people="Mercè Soler <merce.soler@asesorialaboralebro.es>",
         rel="Payroll and labour-law adviser of the Tarragona office (monthly payslips via Dropbox)",
         mail="Own domain; shares documents through Dropbox (no-reply@dropbox.com, DKIM dropbox.com)"),
    dict(org="Other senders (not counted above): Microsoft 365 / Entra, SharePoint Online, DocuSign EU, Google Forms, Dropbox, Telepass, mBank, GUS, AADE, DEHú, ΔΕΗ, Kontur.Extern / Diadoc, Aruba PEC, Schwerlast-Journal newsletter", cc="-",
         people="system senders (see per-message table)",
         rel="Service platforms, authorities and a trade newsletter whose genuine notifications appear in business/ and whose brands attackers imitate or abuse in attack/",
         mail="Their own infrastructures as modelled per message (Microsoft EOP, DocuSign EU, Google, Dropbox, Salesforce MC, Mailchimp, government Postfix relays)"),
]
