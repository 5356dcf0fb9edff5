"""Fixed world: Example Group (hydraulic pumps & valves), staff, correspondents, domains."""
from . import ids

TRADE = 'hydraulic pumps and valves (gear pumps, axial-piston pumps, directional and pressure valves, marine & mobile hydraulics)'

OFFICES = [
    # code, entity, address, city/country, tax ids (label, value), phone
    dict(code='DE', entity='Example Group GmbH', role='Headquarters, R&D, pump and valve production',
         address='Wannenäckerstraße 40, 74078 Heilbronn, Germany',
         ids=[('USt-IdNr.', ids.de_vat('28467315')), ('Steuernummer', '65203/41877 (Finanzamt Heilbronn)'),
              ('Handelsregister', 'Amtsgericht Stuttgart HRB 738215')],
         phone='+49 7131 6390-0'),
    dict(code='IT', entity='Example Group Italia S.r.l.', role='Sales & service Italy, valve block assembly',
         address='Via dei Trasporti 7, 42124 Reggio Emilia (RE), Italy',
         ids=[('Partita IVA / C.F.', ids.it_piva('0281734035')), ('REA', 'RE-305812'),
              ('Codice destinatario SdI', 'M5UXCR1'), ('PEC', 'examplegroupitalia@legalmail.it')],
         phone='+39 0522 187 440'),
    dict(code='PL', entity='Example Group Polska sp. z o.o.', role='Sales & warehouse Poland',
         address='ul. Fabryczna 21, 53-609 Wrocław, Poland',
         ids=[('NIP', ids.pl_nip('894318265')), ('REGON', ids.pl_regon('02163571')), ('KRS', '0000718452')],
         phone='+48 71 307 44 60'),
    dict(code='ES', entity='Example Group Ibérica S.L.', role='Sales & service Spain and Portugal',
         address='Calle Río Guadalope 12, Polígono Industrial Plaza, 50197 Zaragoza, Spain',
         ids=[('NIF', ids.es_cif('B', '5087341')), ('Registro Mercantil', 'Zaragoza, Tomo 4217, Folio 88, Hoja Z-61344')],
         phone='+34 976 468 210'),
    dict(code='GR', entity='Example Group Hellas Μονοπρόσωπη Α.Ε.', role='Marine sales & service (shipping customers, Piraeus)',
         address='Ακτή Μιαούλη 47, 185 36 Πειραιάς (Akti Miaouli 47, Piraeus), Greece',
         ids=[('ΑΦΜ', ids.gr_afm('80147295')), ('ΔΟΥ', 'ΦΑΕ Πειραιά'), ('ΓΕΜΗ', '158724307000')],
         phone='+30 210 418 6620'),
    dict(code='UK', entity='Example Group UK Ltd', role='Sales & service UK and Ireland',
         address='Unit 4, Europa Link, Sheffield Business Park, Sheffield S9 1XU, United Kingdom',
         ids=[('VAT', 'GB' + ids.gb_vat('2847103')), ('Company number', '10487321 (England and Wales)')],
         phone='+44 114 296 3150'),
    dict(code='RU', entity='ООО «Экзампл Груп Рус»', role='Service of installed pumps and spare parts (Russia)',
         address='196084, г. Санкт-Петербург, ул. Коли Томчака, д. 28, лит. А, офис 412',
         ids=[('ИНН', ids.ru_inn10('781034572')), ('КПП', '781001001'), ('ОГРН', ids.ru_ogrn('117784713920'))],
         phone='+7 812 407-31-18'),
]

OFFICE_CITY = {'DE': 'Heilbronn', 'IT': 'Reggio Emilia', 'PL': 'Wrocław', 'ES': 'Zaragoza', 'GR': 'Piraeus',
               'UK': 'Sheffield', 'RU': 'Saint Petersburg'}

# key, display name, address, office, role
STAFF = [
    ('ceo', 'Matthias Krämer', 'matthias.kraemer@example.com', 'DE', 'Chief Executive Officer (Geschäftsführer)'),
    ('cfo', 'Sabine Hoffmann', 'sabine.hoffmann@example.com', 'DE', 'Chief Financial Officer'),
    ('ap', 'Jana Schulte', 'jana.schulte@example.com', 'DE', 'Accounts payable (Kreditorenbuchhaltung)'),
    ('ap2', 'Melanie Vogt', 'melanie.vogt@example.com', 'DE', 'Accounts payable / receivable'),
    ('hr', 'Katrin Wagner', 'katrin.wagner@example.com', 'DE', 'HR & payroll'),
    ('it', 'Thomas Becker', 'thomas.becker@example.com', 'DE', 'Head of IT'),
    ('sec', 'Lukas Brandt', 'lukas.brandt@example.com', 'DE', 'IT security & mail administrator'),
    ('assist', 'Anja Richter', 'anja.richter@example.com', 'DE', 'Assistant to the CEO'),
    ('proc', 'Markus Weber', 'markus.weber@example.com', 'DE', 'Head of procurement (Einkauf)'),
    ('sales', 'Daniel Schmitt', 'daniel.schmitt@example.com', 'DE', 'Key account manager DACH (mobile hydraulics)'),
    ('export', 'Julia Neumann', 'julia.neumann@examplegroup.eu', 'DE', 'Export sales manager (marine & offshore)'),
    ('prod', 'Jürgen Fischer', 'juergen.fischer@example.com', 'DE', 'Production manager (pump assembly & test bench)'),
    ('qm', 'Nicole Hartmann', 'nicole.hartmann@example.com', 'DE', 'Quality manager'),
    ('log', 'Ralf Köhler', 'ralf.koehler@example.com', 'DE', 'Logistics & shipping'),
    ('it_om', 'Francesca Bianchi', 'francesca.bianchi@example.com', 'IT', 'Office manager Italy'),
    ('it_acc', 'Marco Rinaldi', 'marco.rinaldi@example.com', 'IT', 'Accountant Italy (contabilità)'),
    ('pl_om', 'Agnieszka Nowak', 'agnieszka.nowak@example.com', 'PL', 'Office manager Poland'),
    ('pl_acc', 'Paweł Wiśniewski', 'pawel.wisniewski@example.com', 'PL', 'Accountant Poland (główny księgowy)'),
    ('es_om', 'Lucía Fernández', 'lucia.fernandez@examplegroup.eu', 'ES', 'Office manager Spain'),
    ('es_acc', 'Javier Ruiz', 'javier.ruiz@example.com', 'ES', 'Accountant Spain (contable)'),
    ('gr_om', 'Eleni Papadopoulou', 'eleni.papadopoulou@examplegroup.eu', 'GR', 'Office manager Greece'),
    ('gr_acc', 'Georgios Antoniou', 'georgios.antoniou@example.com', 'GR', 'Accountant Greece (λογιστής)'),
    ('uk_om', 'Sarah Thompson', 'sarah.thompson@example.com', 'UK', 'Office manager UK'),
    ('uk_acc', 'James Whitfield', 'james.whitfield@example.com', 'UK', 'Accountant UK'),
    ('ru_om', 'Olga Smirnova', 'olga.smirnova@examplegroup.eu', 'RU', 'Office manager Russia'),
    ('ru_acc', 'Dmitry Kuznetsov', 'dmitry.kuznetsov@example.com', 'RU', 'Accountant Russia (бухгалтер)'),
]
S = {k: dict(key=k, name=n, email=e, office=o, role=r) for k, n, e, o, r in STAFF}

# Native spellings used in local-language signatures / display names
NATIVE = {
    'gr_om': 'Ελένη Παπαδοπούλου', 'gr_acc': 'Γεώργιος Αντωνίου',
    'ru_om': 'Ольга Смирнова', 'ru_acc': 'Дмитрий Кузнецов',
}

# ---------------------------------------------------------------- bank accounts
BANK = {
    # Example Group's own accounts
    'eg_de': dict(holder='Example Group GmbH', bank='Kreissparkasse Heilbronn', bic='HEISDE66XXX',
                  iban=ids.iban_from_bban('DE', '62050000' + '0007318846')),
    'eg_it': dict(holder='Example Group Italia S.r.l.', bank='BPER Banca, Reggio Emilia', bic='BPMOIT22XXX',
                  iban=ids.it_iban('05387', '12800', '000002741153')),
    # Lieferant GmbH: old and new account (genuine change, business/01)
    'lief_old': dict(holder='Lieferant GmbH', bank='Sparkasse Siegen', bic='WELADED1SIE',
                     iban=ids.iban_from_bban('DE', '46050001' + '0000482117')),
    'lief_new': dict(holder='Lieferant GmbH', bank='Commerzbank AG, Filiale Siegen', bic='COBADEFFXXX',
                     iban=ids.iban_from_bban('DE', '46040033' + '0218840500')),
    # fraud account in attack/01 (neobank money-mule account)
    'fraud_lief': dict(holder='Lieferant GmbH', bank='Solaris SE', bic='SOBKDEBBXXX',
                       iban=ids.iban_from_bban('DE', '11010100' + '2647193058')),
    # Ferretti Trasporti genuine and fraud (attack/17)
    'ferretti': dict(holder='Ferretti Trasporti S.p.A.', bank='BPER Banca, Modena', bic='BPMOIT22XXX',
                     iban=ids.it_iban('05387', '12900', '000000846217')),
    'fraud_ferretti': dict(holder='Ferretti Trasporti SpA', bank='UAB Paysera LT', bic='EVIULT2VXXX',
                           iban=ids.iban_from_bban('LT', '35000' + '10017462913')),
    # Partner Logistik genuine old/new and fraud (attack/22)
    'pl_old': dict(holder='Partner Logistik sp. z o.o.', bank='mBank S.A.', bic='BREXPLPWXXX',
                   iban=ids.pl_iban('1140200', '4000330271846512')),
    'pl_new': dict(holder='Partner Logistik sp. z o.o.', bank='PKO Bank Polski S.A.', bic='BPKOPLPWXXX',
                   iban=ids.pl_iban('1020405', '5000000286201337')),
    'fraud_pl': dict(holder='Partner Logistik', bank='Santander Bank Polska S.A.', bic='WBKPPLPPXXX',
                     iban=ids.pl_iban('1090213', '5000000152849907')),
    'hydromasz': dict(holder='Hydromasz Serwis sp. z o.o.', bank='ING Bank Śląski S.A.', bic='INGBPLPWXXX',
                      iban=ids.pl_iban('1050121', '1000000097320458')),
    'eg_pl': dict(holder='Example Group Polska sp. z o.o.', bank='Bank Pekao S.A.', bic='PKOPPLPWXXX',
                  iban=ids.pl_iban('1240673', '1111001082749912')),
    # Spain
    'moncayo': dict(holder='Asesoría Laboral Moncayo S.L.', bank='Ibercaja Banco', bic='CAZRES2ZXXX',
                    iban=ids.es_iban('2085', '5271', '0331846027')),
    'fraud_payroll': dict(holder='Javier Ruiz Lasheras', bank='Revolut Bank UAB, Sucursal en España', bic='REVOESM2XXX',
                          iban=ids.es_iban('1583', '0001', '1290774532')),
    'payroll_real': dict(holder='Javier Ruiz Lasheras', bank='Ibercaja Banco', bic='CAZRES2ZXXX',
                         iban=ids.es_iban('2085', '5402', '0871203319')),
    # Greece
    'argyriou': dict(holder='ΑΡΓΥΡΙΟΥ ΔΙΕΘΝΕΙΣ ΜΕΤΑΦΟΡΕΣ Α.Ε.', bank='Eurobank', bic='ERBKGRAAXXX',
                     iban=ids.iban_from_bban('GR', '026' + '0140' + '0000620200918431')),
    'fraud_gr_ceo': dict(holder='Marinvest Holdings Ltd', bank='Hellenic Bank Public Company Ltd', bic='HEBACY2NXXX',
                         iban=ids.iban_from_bban('CY', '005' + '00214' + '0010294371660028')),
    # DE others
    'ihk': dict(holder='IHK Heilbronn-Franken', bank='Kreissparkasse Heilbronn', bic='HEISDE66XXX',
                iban=ids.iban_from_bban('DE', '62050000' + '0000011403')),
    'brandl': dict(holder='Dr. Brandl & Partner mbB', bank='Volksbank Heilbronn', bic='GENODES1VHN',
                   iban=ids.iban_from_bban('DE', '62090100' + '0304418002')),
    # UK
    'dalesoft': dict(holder='Dalesoft CAD Solutions Ltd', bank='Barclays Bank UK PLC', bic='BUKBGB22XXX',
                     iban=ids.iban_from_bban('GB', 'BUKB' + '208219' + '63184027')),
    # Nigeria-style advance fee (attack/09): UAE account
    'fraud_adv': dict(holder='Al Noor Procurement Consultancy FZE', bank='Emirates NBD', bic='EBILAEADXXX',
                      iban=ids.iban_from_bban('AE', '260' + '1015428869301001')),
}

RU_BANK = dict(bank='Северо-Западный банк ПАО Сбербанк', bik='044030653', ks='30101810500000000653')
RU_ACC_EG = ids.ru_account('044030653', '40702810X55000047712')
RU_ACC_NEVA = ids.ru_account('044030653', '40702810X55000091348')
RU_FRAUD = dict(bank='АО «ТБанк»', bik='044525974', ks='30101810145250000974')
RU_ACC_FRAUD = ids.ru_account('044525974', '40702810X10001873352')

# ---------------------------------------------------------------- correspondents
CORRESPONDENTS = [
    dict(org='Lieferant GmbH', country='DE',
         people=['Stefan Maier <s.maier@lieferant-gmbh.de> (Vertrieb Innendienst)',
                 'Petra Lang <p.lang@lieferant-gmbh.de> (Auftragsabwicklung)',
                 'Buchhaltung <rechnungen@lieferant-gmbh.de>'],
         rel='Supplier of hydraulic valve-body castings (EN-GJS-500-7) and seal kits, Siegen',
         mail='Own Postfix relay mail.lieferant-gmbh.de [203.0.113.25]; OpenDKIM s=lg2025; SPF -all; DMARC p=quarantine; staff use Outlook 2021, invoices from proALPHA ERP'),
    dict(org='Ferretti Trasporti S.p.A.', country='IT',
         people=['Chiara Colombo <c.colombo@ferretti-trasporti.it> (ufficio traffico)',
                 '<amministrazione@ferretti-trasporti.it> (amministrazione)'],
         rel='Road carrier (groupage and FTL Italy–Germany), Modena',
         mail='Microsoft 365 (EUR, tenant ferrettitrasporti.onmicrosoft.com), DKIM selector1/selector2; DMARC p=none'),
    dict(org='Partner Logistik sp. z o.o.', country='PL',
         people=['Tadeusz Zieliński <t.zielinski@partner-logistik.pl> (kierownik spedycji)',
                 '<ksiegowosc@partner-logistik.pl> (księgowość)'],
         rel='Logistics partner: warehousing and distribution in Poland, Poznań',
         mail='home.pl shared hosting (cloudserver*.home.pl, IdeaSmtpServer), DKIM s=default; no DMARC record'),
    dict(org='Holzmann Baumaschinen GmbH', country='DE',
         people=['Sebastian Roth <sebastian.roth@holzmann-baumaschinen.de> (Strategischer Einkauf)'],
         rel='Customer: compact excavator OEM buying gear pumps and control valves, Ulm; sends contracts via DocuSign',
         mail='Microsoft 365 (EUR); DocuSign EU account; DMARC p=reject'),
    dict(org='Dr. Brandl & Partner mbB Steuerberatungsgesellschaft', country='DE',
         people=['Claudia Brandl <c.brandl@brandl-partner.de> (Steuerberaterin)',
                 'Tobias Engel <t.engel@brandl-partner.de> (Steuerfachwirt)'],
         rel='Tax adviser of the German entity (VAT returns, ELSTER filings), Heilbronn',
         mail='Hosted Exchange behind Hornetsecurity (antispameurope.com outbound relays); DMARC p=quarantine'),
    dict(org='Fonderia Valpadana S.r.l.', country='IT',
         people=['Luca Ferraro <l.ferraro@fonderiavalpadana.it> (commerciale)',
                 '<amministrazione@fonderiavalpadana.it>', 'PEC fonderiavalpadana@legalmail.it'],
         rel='Supplier of ductile-iron pump housings, Brescia; e-invoices via SdI with courtesy copy by e-mail',
         mail='Aruba business mail (smtpcmd*.aruba.it), DKIM s=a1; no DMARC'),
    dict(org='Pennine Fluid Power Ltd', country='UK',
         people=['Gareth Holt <gareth.holt@penninefluidpower.co.uk> (purchasing manager)',
                 'Emma Sykes <emma.sykes@penninefluidpower.co.uk> (accounts)'],
         rel='UK distributor of Example pumps and valve banks, Bradford',
         mail='Microsoft 365 (GBR), DKIM selector1; DMARC p=quarantine'),
    dict(org='Thalassa Ship Management S.A.', country='GR',
         people=['Nikos Karalis <n.karalis@thalassaship.gr> (technical superintendent)',
                 'Purchasing <purchasing@thalassaship.gr>'],
         rel='Customer: Piraeus ship manager (bulk carriers), buys hatch-cover and steering-gear pumps',
         mail='Google Workspace, DKIM s=google; DMARC p=none'),
    dict(org='Hydromasz Serwis sp. z o.o.', country='PL',
         people=['Krzysztof Mazur <k.mazur@hydromasz.pl> (handlowiec)', '<faktury@hydromasz.pl>'],
         rel='Customer / service partner: hydraulic repair shop, Katowice',
         mail='nazwa.pl hosting (Postfix, server*.nazwa.pl); no DKIM; no DMARC'),
    dict(org='Construcciones Mecánicas del Ebro S.A.', country='ES',
         people=['Álvaro Gil <agil@cmebro.es> (compras)'],
         rel='Customer: agricultural and forestry machinery manufacturer, Zaragoza',
         mail='Google Workspace, DKIM s=google; DMARC p=quarantine'),
    dict(org='Asesoría Laboral Moncayo S.L.', country='ES',
         people=['Pilar Sanz <psanz@asesoriamoncayo.es>', 'Nóminas <nominas@asesoriamoncayo.es>'],
         rel='Payroll and labour adviser (gestoría) of the Spanish entity, Zaragoza; invoices with VERI*FACTU QR',
         mail='Plesk server mail.asesoriamoncayo.es (Postfix), DKIM s=default; DMARC p=none'),
    dict(org='Argyriou International Transports S.A. (ΑΡΓΥΡΙΟΥ ΔΙΕΘΝΕΙΣ ΜΕΤΑΦΟΡΕΣ Α.Ε.)', country='GR',
         people=['Μαρία Κωνσταντίνου <accounts@argyriou-forwarding.gr> (λογιστήριο)'],
         rel='Freight forwarder / customs broker at Piraeus port; invoices with myDATA QR',
         mail='cPanel hosting (Exim, server.grhost.gr), DKIM s=default; DMARC p=none'),
    dict(org='Dalesoft CAD Solutions Ltd', country='UK',
         people=['Renewals <renewals@dalesoft.co.uk>'],
         rel='CAD software reseller (SOLIDWORKS subscriptions of the UK and DE design teams), Harrogate',
         mail='Microsoft 365 (GBR); DMARC p=reject'),
    dict(org='ООО «Невский насосный сервис»', country='RU',
         people=['Андрей Волков <a.volkov@nevnasos.ru> (главный инженер)', '<buh@nevnasos.ru> (бухгалтерия)'],
         rel='Customer: pump repair and service company, Saint Petersburg',
         mail='Yandex 360 for business (forward*.mail.yandex.net), DKIM s=mail; DMARC p=none'),
]

PLATFORMS = [
    dict(org='DocuSign (EU)', country='—', addr='dse@eumail.docusign.net', rel='E-signature envelopes (Holzmann contracts)',
         mail='DocuSign EU MTAs, DKIM d=eumail.docusign.net'),
    dict(org='Microsoft account team', country='—', addr='account-security-noreply@accountprotection.microsoft.com',
         rel='Security notices for the IT admin Microsoft account', mail='Exchange Online Protection, DKIM d=accountprotection.microsoft.com'),
    dict(org='Google', country='—', addr='no-reply@accounts.google.com', rel='Security alert for the Greek office Google Business Profile account',
         mail='Google, DKIM d=accounts.google.com'),
    dict(org='Companies House (GOV.UK Notify)', country='UK', addr='companies.house@notifications.service.gov.uk',
         rel='Confirmation statement / identity verification reminders', mail='GOV.UK Notify via Amazon SES (eu-west-2)'),
    dict(org='IHK Heilbronn-Franken', country='DE', addr='beitrag@heilbronn.ihk.de', rel='Chamber membership contribution notice with GiroCode',
         mail='Own mail gateway mail.heilbronn.ihk.de'),
    dict(org='Agenzia delle Entrate (PEC)', country='IT', addr='comunicazioni@pec.agenziaentrate.it (envelope posta-certificata@pec.agenziaentrate.it)',
         rel='Art. 36-bis notice delivered to the company PEC box examplegroupitalia@legalmail.it and auto-forwarded to the accountant',
         mail='Sogei PEC gateway → InfoCert Legalmail (company PEC box) → forwarding relay mx-out05.legalmail.it; S/MIME-signed PEC envelope'),
    dict(org='Comune di Reggio Emilia – Servizio Tributi', country='IT', addr='tributi@comune.re.it',
         rel='TARI (waste tax) notice with pagoPA QR code', mail='Own mail gateway mx.comune.re.it'),
    dict(org='Trans.eu', country='PL', addr='no-reply@trans.eu', rel='Freight exchange notifications', mail='Amazon SES (eu-central-1)'),
    dict(org='Platforma Zakupowa Open Nexus', country='PL', addr='powiadomienia@platformazakupowa.pl',
         rel='Public tender notifications (pumps for waterworks)', mail='Own Postfix mail.platformazakupowa.pl'),
    dict(org='DEHú / Agencia Tributaria', country='ES', addr='dehu@correo.gob.es', rel='Aviso de notificación electrónica',
         mail='SARA network relay (correo.gob.es)'),
    dict(org='ΑΑΔΕ (myAADE)', country='GR', addr='noreply@aade.gr', rel='Notification of a message in the myAADE inbox',
         mail='Own mail gateway mailgw2.aade.gr (no DKIM)'),
    dict(org='СКБ Контур (Контур.Экстерн, Контур.Диадок)', country='RU', addr='noreply@kontur.ru, noreply@diadoc.ru',
         rel='EDI operator: tax authority requirements and e-documents', mail='Own MTAs mx7.kontur.ru / mx3.diadoc.ru'),
    dict(org='Comune / pagoPA, IHK and other authorities above use their own gateways', country='—', addr='—',
         rel='—', mail='Documentation-range IPs (the real ranges are not asserted)'),
    dict(org='Hydraulics Insider Europe (newsletter)', country='UK', addr='news@hydraulicsinsider.eu', rel='Trade newsletter',
         mail='Mailchimp'),
]

# DMARC policy per organisational domain (None = no record)
DMARC = {
    'example.com': 'reject', 'examplegroup.eu': 'reject',
    'lieferant-gmbh.de': 'quarantine', 'ferretti-trasporti.it': 'none', 'partner-logistik.pl': None,
    'holzmann-baumaschinen.de': 'reject', 'brandl-partner.de': 'quarantine', 'fonderiavalpadana.it': None,
    'penninefluidpower.co.uk': 'quarantine', 'thalassaship.gr': 'none', 'hydromasz.pl': None, 'cmebro.es': 'quarantine',
    'asesoriamoncayo.es': 'none', 'argyriou-forwarding.gr': 'none', 'dalesoft.co.uk': 'reject', 'nevnasos.ru': 'none',
    'gmail.com': 'none', 'googlemail.com': 'none', 'outlook.com': 'none', 'outlook.de': 'none', 'hotmail.com': 'none',
    'gmx.de': 'none', 'web.de': 'none', 'wp.pl': 'none', 'mail.ru': 'reject', 'yandex.ru': 'none',
    'docusign.net': 'reject', 'paypal.com': 'reject', 'google.com': 'reject', 'microsoft.com': 'reject',
    'service.gov.uk': 'reject', 'notifications.service.gov.uk': 'reject', 'ihk.de': 'none', 'trans.eu': 'quarantine', 'kontur.ru': 'reject', 'diadoc.ru': 'reject',
    'haveibeenpwned.com': 'reject', 'hydraulicsinsider.eu': 'none', 'aade.gr': None, 'gob.es': 'none',
    'comune.re.it': None, 'platformazakupowa.pl': 'none', 'legalmail.it': None, 'pec.it': None,
    'agenziaentrate.it': None, 'accountprotection.microsoft.com': 'reject',
}

PSL2 = ('co.uk', 'com.pl', 'com.gr', 'eu.com', 'com.es', 'org.uk', 'gov.uk', 'com.ru', 'net.pl', 'gov.gr',
        'gob.es', 'gov.pl', 'org.pl', 'com.cy', 'com.ng', 'co.za', 'com.tr', 'com.br', 'service.gov.uk')


def org_domain(d):
    d = d.lower()
    parts = d.split('.')
    for n in (3, 2):
        if len(parts) > n and '.'.join(parts[-n:]) in PSL2:
            return '.'.join(parts[-(n + 1):])
    return '.'.join(parts[-2:])
