"""Example Group, its staff and its correspondents (fixed data)."""
from . import ids
from .msg import P, DMARC

# ---------------------------------------------------------------- the group
VAT_DE = ids.de_vat('27493081')
PIVA_IT = ids.it_piva('0143276011')
NIP_PL = ids.pl_nip('584277091')
REGON_PL = ids.pl_regon('38162974')
CIF_ES = ids.es_cif('B', '9873612')
AFM_GR = ids.gr_afm('80174052')
VAT_GB = ids.gb_vat('3817426')
INN_RU = ids.ru_inn10('780527163')
OGRN_RU = ids.ru_ogrn('117784731206')

OFFICES = [
    # code, country, entity, address, identifiers, phone
    ('DE', 'Germany (HQ)', 'Example Group Terminals GmbH', 'Köhlbranddeich 21, 21129 Hamburg',
     'USt-IdNr. %s; Steuernummer 48/738/01952; HRB 148213, Amtsgericht Hamburg' % VAT_DE, '+49 40 7422 60-0'),
    ('IT', 'Italy', 'Example Terminal Italia S.r.l.', 'Viale San Bartolomeo 412, 19126 La Spezia (SP)',
     'P.IVA / C.F. IT%s; REA SP-128734' % PIVA_IT, '+39 0187 563 210'),
    ('PL', 'Poland', 'Example Terminal Polska sp. z o.o.', 'ul. Kontenerowa 21, 80-601 Gdańsk',
     'NIP %s (PL%s); REGON %s; KRS 0000783512' % (NIP_PL, NIP_PL, REGON_PL), '+48 58 340 77 00'),
    ('ES', 'Spain', 'Example Terminal España S.L.', 'Muelle Príncipe Felipe s/n, 46024 Valencia',
     'NIF %s (VAT ES%s)' % (CIF_ES, CIF_ES), '+34 963 936 410'),
    ('GR', 'Greece', 'Example Terminals Hellas Μονοπρόσωπη Α.Ε.', 'Ακτή Μιαούλη 47, 185 36 Πειραιάς',
     'ΑΦΜ %s, ΔΟΥ ΦΑΕ Πειραιά (VAT EL%s); ΓΕΜΗ 158234507000' % (AFM_GR, AFM_GR), '+30 210 429 1800'),
    ('UK', 'United Kingdom', 'Example Terminals UK Ltd', 'Dock Gate 2, Walton Avenue, Felixstowe IP11 3HH',
     'Company No. 11482937; VAT %s' % VAT_GB, '+44 1394 610 450'),
    ('RU', 'Russia', 'ООО «Экзампл Терминал»', '198035, Санкт-Петербург, Межевой канал, д. 5, лит. АК',
     'ИНН %s, КПП 780501001, ОГРН %s' % (INN_RU, OGRN_RU), '+7 812 448 37 00'),
]

# ---------------------------------------------------------------- staff
STAFF = [
    # key, display name, address, office, role
    ('ceo', 'Henrik Brandt', 'henrik.brandt@example.com', 'DE', 'Chief Executive Officer (Vorsitzender der Geschäftsführung)'),
    ('cfo', 'Katrin Wölfel', 'katrin.woelfel@example.com', 'DE', 'Chief Financial Officer'),
    ('ap', 'Sabine Krüger', 'sabine.krueger@example.com', 'DE', 'Accounts payable (Kreditorenbuchhaltung)'),
    ('hr', 'Jana Schütz', 'jana.schuetz@example.com', 'DE', 'HR & payroll (Personal und Entgeltabrechnung)'),
    ('it', 'Thomas Reimers', 'thomas.reimers@example.com', 'DE', 'Head of IT'),
    ('sec', 'Lukas Petersen', 'lukas.petersen@example.com', 'DE', 'IT security & mail administrator'),
    ('assist', 'Miriam Böhm', 'miriam.boehm@example.com', 'DE', 'Assistant to the CEO'),
    ('buy', 'Frank Ostermann', 'frank.ostermann@example.com', 'DE', 'Procurement (Einkauf technische Ersatzteile)'),
    ('sales', 'Nele Carstensen', 'nele.carstensen@examplegroup.eu', 'DE', 'Sales / key account manager shipping lines'),
    ('ops', 'Dirk Matthiesen', 'dirk.matthiesen@example.com', 'DE', 'Head of terminal operations'),
    ('tech', 'Marco Steffens', 'marco.steffens@example.com', 'DE', 'Technical manager cranes & equipment'),
    ('plan', 'Anna Lüdemann', 'anna.luedemann@example.com', 'DE', 'Vessel & berth planning'),
    ('docs', 'Birte Hansen', 'birte.hansen@example.com', 'DE', 'Customer service, customs & documentation'),
    ('it_om', 'Giulia Ferraro', 'giulia.ferraro@example.com', 'IT', 'Office manager La Spezia'),
    ('it_acc', 'Roberto Mancini', 'roberto.mancini@example.com', 'IT', 'Accountant (contabilità) La Spezia'),
    ('pl_om', 'Katarzyna Wójcik', 'katarzyna.wojcik@example.com', 'PL', 'Office manager Gdańsk'),
    ('pl_acc', 'Marek Kowalczyk', 'marek.kowalczyk@example.com', 'PL', 'Chief accountant (główny księgowy) Gdańsk'),
    ('es_om', 'Lucía Martínez', 'lucia.martinez@example.com', 'ES', 'Office manager Valencia'),
    ('es_acc', 'Javier Ortega', 'javier.ortega@example.com', 'ES', 'Accountant (contable) Valencia'),
    ('gr_om', 'Eleni Papadopoulou', 'eleni.papadopoulou@examplegroup.eu', 'GR', 'Office manager Piraeus'),
    ('gr_acc', 'Georgios Nikolaidis', 'georgios.nikolaidis@example.com', 'GR', 'Accountant (λογιστής) Piraeus'),
    ('uk_om', 'Sarah Whitfield', 'sarah.whitfield@examplegroup.eu', 'UK', 'Office manager Felixstowe'),
    ('uk_acc', 'James Holloway', 'james.holloway@example.com', 'UK', 'Accountant Felixstowe'),
    ('ru_om', 'Olga Smirnova', 'olga.smirnova@example.com', 'RU', 'Office manager St Petersburg'),
    ('ru_acc', 'Dmitry Volkov', 'dmitry.volkov@example.com', 'RU', 'Chief accountant (главный бухгалтер) St Petersburg'),
]
S = {k: P(n, e) for (k, n, e, o, r) in STAFF}
NATIVE = {'ru_om': 'Ольга Смирнова', 'ru_acc': 'Дмитрий Волков', 'gr_om': 'Ελένη Παπαδοπούλου',
          'gr_acc': 'Γεώργιος Νικολαΐδης'}


def native(key):
    return P(NATIVE.get(key, S[key].name), S[key].email)


# ---------------------------------------------------------------- correspondents
LF_VAT = ids.de_vat('11486204')
LF_OLD = ids.iban('DE', '29050101' + '0081264537')     # Sparkasse Bremen
LF_NEW = ids.iban('DE', '29040090' + '0121083400')     # Commerzbank Bremen (genuine change, Dec 2026)
FT_PIVA = ids.it_piva('0118432011')
FT_IBAN = ids.iban('IT', ids.it_bban('06230', '49830', '000046718302'))  # Crédit Agricole Italia
PL_NIP = ids.pl_nip('583316842')
PL_IBAN = ids.iban('PL', '11402004' + '0000340219847561')  # mBank
AM_VAT = ids.gb_vat('2964113')
AM_IBAN = ids.iban('GB', 'BUKB' + '20304173926418')     # Barclays, sort code 20-30-41
AM_SORT, AM_ACC = '20-30-41', '73926418'
GL_CIF = ids.es_cif('B', '9641827')
GL_IBAN = ids.iban('ES', ids.es_bban('2100', '3912', '0201478563'))   # CaixaBank
AE_AFM = ids.gr_afm('09986124')
AE_IBAN = ids.iban('GR', '0172' + '0330' + '0005033084126' + '73')    # Piraeus Bank
HP_AFM = ids.gr_afm('80031786')
HP_IBAN = ids.iban('GR', '0110' + '1410' + '0000141001836' + '42')    # National Bank of Greece
BF_INN = ids.ru_inn10('780261453')
BF_KPP = '780201001'
BF_BIK = '044030653'   # ПАО Сбербанк, Северо-Западный банк
BF_CORR = ids.ru_corr_account(BF_BIK, '30101810500000000653')
BF_ACC = ids.ru_account(BF_BIK, '40702810055040018364')
NP_VAT = ids.de_vat('21736590')
BC_NIP = ids.pl_nip('586203174')
BX_VAT = ids.gb_vat('4418263')
SB_PIVA = ids.it_piva('0127653011')

CORRESPONDENTS = [
    ('Lieferant GmbH (Stefan Maier, Petra Lang, Buchhaltung)', 'DE',
     's.maier@lieferant-gmbh.de, p.lang@lieferant-gmbh.de, rechnungen@lieferant-gmbh.de',
     'Supplier of spreader, twistlock and hydraulic spare parts for STS cranes; Bremen. USt-IdNr. %s' % LF_VAT,
     'Own Postfix relay mail.lieferant-gmbh.de [203.0.113.25], OpenDKIM (s=dkim2025), Outlook 2021 clients; '
     'Roundcube webmail on the same host; DMARC p=quarantine'),
    ('Ferretti Trasporti S.p.A. (Chiara Colombo, amministrazione)', 'IT',
     'c.colombo@ferretti-trasporti.it, amministrazione@ferretti-trasporti.it',
     'Road haulier moving containers to and from the La Spezia terminal; Sarzana (SP). P.IVA IT%s' % FT_PIVA,
     'Microsoft 365 (EU tenant, DKIM selector1), Outlook; DMARC p=none'),
    ('Partner Logistik sp. z o.o. (Tadeusz Zieliński, księgowość)', 'PL',
     't.zielinski@partner-logistik.pl, ksiegowosc@partner-logistik.pl',
     'Intermodal rail operator / logistics partner at the Gdańsk terminal. NIP %s' % PL_NIP,
     'home.pl hosting (cloudserver090619.home.pl [79.96.170.134], Postfix + IdeaSmtp, Vade), Thunderbird/Outlook; DMARC p=none'),
    ('Nordic Ocean Lines A/S (Mads Kjærgaard, Line Sørensen)', 'DK',
     'mads.kjaergaard@nordicoceanlines.com, line.sorensen@nordicoceanlines.com',
     'Container shipping line, terminal customer (Terminal Services Agreement)',
     'Microsoft 365 (EU), sends contracts via DocuSign EU; DMARC p=reject'),
    ('Anglia Marine Engineering Ltd (Gareth Pryce, accounts)', 'UK',
     'gareth.pryce@angliamarine.co.uk, accounts@angliamarine.co.uk',
     'Crane electrical & marine engineering contractor, Felixstowe/Ipswich. VAT %s' % AM_VAT,
     'Google Workspace; invoices sent through Xero (post.xero.com); DMARC p=quarantine'),
    ('Nordhoff & Partner mbB Steuerberatungsgesellschaft (Christiane Nordhoff, Kai Lemke)', 'DE',
     'c.nordhoff@nordhoff-stb.de, k.lemke@nordhoff-stb.de',
     'Tax adviser of the German entity (annual accounts, payroll audits). USt-IdNr. %s' % NP_VAT,
     'IONOS hosted mail (mout.kundenserver.de), Outlook; DMARC p=none'),
    ('Grúas y Mantenimiento Levante S.L. (Vicente Soler, facturación)', 'ES',
     'vicente.soler@gruaslevante.es, facturacion@gruaslevante.es',
     'Crane and RTG maintenance contractor in Valencia. NIF %s' % GL_CIF,
     'Google Workspace (DKIM s=google); invoices with VERI*FACTU QR; DMARC p=quarantine'),
    ('Aegean Ship Agency S.A. / Ναυτιλιακό Πρακτορείο Αιγαίου Α.Ε. (Nikolaos Vlachos, Maria Antonopoulou)', 'GR',
     'n.vlachos@aegeanagency.gr, accounts@aegeanagency.gr',
     'Liner shipping agent in Piraeus (arrival notices, D/O, local charges). ΑΦΜ %s' % AE_AFM,
     'cPanel/Exim hosting server23.grhost.gr [185.138.42.23], Outlook; DMARC p=none'),
    ('Hellenic Port Supplies Ε.Π.Ε. (Κώστας Δημητρίου)', 'GR', 'k.dimitriou@hps-piraeus.gr, invoices@hps-piraeus.gr',
     'Supplier of tyres and spare parts for straddle carriers and reach stackers. ΑΦΜ %s' % HP_AFM,
     'Google Workspace; invoices issued through a certified myDATA provider; DMARC p=none'),
    ('ООО «Балтийская экспедиторская компания» (Андрей Кузнецов, бухгалтерия)', 'RU',
     'a.kuznetsov@balt-fc.ru, buh@balt-fc.ru',
     'Freight forwarder, customer of the St Petersburg office. ИНН %s' % BF_INN,
     'Yandex 360 for business (forward*.mail.yandex.net), DKIM s=mail; DMARC p=none'),
    ('Bexley Project Logistics Ltd (Rebecca Hartley)', 'UK', 'rebecca.hartley@bexleyprojects.co.uk',
     'Project-cargo forwarder, sends RFQs for breakbulk/wind components. VAT %s' % BX_VAT,
     'Microsoft 365 (UK tenant); DMARC p=reject'),
    ('Studio Bellandi Commercialisti Associati (dott. Paolo Bellandi)', 'IT', 'p.bellandi@studiobellandi.it',
     'Tax adviser (commercialista) of the Italian entity. P.IVA IT%s' % SB_PIVA,
     'Aruba hosted mail (smtpcmd*.aruba.it), Outlook; no DMARC record'),
    ('Baltica Shipping Agency sp. z o.o. (Agnieszka Nowicka)', 'PL', 'a.nowicka@balticaagency.pl',
     'Shipping agency in Gdynia; sends enquiries and service orders. NIP %s' % BC_NIP,
     'OVHcloud hosted Exchange (mail-out.ovh.net); DMARC p=none'),
    ('Quayside Media Ltd – “Terminal Operations Weekly”', 'UK', 'newsletter@terminalopsweekly.com',
     'Trade newsletter subscribed to by the operations team', 'Mailchimp (mcdlv.net), DKIM d=terminalopsweekly.com s=k2'),
]

DMARC.update({
    'lieferant-gmbh.de': 'quarantine', 'ferretti-trasporti.it': 'none', 'partner-logistik.pl': 'none',
    'nordicoceanlines.com': 'reject', 'angliamarine.co.uk': 'quarantine', 'nordhoff-stb.de': 'none',
    'gruaslevante.es': 'quarantine', 'aegeanagency.gr': 'none', 'hps-piraeus.gr': 'none', 'balt-fc.ru': 'none',
    'bexleyprojects.co.uk': 'reject', 'balticaagency.pl': 'none', 'terminalopsweekly.com': 'none',
    'example.com': 'reject', 'examplegroup.eu': 'reject',
    'gmail.com': 'none', 'googlemail.com': 'none', 'google.com': 'reject', 'microsoft.com': 'reject',
    'docusign.net': 'reject', 'docusign.com': 'reject', 'paypal.com': 'reject', 'adobesign.com': 'reject',
    'adobe.com': 'reject', 'xero.com': 'reject', 'service.gov.uk': 'reject', 'gov.uk': 'reject',
    'gmx.de': 'none', 'web.de': 'none', 'mail.ru': 'reject', 'yandex.ru': 'none', 'dropbox.com': 'reject',
    'canva.com': 'reject', 'aade.gr': 'none', 'dpd.com.pl': 'reject', 'kontur.ru': 'reject', 'piraeusbank.gr': 'reject',
    'sharepointonline.com': 'reject', 'correo.gob.es': 'none', 'contrataciondelestado.es': 'none',
    'sberbank.ru': 'reject', 'datev.de': 'reject', 'hafenportal-nord.de': 'reject', 'outlook.com': 'none',
    'hotmail.com': 'none', 't-online.de': 'none', 'interia.pl': 'none', 'yandex.ru': 'none',
})


def people(*keys):
    return [S[k] for k in keys]


# ---------------------------------------------------------------- signatures
def sig_de(key, phone_ext, extra_title=None):
    p = S[key]
    role = extra_title or {'ceo': 'Vorsitzender der Geschäftsführung', 'cfo': 'Geschäftsführerin Finanzen (CFO)',
                           'ap': 'Kreditorenbuchhaltung', 'hr': 'Personal & Entgeltabrechnung', 'it': 'Leiter IT',
                           'sec': 'IT-Sicherheit / Mail-Administration', 'assist': 'Assistenz der Geschäftsführung',
                           'buy': 'Einkauf Technik', 'sales': 'Key Account Management', 'ops': 'Leiter Terminalbetrieb',
                           'tech': 'Technischer Leiter Krane & Geräte', 'plan': 'Liegeplatz- und Schiffsplanung',
                           'docs': 'Kundenservice / Zoll & Dokumentation'}[key]
    return ('%s\n%s\n\nExample Group Terminals GmbH\nKöhlbranddeich 21 | 21129 Hamburg\nTel. +49 40 7422 60-%s\n%s\n'
            'www.example.com\n\nSitz Hamburg | Amtsgericht Hamburg HRB 148213 | USt-IdNr. %s\n'
            'Geschäftsführung: Henrik Brandt (Vorsitzender), Katrin Wölfel'
            % (p.name, role, phone_ext, p.email, VAT_DE))


def sig_en_hq(key, phone_ext, title):
    p = S[key]
    return ('%s\n%s\nExample Group Terminals GmbH | Köhlbranddeich 21 | 21129 Hamburg | Germany\nT +49 40 7422 60-%s | %s'
            % (p.name, title, phone_ext, p.email))
