"""Example Group: entities, staff, bank accounts, correspondents (fixed data)."""
from idcheck import (make_iban, it_iban, es_iban, pl_iban, group4, de_vat, it_piva, pl_nip, pl_regon, es_cif,
                     gr_afm, gb_vat, ru_inn10, ru_ogrn, ru_rs, ru_ks, be_iban, pt_iban)

# --------------------------------------------------------------------- entities / offices
OFFICES = {
    'DE': dict(entity='Example Kabelwerke GmbH', city='Köln (HQ, Werk Köln-Mülheim)',
               address='Am Kabelwerk 12, 51063 Köln, Deutschland', phone='+49 221 96487-0',
               ids=[('USt-IdNr.', de_vat('81473926')), ('Steuernummer', '218/5741/0839'),
                    ('Handelsregister', 'HRB 98231, Amtsgericht Köln')]),
    'IT': dict(entity='Example Cavi Italia S.r.l.', city='Paderno Dugnano (MI)',
               address="Via dell'Industria 18, 20037 Paderno Dugnano (MI), Italia", phone='+39 02 9904 7710',
               ids=[('Partita IVA', 'IT' + it_piva('0912847015')), ('REA', 'MI-2094117'),
                    ('Codice destinatario SdI', 'M5UXCR1'), ('PEC', 'examplecaviitalia@pec.it')]),
    'PL': dict(entity='Example Kable Polska sp. z o.o.', city='Bydgoszcz',
               address='ul. Przemysłowa 14, 85-758 Bydgoszcz, Polska', phone='+48 52 345 18 00',
               ids=[('NIP', pl_nip('554287311')), ('REGON', pl_regon('34125870')), ('KRS', '0000587214')]),
    'ES': dict(entity='Example Cables Ibérica, S.L.', city='Barberà del Vallès (Barcelona)',
               address="C/ de la Indústria 27, Polígon Can Salvatella, 08210 Barberà del Vallès (Barcelona), España",
               phone='+34 937 18 44 20', ids=[('NIF', es_cif('B', '6587421'))]),
    'GR': dict(entity='Example Hellas Καλώδια Μονοπρόσωπη Α.Ε.', city='Μαρούσι (Athens)',
               address='Λεωφ. Κηφισίας 56, 151 25 Μαρούσι, Ελλάδα', phone='+30 210 6148 300',
               ids=[('ΑΦΜ', gr_afm('80174529')), ('ΔΟΥ', 'ΦΑΕ Αθηνών'), ('ΓΕΜΗ', '158734201000')]),
    'UK': dict(entity='Example Cables UK Ltd', city='Warrington',
               address='Unit 9, Centre Park Industrial Estate, Warrington WA1 1QX, United Kingdom',
               phone='+44 1925 483 600', ids=[('VAT', 'GB' + gb_vat('2918473')), ('Company No.', '09874512')]),
    'RU': dict(entity='ООО «Экзампл Кабель Рус»', city='Санкт-Петербург',
               address='199106, г. Санкт-Петербург, Кожевенная линия, д. 34, лит. Б', phone='+7 812 458-27-10',
               ids=[('ИНН', ru_inn10('780148529')), ('КПП', '780101001'), ('ОГРН', ru_ogrn('115784712093'))]),
}

# --------------------------------------------------------------------- staff
# key: (display name, address, office, role)
STAFF = [
    ('Joachim Wetzel', 'joachim.wetzel@example.com', 'DE', 'Geschäftsführer / CEO'),
    ('Sabine Krüger', 'sabine.krueger@example.com', 'DE', 'Kaufmännische Geschäftsführerin / CFO'),
    ('Monika Schäfer', 'monika.schaefer@example.com', 'DE', 'Kreditorenbuchhaltung (accounts payable)'),
    ('Katrin Weiß', 'katrin.weiss@example.com', 'DE', 'Personal & Entgeltabrechnung (HR & payroll, group)'),
    ('Thomas Becker', 'thomas.becker@example.com', 'DE', 'Leiter IT / Head of IT'),
    ('Lukas Neumann', 'lukas.neumann@example.com', 'DE', 'IT-Sicherheit & Mail-Administration'),
    ('Anja Schröder', 'anja.schroeder@example.com', 'DE', 'Assistentin der Geschäftsführung (CEO assistant)'),
    ('Markus Köhler', 'markus.koehler@example.com', 'DE', 'Leiter Einkauf (Kupfer, Compounds, Trommeln)'),
    ('Daniel Fuchs', 'daniel.fuchs@examplegroup.eu', 'DE', 'Vertriebsleiter Energie- & Netzkabel (sales)'),
    ('Uwe Schmitz', 'uwe.schmitz@example.com', 'DE', 'Produktionsleiter Werk Köln-Mülheim (operations)'),
    ('Julia Lehmann', 'julia.lehmann@examplegroup.eu', 'DE', 'Qualitätsmanagement & Zertifizierung (VDE/HAR)'),
    ('Frank Wagner', 'frank.wagner@example.com', 'DE', 'Versand & Logistik (shipping, carriers)'),
    ('Christian Vogel', 'christian.vogel@examplegroup.eu', 'DE', 'Treasury & Konzernbuchhaltung'),
    ('Giulia Marchetti', 'giulia.marchetti@example.com', 'IT', 'Office manager Italia'),
    ('Luca Ferraro', 'luca.ferraro@example.com', 'IT', 'Contabile (accountant) Italia'),
    ('Agnieszka Wójcik', 'agnieszka.wojcik@example.com', 'PL', 'Office manager Polska'),
    ('Paweł Kamiński', 'pawel.kaminski@example.com', 'PL', 'Księgowy (accountant) Polska'),
    ('Laura Martínez', 'laura.martinez@example.com', 'ES', 'Office manager España'),
    ('Javier Navarro', 'javier.navarro@example.com', 'ES', 'Contable (accountant) España'),
    ('Eleni Papadopoulou', 'eleni.papadopoulou@example.com', 'GR', 'Office manager Ελλάδα'),
    ('Nikos Dimitriou', 'nikos.dimitriou@example.com', 'GR', 'Λογιστής (accountant) Ελλάδα'),
    ('Sarah Thompson', 'sarah.thompson@example.com', 'UK', 'Office manager UK'),
    ('James Whitfield', 'james.whitfield@example.com', 'UK', 'Accountant UK'),
    ('Olga Smirnova', 'olga.smirnova@example.com', 'RU', 'Офис-менеджер (office manager) Россия'),
    ('Dmitry Volkov', 'dmitry.volkov@example.com', 'RU', 'Бухгалтер (accountant) Россия'),
]
P = {a.split('@')[0]: (n, a) for n, a, _, _ in STAFF}
# names as written natively (display names are the GAL names above)
NATIVE = {'dmitry.volkov': 'Дмитрий Волков', 'olga.smirnova': 'Ольга Смирнова',
          'eleni.papadopoulou': 'Ελένη Παπαδοπούλου', 'nikos.dimitriou': 'Νίκος Δημητρίου'}
SHARED = [('rechnungen@example.com', 'Eingangsrechnungen (AP inbox, DE)'), ('info@example.com', 'general inbox'),
          ('it-servicedesk@example.com', 'IT service desk'), ('ordini@example.com', 'order desk Italia')]


def who(key):
    return P[key]


# --------------------------------------------------------------------- company bank accounts
ACC = {
    'DE_COBA': dict(bank='Commerzbank AG, Köln', bic='COBADEFFXXX', iban=make_iban('DE', '37040044' + '0212345600')),
    'DE_SPK': dict(bank='Sparkasse KölnBonn', bic='COLSDE33XXX', iban=make_iban('DE', '37050198' + '1903456789')),
    'IT_ISP': dict(bank='Intesa Sanpaolo S.p.A., filiale Paderno Dugnano', bic='BCITITMMXXX', iban=it_iban('03069', '33480', '100000012345')),
    'PL_MBANK': dict(bank='mBank S.A.', bic='BREXPLPWXXX', iban=pl_iban('1140200', '0000361542018790')),
    'ES_CAIXA': dict(bank='CaixaBank, S.A.', bic='CAIXESBBXXX', iban=es_iban('2100', '0843', '0200612345')),
    'GR_PIR': dict(bank='Τράπεζα Πειραιώς', bic='PIRBGRAAXXX', iban=make_iban('GR', '017' + '0168' + '0000068123456789')),
    'UK_HSBC': dict(bank='HSBC UK Bank plc', bic='HBUKGB4BXXX', iban=make_iban('GB', 'HBUK' + '401276' + '41234567'), sort='40-12-76', acct='41234567'),
}
RU_BANK = dict(bank='ПАО Сбербанк, Северо-Западный банк', bik='044030653', ks='30101810500000000653',
               rs=ru_rs('044030653', '40702810X55000012345'))

# --------------------------------------------------------------------- correspondents
LIEFERANT = dict(
    name='Lieferant GmbH', country='DE', domain='lieferant-gmbh.de',
    address='Altenaer Straße 118, 58513 Lüdenscheid', vat=de_vat('12690357'), phone='+49 2351 67984-0',
    reg='HRB 4127, Amtsgericht Iserlohn',
    people={'maier': ('Stefan Maier', 's.maier@lieferant-gmbh.de', 'Key Account Manager Vertrieb', '+49 2351 67984-212'),
            'lang': ('Petra Lang', 'p.lang@lieferant-gmbh.de', 'Auftragsabwicklung / Innendienst', '+49 2351 67984-230'),
            'buha': ('Buchhaltung', 'rechnungen@lieferant-gmbh.de', 'Debitorenbuchhaltung', '+49 2351 67984-150')},
    old_acc=dict(bank='Sparkasse Lüdenscheid', bic='WELADED1LSD', iban=make_iban('DE', '45850005' + '0000814530')),
    new_acc=dict(bank='Deutsche Bank AG, Filiale Dortmund', bic='DEUTDEDEXXX', iban=make_iban('DE', '44070050' + '0417729300')),
    relay='mail.lieferant-gmbh.de', relay_ip='203.0.113.25',
    relationship='supplier: copper wire rod (Cu-ETP), bare and tinned copper stranded conductors',
    system='own Postfix relay mail.lieferant-gmbh.de [203.0.113.25] + amavis + OpenDKIM (s=lg2024); Outlook 2021 clients; ERP (proALPHA) sends invoices',
)
FERRETTI = dict(
    name='Ferretti Trasporti S.p.A.', country='IT', domain='ferretti-trasporti.it',
    address='Via del Lavoro 41, 37137 Verona (VR) – Interporto Quadrante Europa', piva='IT' + it_piva('0287461023'),
    phone='+39 045 861 4400',
    people={'colombo': ('Chiara Colombo', 'c.colombo@ferretti-trasporti.it', 'Ufficio traffico / customer service', '+39 045 861 4417'),
            'amm': ('Amministrazione', 'amministrazione@ferretti-trasporti.it', 'Amministrazione e contabilità', '+39 045 861 4402')},
    acc=dict(bank='UniCredit S.p.A., Verona', bic='UNCRITMMXXX', iban=it_iban('02008', '11770', '000104837291')),
    tenant='6f1c2b9e-4d3a-4c8b-9f2e-7a1d5e3c8b40',
    relationship='road carrier: full truck loads of cable drums Köln -> Milano / Verona / Bologna, groupage',
    system='Microsoft 365 (Exchange Online, tenant ferrettitrasporti.onmicrosoft.com), DKIM selector1/2, DMARC p=quarantine',
)
PARTNER = dict(
    name='Partner Logistik sp. z o.o.', country='PL', domain='partner-logistik.pl',
    address='ul. Logistyczna 8, 95-010 Stryków', nip=pl_nip('733145882'), phone='+48 42 719 55 30',
    people={'zielinski': ('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl', 'Kierownik magazynu / key account', '+48 601 448 217'),
            'ksieg': ('Księgowość', 'ksiegowosc@partner-logistik.pl', 'Dział księgowości', '+48 42 719 55 31')},
    acc=dict(bank='PKO Bank Polski S.A.', bic='BPKOPLPWXXX', iban=pl_iban('1020102', '6000000302184955')),
    server='cloudserver2147385.home.pl', ip='46.242.245.117',
    relationship='logistics partner: consignment warehouse in Stryków for PL/CZ/SK deliveries, cross-docking',
    system='home.pl shared hosting (cloudserver2147385.home.pl [46.242.245.117]), Thunderbird/Outlook clients, DKIM s=default, no DMARC',
)
NORDWEST = dict(
    name='NordWest Verteilnetz GmbH', country='DE', domain='nordwest-verteilnetz.de',
    address='Donnerschweer Straße 90, 26123 Oldenburg', phone='+49 441 36170-0',
    people={'janssen': ('Birgit Janssen', 'birgit.janssen@nordwest-verteilnetz.de', 'Strategischer Einkauf', '+49 441 36170-418'),
            'ahlers': ('Henning Ahlers', 'henning.ahlers@nordwest-verteilnetz.de', 'Netztechnik / Kabelnormen', '+49 441 36170-522')},
    exch='mail.nordwest-verteilnetz.de',
    relationship='customer: distribution grid operator, framework agreement for MV cable NA2XS(F)2Y and LV cable NAYY-J',
    system='Exchange 2019 on premises behind Hornetsecurity (mx-relay*.antispameurope.com), DKIM s=hse1 (profile Hornet in gen/systems.py); in this set it writes only via DocuSign (business/04) and is impersonated in attack/06 and attack/12',
)
HARTMANN = dict(
    name='Hartmann & Partner mbB Steuerberatungsgesellschaft', country='DE', domain='hartmann-partner-stb.de',
    address='Hohenzollernring 72, 50672 Köln', phone='+49 221 27731-0',
    people={'pohl': ('Sandra Pohl', 's.pohl@hartmann-partner-stb.de', 'Lohnbuchhaltung', '+49 221 27731-24'),
            'hartmann': ('Dr. Ralf Hartmann', 'r.hartmann@hartmann-partner-stb.de', 'Steuerberater, Partner', '+49 221 27731-10')},
    relationship='adviser: tax adviser, payroll for the German entity, annual accounts',
    system='IONOS hosted mail (mout.kundenserver.de), Thunderbird; sends encrypted ZIPs, password by SMS',
)
HARWELL = dict(
    name='Harwell Electrical Wholesale Ltd', country='UK', domain='harwell-electrical.co.uk',
    address='Unit 3, Ring Road, Seacroft Industrial Estate, Leeds LS14 1NH', phone='+44 113 496 0740',
    people={'hughes': ('Gareth Hughes', 'gareth.hughes@harwell-electrical.co.uk', 'Purchasing Manager', '+44 113 496 0752'),
            'shah': ('Priya Shah', 'priya.shah@harwell-electrical.co.uk', 'Accounts Payable', '+44 113 496 0763')},
    tenant='0c8d7e52-91b4-4f6a-a2d3-5b9e8c1f4a77',
    acc=dict(bank='Lloyds Bank plc', bic='LOYDGB2LXXX', iban=make_iban('GB', 'LOYD' + '309634' + '18273645'), sort='30-96-34', acct='18273645'),
    relationship='customer: UK electrical wholesaler (SWA armoured cable BS 5467/BS 6724, H07RN-F); POs via SAP Business Network',
    system='Microsoft 365 with Mimecast outbound (eu-smtp-delivery-*.mimecast.com), DMARC p=reject',
)
BRIANZA = dict(
    name='Elettroimpianti Brianza S.r.l.', country='IT', domain='elettroimpiantibrianza.it',
    address='Viale Lombardia 212, 20900 Monza (MB)', piva='IT' + it_piva('0734915096'), phone='+39 039 238 5410',
    people={'galli': ('Roberto Galli', 'r.galli@elettroimpiantibrianza.it', 'Ufficio acquisti', '+39 039 238 5416')},
    relationship='customer: electrical wholesaler/installer (FG16OR16, FS17, H07V-K)',
    system='Aruba hosted mail (smtpcmd*.aruba.it, "Aruba Outgoing Smtp"), Outlook 2019, no own DKIM (d=aruba.it)',
)
DREWPAK = dict(
    name='Drewpak Bębny Kablowe sp. z o.o.', country='PL', domain='drewpak-bebny.pl',
    address='ul. Tartaczna 5, 86-300 Grudziądz', nip=pl_nip('876231905'), phone='+48 56 462 71 10',
    people={'nowicki': ('Marek Nowicki', 'm.nowicki@drewpak-bebny.pl', 'Dział sprzedaży', '+48 56 462 71 14')},
    acc=dict(bank='Santander Bank Polska S.A.', bic='WBKPPLPPXXX', iban=pl_iban('1090101', '4000000145678923')),
    relationship='supplier: wooden cable drums (bębny kablowe) and drum returns for the Bydgoszcz plant',
    system='OVHcloud hosted Exchange/MX Plan (mo*.mail-out.ovh.net), Outlook',
)
VALLES = dict(
    name='Suministros Eléctricos del Vallès, S.A.', country='ES', domain='sumelvalles.es',
    address='Carrer de la Mineria 14, 08205 Sabadell (Barcelona)', nif=es_cif('A', '0845213'), phone='+34 937 25 61 40',
    people={'vidal': ('Montserrat Vidal', 'montserrat.vidal@sumelvalles.es', 'Compras', '+34 937 25 61 47'),
            'roca': ('Xavier Roca', 'xavier.roca@sumelvalles.es', 'Director comercial', '+34 637 48 21 90')},
    relationship='customer: electrical distributor (RZ1-K, H07Z1-K, XZ1), Google Workspace, shares Drive folders',
    system='Google Workspace (mail-*.google.com), DKIM s=google; Drive sharing notifications',
)
CASALS = dict(
    name='Casals Assessors, S.L.P.', country='ES', domain='casals-assessors.cat',
    address='Carrer de Balmes 184, 08006 Barcelona', nif=es_cif('B', '6721584'), phone='+34 932 17 40 52',
    people={'casals': ('Núria Casals', 'ncasals@casals-assessors.cat', 'Assessora fiscal', '+34 932 17 40 52')},
    tenant='a3b5c7d9-2e4f-4a6b-8c0d-1e2f3a4b5c6d',
    relationship='adviser: Spanish tax adviser (gestoría) – modelos 303/390, cuentas anuales',
    system='Microsoft 365 (Exchange Online)',
)
TEA = dict(
    name='Τεχνική Ενεργειακή Αιγαίου Α.Ε.', country='GR', domain='tea-aigaiou.gr',
    address='Λεωφ. Συγγρού 212, 176 72 Καλλιθέα', afm=gr_afm('09951742'), phone='+30 210 9512 870',
    people={'alexiou': ('Κωνσταντίνος Αλεξίου', 'k.alexiou@tea-aigaiou.gr', 'Τμήμα Προμηθειών', '+30 210 9512 874')},
    host='linux46.papaki.gr', ip='198.51.100.146',
    relationship='customer: EPC contractor for PV parks and wind farms (solar cable H1Z2Z2-K, MV cable)',
    system='cPanel/Exim shared hosting linux46.papaki.gr [198.51.100.146], Outlook, DKIM s=default',
)
SZEM = dict(
    name='ООО «СевЗапЭнергоМонтаж»', country='RU', domain='szem-spb.ru',
    address='192148, г. Санкт-Петербург, пр. Обуховской Обороны, д. 271, лит. А', inn=ru_inn10('781164023'),
    phone='+7 812 336-47-90',
    people={'kuznetsov': ('Андрей Кузнецов', 'a.kuznetsov@szem-spb.ru', 'Отдел снабжения', '+7 921 574-18-33'),
            'buh': ('Бухгалтерия', 'buh@szem-spb.ru', 'Бухгалтерия', '+7 812 336-47-92')},
    relationship='customer: electrical installation contractor (ВВГнг(А)-LS, АПвПу2г), EDI via Контур.Диадок',
    system='Yandex 360 for business (forward*.mail.yandex.net), DKIM s=mail',
)

CORRESPONDENTS = [LIEFERANT, FERRETTI, PARTNER, NORDWEST, HARTMANN, HARWELL, BRIANZA, DREWPAK, VALLES, CASALS, TEA, SZEM]

PLATFORMS = [
    ('DocuSign (eumail.docusign.net)', 'EU', 'dse@eumail.docusign.net', 'e-signature platform used by NordWest (business/04); abused with a real envelope (attack/14)', 'mailsender-eu05.docusign.net [185.81.100.133], DKIM d=docusign.net'),
    ('Microsoft (Entra ID notifications)', 'global', 'azure-noreply@microsoft.com', 'admin-consent workflow notices for the IT team (business/10)', 'Exchange Online Protection outbound [40.107.22.112], DKIM d=microsoft.com'),
    ('Google (accounts, Drive, Sheets)', 'global', 'no-reply@accounts.google.com, drive-shares-dm-noreply@google.com', 'security alerts for the marketing Google account; Drive/Sheets shares by customers', 'mail-sor-f*.google.com [209.85.220.0/24], DKIM d=google.com + 1e100.net'),
    ('SAP Business Network (Ariba)', 'global', 'ordersender-prod@ansmtp.ariba.com', 'purchase orders from Harwell (business/14)', 'smtp1.ansmtp.ariba.com [216.109.104.21], DKIM d=ansmtp.ariba.com'),
    ('Bundesanzeiger Verlag GmbH', 'DE', 'service@bundesanzeiger.de', 'publication of annual accounts, invoices with GiroCode (business/05)', 'own Postfix MTA mailout2.bundesanzeiger.de [198.51.100.20], DKIM s=ba2025'),
    ('HMRC via GOV.UK Notify', 'UK', 'noreply@tax.service.gov.uk', 'VAT return confirmations for the UK entity (business/15)', 'Amazon SES eu-west-2, DKIM d=tax.service.gov.uk + amazonses.com'),
    ('Aruba S.p.A.', 'IT', 'comunicazioni@staff.aruba.it', 'PEC mailbox provider of the Italian office (business/19); impersonated in attack/19', 'smtpnewsletter2.staff.aruba.it [62.149.158.91], DKIM d=staff.aruba.it'),
    ('Intesa Sanpaolo (Inbiz)', 'IT', 'inbiz@intesasanpaolo.com', 'corporate banking of the Italian office (business/21)', 'Cisco Secure Email esa-mi02.intesasanpaolo.com [198.51.100.97], DKIM'),
    ('mBank S.A. (CompanyNet)', 'PL', 'powiadomienia@mbank.pl', 'corporate banking of the Polish office (business/25); impersonated in attack/24', 'Cisco Secure Email esa3.mbank.pl [198.51.100.72], DKIM'),
    ('e-Doręczenia (Ministerstwo Cyfryzacji)', 'PL', 'powiadomienia@edoreczenia.gov.pl', 'official electronic delivery notices (business/26)', 'mta-out2.edoreczenia.gov.pl [198.51.100.48], DKIM'),
    ('DEHú (SGAD) for the Agencia Tributaria', 'ES', 'notificaciones.dehu@correo.gob.es', 'notices of official notifications (business/27); impersonated in attack/27', 'smtp-out3.correo.gob.es [198.51.100.61], DKIM d=correo.gob.es'),
    ('Factunet Software, S.L.', 'ES', 'novedades@factunet.es', 'invoicing software vendor, VERI*FACTU newsletter (business/30)', 'Mailchimp (mcdlv.net), DKIM k2 factunet.es + mcsv.net'),
    ('ΑΑΔΕ (myAADE)', 'GR', 'noreply@aade.gr', 'Greek tax authority notices (business/32); impersonated in attack/32', 'own MTA mail2.aade.gr [198.51.100.33], DKIM'),
    ('Τράπεζα Πειραιώς (winbank business)', 'GR', 'winbank@piraeusbank.gr', 'corporate e-banking of the Greek office (business/35); impersonated in attack/33', 'Cisco Secure Email esa2.piraeusbank.gr [198.51.100.85], DKIM'),
    ('ACS Courier', 'GR', 'noreply@acscourier.net', 'courier notifications (business/36); impersonated in attack/36', 'Twilio SendGrid, DKIM d=acscourier.net'),
    ('СКБ Контур (Диадок, Экстерн)', 'RU', 'noreply@diadoc.ru, extern@skbkontur.ru', 'EDI and tax-reporting operator of the Russian office (business/37, 38); impersonated in attack/38', 'mx-out2.diadoc.ru [198.51.100.112], mail-out5.skbkontur.ru [198.51.100.110], DKIM'),
    ('B2B-Center', 'RU', 'robot@b2b-center.ru', 'electronic trading platform, tender invitations (business/40)', 'mail3.b2b-center.ru [198.51.100.121], DKIM'),
    ('KabelMarkt aktuell (trade newsletter)', 'DE', 'newsletter@kabelmarkt-aktuell.de', 'metal prices / DEL notation newsletter (business/08)', 'CleverReach (mta*.crsend.com), DKIM s=cr'),
    ('PayPal', 'global', 'service@paypal.de', 'not a correspondent; its invoice feature is abused for callback phishing (attack/05)', 'mx0.phx.paypal.com [66.211.170.88], DKIM d=paypal.de'),
    ('Canva', 'global', 'no-reply@canva.com', 'not a correspondent; design sharing abused (attack/20)', 'Amazon SES us-east-1, DKIM d=canva.com'),
]
