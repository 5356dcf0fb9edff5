"""Example Group: entities, offices, staff, correspondents (single source of truth)."""
from lib import ids

TRADE = 'concert and live-event promotion with own ticketing (Example Tickets)'

ENTITIES = [
    dict(country='Germany (HQ)', city='Hamburg', name='Example Live Entertainment GmbH',
         address='Am Sandtorkai 58, 20457 Hamburg',
         ids=[('USt-IdNr.', ids.de_ustid('31846275')), ('Steuernummer', '47/723/04118'),
              ('Handelsregister', 'HRB 178342, Amtsgericht Hamburg')],
         bank=('Nordhafen Bank AG', 'NOHADEHHXXX', ids.make_iban('DE', '20041133' + '0771204400'))),
    dict(country='Italy', city='Milano', name='Example Live Italia S.r.l.',
         address='Via Tortona 27, 20144 Milano (MI)',
         ids=[('Partita IVA', 'IT' + ids.it_piva('1218473015')), ('REA', 'MI-2614728'), ('Codice SDI', 'M5UXCR1')],
         bank=('Intesa Sanpaolo', 'BCITITMM', ids.it_iban('03069', '01790', '100000061382'))),
    dict(country='Poland', city='Warszawa', name='Example Live Polska sp. z o.o.',
         address='ul. Grzybowska 62, 00-844 Warszawa',
         ids=[('NIP', ids.pl_nip('527298413')), ('REGON', ids.pl_regon9('38617204')), ('KRS', '0000947213')],
         bank=('mBank S.A.', 'BREXPLPWMBK', ids.pl_iban('1140200', '4000350283917462'))),
    dict(country='Spain', city='Madrid', name='Example Live España S.L.',
         address='Calle de Alcalá 95, 4.º, 28009 Madrid',
         ids=[('NIF (CIF)', ids.es_cif('B', '8731946')), ('Registro Mercantil', 'Madrid, Tomo 41.286, Folio 112, Hoja M-731904')],
         bank=('CaixaBank', 'CAIXESBBXXX', ids.es_iban('2100', '1578', '0200173945'))),
    dict(country='Greece', city='Athens (Kallithea)', name='Example Live Hellas Μονοπρόσωπη Ι.Κ.Ε.',
         address='Λεωφ. Συγγρού 142, 176 71 Καλλιθέα',
         ids=[('ΑΦΜ', ids.gr_afm('80173642')), ('ΔΟΥ', 'ΚΕΦΟΔΕ Αττικής'), ('Αρ. ΓΕΜΗ', '163487201000')],
         bank=('Eurobank', 'ERBKGRAA', ids.make_iban('GR', '0260' + '147' + '0000840201938657'))),
    dict(country='United Kingdom', city='London', name='Example Live UK Ltd',
         address='18 Shepherdess Walk, London N1 7LB',
         ids=[('VAT', ids.fmt_gb_vat(ids.gb_vat('3874216'))), ('Company No.', '13874521 (England and Wales)')],
         bank=('Barclays Bank UK PLC', 'BUKBGB22', ids.make_iban('GB', 'BUKB' + '202015' + '63907215'))),
    dict(country='Russia', city='Moscow', name='ООО «Экзампл Лайв Рус» (Example Live Rus LLC)',
         address='125009, г. Москва, ул. Большая Дмитровка, д. 32, стр. 1',
         ids=[('ИНН', ids.ru_inn10('770391284')), ('КПП', '770301001'), ('ОГРН', ids.ru_ogrn('121770047318'))],
         bank=('АО «Альфа-Банк»', 'БИК 044525593', ids.ru_account('044525593', '40702810?01300038417'))),
]

# (display name, address, office, role)
STAFF = [
    ('Jürgen Hoffmann', 'juergen.hoffmann@example.com', 'Hamburg', 'Chief Executive Officer (Geschäftsführer)'),
    ('Sabine Krüger', 'sabine.krueger@example.com', 'Hamburg', 'Chief Financial Officer'),
    ('Monika Weiß', 'monika.weiss@example.com', 'Hamburg', 'Accounts payable (Kreditorenbuchhaltung)'),
    ('Anja Schäfer', 'anja.schaefer@example.com', 'Hamburg', 'HR & payroll'),
    ('Thomas Becker', 'thomas.becker@example.com', 'Hamburg', 'Head of IT'),
    ('Lukas Neumann', 'lukas.neumann@example.com', 'Hamburg', 'IT security & mail administrator'),
    ('Laura Fischer', 'laura.fischer@example.com', 'Hamburg', 'Assistant to the CEO'),
    ('Markus Schulz', 'markus.schulz@example.com', 'Hamburg', 'Procurement (Einkauf Technik & Dienstleistungen)'),
    ('Nina Hartmann', 'nina.hartmann@examplegroup.eu', 'Hamburg', 'Head of Sales, Sponsorship & Corporate Hospitality'),
    ('Florian Köhler', 'florian.koehler@example.com', 'Hamburg', 'Head of Ticketing (Example Tickets)'),
    ('Daniel Wagner', 'daniel.wagner@examplegroup.eu', 'Hamburg', 'Head of Booking & Touring'),
    ('Jan Petersen', 'jan.petersen@example.com', 'Hamburg', 'Production manager (tours & venues)'),
    ('Julia Braun', 'julia.braun@example.com', 'Hamburg', 'Head of Marketing & Social Media'),
    ('Giulia Romano', 'giulia.romano@example.com', 'Milano', 'Office manager Italy'),
    ('Marco Esposito', 'marco.esposito@example.com', 'Milano', 'Accountant Italy'),
    ('Katarzyna Nowak', 'katarzyna.nowak@example.com', 'Warszawa', 'Office manager Poland'),
    ('Agnieszka Wiśniewska', 'agnieszka.wisniewska@example.com', 'Warszawa', 'Accountant Poland'),
    ('Lucía Fernández', 'lucia.fernandez@example.com', 'Madrid', 'Office manager Spain'),
    ('Javier Martín', 'javier.martin@example.com', 'Madrid', 'Accountant Spain'),
    ('Eleni Papadopoulou', 'eleni.papadopoulou@example.com', 'Athens', 'Office manager Greece'),
    ('Georgios Konstantinidis', 'georgios.konstantinidis@example.com', 'Athens', 'Accountant Greece'),
    ('Emma Clarke', 'emma.clarke@examplegroup.eu', 'London', 'Office manager UK'),
    ('James Whitfield', 'james.whitfield@example.com', 'London', 'Accountant UK'),
    ('Olga Smirnova', 'olga.smirnova@example.com', 'Moscow', 'Office manager Russia'),
    ('Dmitry Volkov', 'dmitry.volkov@example.com', 'Moscow', 'Accountant Russia'),
]

SHARED = [
    ('rechnungseingang@example.com', 'Shared mailbox for incoming supplier invoices (AP, Hamburg)'),
    ('it-servicedesk@example.com', 'IT service desk (ticket system, Hamburg)'),
    ('biuro@example.com', 'General inbox of the Warsaw office (delivered to Katarzyna Nowak)'),
    ('info@example.com', 'General company inbox (Hamburg reception, CEO assistant)'),
]


def S(name):
    for n, e, _, _ in STAFF:
        if n == name or n.split()[0] == name:
            return (n, e)
    raise KeyError(name)


def mailbox_names():
    return {e for _, e, _, _ in STAFF}


# Correspondents.  'bank' entries are the accounts on file (genuine).
LIEFERANT_IBAN = ids.make_iban('DE', '25050180' + '0910384572')
FERRETTI_IBAN = ids.it_iban('03069', '53480', '100000004871')
PARTNER_IBAN = ids.pl_iban('1140200', '4000330274196508')
NORTHBANK_IBAN = ids.make_iban('GB', 'BUKB' + '208214' + '70418253')
CENTINELA_IBAN = ids.es_iban('0182', '2370', '0201604417')
AEGEAN_IBAN = ids.make_iban('GR', '0110' + '125' + '0000012500873641')
SVET_ACC = ids.ru_account('044525225', '40702810?38000271945')
HANSE_IBAN = ids.make_iban('DE', '20050550' + '1268449017')
BIRRA_IBAN = ids.it_iban('05034', '24400', '000000018253')

CORRESPONDENTS = [
    dict(org='Lieferant GmbH (Bühnen-, Licht- & Rigging-Vermietung, Langenhagen)', country='DE',
         people='Stefan Maier <s.maier@lieferant-gmbh.de> (Key Account); Petra Lang <p.lang@lieferant-gmbh.de> (Disposition); Buchhaltung <rechnungen@lieferant-gmbh.de>',
         rel='Supplier: stage, rigging and lighting rental for tours and festivals; USt-IdNr. %s; account on file %s (Sparkasse Hannover)' % (ids.de_ustid('12738456'), ids.fmt_iban(LIEFERANT_IBAN)),
         system='Own Postfix relay mail.lieferant-gmbh.de [203.0.113.25]; staff on Outlook 2021 (SMTP submission), Roundcube webmail, ERP mailer for invoices; DKIM d=lieferant-gmbh.de s=dkim2026; DMARC p=quarantine'),
    dict(org='Ferretti Trasporti S.p.A. (road carrier, Stezzano BG)', country='IT',
         people='Chiara Colombo <c.colombo@ferretti-trasporti.it> (traffico internazionale); Amministrazione <amministrazione@ferretti-trasporti.it>',
         rel='Tour trucking (stage and backline trucks); P.IVA IT%s; account on file %s (Intesa Sanpaolo)' % (ids.it_piva('0318724016'), ids.fmt_iban(FERRETTI_IBAN)),
         system='Microsoft 365 (Exchange Online, EUR), DKIM selector1 d=ferretti-trasporti.it; DMARC p=quarantine'),
    dict(org='Partner Logistik sp. z o.o. (logistics partner, Błonie)', country='PL',
         people='Tadeusz Zieliński <t.zielinski@partner-logistik.pl>; Księgowość <ksiegowosc@partner-logistik.pl>',
         rel='Freight forwarding, merchandise and equipment warehousing; NIP %s; account on file %s (mBank)' % (ids.pl_nip('534281907'), ids.fmt_nrb(PARTNER_IBAN)),
         system='home.pl shared hosting (Thunderbird/Outlook via SMTP, hosting MTA), DKIM d=partner-logistik.pl s=x; DMARC p=none'),
    dict(org='Hansehalle Hamburg Betriebsgesellschaft mbH (arena operator)', country='DE',
         people='Kerstin Albers <k.albers@hansehalle.de> (Veranstaltungsbüro); Buchhaltung <buchhaltung@hansehalle.de>',
         rel='Venue: hall rent, settlements; account on file %s (Hamburger Sparkasse)' % ids.fmt_iban(HANSE_IBAN),
         system='Google Workspace (DKIM d=hansehalle.de s=google); DMARC p=quarantine'),
    dict(org='Northbank Artists Ltd (booking agency, London)', country='UK',
         people='Oliver Grant <oliver@northbankartists.co.uk> (agent); Hannah Price / Accounts <accounts@northbankartists.co.uk>',
         rel='Artist agency: offers, contracts (DocuSign), deposits; client account on file %s (Barclays)' % ids.fmt_iban(NORTHBANK_IBAN),
         system='Google Workspace (DKIM d=northbankartists.co.uk s=google); DocuSign EU; DMARC p=reject'),
    dict(org='Nordhafen Bank AG (house bank, Hamburg)', country='DE',
         people='NordhafenBusiness Online-Banking <service@nordhafenbank.de>',
         rel='House bank of the German entity; business portal notifications', system='Own MTA mailout2.nordhafenbank.de [198.51.100.40], DKIM d=nordhafenbank.de s=nh2026; DMARC p=reject'),
    dict(org='Reimers & Partner Steuerberatungsgesellschaft mbB (tax adviser, Hamburg)', country='DE',
         people='Dr. Henrik Reimers <h.reimers@reimers-partner.de>; Birte Jansen <b.jansen@reimers-partner.de>',
         rel='Tax adviser and payroll bureau; DATEV Unternehmen online', system='Microsoft 365 (Germany region), DKIM selector1; DATEV notifications via DATEV eG'),
    dict(org='Birrificio Adriatico S.p.A. (brewery, sponsor; Pescara)', country='IT',
         people='Francesca De Luca <f.deluca@birrificioadriatico.it> (marketing); ufficio acquisti <acquisti@birrificioadriatico.it>',
         rel='Sponsor and corporate-hospitality customer; account on file %s (Banco BPM)' % ids.fmt_iban(BIRRA_IBAN),
         system='Aruba business mail (smtpdh.aruba.it), DKIM d=birrificioadriatico.it s=a1; DMARC p=none'),
    dict(org='Seguridad Centinela Eventos S.L. (security & stewarding, Madrid)', country='ES',
         people='Raúl Ortega <raul.ortega@centinela-eventos.es>; Administración <administracion@centinela-eventos.es>',
         rel='Supplier: stewarding and security for Madrid shows; NIF %s; account on file %s (BBVA)' % (ids.es_cif('B', '8624173'), ids.fmt_iban(CENTINELA_IBAN)),
         system='IONOS mail (mout.kundenserver.de), DKIM d=centinela-eventos.es s=s1-ionos; DMARC p=none'),
    dict(org='Aegean Stage Services Α.Ε. (production services, Piraeus)', country='GR',
         people='Νίκος Αλεξίου <n.alexiou@aegeanstage.gr>; Λογιστήριο <accounts@aegeanstage.gr>',
         rel='Local production, crew and staging for Athens shows; ΑΦΜ %s; account on file %s (National Bank of Greece)' % (ids.gr_afm('99847120'), ids.fmt_iban(AEGEAN_IBAN)),
         system='Microsoft 365 (EUR), DKIM selector1 d=aegeanstage.gr; SharePoint Online; DMARC p=none'),
    dict(org='Athens Riviera Hotels Α.Ε. (hotel, Glyfada)', country='GR',
         people='Reservations <reservations@athensriviera-hotels.gr>',
         rel='Crew and artist accommodation for Athens dates', system='Hotel PMS mailer via Amazon SES (eu-central-1), DKIM d=athensriviera-hotels.gr + amazonses.com; DMARC p=quarantine'),
    dict(org='ООО «Светотехника-Про» (lighting rental, Moscow)', country='RU',
         people='Андрей Кузнецов <a.kuznetsov@svetotekhnika-pro.ru>; Бухгалтерия <buh@svetotekhnika-pro.ru>',
         rel='Lighting supplier for Moscow shows; ИНН %s; р/с on file %s (ПАО Сбербанк, БИК 044525225)' % (ids.ru_inn10('772946183'), SVET_ACC),
         system='Yandex 360 for business (forward*.mail.yandex.net), Outlook via Yandex SMTP, DKIM d=svetotekhnika-pro.ru s=mail; DMARC p=quarantine; EDI via Diadoc'),
    dict(org='Harrowgate Insurance Group plc (corporate customer, London)', country='UK',
         people='Priya Shah <priya.shah@harrowgate-group.co.uk> (Group Procurement)',
         rel='Corporate-event customer: tenders via its supplier portal suppliers.harrowgate-group.co.uk',
         system='Microsoft 365 (UK region), DKIM selector1 d=harrowgate-group.co.uk; DMARC p=reject'),
    dict(org='Baltpak S.A. (packaging manufacturer, Gdynia)', country='PL',
         people='Monika Grabowska <m.grabowska@baltpak.pl> (Kierownik Zakupów)',
         rel='Prospective corporate-event customer; RFQs via platformazakupowa.pl', system='Google Workspace (DKIM d=baltpak.pl s=google); DMARC p=quarantine'),
    dict(org='Fibraluz Telecom S.L. (telecom brand, Madrid)', country='ES',
         people='Marta Iglesias <marta.iglesias@fibraluz.es> (Directora de Patrocinios)',
         rel='Presenting sponsor (Spanish dates 2027), contract negotiation', system='Google Workspace (DKIM d=fibraluz.es s=google); DMARC p=reject'),
    dict(org='Authorities and platforms (genuine notices)', country='various',
         people='Companies House (companies.house@notifications.service.gov.uk); DEHú (noreply@dehu.redsara.es); AADE (noreply@aade.gr); SIAE (noreply@comunicazioni.siae.it); ZAiKS (e.kaminska@zaiks.org.pl); Kontur.Extern / Diadoc (noreply@kontur.ru, noreply@diadoc.kontur.ru); DocuSign (dse@eumail.docusign.net); Microsoft Entra (MSSecurity-noreply@microsoft.com); Meta (advertise-noreply@support.facebook.com); Google Drive (drive-shares-dm-noreply@google.com); SharePoint Online (no-reply@sharepointonline.com); SEUR (notificaciones@info.seur.com); DATEV (noreply@datev.de); mBank (powiadomienia@mbank.pl); LiveBiz Weekly newsletter (news@livebizweekly.com)',
         rel='Service, licensing and authority notifications', system='As modelled per message: GOV.UK Notify on Amazon SES, SendGrid (SIAE, SEUR), Mailchimp (newsletter), Google, Microsoft EOP, Facebook MTAs, own MTAs in documentation ranges (DEHú, AADE, Kontur, mBank, ZAiKS, DATEV), PEC providers (InfoCert Legalmail)'),
]
