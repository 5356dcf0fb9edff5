"""The fixed world of the set: Example Group, its staff and correspondents."""
from . import ids

# ------------------------------------------------------------------ company
DE_VAT = ids.de_ustid('27418390')
IT_PIVA = ids.it_piva('0391547023')
PL_NIP = ids.pl_nip('779246183')
PL_REGON = ids.pl_regon9('38215790')
ES_CIF = ids.es_cif('B', '5062817')
GR_AFM = ids.gr_afm('80142735')
GB_VAT = ids.gb_vat('3418275')
RU_INN = ids.ru_inn10('772378451')
RU_OGRN = ids.ru_ogrn('117774602193')

OFFICES = [
    dict(country='Germany (HQ)', cc='DE', entity='Example Fördertechnik GmbH',
         address='Am Blumenkampshof 12, 47059 Duisburg', phone='+49 203 60874-0',
         ids='USt-IdNr. %s · HRB 31877 AG Duisburg · St.-Nr. 134/5712/0459' % DE_VAT),
    dict(country='Italy', cc='IT', entity='Example Carrelli Elevatori S.r.l.',
         address='Via Francia 21, 37135 Verona (VR)', phone='+39 045 8621 400',
         ids='P.IVA/C.F. IT%s · REA VR-412233' % IT_PIVA),
    dict(country='Poland', cc='PL', entity='Example Wózki Widłowe sp. z o.o.',
         address='ul. Krzywoustego 80, 61-144 Poznań', phone='+48 61 842 17 00',
         ids='NIP %s · REGON %s · KRS 0000891274' % (PL_NIP, PL_REGON)),
    dict(country='Spain', cc='ES', entity='Example Carretillas Elevadoras S.L.',
         address='Calle Ámsterdam 14, Plataforma Logística PLAZA, 50197 Zaragoza', phone='+34 976 45 82 10',
         ids='NIF %s · Registro Mercantil de Zaragoza, Tomo 4512, Hoja Z-70233' % ES_CIF),
    dict(country='Greece', cc='GR', entity='Example Ανυψωτικά Μηχανήματα Μονοπρόσωπη Ι.Κ.Ε.',
         address='17ο χλμ. Λεωφ. ΝΑΤΟ, 19300 Ασπρόπυργος', phone='+30 210 5598 300',
         ids='ΑΦΜ %s (EL%s) · ΔΟΥ ΚΕΦΟΔΕ Αττικής · ΓΕΜΗ 158214301000' % (GR_AFM, GR_AFM)),
    dict(country='United Kingdom', cc='GB', entity='Example Materials Handling Ltd',
         address='Unit 4, Kiln Farm Court, Milton Keynes MK11 3LW', phone='+44 1908 265 400',
         ids='Company no. 11872045 · VAT GB %s %s %s' % (GB_VAT[:3], GB_VAT[3:7], GB_VAT[7:])),
    dict(country='Russia', cc='RU', entity='ООО «Экзампл Техника»',
         address='115088, г. Москва, ул. Угрешская, д. 2, стр. 14', phone='+7 495 641-27-80',
         ids='ИНН %s · КПП 772301001 · ОГРН %s' % (RU_INN, RU_OGRN)),
]

# company bank accounts (for genuine outgoing/incoming payment notices)
EX_DE_IBAN = ids.make_iban('DE', '35040038' + '0418762200')   # Commerzbank Duisburg
EX_IT_IBAN = ids.it_iban('03069', '11710', '100000047312')    # Intesa Sanpaolo
EX_PL_IBAN = ids.make_iban('PL', '11402004' + '0000350281736409')  # mBank
EX_ES_IBAN = ids.es_iban('2085', '5219', '0331274581')        # Ibercaja
EX_GR_IBAN = ids.make_iban('GR', '017' + '2150' + '0005215047813260')  # Piraeus (bank 017, branch 2150)
EX_RU_BIK = '044525225'
EX_RU_ACC = ids.ru_account(EX_RU_BIK, '40702810X38000174521'.replace('X', '0'))

# ------------------------------------------------------------------ staff
STAFF = [
    # key, display, address, office, role
    ('ceo', 'Dr. Matthias Krüger', 'matthias.krueger@example.com', 'Duisburg (DE)', 'Group CEO / Geschäftsführer'),
    ('cfo', 'Sabine Hoffmann', 'sabine.hoffmann@example.com', 'Duisburg (DE)', 'Group CFO'),
    ('ap', 'Jana Becker', 'jana.becker@example.com', 'Duisburg (DE)', 'Accounts payable (Kreditorenbuchhaltung)'),
    ('hr', 'Monika Schäfer', 'monika.schaefer@example.com', 'Duisburg (DE)', 'HR & payroll'),
    ('itlead', 'Thomas Wagner', 'thomas.wagner@example.com', 'Duisburg (DE)', 'Head of IT'),
    ('itsec', 'Lukas Neumann', 'lukas.neumann@example.com', 'Duisburg (DE)', 'IT security & mail administrator'),
    ('assist', 'Laura Fischer', 'laura.fischer@examplegroup.eu', 'Duisburg (DE)', 'Assistant to the CEO'),
    ('proc', 'Andreas Schmitz', 'andreas.schmitz@example.com', 'Duisburg (DE)', 'Procurement (trucks, parts, batteries)'),
    ('sales', 'Kevin Hartmann', 'kevin.hartmann@example.com', 'Duisburg (DE)', 'Sales, new & used forklifts'),
    ('service', 'Markus Weber', 'markus.weber@example.com', 'Duisburg (DE)', 'Service manager (technician dispatch)'),
    ('rental', 'Nicole Braun', 'nicole.braun@example.com', 'Duisburg (DE)', 'Rental fleet & used equipment'),
    ('parts', 'Dennis Koch', 'dennis.koch@example.com', 'Duisburg (DE)', 'Spare-parts warehouse & logistics'),
    ('om_de', 'Birgit Schulz', 'birgit.schulz@example.com', 'Duisburg (DE)', 'Office manager HQ'),
    ('om_it', 'Giulia Romano', 'giulia.romano@example.com', 'Verona (IT)', 'Office manager Italy'),
    ('acc_it', 'Marco Bianchi', 'marco.bianchi@example.com', 'Verona (IT)', 'Accountant Italy'),
    ('om_pl', 'Katarzyna Nowak', 'katarzyna.nowak@example.com', 'Poznań (PL)', 'Office manager Poland'),
    ('acc_pl', 'Piotr Wiśniewski', 'piotr.wisniewski@example.com', 'Poznań (PL)', 'Accountant Poland'),
    ('om_es', 'Lucía Martín', 'lucia.martin@example.com', 'Zaragoza (ES)', 'Office manager Spain'),
    ('acc_es', 'Javier Fernández', 'javier.fernandez@example.com', 'Zaragoza (ES)', 'Accountant Spain'),
    ('om_gr', 'Eleni Papadopoulou', 'eleni.papadopoulou@example.com', 'Aspropyrgos (GR)', 'Office manager Greece'),
    ('acc_gr', 'Georgios Konstantinidis', 'georgios.konstantinidis@example.com', 'Aspropyrgos (GR)', 'Accountant Greece'),
    ('om_uk', 'Sarah Collins', 'sarah.collins@example.com', 'Milton Keynes (UK)', 'Office manager UK'),
    ('acc_uk', 'David Thompson', 'david.thompson@example.com', 'Milton Keynes (UK)', 'Accountant UK'),
    ('om_ru', 'Anna Smirnova', 'anna.smirnova@examplegroup.eu', 'Moscow (RU)', 'Office manager Russia'),
    ('acc_ru', 'Dmitry Volkov', 'dmitry.volkov@examplegroup.eu', 'Moscow (RU)', 'Accountant Russia'),
]
S = {k: (d, a) for k, d, a, o, r in STAFF}

# ------------------------------------------------------------------ correspondents
LIEF_VAT = ids.de_ustid('12473905')
LIEF_IBAN_OLD = ids.make_iban('DE', '48050161' + '0065128833')   # Sparkasse Bielefeld
LIEF_IBAN_NEW = ids.make_iban('DE', '48070020' + '0231847500')   # Deutsche Bank Bielefeld
FER_PIVA = ids.it_piva('0158263033')
FER_IBAN = ids.it_iban('06230', '12601', '000046127784')        # Crédit Agricole Italia
PL_PARTNER_NIP = ids.pl_nip('894310527')
PL_PARTNER_NRB = ids.make_iban('PL', '10203219' + '0000970201784523')  # PKO BP
LFE_CIF = ids.es_cif('A', '5013347')
THL_AFM = ids.gr_afm('09984127')
STS_INN = ids.ru_inn10('503641279')
STS_OGRN = ids.ru_ogrn('115507403861')

CORRESPONDENTS = [
    dict(org='Lieferant GmbH', country='DE (Bielefeld)',
         addrs='Stefan Maier <s.maier@lieferant-gmbh.de>, Petra Lang <p.lang@lieferant-gmbh.de>, Buchhaltung <rechnungen@lieferant-gmbh.de>',
         rel='Supplier of spare parts, tyres, fork arms and traction batteries; USt-IdNr. %s' % LIEF_VAT,
         mail='Own Postfix relay mail.lieferant-gmbh.de [203.0.113.25], DKIM d=lieferant-gmbh.de s=2026a, SPF ip4:203.0.113.25 -all, DMARC p=quarantine; clients Outlook 2021 (Stefan), Thunderbird (Petra), ERP document mailer (Buchhaltung), Roundcube webmail on the same host'),
    dict(org='Ferretti Trasporti S.p.A.', country='IT (Piacenza)',
         addrs='Chiara Colombo <c.colombo@ferretti-trasporti.it>, <amministrazione@ferretti-trasporti.it>',
         rel='Road carrier delivering trucks between Verona/Duisburg and customers; P.IVA IT%s' % FER_PIVA,
         mail='Microsoft 365 (tenant ferrettitrasporti.onmicrosoft.com), EOP outbound 40.107.0.0/16 / 52.100.0.0/14, DKIM selector1 d=ferretti-trasporti.it, DMARC p=none'),
    dict(org='Partner Logistik sp. z o.o.', country='PL (Bielany Wrocławskie)',
         addrs='Tadeusz Zieliński <t.zielinski@partner-logistik.pl>, <ksiegowosc@partner-logistik.pl>',
         rel='Logistics partner: storage and distribution of trucks and parts in Poland; NIP %s' % PL_PARTNER_NIP,
         mail='home.pl hosting (v370.home.net.pl, IdeaSmtpServer, Vade filtering headers), SPF include:_spf.home.pl, no DKIM, no DMARC record; Outlook 2019 (windows-1250) and Comarch ERP Optima mailer'),
    dict(org='Vantrex Material Handling B.V.', country='NL (Venlo)',
         addrs='Ruud Janssen <ruud.janssen@vantrex-mh.com>, dealer portal <noreply@partners.vantrex-mh.com>',
         rel='Manufacturer / importer whose forklifts Example sells and services (authorised dealer)',
         mail='People on Google Workspace (d=vantrex-mh.com s=google); dealer-portal notifications via SendGrid (em8412.vantrex-mh.com), DMARC p=reject'),
    dict(org='Brackmills Distribution Ltd', country='UK (Northampton)',
         addrs='Gareth Price <gareth.price@brackmills-distribution.co.uk>, Emma Shaw <emma.shaw@brackmills-distribution.co.uk>',
         rel='Customer (contract-logistics warehouse): tenders, rentals, service',
         mail='Microsoft 365 (UK tenancy, GBR prod), DKIM selector1 d=brackmills-distribution.co.uk, DMARC p=quarantine; SharePoint Online sharing'),
    dict(org='Logística Frigorífica del Ebro S.A.', country='ES (Zaragoza)',
         addrs='Marta Gil Navarro <marta.gil@lfebro.es>, <administracion@lfebro.es>',
         rel='Customer (cold-store operator), pays by bank transfer, signs contracts via DocuSign; CIF %s' % LFE_CIF,
         mail='Google Workspace (d=lfebro.es s=google), DMARC p=none'),
    dict(org='Magazzini Generali Scaligeri S.r.l.', country='IT (Verona)',
         addrs='Roberto Zanetti <r.zanetti@magazziniscaligeri.it>, <acquisti@magazziniscaligeri.it>',
         rel='Customer (bonded warehouse) issuing tenders for reach trucks',
         mail='Aruba hosting (smtpdh*.aruba.it, "Aruba Outgoing Smtp", X-CMAE-Envelope), DKIM d=magazziniscaligeri.it s=a1, DMARC none'),
    dict(org='Thessaliki Logistics A.E. (Θεσσαλική Logistics Α.Ε.)', country='GR (Sindos, Thessaloniki)',
         addrs='Νίκος Αθανασίου <n.athanasiou@thessaliki-logistics.gr>, <logistirio@thessaliki-logistics.gr>',
         rel='Customer (rents trucks, buys service); ΑΦΜ %s' % THL_AFM,
         mail='Plesk/Postfix server plesk04.ellinikos-host.gr [198.51.100.47], DKIM d=thessaliki-logistics.gr s=default, DMARC p=none; Outlook 2016 (iso-8859-7)'),
    dict(org='ООО «СкладТехСервис»', country='RU (Podolsk)',
         addrs='Ирина Кузнецова <i.kuznetsova@skladtehservis.ru>, Сергей Морозов <s.morozov@skladtehservis.ru>',
         rel='Service partner and parts customer of the Moscow office; ИНН %s' % STS_INN,
         mail='Yandex 360 for business (forward*.mail.yandex.net, DKIM d=skladtehservis.ru s=mail), DMARC p=none'),
    dict(org='Brandt & Vogel Steuerberater PartG mbB', country='DE (Duisburg)',
         addrs='Claudia Vogel <c.vogel@brandt-vogel-stb.de>',
         rel='Tax adviser of the German entity (annual accounts, payroll audits)',
         mail='IONOS (mout.kundenserver.de), DKIM d=brandt-vogel-stb.de s=s1-ionos, DMARC p=quarantine; Outlook 365 desktop'),
    # banks, authorities, platforms
    dict(org='Intesa Sanpaolo (Inbiz)', country='IT', addrs='<inbiz@intesasanpaolo.com>',
         rel='House bank of the Italian entity; Inbiz corporate portal notifications',
         mail='Bank mailer via own gateway (mx-out*.intesasanpaolo.com), DKIM/DMARC p=reject'),
    dict(org='mBank (CompanyNet)', country='PL', addrs='<companynet@mbank.pl>',
         rel='House bank of the Polish entity', mail='Bank mailer, DKIM d=mbank.pl, DMARC p=reject'),
    dict(org='Piraeus Bank (winbank business)', country='GR', addrs='<winbank@piraeusbank.gr>',
         rel='House bank of the Greek entity', mail='Bank mailer, DKIM d=piraeusbank.gr, DMARC p=reject'),
    dict(org='СберБизнес (ПАО Сбербанк)', country='RU', addrs='<noreply@sberbank.ru>',
         rel='House bank of the Russian entity', mail='Bank mailer (mx*.sberbank.ru), DKIM d=sberbank.ru, DMARC p=reject'),
    dict(org='ELSTER (Bayerisches Landesamt für Steuern)', country='DE', addrs='<noreply@elster.de>',
         rel='Tax portal: notice of new documents in the ELSTER mailbox', mail='Government mailer, DKIM d=elster.de, DMARC p=reject'),
    dict(org='Companies House (GOV.UK Notify)', country='UK', addrs='<companies.house@notifications.service.gov.uk>',
         rel='Registrar: identity verification reminders', mail='GOV.UK Notify on Amazon SES eu-west-2, DMARC p=reject'),
    dict(org='DEHú – Dirección Electrónica Habilitada única', country='ES', addrs='<notificaciones.dehu@correo.gob.es>',
         rel='Notice of electronic notifications from the AEAT and other bodies', mail='Government mailer, DMARC p=reject'),
    dict(org='ΑΑΔΕ (myAADE)', country='GR', addrs='<noreply@aade.gr>', rel='Tax authority notices', mail='Government mailer, DKIM d=aade.gr'),
    dict(org='Kontur.Diadok', country='RU', addrs='<noreply@diadoc.kontur.ru>', rel='EDI operator used with Russian counterparties',
         mail='Kontur mailer (mail*.kontur.ru), DKIM d=kontur.ru'),
    dict(org='Microsoft', country='global', addrs='<o365mc@microsoft.com>, <microsoft-noreply@microsoft.com>, <no-reply@sharepointonline.com>',
         rel='Microsoft 365 tenant notifications, invoices, SharePoint sharing', mail='Exchange Online Protection, DKIM d=microsoft.com / d=sharepointonline.com, DMARC p=reject'),
    dict(org='Docusign', country='global', addrs='<dse@eumail.docusign.net>', rel='E-signature envelopes sent by customers',
         mail='Docusign EU mailers, DKIM d=eumail.docusign.net'),
    dict(org='wlw (Visable GmbH)', country='DE', addrs='<service@wlw.de>', rel='B2B supplier directory where Example keeps a paid profile',
         mail='Marketing automation via Amazon SES eu-central-1, DKIM d=wlw.de'),
    dict(org='InPost', country='PL', addrs='<powiadomienia@inpost.pl>', rel='Parcel lockers used by the Poznań office', mail='Mailer via SendGrid, DKIM d=inpost.pl'),
    dict(org='Fakturownia', country='PL', addrs='<powiadomienia@fakturownia.pl>', rel='Invoicing SaaS of the Polish entity (KSeF connector)', mail='Amazon SES eu-central-1, DKIM d=fakturownia.pl'),
]

# DMARC policy as published (None = no record)
DMARC = {
    'example.com': 'quarantine', 'examplegroup.eu': 'quarantine',
    'lieferant-gmbh.de': 'quarantine', 'ferretti-trasporti.it': 'none', 'partner-logistik.pl': None,
    'vantrex-mh.com': 'reject', 'brackmills-distribution.co.uk': 'quarantine', 'lfebro.es': 'none',
    'magazziniscaligeri.it': None, 'thessaliki-logistics.gr': 'none', 'skladtehservis.ru': 'none',
    'brandt-vogel-stb.de': 'quarantine', 'gmail.com': 'none', 'googlemail.com': 'none', 'outlook.com': 'none',
    'hotmail.com': 'none', 'gmx.de': 'quarantine', 'gmx.net': 'quarantine', 'web.de': 'quarantine',
    'microsoft.com': 'reject', 'sharepointonline.com': 'reject', 'docusign.net': 'reject',
    'google.com': 'reject', 'amazonses.com': None, 'elster.de': 'reject', 'service.gov.uk': 'reject',
    'gob.es': 'reject', 'aade.gr': 'none', 'intesasanpaolo.com': 'reject', 'mbank.pl': 'reject',
    'piraeusbank.gr': 'reject', 'sberbank.ru': 'reject', 'kontur.ru': 'reject', 'wlw.de': 'reject',
    'inpost.pl': 'reject', 'fakturownia.pl': 'quarantine', 'yandex.ru': 'reject', 'mail.ru': 'reject',
    'wp.pl': 'reject', 'onet.pl': 'reject', 'libero.it': 'none', 'yahoo.com': 'reject', 'icloud.com': 'quarantine',
}

MULTI_TLDS = ('co.uk', 'com.pl', 'com.gr', 'com.es', 'com.ru', 'co.at', 'gov.uk', 'com.tr', 'com.br', 'com.cn')


def org_domain(d):
    d = d.lower().rstrip('.')
    parts = d.split('.')
    if '.'.join(parts[-2:]) in MULTI_TLDS:
        return '.'.join(parts[-3:])
    if d.endswith('service.gov.uk'):
        return 'service.gov.uk'
    if d.endswith('.gob.es'):
        return 'gob.es'
    return '.'.join(parts[-2:])
