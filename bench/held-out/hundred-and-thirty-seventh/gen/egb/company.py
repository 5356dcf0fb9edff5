"""Fixed world: Example Group, its staff and its correspondents."""
from . import ids

# ------------------------------------------------------------------ entities
ENTITIES = [
    dict(key='DE', office='Rosenheim (HQ)', country='Germany', name='Example Group GmbH',
         addr='Holzhofstraße 12, 83026 Rosenheim, Deutschland',
         tax=[('USt-IdNr.', ids.de_ustid('28741936')), ('Steuernummer', '156/118/40277 (FA Rosenheim)'),
              ('Handelsregister', 'Amtsgericht Traunstein HRB 28417')],
         phone='+49 8031 4077-0'),
    dict(key='IT', office='Bolzano', country='Italy', name='Example Group Italia S.r.l.',
         addr='Via Luigi Negrelli 9, 39100 Bolzano (BZ), Italia',
         tax=[('Partita IVA', 'IT' + ids.it_piva('0291774021')), ('REA', 'BZ-218844'),
              ('PEC', 'examplegroupitalia@arubapec.it'), ('Codice destinatario SdI', '0000000 (fatture via PEC)')],
         phone='+39 0471 183 640'),
    dict(key='PL', office='Poznań', country='Poland', name='Example Group Polska sp. z o.o.',
         addr='ul. Tartaczna 8, 61-036 Poznań, Polska',
         tax=[('NIP', ids.pl_nip('778142396')), ('REGON', ids.pl_regon('30241587')), ('KRS', '0000512874')],
         phone='+48 61 843 27 10'),
    dict(key='ES', office='Noáin (Pamplona)', country='Spain', name='Example Group Iberia S.L.',
         addr='Polígono Industrial Talluntxe II, Calle M 14, 31110 Noáin (Navarra), España',
         tax=[('CIF/NIF', ids.es_cif('B', '3187642')), ('NIF-IVA', 'ES' + ids.es_cif('B', '3187642')),
              ('Registro Mercantil', 'Navarra, Tomo 1824, Folio 112, Hoja NA-38415')],
         phone='+34 948 31 62 40'),
    dict(key='GR', office='Thessaloniki (Sindos)', country='Greece',
         name='Example Group Hellas Μονοπρόσωπη Ι.Κ.Ε.',
         addr='ΒΙ.ΠΕ. Σίνδου, Οδός Δ13, Ο.Τ. 31, 570 22 Σίνδος Θεσσαλονίκης, Ελλάδα',
         tax=[('ΑΦΜ', ids.gr_afm('80142975')), ('ΔΟΥ', 'Φ.Α.Ε. Θεσσαλονίκης'), ('ΓΕΜΗ', '158420906000'),
              ('VAT', 'EL' + ids.gr_afm('80142975'))],
         phone='+30 2310 797 420'),
    dict(key='UK', office='York', country='United Kingdom', name='Example Group UK Ltd',
         addr='Unit 7, Kettlestring Lane, Clifton Moor, York YO30 4XF, United Kingdom',
         tax=[('Company No.', '11874206 (England and Wales)'), ('VAT', 'GB' + ids.gb_vat('3148276'))],
         phone='+44 1904 692 310'),
    dict(key='RU', office='St. Petersburg', country='Russia', name='ООО «Экзампл Груп Рус»',
         addr='196084, г. Санкт-Петербург, ул. Заставская, д. 22, лит. А, офис 415, Россия',
         tax=[('ИНН', ids.ru_inn10('781046325')), ('КПП', '781001001'), ('ОГРН', ids.ru_ogrn('117784720931'))],
         phone='+7 812 336-41-20'),
]
ENT = {e['key']: e for e in ENTITIES}

# house bank accounts
EG_DE_IBAN = ids.iban_make('DE', '71120977' + '0004077100')
EG_DE_BIC = 'INNTDEM1XXX'
EG_RU_BIK = '044030917'
EG_RU_ACC = ids.ru_account(EG_RU_BIK, '40702810055000004172')

# ------------------------------------------------------------------ staff
# (display name, address, office key, role, phone)
STAFF = [
    ('Markus Brandstätter', 'markus.brandstaetter@example.com', 'DE', 'Chief Executive Officer (Geschäftsführer)', '+49 8031 4077-100'),
    ('Sabine Köhler', 'sabine.koehler@example.com', 'DE', 'Chief Financial Officer (kaufm. Geschäftsführerin)', '+49 8031 4077-110'),
    ('Jürgen Weiß', 'juergen.weiss@example.com', 'DE', 'Accounts payable (Kreditorenbuchhaltung)', '+49 8031 4077-114'),
    ('Nicole Franke', 'nicole.franke@example.com', 'DE', 'Accounts payable / treasury (Zahlungsverkehr)', '+49 8031 4077-115'),
    ('Andrea Schüler', 'andrea.schueler@example.com', 'DE', 'HR & payroll (Personal und Lohn)', '+49 8031 4077-120'),
    ('Thomas Gruber', 'thomas.gruber@example.com', 'DE', 'Head of IT', '+49 8031 4077-130'),
    ('Lukas Hartmann', 'lukas.hartmann@example.com', 'DE', 'IT security & mail administrator', '+49 8031 4077-133'),
    ('Julia Wagner', 'julia.wagner@example.com', 'DE', 'Assistant to the CEO', '+49 8031 4077-101'),
    ('Florian Bauer', 'florian.bauer@example.com', 'DE', 'Procurement (Einkauf Holz & Holzwerkstoffe)', '+49 8031 4077-140'),
    ('Katrin Stöckl', 'katrin.stoeckl@example.com', 'DE', 'Sales & marketing, private clients (Vertrieb)', '+49 8031 4077-150'),
    ('Michael Reiter', 'michael.reiter@examplegroup.eu', 'DE', 'Key account export / international tenders', '+49 8031 4077-155'),
    ('Andreas Huber', 'andreas.huber@example.com', 'DE', 'Production manager, prefabrication hall (Leitung Vorfertigung)', '+49 8031 4077-160'),
    ('Sebastian Wimmer', 'sebastian.wimmer@example.com', 'DE', 'Site manager (Bauleitung Montage)', '+49 171 4402 318'),
    ('Martina Obermaier', 'martina.obermaier@example.com', 'DE', 'Planning & structural design (Planung/Statik)', '+49 8031 4077-170'),
    ('Tobias Lechner', 'tobias.lechner@example.com', 'DE', 'Logistics & dispatch (Disposition)', '+49 8031 4077-165'),
    ('Elena Moretti', 'elena.moretti@example.com', 'IT', 'Office manager Italy', '+39 0471 183 641'),
    ('Davide Gasperi', 'davide.gasperi@example.com', 'IT', 'Accountant Italy (contabilità)', '+39 0471 183 645'),
    ('Agnieszka Wróblewska', 'agnieszka.wroblewska@example.com', 'PL', 'Office manager Poland', '+48 61 843 27 11'),
    ('Paweł Kaczmarek', 'pawel.kaczmarek@example.com', 'PL', 'Accountant Poland (główny księgowy)', '+48 61 843 27 15'),
    ('Lucía Etxeberria', 'lucia.etxeberria@example.com', 'ES', 'Office manager Spain', '+34 948 31 62 41'),
    ('Javier Martínez Ruiz', 'javier.martinez@example.com', 'ES', 'Accountant Spain (contabilidad)', '+34 948 31 62 45'),
    ('Eleni Papadopoulou', 'eleni.papadopoulou@example.com', 'GR', 'Office manager Greece', '+30 2310 797 421'),
    ('Giorgos Nikolaidis', 'giorgos.nikolaidis@example.com', 'GR', 'Accountant Greece (λογιστήριο)', '+30 2310 797 425'),
    ('Sarah Whitfield', 'sarah.whitfield@example.com', 'UK', 'Office manager UK', '+44 1904 692 311'),
    ('James O\'Connor', 'james.oconnor@example.com', 'UK', 'Accountant UK', '+44 1904 692 315'),
    ('Olga Smirnova', 'olga.smirnova@examplegroup.eu', 'RU', 'Office manager Russia', '+7 812 336-41-21'),
    ('Dmitry Volkov', 'dmitry.volkov@examplegroup.eu', 'RU', 'Accountant Russia (главный бухгалтер)', '+7 812 336-41-25'),
]
# native-script display names used by the people themselves
NATIVE = {
    'eleni.papadopoulou@example.com': 'Ελένη Παπαδοπούλου',
    'giorgos.nikolaidis@example.com': 'Γιώργος Νικολαΐδης',
    'olga.smirnova@examplegroup.eu': 'Ольга Смирнова',
    'dmitry.volkov@examplegroup.eu': 'Дмитрий Волков',
}
SHARED_MAILBOXES = [
    ('eingangsrechnungen@example.com', 'Invoice intake (DE), read by accounts payable'),
    ('info@example.com', 'General enquiries, read by the CEO assistant and sales'),
    ('it-support@example.com', 'IT service desk (ticket system)'),
    ('all-staff@example.com', 'Distribution list of all employees (Exchange)'),
]

_BY_KEY = {}
for _n, _a, _o, _r, _p in STAFF:
    _BY_KEY[_a.split('@')[0]] = dict(name=_n, addr=_a, office=_o, role=_r, phone=_p)


def S(key):
    """Staff member by local part, e.g. S('sabine.koehler')."""
    return _BY_KEY[key]


# ------------------------------------------------------------------ correspondents
LIEF = dict(
    org='Lieferant GmbH', country='DE', domain='lieferant-gmbh.de',
    addr='Gewerbering 21, 83109 Großkarolinenfeld',
    phone='+49 8031 98442-0', fax='+49 8031 98442-99',
    ustid=ids.de_ustid('13874205'), hrb='Amtsgericht Traunstein HRB 21735',
    gf='Stefan Maier, Dr. Ulrike Lang-Bachmair',
    old_bank='Raiffeisenbank Mangfalltal eG', old_bic='GENODEF1MFT',
    old_iban=ids.iban_make('DE', '71160212' + '0000248173'),
    new_bank='VR-Bank Inn-Mangfall eG', new_bic='GENODEF1VIM',
    new_iban=ids.iban_make('DE', '71169310' + '0000248173'),
    relay=('mail.lieferant-gmbh.de', '203.0.113.25'),
    people={'s.maier': ('Stefan Maier', 'Vertrieb Holzwerkstoffe / Prokurist', '+49 8031 98442-21'),
            'p.lang': ('Petra Lang', 'Leitung Finanzbuchhaltung', '+49 8031 98442-31'),
            'rechnungen': ('Buchhaltung', 'Rechnungsversand', '+49 8031 98442-30')},
)
FERR = dict(
    org='Ferretti Trasporti S.p.A.', country='IT', domain='ferretti-trasporti.it',
    addr='Via dell\'Industria 44, 37066 Sommacampagna (VR)',
    phone='+39 045 858 1290', piva=ids.it_piva('0318742023'),
    iban=ids.it_iban('05034', '59770', '000000018734'), bank='Banco BPM S.p.A., filiale di Sommacampagna',
    tenant='ferrettitrasporti.onmicrosoft.com', tenant_id='7c1e4f2a-93b8-4d61-a0f5-2b8e61d94c37',
)
PLOG = dict(
    org='Partner Logistik sp. z o.o.', country='PL', domain='partner-logistik.pl',
    addr='ul. Magazynowa 5, 62-080 Tarnowo Podgórne',
    phone='+48 61 814 52 30', nip=ids.pl_nip('777312458'),
    iban=ids.pl_iban('1090132', '0000000158420197'), bank='Santander Bank Polska S.A.',
)

# additional correspondents of the trade
STB = dict(org='Lindner & Koller Steuerberater PartG mbB', country='DE', domain='lindner-koller-stb.de',
           addr='Kufsteiner Straße 58, 83022 Rosenheim', phone='+49 8031 23 58 70')
INNTAL = dict(org='Inntal Bank AG', country='DE', domain='inntalbank.de', portal='business.inntalbank.de',
              phone='+49 8031 600 400')
WBC = dict(org='Wohnbau Chiemsee GmbH', country='DE', domain='wohnbau-chiemsee.de',
           addr='Seestraße 41, 83209 Prien am Chiemsee', phone='+49 8051 96 47 0')
SEGH = dict(org='Segheria Dolomiti S.r.l.', country='IT', domain='segheriadolomiti.it',
            addr='Via Pizzegoda 18, 38037 Predazzo (TN)', phone='+39 0462 501 337',
            piva=ids.it_piva('0201653022'), iban=ids.it_iban('08184', '35020', '000001042711'),
            bank='Cassa Rurale Val di Fiemme')
TART = dict(org='Tartak Noteć sp. z o.o.', country='PL', domain='tartak-notec.pl',
            addr='ul. Leśna 27, 64-510 Wronki', phone='+48 67 254 18 40', nip=ids.pl_nip('763201874'),
            old_iban=ids.pl_iban('1020404', '0000380201174652'), new_iban=ids.pl_iban('1140200', '0040230215478926'))
MPIR = dict(org='Maderas del Pirineo S.A.', country='ES', domain='maderasdelpirineo.es',
            addr='Polígono Sepes, Parcela 12, 22600 Sabiñánigo (Huesca)', phone='+34 974 48 22 90',
            cif=ids.es_cif('A', '2214739'), iban=ids.es_iban('2085', '2231', '0301847265'), bank='Ibercaja Banco')
PUE = dict(org='Promociones Urbanas Ebro S.L.', country='ES', domain='promourbanasebro.es',
           addr='Paseo de la Independencia 22, 6ª planta, 50004 Zaragoza', phone='+34 976 23 45 80',
           cif=ids.es_cif('B', '5098312'))
VOR = dict(org='Βόρειος Κατασκευαστική Α.Ε.', country='GR', domain='voreios-kataskevastiki.gr',
           addr='Λεωφ. Γεωργικής Σχολής 65, 555 35 Πυλαία, Θεσσαλονίκη', phone='+30 2310 480 760',
           afm=ids.gr_afm('09487213'))
NTS = dict(org='Northern Timber Supplies Ltd', country='UK', domain='northerntimber.co.uk',
           addr='Station Road Industrial Estate, Selby YO8 4LZ', phone='+44 1757 704 220',
           vat='GB' + ids.gb_vat('2851934'), sort='40-27-15', acct='61839204',
           iban=ids.iban_make('GB', 'HBUK' + '402715' + '61839204'))
HHL = dict(org='Harrowgate Homes Ltd', country='UK', domain='harrowgatehomes.co.uk',
           addr='Hornbeam Park, Hookstone Road, Harrogate HG2 8PA', phone='+44 1423 814 600',
           vat='GB' + ids.gb_vat('1984402'))
SEVL = dict(org='ООО «Северный лес»', country='RU', domain='severles.ru',
            addr='185031, Республика Карелия, г. Петрозаводск, ул. Заводская, д. 4', phone='+7 8142 59-27-40',
            inn=ids.ru_inn10('100123874'), kpp='100101001', ogrn=ids.ru_ogrn('115100100482'),
            bik='048602673', bank='Отделение № 8628 ПАО Сбербанк, г. Петрозаводск')
SEVL['acc'] = ids.ru_account(SEVL['bik'], '40702810025000003187')
SEVL['corr'] = ids.ru_corr_account(SEVL['bik'])
DNL = dict(org='ООО «Дом на Ладоге»', country='RU', domain='domnaladoge.ru',
           addr='188643, Ленинградская обл., г. Всеволожск, Октябрьский пр-т, д. 96', phone='+7 813 70 4-28-15',
           inn=ids.ru_inn10('470316284'), ogrn=ids.ru_ogrn('118470400751'))

# DMARC policies as published (domain -> policy); missing = no record
DMARC = {
    'example.com': 'quarantine', 'examplegroup.eu': 'quarantine',
    'lieferant-gmbh.de': 'quarantine', 'ferretti-trasporti.it': 'quarantine', 'partner-logistik.pl': 'none',
    'lindner-koller-stb.de': 'none', 'inntalbank.de': 'reject', 'wohnbau-chiemsee.de': 'none',
    'segheriadolomiti.it': 'none', 'maderasdelpirineo.es': 'quarantine', 'promourbanasebro.es': 'none',
    'northerntimber.co.uk': 'quarantine', 'harrowgatehomes.co.uk': 'quarantine', 'severles.ru': 'none',
    'gmail.com': 'none', 'googlemail.com': 'none', 'gmx.de': 'quarantine', 'web.de': 'quarantine',
    't-online.de': 'none', 'outlook.com': 'none', 'hotmail.com': 'none', 'yandex.ru': 'none', 'mail.ru': 'reject',
    'wp.pl': 'none', 'libero.it': 'none', 'docusign.net': 'reject', 'paypal.com': 'reject',
    'paypal.co.uk': 'reject', 'microsoft.com': 'reject', 'accounts.google.com': 'reject', 'google.com': 'reject',
    'xero.com': 'reject', 'post.xero.com': 'reject', 'elster.de': 'reject', 'aade.gr': 'none',
    'notifications.service.gov.uk': 'reject', 'fatturapa.it': 'none', 'aruba.it': 'reject',
    'staff.aruba.it': 'reject', 'inpost.pl': 'reject', 'correo.gob.es': 'none', 'acscourier.net': 'quarantine',
    'eurobank.gr': 'reject', 'diadoc.ru': 'none', 'kontur.ru': 'reject', 'platformazakupowa.pl': 'quarantine',
    'dtvp.de': 'none', 'edenred.it': 'reject', 'domnaladoge.ru': 'none', 'voreios-kataskevastiki.gr': 'none',
    'tartak-notec.pl': 'none', 'canva.com': 'reject', 'sharepointonline.com': 'reject',
    'mcsv.net': 'none', 'forms-receipts-noreply.google.com': 'reject',
}
