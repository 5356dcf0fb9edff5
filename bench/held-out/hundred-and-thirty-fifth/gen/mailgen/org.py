"""Example Group (helicopter operator) and its correspondents."""
from . import ident

TRADE = 'helicopter operator (HEMS air ambulance, charter and aerial work)'

# --- legal entities --------------------------------------------------------
DE_IBAN = ident.make_iban('DE', '72050000' + '0240817735')      # Stadtsparkasse Augsburg
DE_IBAN2 = ident.make_iban('DE', '72040046' + '0313870400')     # Commerzbank Augsburg
IT_IBAN = ident.it_iban('02008', '01820', '000105812944')         # UniCredit Trento
PL_IBAN = ident.pl_iban('1020289', '0000170203918844')            # PKO BP Kraków
ES_IBAN = ident.es_iban('2100', '6247', '0200184471')             # CaixaBank Madrid
GR_IBAN = ident.make_iban('GR', '0170180' + '0000180052194420')   # Piraeus Bank
GB_IBAN = ident.make_iban('GB', 'LOYD' + '309634' + '41827365')   # Lloyds Bank
RU_BIK = '044525700'                                              # AO Raiffeisenbank
RU_ACC = ident.ru_account(RU_BIK, '40702810000000471' + '532')
RU_CORR = ident.ru_corr_account(RU_BIK)

ENTITIES = [
    dict(cc='DE', office='Augsburg (HQ)', name='Example Helicopter Services GmbH',
         address='Hangar 5, Flughafenstraße 28, 86169 Augsburg, Deutschland',
         ids=[('USt-IdNr.', ident.de_ustid('27845193')), ('Handelsregister', 'Amtsgericht Augsburg HRB 31874'),
              ('Steuernummer', '103/128/40519')],
         bank='Stadtsparkasse Augsburg, BIC AUGSDE77XXX', iban=DE_IBAN, phone='+49 821 455 700-0',
         role='Holding and German AOC holder: HEMS bases Augsburg and Kempten, charter, aerial work, Part-145/CAMO'),
    dict(cc='IT', office='Trento', name='Example Elicotteri S.r.l.',
         address='Via Lidorno 11, 38123 Trento (TN), Italia',
         ids=[('Partita IVA / C.F.', 'IT' + ident.it_piva('0248317022')), ('REA', 'TN-231874'),
              ('Codice destinatario SdI', 'M5UXCR1'), ('PEC', 'example-elicotteri@legalmail.it')],
         bank='UniCredit S.p.A., Trento', iban=IT_IBAN, phone='+39 0461 184 270',
         role='Alpine HEMS and aerial work (power lines, cargo sling)'),
    dict(cc='PL', office='Kraków-Balice', name='Example Helikopter Polska sp. z o.o.',
         address='ul. Lotnicza 14, 32-083 Balice, Polska',
         ids=[('NIP', ident.pl_nip('677245913')), ('REGON', ident.pl_regon('36481527')),
              ('KRS', '0000815527')],
         bank='PKO Bank Polski S.A.', iban=PL_IBAN, phone='+48 12 395 41 80',
         role='Charter, aerial inspection, maintenance base'),
    dict(cc='ES', office='Madrid (Cuatro Vientos)', name='Example Helicópteros España S.L.',
         address='Aeródromo de Cuatro Vientos, Hangar 12, Carretera de la Fortuna s/n, 28044 Madrid, España',
         ids=[('CIF', ident.es_cif('B', '8874519'))], bank='CaixaBank S.A.', iban=ES_IBAN,
         phone='+34 915 08 47 30', role='Firefighting season contracts, HEMS, filming'),
    dict(cc='GR', office='Athens', name='Example Helicopters Hellas Μονοπρόσωπη Α.Ε.',
         address='Λεωφόρος Βουλιαγμένης 580, 164 52 Αργυρούπολη, Ελλάδα',
         ids=[('ΑΦΜ', ident.gr_afm('80173452')), ('ΔΟΥ', 'ΦΑΕ Αθηνών'), ('ΓΕΜΗ', '158821201000')],
         bank='Τράπεζα Πειραιώς', iban=GR_IBAN, phone='+30 210 996 4180',
         role='Island air ambulance (EKAB contract), tourist charter'),
    dict(cc='GB', office='Gloucestershire (Staverton)', name='Example Helicopters UK Ltd',
         address='Hangar 7, Gloucestershire Airport, Staverton, Cheltenham GL51 6SP, United Kingdom',
         ids=[('Company No.', '12748391'), ('VAT', 'GB' + ident.gb_vat('3918472'))],
         bank='Lloyds Bank plc, sort code 30-96-34', iban=GB_IBAN, phone='+44 1452 730 418',
         role='Charter, offshore wind crew change, film'),
    dict(cc='RU', office='Moscow', name='ООО «Экзампл Хеликоптерс»',
         address='119027, г. Москва, ул. 2-я Рейсовая, д. 14, стр. 2, офис 211',
         ids=[('ИНН', ident.ru_inn10('772914850')), ('КПП', '772901001'), ('ОГРН', ident.ru_ogrn('118774652843'))],
         bank='АО «Райффайзенбанк», БИК %s, к/с %s' % (RU_BIK, RU_CORR), iban=None, ru_account=RU_ACC,
         phone='+7 495 139-47-20', role='Representative office; parts sourcing, crew training contracts'),
]

# --- staff -------------------------------------------------------------------
STAFF = [
    ('Dr. Johannes Brandl', 'johannes.brandl@example.com', 'Augsburg', 'CEO (Geschäftsführer)'),
    ('Sabine Köhler', 'sabine.koehler@example.com', 'Augsburg', 'CFO (Geschäftsführerin Finanzen)'),
    ('Jana Vogt', 'jana.vogt@example.com', 'Augsburg', 'Accounts payable (Kreditorenbuchhaltung)'),
    ('Monika Weiß', 'monika.weiss@example.com', 'Augsburg', 'HR & payroll (Personal/Lohn)'),
    ('Florian Hübner', 'florian.huebner@example.com', 'Augsburg', 'Head of IT'),
    ('Tobias Krämer', 'tobias.kraemer@example.com', 'Augsburg', 'IT security & mail administrator'),
    ('Laura Schäfer', 'laura.schaefer@example.com', 'Augsburg', 'Assistant to the CEO'),
    ('Markus Lindner', 'markus.lindner@example.com', 'Augsburg', 'Procurement (Einkauf Ersatzteile)'),
    ('Katrin Ostermann', 'katrin.ostermann@examplegroup.eu', 'Augsburg', 'Sales & charter (Vertrieb)'),
    ('Andreas Wimmer', 'andreas.wimmer@example.com', 'Augsburg', 'Head of Flight Operations (Flugbetriebsleiter), pilot'),
    ('Jürgen Pfeiffer', 'juergen.pfeiffer@example.com', 'Augsburg', 'Continuing Airworthiness Manager (CAMO)'),
    ('Nadine Roth', 'nadine.roth@example.com', 'Augsburg', 'Operations control / crew dispatch'),
    ('Claudia Baumann', 'claudia.baumann@example.com', 'Augsburg', 'Office manager Germany'),
    ('Francesca Bianchi', 'francesca.bianchi@example.com', 'Trento', 'Office manager Italy'),
    ('Luca Moretti', 'luca.moretti@example.com', 'Trento', 'Accountant Italy'),
    ('Agnieszka Wójcik', 'agnieszka.wojcik@example.com', 'Kraków-Balice', 'Office manager Poland'),
    ('Piotr Kowalczyk', 'piotr.kowalczyk@example.com', 'Kraków-Balice', 'Accountant Poland'),
    ('Lucía Fernández', 'lucia.fernandez@example.com', 'Madrid', 'Office manager Spain'),
    ('Javier Ruiz', 'javier.ruiz@example.com', 'Madrid', 'Accountant Spain'),
    ('Eleni Papadopoulou', 'eleni.papadopoulou@example.com', 'Athens', 'Office manager Greece'),
    ('Dimitrios Georgiou', 'dimitrios.georgiou@example.com', 'Athens', 'Accountant Greece'),
    ('Sarah Mitchell', 'sarah.mitchell@example.com', 'Staverton', 'Office manager UK'),
    ('James Whitfield', 'james.whitfield@examplegroup.eu', 'Staverton', 'Accountant UK'),
    ('Olga Smirnova', 'olga.smirnova@example.com', 'Moscow', 'Office manager Russia'),
    ('Sergey Volkov', 'sergey.volkov@example.com', 'Moscow', 'Accountant Russia'),
]
S = {}
for _n, _a, _o, _r in STAFF:
    S[_a.split('@')[0]] = (_n, _a)


def p(key):
    """Staff (display name, address) by local part, e.g. p('jana.vogt')."""
    return S[key]


# --- correspondents -----------------------------------------------------------
LIEFERANT_IBAN = ident.make_iban('DE', '29050101' + '0081245677')      # Sparkasse Bremen (old)
LIEFERANT_IBAN_NEW = ident.make_iban('DE', '29070050' + '0461928300')  # Deutsche Bank Bremen (new, genuine)
FERRETTI_IBAN = ident.it_iban('03069', '11110', '100000063817')          # Intesa Sanpaolo
PARTNER_IBAN = ident.pl_iban('1140200', '0000380214567712')               # mBank
CAISA_IBAN = ident.es_iban('0049', '1500', '0521109384')                 # Santander
AEROTECH_IBAN = ident.make_iban('GR', '0110125' + '0000012500481177')    # NBG
ATS_BIK = '044525593'                                                     # Alfa-Bank
ATS_ACC = ident.ru_account(ATS_BIK, '40702810001300018204')
ATS_CORR = ident.ru_corr_account(ATS_BIK)

CORRESPONDENTS = [
    dict(org='Lieferant GmbH — Stefan Maier, Petra Lang, Buchhaltung', cc='DE',
         addrs='s.maier@lieferant-gmbh.de, p.lang@lieferant-gmbh.de, rechnungen@lieferant-gmbh.de',
         rel='Supplier: helicopter spare parts, rotables and component repair (Airbus H135/H145 parts), Bremen. '
             'Stefan Maier key account manager, Petra Lang inside sales, Buchhaltung invoicing',
         system='Own Postfix relay mail.lieferant-gmbh.de [203.0.113.25], OpenDKIM s=mail2024, SPF -all, DMARC p=reject; '
                'staff use Outlook 2021 (Maier) and Thunderbird (Lang); invoices from abas ERP'),
    dict(org='Ferretti Trasporti S.p.A. — Chiara Colombo, Amministrazione', cc='IT',
         addrs='c.colombo@ferretti-trasporti.it, amministrazione@ferretti-trasporti.it',
         rel='Road carrier (Verdellino, BG): engine and rotor-blade transports, hangar equipment; e-invoices via SdI',
         system='Microsoft 365 (Exchange Online, EUR region), DKIM selector1, DMARC p=quarantine'),
    dict(org='Partner Logistik sp. z o.o. — Tadeusz Zieliński, Księgowość', cc='PL',
         addrs='t.zielinski@partner-logistik.pl, ksiegowosc@partner-logistik.pl',
         rel='Logistics partner Kraków: customs clearance, bonded warehouse for spare parts; invoices in KSeF',
         system='home.pl hosting (cloudserver094732.home.pl [79.96.170.134]), DKIM s=dkim, Vade filter headers; Thunderbird / Outlook'),
    dict(org='Hartmann & Partner mbB Steuerberatungsgesellschaft — Thomas Hartmann, Ines Brückner', cc='DE',
         addrs='t.hartmann@hartmann-partner-stb.de, i.brueckner@hartmann-partner-stb.de',
         rel='Tax adviser Augsburg (DATEV Unternehmen online, monthly bookkeeping documents)',
         system='IONOS (mout.kundenserver.de), no DKIM, SPF include:_spf-eu.ionos.com, DMARC p=none; Outlook'),
    dict(org='Caledon Aviation Risk Ltd — Fiona MacLeod', cc='GB',
         addrs='fiona.macleod@caledon-aviation.co.uk',
         rel='Aviation insurance broker (hull & liability renewal); sends proposals via DocuSign',
         system='Google Workspace (DKIM s=google), DocuSign EU for signatures'),
    dict(org='Skyline Charter Brokers Ltd — Oliver Grant', cc='GB',
         addrs='oliver.grant@skylinecharter.co.uk',
         rel='Charter broker / customer (VIP and film charters, offshore crew change requests)',
         system='Microsoft 365 (Exchange Online, GBR region), Teams meetings. Mailbox compromised in attack/10'),
    dict(org='Elettrodotti Alpini S.p.A. — Ufficio Acquisti (Marco Pellegrini)', cc='IT',
         addrs='acquisti@elettrodotti-alpini.it, marco.pellegrini@elettrodotti-alpini.it',
         rel='Customer: power-line inspection and line-stringing flights (Trentino-Alto Adige)',
         system='Own Postfix relay smtp-out.elettrodotti-alpini.it [198.51.100.40], SAP S/4HANA purchase orders, DKIM s=sap2025'),
    dict(org='Gestoría Laboral Moncloa S.L. — Marta Gil', cc='ES',
         addrs='marta.gil@gestoriamoncloa.es',
         rel='Payroll / labour adviser for the Spanish entity (monthly payslips, Seguridad Social)',
         system='cPanel shared hosting (Exim) srv41.hostalia-cloud.es [192.0.2.141], Outlook'),
    dict(org='Combustibles Aeronáuticos Ibéricos S.A. (CAISA) — Facturación', cc='ES',
         addrs='facturacion@caisa-aviacion.es, r.navarro@caisa-aviacion.es',
         rel='Jet A-1 supplier at Cuatro Vientos and forward firefighting bases; Facturae e-invoices',
         system='Google Workspace (DKIM s=google), invoices from the billing system via Gmail SMTP relay'),
    dict(org='Producciones Sierra Norte S.L. — Álvaro Serrano', cc='ES',
         addrs='alvaro.serrano@sierranorte-producciones.es',
         rel='Customer: aerial filming charters (TV series, commercials); contracts via Adobe Acrobat Sign',
         system='Adobe Acrobat Sign (EU1) notifications; own mail on Microsoft 365'),
    dict(org='Αεροτεχνική Αττικής Α.Ε. (Aerotechniki Attikis S.A.) — Νίκος Αντωνίου, Λογιστήριο', cc='GR',
         addrs='n.antoniou@aerotechniki.gr, logistirio@aerotechniki.gr',
         rel='Hangar space and ground handling at Athens; monthly invoices (myDATA MARK)',
         system='Microsoft 365 (Exchange Online, EUR region), DKIM selector1'),
    dict(org='ООО «АвиаТехСнаб» — Ирина Кузнецова, бухгалтерия', cc='RU',
         addrs='i.kuznetsova@aviatehsnab.ru, buh@aviatehsnab.ru',
         rel='Parts and ground-equipment supplier for the Moscow office; reconciliation statements (акт сверки)',
         system='Yandex 360 for business (forward*.mail.yandex.net), DKIM s=mail'),
]

PLATFORMS = [
    ('Microsoft (Exchange Online, SharePoint Online, Outlook.com, Entra ID)', 'intl',
     'no-reply@sharepointonline.com; outlook.com accounts', 'Exchange Online Protection outbound (40.107.0.0/16; consumer 40.92.0.0/16), ARC by microsoft.com'),
    ('Google (Gmail, Workspace, Forms, account notifications)', 'intl', 'no-reply@accounts.google.com; gmail.com accounts',
     'mail-*.google.com (209.85.128.0/17), mail-sor-f*.google.com (209.85.220.0/24)'),
    ('DocuSign (EU)', 'intl', 'dse@eumail.docusign.net', 'mailfrNN.eu.docusign.net (185.81.100.0/22), DKIM eumail.docusign.net + docusign.net'),
    ('Adobe Acrobat Sign (EU1)', 'intl', 'adobesign@adobesign.com', 'smtp-out-eu1.adobesign.com (documentation range 192.0.2.160-170)'),
    ('PayPal', 'intl', 'service@paypal.com', 'mx2.slc.paypal.com [173.0.84.227]'),
    ('WeTransfer', 'intl', 'noreply@wetransfer.com', 'Amazon SES eu-west-1 (54.240.6.0/23)'),
    ('GOV.UK Notify (Companies House, Find a Tender)', 'GB', 'companies.house@ / find-a-tender@notifications.service.gov.uk',
     'Amazon SES eu-west-1'),
    ('EUROCONTROL CRCO (route charges)', 'intl', 'crco.billing@eurocontrol.int', 'Cisco Secure Email esa2.eurocontrol.iphmx.com (68.232.128.0/19)'),
    ('Luftfahrt-Bundesamt', 'DE', 'kerstin.albrecht@lba.de', 'Exchange + mailgate2.lba.de [192.0.2.53], DKIM s=lba2025'),
    ('Sistema di Interscambio via PEC, forwarded by Legalmail', 'IT', 'sdi01@pec.fatturapa.it (envelope posta-certificata@pec.fatturapa.it)',
     'PEC transport envelope, forwarded by fwd02.legalmail.it [198.51.100.88]'),
    ('ENAC (Ente Nazionale per l\'Aviazione Civile)', 'IT', 'noreply.pagamenti@enac.gov.it', 'smtp-out.enac.gov.it [192.0.2.201]'),
    ('UniCredit', 'IT', 'comunicazioni@info.unicredit.it', 'Cisco Secure Email esa1.unicredit.iphmx.com'),
    ('e-Urząd Skarbowy (Ministerstwo Finansów)', 'PL', 'no-reply@podatki.gov.pl', 'smtp2.mf.gov.pl [192.0.2.77]'),
    ('Dlapilota.pl newsletter', 'PL', 'newsletter@dlapilota.pl', 'FreshMail (mtaNN.freshmail-mailing.pl, documentation range 198.51.100.50-59)'),
    ('DEHú (Dirección Electrónica Habilitada única)', 'ES', 'notificaciones.dehu@correo.gob.es', 'mta02.correo.gob.es [192.0.2.113]'),
    ('ΑΑΔΕ (Independent Authority for Public Revenue)', 'GR', 'noreply@aade.gr', 'mailgw2.aade.gr [192.0.2.222]'),
    ('ACS Courier', 'GR', 'noreply@acscourier.net', 'mailout.acscourier.net [203.0.113.98]'),
    ('Контур.Экстерн (SKB Kontur)', 'RU', 'noreply@kontur.ru', 'mx-out3.kontur.ru [192.0.2.31]'),
    ('АО «Райффайзенбанк»', 'RU', 'business@raiffeisen.ru', 'mx2.raiffeisen.ru [192.0.2.148]'),
    ('B2B-Center', 'RU', 'noreply@b2b-center.ru', 'relay2.b2b-center.ru [198.51.100.231]'),
    ('HeliOps Europe (trade newsletter)', 'intl', 'news@heliops-europe.com', 'Mailchimp mail180-*.suwNN.mcdlv.net (198.2.180.0/24)'),
]

THIRD_PARTIES = [
    ('Hofmann Elektrotechnik GmbH (hofmann-elektrotechnik.de)', 'DE', 'compromised IONOS mailbox used for MFA quishing', 'attack/04'),
    ('Landgasthof Seeblick (landgasthof-seeblick.de)', 'DE', 'compromised WordPress/PHPMailer used as envelope sender', 'attack/08'),
    ('Studio Tecnico Ing. Bertoldi (studiobertoldi@pec.it)', 'IT', 'compromised Aruba PEC mailbox', 'attack/18'),
    ('Tecnoservice Valsugana S.r.l. (tecnoservice-valsugana.it)', 'IT', 'compromised Aruba mailbox sending a fake PO', 'attack/20'),
    ('Agriturismo Maso Fiorito (agriturismo-maso-fiorito.it)', 'IT', 'compromised web host used for bank phishing', 'attack/21'),
    ('Talleres Aeronáuticos del Jarama S.L. (talleresjarama.es)', 'ES', 'compromised cPanel mailbox (Roundcube) sending a loader', 'attack/29'),
    ('Frontistirio Nea Smyrni (frontistirio-nea-smyrni.gr)', 'GR', 'compromised website used as PHPMailer envelope', 'attack/32'),
    ('Ionian Aviation Supplies Ι.Κ.Ε. (ionian-avsupplies.gr)', 'GR', 'compromised Microsoft 365 mailbox with PDF lure', 'attack/35'),
    ('Skyline Charter Brokers, Ferretti Trasporti, Partner Logistik, Lieferant GmbH, АвиаТехСнаб', 'various',
     'real correspondents whose mailboxes/tenants are compromised in the attack scenario', 'attack/02, 10, 17, 25, 37'),
    ('Look-alike domains', 'various',
     'lieferant-grnbh.de, examplegroup-eu.com, datev-unternehmensonline.de, rdu-register.de, lba-bund.de, '
     'northbridge-avfinance.com, companieshouse-gov.uk, exhibitor-directory-eu.com, unhas-procurement.org, '
     'eurocontrol-crco.eu, enac-pagopa.it, unicredit-business-info.com, partner-logistlk.pl, ksef-mf.pl, '
     'agenciatributaria-notifica.es, myaade-gr.com, acs-courier-gr.com, mailbox-quota-center.com, msk-arbitr.ru.com, '
     'sberbusiness-online.ru, sngk-zakupki.ru', 'attack/*'),
]
