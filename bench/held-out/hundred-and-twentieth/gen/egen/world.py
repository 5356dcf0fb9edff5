"""Fixed facts about Example Group, its staff and its correspondents."""

TRADE = "records storage (archive management) and certified document/data-carrier shredding"

OFFICES = [
    # code, entity, address, registration / tax identifiers, phone, bank
    dict(cc="DE", city="Neuss (HQ)", entity="Example Group GmbH",
         address="Hansastraße 31, 41460 Neuss, Germany",
         ids=[("USt-IdNr.", "DE230004988", "de_vat"), ("Handelsregister", "Amtsgericht Neuss HRB 21874", None)],
         phone="+49 2131 6604-0", bank="Commerzbank AG, BIC COBADEFFXXX", iban="DE11300400000417265800"),
    dict(cc="IT", city="Pero (Milano)", entity="Example Group S.r.l.",
         address="Via Figino 41, 20016 Pero (MI), Italy",
         ids=[("P.IVA / C.F.", "09527180153", "it_piva"), ("REA", "MI-2094471", None), ("PEC", "examplegroup@pec.it", None)],
         phone="+39 02 3809 4410", bank="Intesa Sanpaolo S.p.A., BIC BCITITMM", iban="IT38I0306901790100000012345"),
    dict(cc="PL", city="Poznań", entity="Example Group Polska sp. z o.o.",
         address="ul. Szwedzka 5, 61-285 Poznań, Poland",
         ids=[("NIP", "7821449377", "pl_nip"), ("REGON", "366134926", "pl_regon"), ("KRS", "0000874512", None)],
         phone="+48 61 622 48 10", bank="Bank Polska Kasa Opieki S.A. (Pekao), BIC PKOPPLPW", iban="PL34124174740000100032861004"),
    dict(cc="ES", city="Zaragoza", entity="Example Group Iberia S.L.",
         address="Calle Bari 33, Nave 4, PLAZA, 50197 Zaragoza, Spain",
         ids=[("CIF / NIF", "B50461987", "es_cif"), ("Registro Mercantil", "Zaragoza, Tomo 4512, Folio 88, Hoja Z-71234", None)],
         phone="+34 976 40 22 90", bank="CaixaBank S.A., BIC CAIXESBBXXX", iban="ES3321008734680200123456"),
    dict(cc="GR", city="Aspropyrgos (Attica)", entity="Example Group Hellas Μονοπρόσωπη Α.Ε.",
         address="Λεωφόρος ΝΑΤΟ 102, 193 00 Ασπρόπυργος, Greece",
         ids=[("ΑΦΜ (VAT EL)", "041338574", "gr_afm"), ("ΔΟΥ", "ΦΑΕ Πειραιά", None), ("ΓΕΜΗ", "157430201000", None)],
         phone="+30 210 559 3120", bank="Piraeus Bank S.A., BIC PIRBGRAA", iban="GR4601701720000172040123456"),
    dict(cc="GB", city="Milton Keynes", entity="Example Group UK Ltd",
         address="Unit 4, Tanners Drive, Blakelands, Milton Keynes MK14 5BN, United Kingdom",
         ids=[("VAT", "GB 512 1798 59", "gb_vat"), ("Company No.", "11874520 (England and Wales)", None)],
         phone="+44 1908 613 450", bank="Barclays Bank UK PLC, sort code 20-32-53, BIC BARCGB22", iban="GB42BARC20325343917288"),
    dict(cc="RU", city="Khimki (Moscow region)", entity="ООО «Экзампл Груп»",
         address="141400, Московская обл., г. Химки, Вашутинское шоссе, вл. 36, стр. 2, офис 14",
         ids=[("ИНН", "5047213645", "ru_inn"), ("КПП", "504701001", None), ("ОГРН", "1215084925736", "ru_ogrn")],
         phone="+7 495 204-31-76", bank="ПАО Сбербанк, БИК 044525225, к/с 30101810400000000225",
         iban="р/с 40702810538000123456"),
]

# name, address, office, role, direct phone
STAFF = [
    ("Matthias Krämer", "matthias.kraemer@example.com", "DE", "Chief Executive Officer (Geschäftsführer)", "+49 2131 6604-100"),
    ("Sabine Wendt", "sabine.wendt@example.com", "DE", "Chief Financial Officer", "+49 2131 6604-110"),
    ("Jana Hoffmann", "jana.hoffmann@example.com", "DE", "Accounts payable / accountant Germany (Kreditorenbuchhaltung)", "+49 2131 6604-114"),
    ("Claudia Schüler", "claudia.schueler@example.com", "DE", "HR & payroll (group)", "+49 2131 6604-120"),
    ("Markus Brenner", "markus.brenner@example.com", "DE", "Head of IT", "+49 2131 6604-130"),
    ("Tobias Kühn", "tobias.kuehn@example.com", "DE", "IT security & mail administrator", "+49 2131 6604-133"),
    ("Lena Vogt", "lena.vogt@example.com", "DE", "Assistant to the CEO", "+49 2131 6604-101"),
    ("Frank Weißgerber", "frank.weissgerber@example.com", "DE", "Procurement (Einkauf)", "+49 2131 6604-140"),
    ("Nicole Albers", "nicole.albers@examplegroup.eu", "DE", "Group key account manager (sales)", "+49 2131 6604-150"),
    ("Jörg Pfeiffer", "joerg.pfeiffer@example.com", "DE", "Head of shredding operations (Betriebsleiter Aktenvernichtung)", "+49 2131 6604-160"),
    ("Anja Roth", "anja.roth@examplegroup.eu", "DE", "Head of records management (archive operations, group)", "+49 2131 6604-170"),
    ("Dennis Yilmaz", "dennis.yilmaz@example.com", "DE", "Transport dispatcher (Disposition, collection vehicles)", "+49 2131 6604-165"),
    ("Katrin Seidel", "katrin.seidel@examplegroup.eu", "DE", "Group compliance & data protection officer", "+49 2131 6604-180"),
    ("Monika Schröder", "monika.schroeder@example.com", "DE", "Office manager Neuss", "+49 2131 6604-0"),
    ("Giulia Romano", "giulia.romano@example.com", "IT", "Office manager Italy", "+39 02 3809 4411"),
    ("Davide Ferraro", "davide.ferraro@example.com", "IT", "Accountant Italy (contabilità)", "+39 02 3809 4415"),
    ("Agnieszka Wiśniewska", "agnieszka.wisniewska@example.com", "PL", "Office manager Poland", "+48 61 622 48 11"),
    ("Paweł Kowalczyk", "pawel.kowalczyk@example.com", "PL", "Accountant Poland (główny księgowy)", "+48 61 622 48 15"),
    ("Lucía Fernández Ruiz", "lucia.fernandez@example.com", "ES", "Office manager Spain", "+34 976 40 22 91"),
    ("Javier Moreno Gil", "javier.moreno@example.com", "ES", "Accountant Spain (contable)", "+34 976 40 22 95"),
    ("Eleni Papadopoulou", "eleni.papadopoulou@example.com", "GR", "Office manager Greece", "+30 210 559 3121"),
    ("Giorgos Antoniou", "giorgos.antoniou@example.com", "GR", "Accountant Greece (λογιστήριο)", "+30 210 559 3125"),
    ("Sarah Whitfield", "sarah.whitfield@example.com", "GB", "Office manager United Kingdom", "+44 1908 613 451"),
    ("James Okafor", "james.okafor@example.com", "GB", "Accountant United Kingdom", "+44 1908 613 455"),
    ("Olga Smirnova", "olga.smirnova@example.com", "RU", "Office manager Russia", "+7 495 204-31-77"),
    ("Dmitry Volkov", "dmitry.volkov@example.com", "RU", "Accountant Russia (главный бухгалтер)", "+7 495 204-31-79"),
]
S = {n.split()[0].lower() if n.split()[0] != "Lucía" else "lucia": (n, a) for n, a, *_ in STAFF}
# Short accessors: S["jana"] -> ("Jana Hoffmann", "jana.hoffmann@example.com")
S["joerg"] = S.pop("jörg")
S["pawel"] = S.pop("paweł")


def staff(key):
    return S[key]


CORRESPONDENTS = [
    dict(org="Lieferant GmbH (Stefan Maier, Petra Lang, Buchhaltung)", cc="DE",
         addrs="s.maier@lieferant-gmbh.de, p.lang@lieferant-gmbh.de, rechnungen@lieferant-gmbh.de",
         rel="Supplier of industrial shredders, cutting units (Schneidwerke), wear parts and lockable data-protection bins; Carl-Benz-Straße 17, 74074 Heilbronn; USt-IdNr. DE894349731; bank until 30.11.2026 Volksbank Heilbronn DE53 6209 0100 0135 4920 04, from 01.12.2026 Kreissparkasse Heilbronn DE27 6205 0000 0005 5123 46",
         mail="Own Postfix relay mail.lieferant-gmbh.de [203.0.113.25], DKIM d=lieferant-gmbh.de s=mail2026, SPF -all, DMARC p=quarantine; staff use Thunderbird on the LAN (192.168.20.0/24), Roundcube webmail on the same host, ERP (Sage 100) submits invoices from 192.168.20.12"),
    dict(org="Ferretti Trasporti S.p.A. (Chiara Colombo, amministrazione)", cc="IT",
         addrs="c.colombo@ferretti-trasporti.it, amministrazione@ferretti-trasporti.it",
         rel="Road carrier: transports pressed shredded-paper bales from the Pero plant to the paper mill and archive-box relocations; Via dell'Industria 22, 37066 Sommacampagna (VR); P.IVA 03188420230; bank Banco BPM IT67 D050 3411 7010 0000 0004 721",
         mail="Microsoft 365 (EOP outbound 40.107.0.0/16, DKIM d=ferretti-trasporti.it s=selector1/selector2, DMARC p=none), Outlook desktop"),
    dict(org="Partner Logistik sp. z o.o. (Tadeusz Zieliński, księgowość)", cc="PL",
         addrs="t.zielinski@partner-logistik.pl, ksiegowosc@partner-logistik.pl",
         rel="Logistics partner: archive relocations and box storage overflow in Wrocław; ul. Logistyczna 8, 55-040 Bielany Wrocławskie; NIP 8963493644; bank Santander Bank Polska PL46 1092 3986 0000 0000 1244 1730 6",
         mail="home.pl hosting (IdeaSmtpServer, outbound cloudserver*.home.pl in 79.96.0.0/16, DKIM d=partner-logistik.pl s=dkim, Vade filter headers), Outlook 2021 desktop over SMTP"),
    dict(org="Evangelisches Klinikum Erftaue gGmbH (Patientenaktenarchiv: Birgit Lorenz)", cc="DE",
         addrs="b.lorenz@klinikum-erftaue.de, archiv@klinikum-erftaue.de",
         rel="Customer: storage of ~41,000 patient-record boxes, retrievals and certified destruction; Erftstraße 85, 41515 Grevenbroich",
         mail="On-premises Exchange 2019 (KLEX01/02.klinikum.local) relayed outbound through Hornetsecurity (mx-relay*.antispameurope.com, 94.100.128.0/20), DKIM d=klinikum-erftaue.de s=hse1"),
    dict(org="Brandt & Partner mbB Steuerberatungsgesellschaft (Andrea Brandt)", cc="DE",
         addrs="a.brandt@brandt-partner-stb.de",
         rel="Tax adviser of the German entity (annual accounts, payroll audit); Königsallee 61, 40215 Düsseldorf",
         mail="Microsoft 365 tenant brandt-partner-stb.de incl. SharePoint Online (sharing notifications from no-reply@sharepointonline.com)"),
    dict(org="Cartiera Valbrenta S.p.A. (Marco Zanin, ufficio acquisti macero)", cc="IT",
         addrs="m.zanin@cartieravalbrenta.it, acquisti.macero@cartieravalbrenta.it",
         rel="Paper mill: buys the shredded-paper bales (macero) from the Italian plant; Via Cartiera 4, 36061 Bassano del Grappa (VI); P.IVA 02844670246",
         mail="Aruba hosting (Aruba Outgoing Smtp, smtpdh*.aruba.it 62.149.155.0/24, DKIM d=aruba.it s=a1, X-CMAE-Envelope), Outlook 2021 desktop; DocuSign EU for contracts"),
    dict(org="Harcourt & Pryce LLP (Eleanor Marsh, Practice Support)", cc="GB",
         addrs="e.marsh@harcourtpryce.co.uk, facilities@harcourtpryce.co.uk",
         rel="Customer (law firm): off-site storage of closed client files, scheduled secure destruction; Castilian House, 22 Castilian Street, Northampton NN1 1JX",
         mail="Microsoft 365 with Mimecast outbound (eu-smtp-delivery-*.mimecast.com, 185.58.84.0/22), DKIM d=harcourtpryce.co.uk s=mimecast20250316"),
    dict(org="Recordwise Ltd (Tom Hadley, Customer Success)", cc="GB",
         addrs="tom.hadley@recordwise.co.uk, billing@recordwise.co.uk",
         rel="SaaS vendor of the records-management (box tracking) software and its Outlook/Graph integration; 2nd Floor, 71 Broad Street, Bristol BS1 2EX; VAT GB 930 8588 01",
         mail="Google Workspace for staff (DKIM d=recordwise.co.uk s=google); Amazon SES eu-west-1 for billing/system mail (DKIM d=recordwise.co.uk s=rw2024ses and d=amazonses.com)"),
    dict(org="Gestoría Ortega Asesores S.L.P. (Carmen Ortega, laboral)", cc="ES",
         addrs="carmen.ortega@gestoriaortega.es, laboral@gestoriaortega.es",
         rel="Tax, payroll and labour adviser of the Spanish entity; Paseo de la Independencia 24, 6º B, 50004 Zaragoza; CIF B50410141",
         mail="Google Workspace (DKIM d=gestoriaortega.es s=google); signature requests through Adobe Acrobat Sign"),
    dict(org="Nikolaidis & Associates Law Firm (Δικηγορική Εταιρεία Νικολαΐδης & Συνεργάτες; Katerina Nikolaidou)", cc="GR",
         addrs="k.nikolaidou@nikolaidis-law.gr",
         rel="Customer: archive storage of closed case files in Aspropyrgos; Βασιλίσσης Σοφίας 54, 115 28 Αθήνα; ΑΦΜ 090724809",
         mail="Google Workspace (DKIM d=nikolaidis-law.gr s=google), Google Drive sharing"),
    dict(org="Χαρτοκιβώτια Αττικής Α.Ε. / Attica Cartons S.A. (Nikos Karalis, πωλήσεις)", cc="GR",
         addrs="n.karalis@atticacartons.gr, logistirio@atticacartons.gr",
         rel="Supplier of archive boxes and security bags for the Greek branch; Λεωφόρος Βάρης-Κορωπίου 38, 194 00 Κορωπί; ΑΦΜ 039976153; Eurobank GR53 0260 0450 0002 0020 1234 567",
         mail="Shared cPanel hosting lh12.dnsgr.net [203.0.113.140] (Exim 4.98), Outlook 2019 desktop over SMTP"),
    dict(org="ООО «ВторБумага-Центр» (Ирина Кузнецова, отдел закупок)", cc="RU",
         addrs="i.kuznetsova@vtorbumaga-c.ru, buh@vtorbumaga-c.ru",
         rel="Waste-paper processor: buys shredded paper from the Khimki site; 142100, г. Подольск, ул. Лобачёва, д. 12; ИНН 5036791789; ВТБ р/с 40702810700000012345",
         mail="Yandex 360 for business (forward*.mail.yandex.net, DKIM d=vtorbumaga-c.ru s=mail); accountant uses The Bat! (KOI8-R)"),
    dict(org="ООО «Логопарк Химки» (Андрей Белов, арендный отдел)", cc="RU",
         addrs="arenda@logopark-khimki.ru, a.belov@logopark-khimki.ru",
         rel="Landlord of the Khimki warehouse (rent, utilities); ИНН 5047405629; АО «АЛЬФА-БАНК» р/с 40702810802300004417",
         mail="VK WorkMail / Mail.ru for business (smtp*.i.mail.ru, 95.163.0.0/16, DKIM d=logopark-khimki.ru s=mailru)"),
]

PLATFORMS = [
    ("Microsoft Entra ID Protection", "MSSecurity-noreply@microsoft.com", "Exchange Online (NAM EOP), DKIM d=microsoft.com", "Weekly risk digest to the mail/security administrator"),
    ("SharePoint Online", "no-reply@sharepointonline.com", "Exchange Online (EUR EOP), DKIM d=sharepointonline.com", "File-sharing notifications from the tax adviser's tenant"),
    ("Google Docs / Drive, Google Accounts", "comments-noreply@docs.google.com, no-reply@accounts.google.com", "Google (mail-sor-f*.google.com), DKIM d=docs.google.com / accounts.google.com", "Document shares of the Greek law-firm customer; security alert for a Google account"),
    ("DocuSign EU", "dse@eumail.docusign.net", "DocuSign EU mail relay, DKIM d=eumail.docusign.net and d=docusign.net", "Contract envelope from the paper mill"),
    ("Adobe Acrobat Sign", "adobesign@adobesign.com", "Amazon SES eu-west-1, DKIM d=adobesign.com", "Signature request from the Spanish adviser (the same platform is abused in attack/29)"),
    ("Companies House (GOV.UK Notify)", "noreply@companieshouse.gov.uk", "Amazon SES eu-west-1, DKIM d=companieshouse.gov.uk", "Confirmation-statement reminder for Example Group UK Ltd"),
    ("IHK Mittlerer Niederrhein", "beitrag@mittlerer-niederrhein.ihk.de", "IHK mail relay mx-out1.ihk.de, DKIM s=ihk2025", "Chamber of commerce membership fee notice (Beitragsbescheid)"),
    ("Sistema di Interscambio via Aruba PEC", "posta-certificata@pec.fatturapa.it (PEC), forwarded by examplegroup@pec.it", "Aruba PEC (smtpi05.pec.aruba.it); PEC messages carry no DKIM", "Certified delivery of an e-invoice, auto-forwarded to the accountant"),
    ("DEHú (Spanish government notification service)", "notificaciones.dehu@correo.gob.es", "Government relay, DKIM d=correo.gob.es", "Notice of an electronic notification from the tax agency"),
    ("Plataforma de Contratación del Sector Público", "noreply@contrataciondelsectorpublico.gob.es", "Platform relay, DKIM s=pcsp", "Saved-search alert for a public tender"),
    ("Ministerstwo Finansów, e-Urząd Skarbowy", "powiadomienia@podatki.gov.pl", "Ministry relay, DKIM s=mf2025", "Notice of a new message in e-Urząd Skarbowy"),
    ("Trans.eu", "no-reply@trans.eu", "SendGrid with the platform's DKIM", "Freight-exchange order confirmation"),
    ("ΑΑΔΕ (Independent Authority for Public Revenue)", "no-reply@aade.gr", "AADE relay, DKIM s=aade2025", "Information notice on mandatory B2B e-invoicing"),
    ("Контур.Диадок", "noreply@diadoc.ru", "Kontur relay, DKIM s=kontur", "EDI document notification"),
    ("СберБизнес (Sberbank)", "sberbusiness@sberbank.ru", "Sberbank relay, DKIM s=sbr2026", "Tariff-change notice"),
    ("European Secure Destruction Association (ESDA, fictitious)", "newsletter@esda-europe.org", "Mailchimp, DKIM d=esda-europe.org", "Trade association newsletter"),
    ("3CX phone system (internal)", "pbx@example.com", "pbx01.corp.example.com [10.20.0.40] -> mail-int01", "Voicemail-to-e-mail"),
]

# identifiers of correspondents that carry check digits (verified by the build)
CHECKED_IDS = [
    ("DE894349731", "de_vat"), ("DE205317887", "de_vat"), ("DE582120177", "de_vat"),
    ("03188420230", "it_piva"), ("02844670246", "it_piva"),
    ("8963493644", "pl_nip"), ("028484683", "pl_regon"),
    ("B50410141", "es_cif"),
    ("039976153", "gr_afm"), ("090724809", "gr_afm"),
    ("930858801", "gb_vat"), ("877776153", "gb_vat"),
    ("5036791789", "ru_inn"), ("5047405629", "ru_inn"), ("1155017536200", "ru_ogrn"), ("1185025259540", "ru_ogrn"),
]
# (BIK, settlement account) pairs used in Russian messages
RU_ACCOUNTS = [
    ("044525225", "40702810538000123456"), ("044525187", "40702810700000012345"),
    ("044525593", "40702810802300004417"), ("044525974", "40702810710001873920"),
]
