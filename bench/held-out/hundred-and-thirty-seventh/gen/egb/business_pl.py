"""business/22-26: Polish-language genuine mail."""
import base64
import datetime
import hashlib

from . import archive, company, docs, ids, mime, shared, systems
from .core import local, Part, rstr, HEXL, HEXU, ALNUM, guid, rfc2822
from .h import S, setup, meta, urls, mid_outlook_classic, mid_tb, pdf_meta
from .registry import message

PLOG, TART = company.PLOG, company.TART
EPL = company.ENT['PL']


@message('business', 22, 'pl', 'partner-logistik-faktura-ksef-qr')
def b22(m):
    pk = S('pawel.kaczmarek')
    sent = local('Europe/Warsaw', 2026, 11, 30, 15, 40, 22)
    setup(m, ('Księgowość Partner Logistik', 'ksiegowosc@partner-logistik.pl'), [(pk['name'], pk['addr'])],
          'Faktura %s - Partner Logistik sp. z o.o.' % shared.PLOG_INV, sent, zone='Europe/Warsaw')
    m.hcharset, m.henc = 'iso-8859-2', 'Q'
    m.msgid = mid_outlook_classic(m, 'partner-logistik.pl')
    net, vat, gross = shared.PLOG_0418_NET, shared.PLOG_0418_VAT, shared.PLOG_0418_GROSS
    # KSeF number and verification link (KOD I): hash of the invoice XML
    xml = ('<Faktura><Naglowek>FA(3)</Naglowek><P_2>%s</P_2><P_15>%s</P_15></Faktura>' % (shared.PLOG_INV, gross)).encode()
    h = base64.urlsafe_b64encode(hashlib.sha256(xml).digest()).decode().rstrip('=')
    ksef_no = '%s-20261130-%s-%s' % (PLOG['nip'], rstr(m.rng, HEXU, 12), rstr(m.rng, HEXU, 2))
    qr = 'https://qr.ksef.mf.gov.pl/invoice/%s/30-11-2026/%s' % (PLOG['nip'], h)
    text = ('Dzień dobry,\n\n'
            'w załączeniu przesyłamy wizualizację faktury %s z dnia 30.11.2026 r. na kwotę %s zł brutto. Faktura została wystawiona '
            'w Krajowym Systemie e-Faktur (numer KSeF: %s) i jest dostępna do pobrania w KSeF.\n\n'
            'Termin płatności: 14.12.2026 r.\nRachunek: %s (%s)\n\n'
            'Kod QR na wizualizacji umożliwia weryfikację faktury w KSeF.\n\n'
            'Pozdrawiamy\nDział Księgowości\nPartner Logistik sp. z o.o.\nul. Magazynowa 5, 62-080 Tarnowo Podgórne\ntel. +48 61 814 52 30\n'
            % (shared.PLOG_INV, shared.fmt_plain(gross, 'pl'), ksef_no, ids.pl_nrb(PLOG['iban']), PLOG['bank']))
    items = [[p, d, '%s %s' % (shared.fmt_plain(q, 'pl').replace(',00', ''), u), shared.fmt(pr, 'pl'), shared.fmt(shared.money(q * pr), 'pl')]
             for p, d, _, q, u, pr in shared.PLOG_0418_ITEMS]
    pdfb, _ = docs.invoice(
        'dejavu', pdf_meta(m, sent, 'Faktura %s' % shared.PLOG_INV, 'Partner Logistik', 'Comarch ERP Optima', 'Comarch ERP Optima 2026.5'),
        ('Partner Logistik sp. z o.o.', ['ul. Magazynowa 5, 62-080 Tarnowo Podgórne', 'NIP %s · %s' % (PLOG['nip'], PLOG['phone'])]),
        ['Nabywca:', 'Example Group Polska sp. z o.o.', 'ul. Tartaczna 8, 61-036 Poznań', 'NIP %s' % EPL['tax'][0][1]],
        'Faktura VAT %s' % shared.PLOG_INV, [('Data wystawienia', '30.11.2026'), ('Data sprzedaży', '30.11.2026'),
                                             ('Termin płatności', '14.12.2026'), ('Numer KSeF', ksef_no[:24] + '…')],
        ['Lp.', 'Nazwa usługi', 'Ilość', 'Cena netto', 'Wartość netto'], items,
        [('Razem netto', shared.fmt(net, 'pl'), False), ('VAT 23 %', shared.fmt(vat, 'pl'), False), ('Do zapłaty', shared.fmt(gross, 'pl') + ' zł', True)],
        ['Forma płatności: przelew, 14 dni', 'Bank: %s' % PLOG['bank'], 'Nr rachunku: %s' % ids.pl_nrb(PLOG['iban'])],
        ['Partner Logistik sp. z o.o. · KRS 0000418872 · NIP %s · Kapitał zakładowy 200 000 zł' % PLOG['nip']],
        qr=(qr, ['KSeF', ksef_no]), accent=(200, 30, 40), money_cols=(3,))
    m.qr_expect.append(('FV_2026_11_0418.pdf', qr))
    html = mime.outlook_html(mime.paras_html(text), 'PL').replace('charset=utf-8', 'charset=iso-8859-2')
    m.body = mime.mixed(m, 'outlook', [
        mime.alt(m, 'outlook', mime.text(text, 'iso-8859-2', 'quoted-printable'), mime.html(html, 'iso-8859-2', 'quoted-printable')),
        mime.attachment(pdfb, 'application/pdf', 'FV_2026_11_0418.pdf')])
    systems.homepl(m, mua='outlook', lang='pl', server_no=231847)
    m.fact('IBAN', PLOG['iban'])
    m.fact('Other', 'KSeF number `%s`' % ksef_no)
    meta(m, 'Genuine invoice of the logistics partner issued in the national e-invoicing system KSeF; PDF visualisation with the '
            'KSeF number and the KSeF verification QR code (KOD I), payable to the registered Santander account.',
         'Partner\'s real home.pl mailbox (SPF/DKIM pass), account identical to master data and white list, verification QR points to '
         'the Ministry of Finance domain qr.ksef.mf.gov.pl.',
         pair=(['22-pl-partner-logistik-lookalike-zmiana-rachunku.eml', '23-pl-ksef-phishing-uwierzytelnienie.eml'],
               'Partner Logistik invoices / KSeF',
               'Registered account and real domain; KSeF appears as verification link, not as a login request.'))


@message('business', 23, 'pl', 'partner-logistik-awizacja-xlsx')
def b23(m):
    aw, tl = S('agnieszka.wroblewska'), S('tobias.lechner')
    sent = local('Europe/Warsaw', 2026, 11, 27, 13, 8, 45)
    setup(m, ('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'), [(aw['name'], aw['addr'])],
          'Awizacja dostaw – budowa Suchy Las, tydzień 49', sent, zone='Europe/Warsaw', cc=[(tl['name'], tl['addr'])])
    m.hcharset, m.henc = 'windows-1250', 'Q'
    m.msgid = mid_outlook_classic(m, 'partner-logistik.pl')
    text = ('Dzień dobry Pani Agnieszko,\n\n'
            'w załączeniu awizacja dostaw elementów ściennych i stropowych na budowę w Suchym Lesie na tydzień 49. Auta ładowane są w '
            'Rosenheim w poniedziałek i wtorek, rozładunek HDS-em zgodnie z planem montażu.\n\n'
            'Proszę o potwierdzenie godzin rozładunku z kierownikiem budowy – szczególnie czwartek 3.12., bo tego dnia mamy tylko jedno '
            'okno na dźwig. Tobias, na odcinku niemieckim wszystko bez zmian.\n\n'
            'Pozdrawiam\nTadeusz Zieliński\nDyrektor ds. Operacyjnych\n\nPartner Logistik sp. z o.o.\nul. Magazynowa 5, 62-080 Tarnowo Podgórne\n'
            'tel. +48 61 814 52 34 | kom. +48 601 448 213\nwww.partner-logistik.pl\n')
    rows = [[('b', 'Data'), ('b', 'Nr auta'), ('b', 'Kierowca'), ('b', 'Ładunek'), ('b', 'Waga t'), ('b', 'Okno rozładunku')],
            ['2026-11-30', 'PO 7H218', 'M. Nowak', 'Ściany zewn. dom 1 (12 elementów)', 18.4, '07:00-09:00'],
            ['2026-12-01', 'PO 5K772', 'R. Wiśniewski', 'Ściany wewn. dom 1-2 (16 elementów)', 15.1, '07:30-09:30'],
            ['2026-12-02', 'PO 7H218', 'M. Nowak', 'Stropy KVH dom 1 (kasety)', 21.7, '08:00-10:00'],
            ['2026-12-03', 'PO 9L034', 'J. Kowalczyk', 'Ściany zewn. dom 2 (12 elementów)', 18.9, '07:00-08:30'],
            ['2026-12-04', 'PO 5K772', 'R. Wiśniewski', 'Więźba dachowa dom 1-2', 11.2, '09:00-11:00']]
    xlsx = archive.make_xlsx([('Awizacja KW49', rows)], datetime.datetime(2026, 11, 27, 12, 50, 0), 'Awizacja KW49 Suchy Las',
                             'Tadeusz Zieliński', 'Partner Logistik sp. z o.o.', widths=[12, 10, 14, 36, 8, 16])
    html = mime.outlook_html(mime.paras_html(text), 'PL').replace('charset=utf-8', 'charset=windows-1250')
    m.body = mime.mixed(m, 'outlook', [
        mime.alt(m, 'outlook', mime.text(text, 'windows-1250', 'quoted-printable'), mime.html(html, 'windows-1250', 'quoted-printable')),
        mime.attachment(xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Awizacja_KW49_Suchy_Las.xlsx')])
    systems.homepl(m, mua='outlook', lang='pl', server_no=231847)
    meta(m, 'Genuine operational mail from the logistics partner: delivery schedule for week 49 (wall and floor elements to the '
            'Suchy Las site) as XLSX, cc the dispatcher in Rosenheim.',
         'Real partner domain and contact, ordinary logistics content, no payment topic, spreadsheet without macros.',
         pair=(['22-pl-partner-logistik-lookalike-zmiana-rachunku.eml'], 'mail from Tadeusz Zieliński / Partner Logistik',
               'Same person and signature but from partner-logistik.pl on the partner\'s home.pl server and about logistics, not bank accounts.'))


@message('business', 24, 'pl', 'inpost-paczka-w-paczkomacie')
def b24(m):
    aw = S('agnieszka.wroblewska')
    sent = local('Europe/Warsaw', 2026, 11, 25, 9, 42, 17)
    num = '520113087214458263304812'
    setup(m, ('InPost', 'powiadomienia@inpost.pl'), [('', aw['addr'])],
          'Twoja paczka jest już w Paczkomacie POZ21A', sent, zone='Europe/Warsaw', env_from='')
    track = 'https://inpost.pl/sledzenie-przesylek?number=%s' % num
    app = 'https://inpost.pl/aplikacja-mobilna'
    paras = ['Cześć!',
             'Paczka od nadawcy WÜRTH Polska Sp. z o.o. czeka na Ciebie w Paczkomacie POZ21A, ul. Tartaczna 3 (przy stacji paliw), Poznań.',
             'Numer paczki: %s\nKod odbioru: 418207\nPaczka czeka do: 27.11.2026, godz. 09:42' % num,
             'Paczkę odbierzesz, wpisując numer telefonu i kod odbioru na ekranie Paczkomatu albo zdalnie w aplikacji InPost Mobile.',
             'Pamiętaj: InPost nigdy nie prosi o dopłaty SMS-em ani e-mailem za paczki opłacone przez nadawcę.',
             'Zespół InPost']
    html = ('<html><body style="margin:0;background:#f2f2f2;font-family:Montserrat,Arial,sans-serif"><table align="center" width="600" '
            'style="background:#fff"><tr><td style="background:#ffcd00;padding:18px 26px;font-size:26px;font-weight:900;color:#1d1d1b">InPost</td></tr>'
            '<tr><td style="padding:24px 26px;font-size:15px;color:#1d1d1b">' + ''.join('<p>%s</p>' % mime.esc(p).replace('\n', '<br>') for p in paras) +
            '<p><a href="%s">Śledź paczkę</a> · <a href="%s">Pobierz aplikację InPost Mobile</a></p></td></tr><tr><td style="padding:14px 26px;'
            'font-size:11px;color:#888">InPost S.A., ul. Pana Tadeusza 4, 30-727 Kraków</td></tr></table></body></html>' % (track, app))
    m.body = mime.alt(m, 'java', mime.text(mime.html2text(html), 'utf-8', 'quoted-printable'), mime.html(html, 'utf-8', 'quoted-printable'))
    systems.ses(m, region='eu-central-1', domain_selector='inpost2024', mail_from_domain='mail.inpost.pl',
                ses_selector='54ecsf3zk7z4mwxwwox7z7bg6e5gwjsz')
    urls(m, track, app)
    meta(m, 'Genuine InPost notification: a parcel from a tools supplier is waiting in the parcel locker next to the Poznań office, '
            'with tracking number and pick-up code.',
         'Transactional mail from inpost.pl via Amazon SES with aligned DKIM/SPF, real tracking link on inpost.pl, no payment request, '
         'states that InPost never asks for surcharges by e-mail.',
         pair=(['24-pl-inpost-doplata-blik.eml'], 'InPost parcel notification',
               'Links to inpost.pl and gives a pick-up code; the phish demands a 1.99 PLN BLIK payment on a look-alike domain.'))


@message('business', 25, 'pl', 'tartak-zmiana-rachunku-biala-lista')
def b25(m):
    pk = S('pawel.kaczmarek')
    sent = local('Europe/Warsaw', 2026, 12, 9, 11, 15, 8)
    setup(m, ('Tartak Noteć – Księgowość', 'ksiegowosc@tartak-notec.pl'), [(pk['name'], pk['addr'])],
          'Zmiana numeru rachunku bankowego od 1 stycznia 2027 r.', sent, zone='Europe/Warsaw', style='thunderbird')
    m.msgid = mid_tb(m, 'tartak-notec.pl')
    wl = 'https://www.podatki.gov.pl/wykaz-podatnikow-vat-wyszukiwarka'
    text = ('Szanowni Państwo,\n\n'
            'uprzejmie informujemy, że od 1 stycznia 2027 r. Tartak Noteć sp. z o.o. przenosi obsługę rachunku rozliczeniowego z PKO BP '
            'do mBanku. Do 31 grudnia 2026 r. prosimy regulować należności na dotychczasowy rachunek.\n\n'
            'Dotychczasowy rachunek (do 31.12.2026): %s\n'
            'Nowy rachunek (od 01.01.2027):         %s\n\n'
            'Nowy rachunek został zgłoszony w CEIDG/KRS i jest już widoczny w wykazie podatników VAT (biała lista) – mogą go Państwo '
            'sprawdzić w wyszukiwarce Ministerstwa Finansów: %s\n\n'
            'W załączeniu pismo podpisane przez Zarząd. Prosimy o telefoniczne potwierdzenie zmiany z naszym działem księgowości pod '
            'numerem, który znają Państwo z umowy (+48 67 254 18 40). Nigdy nie prosimy o zmianę rachunku wyłącznie mailem.\n\n'
            'Z poważaniem\nEwa Szymańska\nGłówna Księgowa\nTartak Noteć sp. z o.o.\nul. Leśna 27, 64-510 Wronki\n'
            % (ids.pl_nrb(TART['old_iban']), ids.pl_nrb(TART['new_iban']), wl))
    pdfb, _ = docs.letter('dejavu', pdf_meta(m, sent, 'Zmiana rachunku 2027', 'Ewa Szymańska', 'Writer', 'LibreOffice 24.8'),
                          ('Tartak Noteć sp. z o.o.', ['ul. Leśna 27', '64-510 Wronki', 'NIP ' + TART['nip']]),
                          ['Example Group Polska sp. z o.o.', 'ul. Tartaczna 8', '61-036 Poznań'], 'Wronki, 9 grudnia 2026 r.',
                          'Zmiana rachunku bankowego od 01.01.2027 r.',
                          'Szanowni Państwo,\n\ninformujemy, że od dnia 1 stycznia 2027 r. właściwym rachunkiem do regulowania należności '
                          'na rzecz Tartak Noteć sp. z o.o. będzie rachunek prowadzony przez mBank S.A.:\n\n**%s**\n\nRachunek jest '
                          'ujęty w wykazie podatników VAT. Do 31 grudnia 2026 r. obowiązuje dotychczasowy rachunek w PKO BP S.A. '
                          'Zmianę prosimy potwierdzić telefonicznie w naszym dziale księgowości.' % ids.pl_nrb(TART['new_iban']),
                          'Z poważaniem', [('Krzysztof Walczak', 'Prezes Zarządu'), ('Ewa Szymańska', 'Główna Księgowa')],
                          ['Tartak Noteć sp. z o.o. · ul. Leśna 27, 64-510 Wronki · NIP %s · tel. %s' % (TART['nip'], TART['phone'])],
                          accent=(90, 60, 30))
    m.body = mime.mixed(m, 'thunderbird', [mime.text(text, 'UTF-8', '8bit', flowed=True, quoted=False),
                                           mime.attachment(pdfb, 'application/pdf', 'Tartak_Notec_zmiana_rachunku_2027.pdf')],
                        preamble='This is a multi-part message in MIME format.')
    systems.postfix_relay(m, 'server704218.nazwa.pl', '85.128.152.41', mua='thunderbird', selector='x', lang='pl',
                          ua='Mozilla Thunderbird', client_rdns='user-%s.ip.netia.com.pl' % rstr(m.rng, '0123456789', 6))
    m.fact('IBAN', TART['old_iban'])
    m.fact('IBAN', TART['new_iban'])
    urls(m, wl)
    meta(m, 'Genuine bank-account change of the sawmill supplier from 1 Jan 2027: old and new account, signed letter, white-list check '
            'link, request to confirm by phone via the number from the contract.',
         'Supplier\'s own domain on its usual host (nazwa.pl, SPF/DKIM pass), three weeks\' notice, old account valid until year end, '
         'verifiable on the official VAT white list, phone confirmation via a known number.',
         pair=(['22-pl-partner-logistik-lookalike-zmiana-rachunku.eml'], 'Polish supplier changes bank account',
               'Lead time, verifiable white-list entry and call-back via the contract number; the attack wants the switch now and pre-empts the white-list check.'))


@message('business', 26, 'pl', 'platformazakupowa-zaproszenie-przetarg')
def b26(m):
    aw = S('agnieszka.wroblewska')
    sent = local('Europe/Warsaw', 2026, 10, 14, 7, 31, 9)
    setup(m, ('platformazakupowa.pl', 'powiadomienia@platformazakupowa.pl'), [('', aw['addr'])],
          'Nowe postępowanie: Budowa przedszkola w technologii szkieletowej drewnianej – Gmina Zielęcin', sent, zone='Europe/Warsaw',
          env_from='bounce@platformazakupowa.pl')
    m.msgid = '%s@platformazakupowa.pl' % rstr(m.rng, HEXL, 32)
    link = 'https://platformazakupowa.pl/transakcja/1048217'
    paras = ['Dzień dobry,',
             'Gmina Zielęcin opublikowała nowe postępowanie, które pasuje do Twoich kategorii (CPV 45223200-8 – roboty konstrukcyjne; '
             '45214100-1 – budowa przedszkoli):',
             'Budowa przedszkola publicznego (4 oddziały) w technologii szkieletowej drewnianej wraz z zagospodarowaniem terenu\n'
             'Tryb: podstawowy bez negocjacji (art. 275 pkt 1 Pzp)\nTermin składania ofert: 05.11.2026, godz. 10:00\nWadium: 40 000,00 zł',
             'Dokumentacja postępowania oraz formularz ofertowy są dostępne na stronie postępowania. Ofertę składa się wyłącznie przez '
             'platformę, po zalogowaniu na konto wykonawcy.',
             'Pozdrawiamy\nZespół platformazakupowa.pl\nOpen Nexus sp. z o.o.']
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">' +
            ''.join('<p>%s</p>' % mime.esc(p).replace('\n', '<br>') for p in paras[:3]) +
            '<p><a href="%s" style="background:#1f6fb2;color:#fff;padding:10px 20px;text-decoration:none">Przejdź do postępowania</a></p>' % link +
            ''.join('<p>%s</p>' % mime.esc(p).replace('\n', '<br>') for p in paras[3:]) + '</body></html>')
    m.body = mime.alt(m, 'java', mime.text(mime.html2text(html, link_style='bracket'), 'UTF-8', 'quoted-printable'),
                      mime.html(html, 'UTF-8', 'quoted-printable'))
    systems.gateway(m, 'mx-out1.platformazakupowa.pl', '198.51.100.247', 'pzp1', dkim_domain='platformazakupowa.pl',
                    inner=[('notify-worker-3 (notify-worker-3.internal [10.0.%d.%d])' % (m.rng.randint(1, 20), m.rng.randint(2, 250)),
                            'mx-out1.platformazakupowa.pl (Postfix)', 'with ESMTP id %s' % rstr(m.rng, HEXU, 10))],
                    env_from='bounce@platformazakupowa.pl')
    urls(m, link)
    meta(m, 'Genuine procurement-platform alert: a municipality published a tender for a four-group kindergarten in timber-frame '
            'technology matching the company\'s CPV categories.',
         'Platform the Polish office is registered on; link to the tender page on platformazakupowa.pl, offers only via the platform, '
         'public-procurement details (Pzp procedure, wadium).',
         pair=(['26-pl-rejestr-firm-oplata-kod-zbp.eml', '13-en-itt-tender-html-credential-lure.eml'],
               'official-looking notices to the company (registers, tenders)',
               'No fee, no attachment, just a platform notice; the register scam demands payment, the tender lure asks for credentials.'))
