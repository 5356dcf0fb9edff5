# -*- coding: utf-8 -*-
"""Fixed world: Example Group (pet food manufacturer), its staff and its correspondents."""
import ids

TRADE = 'pet food manufacturer (dry and wet dog and cat food, treats; own brands and private label)'

OFFICES = [
    # code, country, legal entity, address, tax ids (label, value), phone
    ('DE', 'Germany (HQ, main plant)', 'Example Group Heimtiernahrung GmbH',
     'Industriestraße 14, 27283 Verden (Aller), Germany',
     [('USt-IdNr.', ids.de_vat('29481736')), ('Steuernummer', '2334/207/11853 (FA Verden)'),
      ('Handelsregister', 'Amtsgericht Walsrode HRB 204518')], '+49 4231 98870-0'),
    ('IT', 'Italy (sales office, co-packing coordination)', 'Example Group Italia S.r.l.',
     'Via Paradigna 112, 43122 Parma (PR), Italy',
     [('Partita IVA', ids.it_piva('0284731034')), ('REA', 'PR-267114')], '+39 0521 774 310'),
    ('PL', 'Poland (wet food plant, CEE sales)', 'Example Group Polska sp. z o.o.',
     'ul. Obornicka 229, 60-650 Poznań, Poland',
     [('NIP', ids.pl_nip('779241853')), ('REGON', ids.pl_regon9('30218574')), ('KRS', '0000671245')], '+48 61 842 17 00'),
    ('ES', 'Spain (sales office, Iberia distribution)', 'Example Group Iberia S.L.',
     'Polígono Industrial El Segre, Parcela 412, 25191 Lleida, Spain',
     [('CIF/NIF', ids.es_cif('B', '2571836'))], '+34 973 20 41 70'),
    ('GR', 'Greece (sales office, Balkans)', 'Example Group Hellas Μονοπρόσωπη Α.Ε.',
     'ΒΙ.ΠΕ. Σίνδου, ΟΤ 31, 57022 Σίνδος Θεσσαλονίκης, Greece',
     [('ΑΦΜ', ids.gr_afm('80177342')), ('ΔΟΥ', 'ΦΑΕ Θεσσαλονίκης'), ('ΓΕΜΗ', '158834906000')], '+30 2310 798 640'),
    ('UK', 'United Kingdom (sales office, UK/IE distribution)', 'Example Group UK Ltd',
     'Unit 4, Fengate Business Park, Peterborough PE1 5XG, United Kingdom',
     [('VAT', 'GB ' + ids.gb_vat('4271936')), ('Company No.', '11873402 (England and Wales)')], '+44 1733 912 480'),
    ('RU', 'Russia (sales office, EAEU distribution)', 'ООО «Экзампл Груп Рус»',
     '115088, г. Москва, ул. Угрешская, д. 2, стр. 87, Russia',
     [('ИНН', ids.ru_inn10('772341958')), ('КПП', '772301001'), ('ОГРН', ids.ru_ogrn('118774695231'))], '+7 495 660-41-85'),
]

# Example Group bank accounts (HQ)
EG_IBAN_DE = ids.make_iban('DE', '29162394' + '0104711900')
EG_BIC_DE = 'GENODEF1WEV'

# name, address, office, role, phone
STAFF = [
    ('Matthias Brandt', 'matthias.brandt@example.com', 'DE', 'Chief Executive Officer (Geschäftsführer)', '+49 4231 98870-100'),
    ('Katrin Hoffmann', 'katrin.hoffmann@example.com', 'DE', 'Chief Financial Officer', '+49 4231 98870-110'),
    ('Sabine Krüger', 'sabine.krueger@example.com', 'DE', 'Accounts payable (Kreditorenbuchhaltung)', '+49 4231 98870-214'),
    ('Jörg Weißenborn', 'joerg.weissenborn@example.com', 'DE', 'Accounts payable / treasury', '+49 4231 98870-216'),
    ('Anja Schröder', 'anja.schroeder@example.com', 'DE', 'HR & payroll (Personal und Lohn)', '+49 4231 98870-130'),
    ('Thomas Becker', 'thomas.becker@example.com', 'DE', 'Head of IT', '+49 4231 98870-150'),
    ('Lukas Hartmann', 'lukas.hartmann@example.com', 'DE', 'IT security / mail administrator', '+49 4231 98870-155'),
    ('Melanie Vogt', 'melanie.vogt@example.com', 'DE', 'Assistant to the CEO', '+49 4231 98870-101'),
    ('Frank Oltmanns', 'frank.oltmanns@example.com', 'DE', 'Procurement – raw materials & packaging', '+49 4231 98870-220'),
    ('Nina Albers', 'nina.albers@examplegroup.eu', 'DE', 'Head of export sales', '+49 4231 98870-180'),
    ('Henrik Jansen', 'henrik.jansen@example.com', 'DE', 'Quality assurance & feed safety (IFS/QS)', '+49 4231 98870-240'),
    ('Marco Heitmann', 'marco.heitmann@example.com', 'DE', 'Supply chain & logistics manager', '+49 4231 98870-260'),
    ('Dennis Wübben', 'dennis.wuebben@example.com', 'DE', 'Plant manager Verden (production)', '+49 4231 98870-300'),
    ('Francesca Bernardi', 'francesca.bernardi@example.com', 'IT', 'Office manager Parma', '+39 0521 774 311'),
    ('Luca Ferraro', 'luca.ferraro@example.com', 'IT', 'Accountant Italy', '+39 0521 774 315'),
    ('Agnieszka Wójcik', 'agnieszka.wojcik@example.com', 'PL', 'Office manager Poznań', '+48 61 842 17 10'),
    ('Krzysztof Nowak', 'krzysztof.nowak@example.com', 'PL', 'Accountant Poland (główny księgowy)', '+48 61 842 17 14'),
    ('Lucía Martínez', 'lucia.martinez@example.com', 'ES', 'Office manager Lleida', '+34 973 20 41 71'),
    ('Javier Ruiz', 'javier.ruiz@example.com', 'ES', 'Accountant Spain', '+34 973 20 41 75'),
    ('Eleni Papadopoulou', 'eleni.papadopoulou@example.com', 'GR', 'Office manager Thessaloniki', '+30 2310 798 641'),
    ('Giorgos Antoniou', 'giorgos.antoniou@example.com', 'GR', 'Accountant Greece', '+30 2310 798 645'),
    ('Rachel Turner', 'rachel.turner@example.com', 'UK', 'Office manager Peterborough', '+44 1733 912 481'),
    ('Daniel Hughes', 'daniel.hughes@example.com', 'UK', 'Accountant UK', '+44 1733 912 485'),
    ('Oliver Grant', 'oliver.grant@examplegroup.eu', 'UK', 'Key account manager UK & Ireland', '+44 7700 900 418'),
    ('Olga Smirnova', 'olga.smirnova@examplegroup.eu', 'RU', 'Office manager Moscow', '+7 495 660-41-86'),
    ('Dmitry Kuznetsov', 'dmitry.kuznetsov@examplegroup.eu', 'RU', 'Accountant Russia (главный бухгалтер)', '+7 495 660-41-88'),
]

# local-script display forms used in the messages themselves
LOCAL_NAMES = {
    'eleni.papadopoulou@example.com': 'Ελένη Παπαδοπούλου',
    'giorgos.antoniou@example.com': 'Γιώργος Αντωνίου',
    'olga.smirnova@examplegroup.eu': 'Ольга Смирнова',
    'dmitry.kuznetsov@examplegroup.eu': 'Дмитрий Кузнецов',
}


def S(key):
    """Staff lookup by first name or address -> (name, address)."""
    for n, a, *_ in STAFF:
        if key == a or n.split()[0] == key or n == key:
            return (n, a)
    raise KeyError(key)


def staff_row(key):
    for r in STAFF:
        if key == r[1] or r[0].split()[0] == key:
            return r
    raise KeyError(key)


# ------------------------------------------------------------------ correspondents
LIEF_IBAN_OLD = ids.make_iban('DE', '28064179' + '0021873400')
LIEF_IBAN_NEW = ids.make_iban('DE', '28050100' + '0093417725')
FERR_IBAN = ids.it_iban('05034', '65730', '000000041872')
PL_PARTNER_IBAN = ids.make_iban('PL', '10901362' + '0000000147229341')
PETPOINT_IBAN = ids.make_iban('DE', '30050000' + '0004418826')
RISERIA_IBAN = ids.it_iban('05696', '11300', '000007614X27'.replace('X', '3'))
ENVASES_IBAN = ids.es_iban('2100', '0823', '0200417733')
HL_ACCOUNT = ('20-45-77', '63018244')
KTDM_IBAN = ids.make_iban('GR', '0110226' + '0000022647139905')
ZOOT_BIK = '044525593'
ZOOT_RS = ids.ru_account(ZOOT_BIK, '40702810X01300016417')
ZOOT_KS = '30101810200000000593'

CORRESPONDENTS = [
    dict(org='Lieferant GmbH', country='DE', rel='Supplier of poultry protein meal and animal fat (Category 3 material), Cloppenburg',
         people=['Stefan Maier <s.maier@lieferant-gmbh.de> (key account)', 'Petra Lang <p.lang@lieferant-gmbh.de> (sales back office)',
                 'Buchhaltung <rechnungen@lieferant-gmbh.de> (invoicing)'],
         mail='Own Postfix relay mail.lieferant-gmbh.de [203.0.113.25], OpenDKIM selector mail2024, SPF -all, DMARC p=quarantine; staff use Outlook 2021 via IMAP/SMTP, Roundcube webmail at webmail.lieferant-gmbh.de'),
    dict(org='Ferretti Trasporti S.p.A.', country='IT', rel='Road carrier (reefer and bulk) for Italy/DE lanes, Fidenza (PR)',
         people=['Chiara Colombo <c.colombo@ferretti-trasporti.it> (customer service / dispatch)',
                 'Amministrazione <amministrazione@ferretti-trasporti.it> (accounts)'],
         mail='Microsoft 365 (EOP outbound EUR, 40.107.0.0/16), DKIM selector1/selector2, DMARC p=none'),
    dict(org='Partner Logistik sp. z o.o.', country='PL', rel='Logistics partner: warehousing and distribution centre Swarzędz near Poznań',
         people=['Tadeusz Zieliński <t.zielinski@partner-logistik.pl> (warehouse manager)',
                 'Księgowość <ksiegowosc@partner-logistik.pl> (accounts)'],
         mail='home.pl shared hosting (cloudserver, Vade Secure outbound filter), DKIM selector x, SPF include:_spf.home.pl, no DMARC'),
    dict(org='PetPoint Handels GmbH & Co. KG', country='DE', rel='Customer: pet-store chain (private label wet food), Hamburg',
         people=['Jana Ohlsen <jana.ohlsen@petpoint-handel.de> (category manager)',
                 'Lieferantenportal <noreply@lieferantenportal.petpoint-handel.de>'],
         mail='Google Workspace for staff; supplier portal notifications via SendGrid (em4417.petpoint-handel.de)'),
    dict(org='Hansen & Partner Steuerberatungsgesellschaft mbB', country='DE', rel='Tax adviser / auditor of the German entity, Bremen',
         people=['Birte Hansen <b.hansen@hansen-partner-stb.de>', 'Mandanteninfo <newsletter@hansen-partner-stb.de>'],
         mail='Microsoft 365; client newsletter via CleverReach'),
    dict(org='Weser-Ems Bank eG', country='DE', rel='House bank (business accounts, payments portal "WEB Firmenkunden Online")',
         people=['Firmenkundenportal <service@firmenkunden.weser-ems-bank.de>', 'Heike Rosendahl <heike.rosendahl@weser-ems-bank.de> (relationship manager)'],
         mail='Cooperative-bank data centre relay mailout.weser-ems-bank.de [198.51.100.73], DKIM, DMARC p=reject'),
    dict(org='Harcourt & Lowe Pet Supplies Ltd', country='UK', rel='Customer: UK wholesaler/distributor for independent pet shops, Northampton',
         people=['Emma Collins <emma.collins@harcourtlowe.co.uk> (buyer)', 'Accounts <accounts@harcourtlowe.co.uk>'],
         mail='Microsoft 365 behind Mimecast (outbound via eu-smtp-delivery-*.mimecast.com), DMARC p=reject; contracts via DocuSign'),
    dict(org='HM Revenue & Customs (GOV.UK Notify)', country='UK', rel='Tax authority, e-mail alerts for the business tax account',
         people=['HMRC <noreply@tax.service.gov.uk>'], mail='GOV.UK Notify on Amazon SES eu-west-2'),
    dict(org='Riseria Lomellina S.r.l.', country='IT', rel='Supplier of broken rice and rice protein, Mortara (PV)',
         people=['Giulia Rossi <ordini@riserialomellina.it>', 'Paolo Marchetti <p.marchetti@riserialomellina.it>'],
         mail='Aruba hosted mail (smtpcmd/smtpdh outbound, ESMTPSA), no DKIM, SPF ~all'),
    dict(org='Envases Flexibles del Segre S.A.', country='ES', rel='Supplier of printed stand-up pouches and paper sacks, Lleida',
         people=['Montse Puig <m.puig@envasessegre.es> (ventas)', 'Facturación <facturacion@envasessegre.es>'],
         mail='Own Zimbra 10 server correo.envasessegre.es [192.0.2.44]; newsletter via Mailchimp'),
    dict(org='Κτηνιατρική Διανομή Μακεδονίας Α.Ε. (KDM)', country='GR', rel='Customer/distributor for pet shops and vets in Northern Greece, Thessaloniki',
         people=['Νίκος Καραγιάννης <n.karagiannis@kdm-vet.gr> (προμήθειες)', 'Λογιστήριο <logistirio@kdm-vet.gr>'],
         mail='cPanel/Exim shared hosting server s47.grserver.gr [198.51.100.147]'),
    dict(org='ООО «ЗооТрейд»', country='RU', rel='Customer/distributor for Moscow region, Dmitrov',
         people=['Анна Белова <a.belova@zootrade.ru> (закупки)', 'Бухгалтерия <buh@zootrade.ru>'],
         mail='Yandex 360 for business (forward*.mail.yandex.net), DKIM selector mail'),
    dict(org='SKB Kontur – Diadoc (Контур.Диадок)', country='RU', rel='EDI/e-document operator used by the Russian entity (service platform)',
         people=['Контур.Диадок <noreply@diadoc.kontur.ru>'], mail='Kontur own outbound relay (smtp-out.kontur.ru)'),
]

# lookalike / attacker domains used (for the manifest)
ATTACKER_NOTE = 'All attacker domains, mailboxes, IBANs, wallets and phone numbers are invented for this set.'
