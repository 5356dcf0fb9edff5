# -*- coding: utf-8 -*-
"""The fixed company, its staff, its correspondents and their bank/tax identifiers."""
from . import util as U
from .message import DMARC

# ------------------------------------------------------------------ entities (offices)
ENTITIES = [
    dict(key='DE', country='Germany (HQ)', city='Heidelberg', name='Example Group Diagnostics GmbH',
         address='Czernyring 22, 69115 Heidelberg', ids=[('USt-IdNr.', U.de_ustid('28147395')),
                                                       ('Handelsregister', 'Amtsgericht Mannheim HRB 736402')]),
    dict(key='IT', country='Italy', city='Milano', name='Example Group Diagnostica S.r.l.',
         address='Viale Monza 259, 20126 Milano (MI)', ids=[('Partita IVA', U.it_piva('1184296015')),
                                                            ('REA', 'MI-2651937')]),
    dict(key='PL', country='Poland', city='Wrocław', name='Example Group Diagnostyka sp. z o.o.',
         address='ul. Legnicka 55, 54-203 Wrocław', ids=[('NIP', U.pl_nip('894318276')),
                                                          ('REGON', U.pl_regon9('38264195')), ('KRS', '0000918274')]),
    dict(key='ES', country='Spain', city='València', name='Example Group Diagnóstico S.L.',
         address='Avinguda de les Corts Valencianes 39, 46015 València', ids=[('NIF/CIF', U.es_cif('B', '9874216'))]),
    dict(key='GR', country='Greece', city='Athens', name='Example Group Diagnostics Μονοπρόσωπη Ι.Κ.Ε.',
         address='Λεωφ. Κηφισίας 124, 115 26 Αθήνα', ids=[('ΑΦΜ', U.gr_afm('80193462')), ('ΔΟΥ', 'ΚΕΦΟΔΕ Αττικής'),
                                                         ('ΓΕΜΗ', '163847201000')]),
    dict(key='UK', country='United Kingdom', city='Manchester', name='Example Group Diagnostics UK Ltd',
         address='3 Hardman Street, Manchester M3 3HF', ids=[('VAT', 'GB ' + U.gb_vat('3846127')),
                                                             ('Company No.', '13847265')]),
    dict(key='RU', country='Russia', city='Saint Petersburg', name='ООО «Экзампл Груп Диагностика»',
         address='199178, г. Санкт-Петербург, Малый пр. В.О., д. 54, корп. 3', ids=[
             ('ИНН', U.ru_inn10('780162934')), ('КПП', '780101001'), ('ОГРН', U.ru_ogrn('122780041736'))]),
]
ENT = {e['key']: e for e in ENTITIES}

# ------------------------------------------------------------------ staff
# key: (display, address, office, role)
STAFF_LIST = [
    ('Dr. Markus Brandt', 'markus.brandt@example.com', 'DE', 'Chief Executive Officer'),
    ('Claudia Wendt', 'claudia.wendt@example.com', 'DE', 'Chief Financial Officer'),
    ('Jana Köhler', 'jana.koehler@example.com', 'DE', 'Accounts Payable (Kreditorenbuchhaltung)'),
    ('Sabine Hoffmann', 'sabine.hoffmann@example.com', 'DE', 'Head of HR & Payroll'),
    ('Thomas Krüger', 'thomas.krueger@example.com', 'DE', 'Head of IT'),
    ('Lukas Weber', 'lukas.weber@example.com', 'DE', 'IT Security & Mail Administrator'),
    ('Nina Schäfer', 'nina.schaefer@example.com', 'DE', 'Assistant to the CEO'),
    ('Oliver Groß', 'oliver.gross@example.com', 'DE', 'Head of Procurement (reagents, analysers, consumables)'),
    ('Julia Neumann', 'julia.neumann@example.com', 'DE', 'Key Account Manager (hospitals & practices)'),
    ('Prof. Dr. Andreas Vogel', 'andreas.vogel@example.com', 'DE', 'Medical Director / Head of Laboratory'),
    ('Katrin Lehmann', 'katrin.lehmann@examplegroup.eu', 'DE', 'Quality Manager (ISO 15189, EQA)'),
    ('Martin Schulz', 'martin.schulz@example.com', 'DE', 'Specimen Logistics Coordinator'),
    ('Heike Braun', 'heike.braun@example.com', 'DE', 'Office Manager Heidelberg'),
    ('Frank Zimmermann', 'frank.zimmermann@example.com', 'DE', 'Accountant Germany'),
    ('Giulia Ferraro', 'giulia.ferraro@example.com', 'IT', 'Office Manager Milano'),
    ('Marco Galli', 'marco.galli@example.com', 'IT', 'Accountant Italy'),
    ('Katarzyna Wójcik', 'katarzyna.wojcik@example.com', 'PL', 'Office Manager Wrocław'),
    ('Piotr Kamiński', 'piotr.kaminski@example.com', 'PL', 'Accountant Poland'),
    ('Lucía Fernández', 'lucia.fernandez@example.com', 'ES', 'Office Manager València'),
    ('Javier Moreno', 'javier.moreno@example.com', 'ES', 'Accountant Spain'),
    ('Ελένη Παπαδοπούλου', 'eleni.papadopoulou@example.com', 'GR', 'Office Manager Athens'),
    ('Γιώργος Νικολαΐδης', 'giorgos.nikolaidis@example.com', 'GR', 'Accountant Greece'),
    ('Sarah Mitchell', 'sarah.mitchell@examplegroup.eu', 'UK', 'Office Manager Manchester'),
    ('David Clarke', 'david.clarke@examplegroup.eu', 'UK', 'Accountant UK'),
    ('Анна Смирнова', 'anna.smirnova@examplegroup.eu', 'RU', 'Office Manager Saint Petersburg'),
    ('Ольга Иванова', 'olga.ivanova@example.com', 'RU', 'Accountant Russia (главный бухгалтер)'),
]
S = {a.split('@')[0]: (n, a) for n, a, _, _ in STAFF_LIST}


def P(key, name=None):
    """(display, address) of a colleague; optional display override (e.g. as written in Latin script)."""
    n, a = S[key]
    return (name or n, a)


# ------------------------------------------------------------------ company's own bank accounts
OWN = {
    'DE': dict(bank='Badische Handelsbank AG, Heidelberg', bic='BADHDE66XXX',
               iban=U.make_iban('DE', '67230000' + '0418736501')),
    'IT': dict(bank='Banca Popolare di Sondrio, Milano', bic='POSOIT22XXX', iban=U.iban_it('05696', '01600', '000004871X93'.replace('X', '2'))),
    'PL': dict(bank='Santander Bank Polska S.A.', bic='WBKPPLPPXXX', iban=U.iban_pl(U.pl_sortcode('1090252'), '0000000148273615')),
}

# ------------------------------------------------------------------ correspondents
LIEF_OLD = U.make_iban('DE', '67050505' + '0030482716')      # Sparkasse Rhein Neckar Nord (old)
LIEF_NEW = U.make_iban('DE', '67040031' + '0412873600')      # Commerzbank Mannheim (new, genuine change)
FERRETTI_IBAN = U.iban_it('03069', '11310', '100000018362')   # Intesa Sanpaolo
PARTNER_IBAN = U.iban_pl(U.pl_sortcode('1140200'), '0004000000367812')   # mBank (Oddział Korporacyjny)
BIOREAG_IBAN = U.iban_it('02008', '01603', '000105837461')    # UniCredit Milano
MEDISUP_IBAN = U.make_iban('GR', '0110125' + '0000012500483917')    # National Bank of Greece
LABSNAB = dict(bank='ПАО Сбербанк, Северо-Западный банк', bik='044030653',
               corr=U.ru_corr_account('044030653', '30101810500000000653'),
               acct=U.ru_account('044030653', '40702810055040018724'),
               inn=U.ru_inn10('781432765'), kpp='781401001')

CORRESPONDENTS = [
    dict(org='Lieferant GmbH (Labor- und Reagenzienhandel, Mannheim)', country='DE',
         addrs=['Stefan Maier <s.maier@lieferant-gmbh.de>', 'Petra Lang <p.lang@lieferant-gmbh.de>',
                'Buchhaltung <rechnungen@lieferant-gmbh.de>'],
         rel='Supplier of reagents, blood-collection tubes, pipette tips, analyser consumables',
         mail='Own Postfix relay mail.lieferant-gmbh.de [203.0.113.25], OpenDKIM s=mail2026, amavis; staff use Thunderbird/Outlook; ERP sends invoices via the relay',
         ids='USt-IdNr. %s; old IBAN %s (Sparkasse Rhein Neckar Nord), new IBAN %s (Commerzbank) from 1 Dec 2026' % (
             U.de_ustid('14392768'), U.fmt_iban(LIEF_OLD), U.fmt_iban(LIEF_NEW)),
         domain='lieferant-gmbh.de', dmarc='quarantine'),
    dict(org='Ferretti Trasporti S.p.A. (Lodi)', country='IT',
         addrs=['Chiara Colombo <c.colombo@ferretti-trasporti.it>', '<amministrazione@ferretti-trasporti.it>'],
         rel='Road carrier: temperature-controlled specimen and reagent transport Lombardy/Emilia; invoices the Milano office',
         mail='Microsoft 365 (EOP outbound 40.107.0.0/16, DKIM s=selector1)',
         ids='P.IVA %s; IBAN %s (Intesa Sanpaolo)' % (U.it_piva('0839174015'), U.fmt_iban(FERRETTI_IBAN)),
         domain='ferretti-trasporti.it', dmarc='quarantine'),
    dict(org='Partner Logistik sp. z o.o. (Poznań)', country='PL',
         addrs=['Tadeusz Zieliński <t.zielinski@partner-logistik.pl>', '<ksiegowosc@partner-logistik.pl>'],
         rel='Logistics partner: courier network for specimen pick-up from practices in western Poland',
         mail='home.pl hosting (cloudserver*.home.pl, 46.242.0.0/16), Roundcube webmail, DKIM s=default',
         ids='NIP %s; account %s (mBank)' % (U.pl_nip('779284163'), U.fmt_iban(PARTNER_IBAN)),
         domain='partner-logistik.pl', dmarc='none'),
    dict(org='Kreisklinikum Bergstraße gGmbH (Heppenheim)', country='DE',
         addrs=['Dr. Miriam Albrecht <m.albrecht@kreisklinikum-bergstrasse.de>',
                'Einkauf <einkauf@kreisklinikum-bergstrasse.de>'],
         rel='Customer: hospital sending send-out tests (special chemistry, serology); framework contract 2027-2029',
         mail='On-premises Exchange 2019 behind Hornetsecurity (mx-relay*.antispameurope.com), DKIM s=hse1',
         ids='—', domain='kreisklinikum-bergstrasse.de', dmarc='reject'),
    dict(org='Badische Handelsbank AG (invented house bank)', country='DE',
         addrs=['Firmenkundenportal <noreply@portal.badische-handelsbank.de>',
                'Firmenkundenbetreuung <firmenkunden@badische-handelsbank.de>'],
         rel='House bank of the German entity; business portal notifications',
         mail='Own Postfix gateway mailout01.badische-handelsbank.de [192.0.2.44], DKIM s=bhb2026',
         ids='BIC BADHDE66XXX (invented)', domain='badische-handelsbank.de', dmarc='reject'),
    dict(org='EuroQAS – European Quality Assessment Scheme e.V.', country='DE/EU',
         addrs=['EuroQAS Ringversuche <noreply@eqas-europe.org>', 'Support <support@eqas-europe.org>'],
         rel='Trade portal: external quality assessment (ring trials) provider; results and certificates',
         mail='Amazon SES eu-central-1, custom MAIL FROM bounce.eqas-europe.org, DKIM d=eqas-europe.org',
         ids='—', domain='eqas-europe.org', dmarc='reject'),
    dict(org='BioReagenti Italia S.r.l. (Monza)', country='IT',
         addrs=['Davide Russo <d.russo@bioreagenti.it>', 'Amministrazione <amministrazione@bioreagenti.it>',
                'PEC <bioreagenti@pec.bioreagenti.it>'],
         rel='Supplier of immunoassay reagents and controls to the Milano lab',
         mail='Aruba mail (smtpcmd*.aruba.it, 62.149.156.0/24, DKIM d=aruba.it) and Aruba PEC; Outlook client',
         ids='P.IVA %s; IBAN %s (UniCredit)' % (U.it_piva('0734918096'), U.fmt_iban(BIOREAG_IBAN)),
         domain='bioreagenti.it', dmarc='none'),
    dict(org='Grupo Hospitalario Levante S.A. (València)', country='ES',
         addrs=['Marta Giménez <marta.gimenez@ghlevante.es>', 'Compras <compras@ghlevante.es>'],
         rel='Customer: private hospital group, outsources clinical lab testing',
         mail='Google Workspace (mail-*.google.com, DKIM d=ghlevante.es s=google)',
         ids='CIF %s' % U.es_cif('A', '4617382'), domain='ghlevante.es', dmarc='quarantine'),
    dict(org='Medisupply Hellas Α.Ε. (Μεταμόρφωση)', country='GR',
         addrs=['Νίκος Αντωνίου <n.antoniou@medisupply.gr>', 'Λογιστήριο <logistirio@medisupply.gr>'],
         rel='Supplier of consumables and sample-transport boxes to the Athens lab',
         mail='cPanel shared hosting, Exim 4.98 on cp42.grhost.gr [192.0.2.142], DKIM s=default; Outlook client',
         ids='ΑΦΜ %s; IBAN %s (Εθνική Τράπεζα)' % (U.gr_afm('09482713'), U.fmt_iban(MEDISUP_IBAN)),
         domain='medisupply.gr', dmarc='none'),
    dict(org='Ιατρικό Κέντρο Κηφισιάς Α.Ε. (Kifissia Medical Center)', country='GR',
         addrs=['Δήμητρα Ζαχαρίου <d.zachariou@kmc-kifissia.gr>', 'Προμήθειες <promitheies@kmc-kifissia.gr>'],
         rel='Customer: diagnostic centre, tenders for lab services',
         mail='Plesk server, Postfix mail.kmc-kifissia.gr [198.51.100.77], DKIM s=default',
         ids='ΑΦΜ %s' % U.gr_afm('99418253'), domain='kmc-kifissia.gr', dmarc='none'),
    dict(org='Hartley Brooke LLP (Manchester)', country='UK',
         addrs=['Emma Whitfield <emma.whitfield@hartleybrooke.co.uk>', 'Raj Patel <raj.patel@hartleybrooke.co.uk>'],
         rel='Adviser: statutory auditor of the UK entity and group reporting',
         mail='Microsoft 365 (UK tenant) outbound through Mimecast (eu-smtp-delivery-*.mimecast.com), DKIM s=mimecast20240301',
         ids='—', domain='hartleybrooke.co.uk', dmarc='reject'),
    dict(org='Pennine Private Hospitals Ltd (Leeds)', country='UK',
         addrs=['Procurement <procurement@penninehospitals.co.uk>', 'Gareth Hughes <gareth.hughes@penninehospitals.co.uk>'],
         rel='Customer: private hospital group; tenders pathology send-out services',
         mail='Microsoft 365 (UK tenant), DKIM s=selector1',
         ids='—', domain='penninehospitals.co.uk', dmarc='quarantine'),
    dict(org='Przychodnia Zdrowie Plus sp. z o.o. (Wrocław)', country='PL',
         addrs=['Agnieszka Nowak <a.nowak@zdrowieplus.com.pl>', 'Zamówienia <zamowienia@zdrowieplus.com.pl>'],
         rel='Customer: outpatient clinic network ordering lab tests for patients',
         mail='OVHcloud Hosted Exchange (ex*.mail.ovh.net -> *.mail-out.ovh.net, 46.105.0.0/16)',
         ids='NIP %s' % U.pl_nip('897163254'), domain='zdrowieplus.com.pl', dmarc='none'),
    dict(org='ООО «ЛабСнаб» (Санкт-Петербург)', country='RU',
         addrs=['Дмитрий Соколов <d.sokolov@labsnab.ru>', 'Бухгалтерия <buh@labsnab.ru>'],
         rel='Supplier of lab consumables to the Saint Petersburg office',
         mail='Yandex 360 for business (forward*.mail.yandex.net), DKIM s=mail',
         ids='ИНН %s, КПП %s; р/с %s, БИК %s, к/с %s' % (LABSNAB['inn'], LABSNAB['kpp'], LABSNAB['acct'], LABSNAB['bik'], LABSNAB['corr']),
         domain='labsnab.ru', dmarc='quarantine'),
]

for c in CORRESPONDENTS:
    DMARC[c['domain']] = c['dmarc']
DMARC.update({'example.com': 'quarantine', 'examplegroup.eu': 'quarantine', 'gmail.com': 'none', 'outlook.com': 'none',
              'docusign.net': 'reject', 'google.com': 'reject', 'dropbox.com': 'reject', 'adobe.com': 'reject',
              'microsoft.com': 'reject', 'canva.com': 'reject', 'mail.ru': 'reject', 'wp.pl': 'none', 'proton.me': 'quarantine',
              'sharepointonline.com': 'reject', 'service.gov.uk': 'reject', 'aade.gr': 'none', 'correo.gob.es': 'none',
              'aruba.it': 'none', 'diadoc.ru': 'none', 'seur.com': 'quarantine', 'sendgrid.net': 'none',
              'accounts.google.com': 'reject', 'redsara.es': 'none', 'santander.pl': 'reject', 'labmedeurope.org': 'none',
              'aelab.es': 'none', 'pekx.gr': 'none', 'diadoc.ru': 'none', 'kontur.ru': 'reject'})
