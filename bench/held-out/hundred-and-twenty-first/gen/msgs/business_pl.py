"""business/22-26: Polish-language genuine mail."""
import base64
import hashlib
import html as _h

from lib import data, ids, kit, mime, qr, png, containers, systems as sy
from lib.data import S, OFF
from lib.message import auth
from lib.mime import T, plus, Part, Multipart, attachment, text, local
from lib.registry import scenario
from msgs.attack_pl import PL_BUYER, PARTNER_NIP


# ---------------------------------------------------------------------------
@scenario('business', '22-pl-partner-logistik-faktura-ksef-qr.eml')
def b22(m):
    r = m.rng
    marek = S('Szymański')
    m.frm = ('Partner Logistik - Księgowość', 'ksiegowosc@partner-logistik.pl')
    m.to = [marek]
    m.rcpt = [marek[1]]
    m.mail_from = m.frm[1]
    num = 'FV/2026/11/0041'
    m.subject = 'Faktura %s - Partner Logistik sp. z o.o.' % num
    m.date = T(2026, 11, 3, 7, 40, 12)
    m.msgid = '%s.%d@partner-logistik.pl' % (r.hex(16), r.randrange(10 ** 5))
    m.hdr_charset, m.hdr_enc = 'iso-8859-2', 'Q'
    iban = data.PARTNER_IBAN
    fa_xml = ('<?xml version="1.0" encoding="UTF-8"?><Faktura xmlns="http://crd.gov.pl/wzor/2025/06/25/13775/">'
              '<Naglowek><KodFormularza kodSystemowy="FA (3)" wersjaSchemy="1-0E">FA</KodFormularza></Naglowek>'
              '<Podmiot1><DaneIdentyfikacyjne><NIP>%s</NIP></DaneIdentyfikacyjne></Podmiot1>'
              '<Podmiot2><DaneIdentyfikacyjne><NIP>%s</NIP></DaneIdentyfikacyjne></Podmiot2>'
              '<Fa><P_1>2026-11-03</P_1><P_2>%s</P_2></Fa></Faktura>') % (PARTNER_NIP, OFF['PL']['taxid'], num)
    h = base64.urlsafe_b64encode(hashlib.sha256(fa_xml.encode()).digest()).decode().rstrip('=')
    qr_url = 'https://qr.ksef.mf.gov.pl/invoice/%s/03-11-2026/%s' % (PARTNER_NIP, h)
    ksef_no = '%s-20261103-%s-%s' % (PARTNER_NIP, r.hex(12, True), r.hex(2, True))
    inv, tot = kit.invoice_pdf(
        'pl', ['Partner Logistik sp. z o.o.', 'ul. Gnieźnieńska 12, 62-028 Koziegłowy', 'NIP: %s' % PARTNER_NIP,
               'BDO 000418227', 'tel. +48 61 842 77 10'],
        PL_BUYER, num, '03.11.2026',
        [('Usługi magazynowe – październik 2026 (składowanie 176 miejsc paletowych)', 176, 38.50),
         ('Obsługa kompletacji zamówień (pick & pack) – październik 2026', 1184, 4.20),
         ('Transport krajowy – dostawy do klientów, październik 2026', 1, 9215.00)],
        'PLN', 23, ['Santander Bank Polska S.A.', 'Nr rachunku: %s' % ids.fmt_iban(iban)],
        meta_lines=['Data sprzedaży|31.10.2026', 'Termin płatności|17.11.2026'],
        notes=['Numer KSeF: %s' % ksef_no,
               'Mechanizm podzielonej płatności. Faktura wystawiona w Krajowym Systemie e-Faktur; kod QR umożliwia '
               'weryfikację faktury w KSeF. Rachunek widnieje w wykazie podatników VAT.'],
        qr_payload=qr_url, qr_caption='KSeF – OFFLINE/ONLINE weryfikacja', creator='Comarch ERP Optima',
        producer='Comarch ERP Optima 2026.1', pdfdate="D:20261103073301+01'00'", logo_color=(0.0, 0.45, 0.25))
    body = ('Szanowni Państwo,\n\nw załączeniu przesyłamy wizualizację faktury %s z dnia 03.11.2026 na kwotę %s PLN brutto.\n\n'
            'Faktura została wystawiona w KSeF, numer KSeF: %s. Dokument źródłowy jest dostępny w Państwa module KSeF.\n\n'
            'Płatność na rachunek: %s (Santander Bank Polska), mechanizm podzielonej płatności.\n\n'
            'Wiadomość wygenerowana automatycznie z systemu Comarch ERP Optima. W razie pytań prosimy o kontakt: '
            'ksiegowosc@partner-logistik.pl, tel. +48 61 842 77 12.\n\nPartner Logistik sp. z o.o.\n') % (
        num, kit.fmt_money(tot['gross'], 'pl'), ksef_no, ids.fmt_iban(iban))
    bnd = kit.boundary(r, 'generic')
    body_obj = Multipart('mixed', [Part('text/plain', body, 'iso-8859-2', 'quoted-printable', ctype_value='text/plain; charset=iso-8859-2'),
                                   attachment(inv, 'FV_2026_11_0041.pdf', 'application/pdf', 'generic', r)], bnd)
    hdrs, conn, tmx, dkb = sy.homepl(m, m.date, client_style='generic', client_ip='83.12.%d.%d' % (r.randrange(255), r.randrange(2, 250)), server=94114)
    hdrs.insert(len(hdrs) - 5, ('X-Mailer', 'Comarch ERP Optima'))
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'partner-logistik.pl'), dkim=[('pass', 'partner-logistik.pl', 'default', 2048, dkb)],
                                         dmarc=('pass', 'quarantine', 'partner-logistik.pl')), body_obj)
    m.qr_expect = [qr_url]
    m.fact('ibans', iban)
    m.fact('urls', qr_url)
    m.fact('phones', '+48 61 842 77 12', '+48 61 842 77 10')
    m.fact('other', 'KSeF number ' + ksef_no)
    m.what = 'Monthly invoice of the logistics partner from its ERP via home.pl: KSeF e-invoice visualisation with verification QR code ("KOD I") and split-payment note.'
    m.why = 'Real domain partner-logistik.pl via home.pl (aligned DKIM), invoice registered in KSeF (QR links to qr.ksef.mf.gov.pl with the invoice hash), long-standing Santander account; nothing asks to change payment data.'
    m.hard_negative_of = (['22-pl-partner-logistic-lookalike-rachunek.eml'], 'Partner Logistik invoice',
                          'Correct domain (k, not c), usual account, KSeF-verifiable invoice.')


# ---------------------------------------------------------------------------
@scenario('business', '23-pl-partner-awizacja-dostaw-xlsx.eml')
def b23(m):
    r = m.rng
    kasia = S('Wójcik')
    tadeusz = ('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl')
    m.frm = tadeusz
    m.to = [kasia]
    m.rcpt = [kasia[1]]
    m.mail_from = tadeusz[1]
    m.subject = 'Awizacja dostaw tydzień 46 - magazyn Swarzędz'
    m.date = T(2026, 11, 6, 13, 52, 20)
    m.msgid = m.mid('thunderbird', 'partner-logistik.pl')
    m.user_agent = 'Mozilla Thunderbird'
    m.content_language = 'pl'
    rows = [['Data', 'Godz.', 'Przewoźnik', 'Nadawca', 'Nr CMR / WZ', 'Palety', 'Uwagi'],
            ['09.11.2026', '08:00', 'Ferretti Trasporti', 'Lieferant GmbH (Bielefeld)', 'CMR 2026-8841', 12, 'tryskacze K80, gaśnice CO2'],
            ['10.11.2026', '10:30', 'Raben', 'Valvole Brambilla (Lumezzane)', 'CMR IT-55120', 4, 'zawory alarmowe DN150'],
            ['12.11.2026', '07:30', 'Ferretti Trasporti', 'Lieferant GmbH (Bielefeld)', 'CMR 2026-8867', 9, 'czujki, ROP'],
            ['13.11.2026', '13:00', 'DPD (drobnica)', 'Example Brandschutztechnik Hannover', 'WZ 4471/11', 2, 'części serwisowe']]
    xlsx = containers.make_xlsx([('Tydzień 46', rows)], creator='Tadeusz Zieliński', title='Awizacja TYG46',
                                created='2026-11-06T12:40:00Z', app='Microsoft Excel', date_time=(2026, 11, 6, 13, 40, 0))
    body = ('Dzień dobry Pani Katarzyno,\n\nw załączeniu awizacja dostaw na tydzień 46 do magazynu w Swarzędzu (4 dostawy, '
            '27 palet). Proszę o potwierdzenie, czy termin 12.11. o 7:30 jest OK - w tym dniu mamy inwentaryzację strefy B, '
            'więc rozładunek będzie na rampie 3.\n\nPozdrawiam\nTadeusz Zieliński\nKierownik ds. klienta\nPartner Logistik sp. z o.o.\n'
            'tel. +48 61 842 77 25, kom. +48 601 884 312\n')
    bnd = kit.boundary(r, 'thunderbird')
    body_obj = Multipart('mixed', [Part('text/plain', body, 'UTF-8', '8bit', ctype_value='text/plain; charset=UTF-8; format=flowed'),
                                   attachment(xlsx, 'Awizacja_TYG46_Swarzedz.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                                              'thunderbird', r)], bnd, preamble='This is a multi-part message in MIME format.')
    hdrs, conn, tmx, dkb = sy.homepl(m, m.date, client_style='thunderbird', server=94114)
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'partner-logistik.pl'), dkim=[('pass', 'partner-logistik.pl', 'default', 2048, dkb)],
                                         dmarc=('pass', 'quarantine', 'partner-logistik.pl')), body_obj)
    m.fact('phones', '+48 61 842 77 25', '+48 601 884 312')
    m.what = 'Logistics partner\'s weekly delivery schedule (week 46) for the Swarzędz warehouse, as an Excel file.'
    m.why = 'Known contact via home.pl/Thunderbird, operational content matching other correspondents (Ferretti, Lieferant, Brambilla), plain XLSX without macros.'
    m.hard_negative_of = (['22-pl-partner-logistic-lookalike-rachunek.eml'], 'Mail from Partner Logistik',
                          'Real domain and routine operations; no payment topic.')


# ---------------------------------------------------------------------------
@scenario('business', '24-pl-dpd-powiadomienie-genuine.eml')
def b24(m):
    r = m.rng
    kasia = S('Wójcik')
    m.frm = ('DPD Polska', 'powiadomienia@dpd.com.pl')
    m.to = [kasia]
    m.rcpt = [kasia[1]]
    m.mail_from = 'bounce@powiadomienia.dpd.com.pl'
    parcel = '1000648122950U'
    m.subject = 'Twoja paczka %s jest w drodze' % parcel
    m.date = T(2026, 11, 26, 6, 58, 14)
    m.msgid = '%s@powiadomienia.dpd.com.pl' % r.uuid()
    url = 'https://tracktrace.dpd.com.pl/parcelDetails?typ=1&p1=%s' % parcel
    body = ('Dzień dobry,\n\nTwoja paczka nr %s od nadawcy Example Brandschutztechnik GmbH jest w drodze.\n\n'
            'Planowane doręczenie: 27.11.2026 w godzinach 10:00-13:00\nAdres: ul. Krakowska 180, 52-015 Wrocław\n'
            'Kurier: Tomasz, tel. 600 412 587\n\nStatus przesyłki możesz sprawdzić na stronie [tracktrace.dpd.com.pl](%s) '
            'lub w aplikacji Mobile DPD.\n\nDPD nigdy nie prosi o dopłaty za pomocą linków w wiadomościach e-mail ani SMS.\n\n'
            'Pozdrawiamy\nZespół DPD Polska\n\nDPD Polska Sp. z o.o., ul. Mineralna 15, 02-274 Warszawa\n') % (parcel, url)
    html = kit.simple_html(body, 'Arial, sans-serif', '14px')
    plain = kit.to_plain(body, 'gmail')
    bnd = kit.boundary(r, 'dotnet')
    body_obj = Multipart('alternative', [text(plain, 'plain', 'utf-8', 'quoted-printable'), text(html, 'html', 'utf-8', 'quoted-printable')], bnd)
    hdrs, conn, tmx, dkb = sy.corp_relay(m, m.date, 'mail-out1.dpd.com.pl', '198.51.100.21',
                                         inner=[('notif-app02.dpd.local', 'unknown', '10.60.%d.%d' % (r.randrange(255), r.randrange(2, 250)), 'mail-out1.dpd.com.pl', 'ESMTP')],
                                         dkim=('dpd.com.pl', 'dpd2024'))
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'powiadomienia.dpd.com.pl'), dkim=[('pass', 'dpd.com.pl', 'dpd2024', 2048, dkb)],
                                         dmarc=('pass', 'reject', 'dpd.com.pl')), body_obj)
    m.fact('urls', url)
    m.fact('phones', '600 412 587')
    m.what = 'DPD Polska delivery notification for a parcel sent by the German HQ, with delivery window and tracking link.'
    m.why = 'DPD\'s own aligned domain, tracking link on tracktrace.dpd.com.pl, no payment requested, expected shipment from the group\'s HQ.'
    m.hard_negative_of = (['24-pl-dpd-doplata-sms-style.eml'], 'DPD parcel notification', 'Real DPD domain and tracking site; no fee, no card data.')


# ---------------------------------------------------------------------------
@scenario('business', '25-pl-mbank-companynet-autoryzacja.eml')
def b25(m):
    r = m.rng
    marek = S('Szymański')
    m.frm = ('mBank CompanyNet', 'companynet@mbank.pl')
    m.to = [marek]
    m.rcpt = [marek[1]]
    m.mail_from = 'powiadomienia@info.mbank.pl'
    m.subject = 'CompanyNet: paczka przelewów oczekuje na autoryzację'
    m.date = T(2026, 12, 3, 14, 5, 30)
    m.hdr_charset, m.hdr_enc = 'iso-8859-2', 'B'
    m.msgid = '%s@companynet.mbank.pl' % r.hex(24)
    body = ('Szanowni Państwo,\n\nw systemie mBank CompanyNet dla firmy EXAMPLE OCHRONA PRZECIWPOŻAROWA SP. Z O.O. '
            'paczka przelewów "Dostawcy 2026-12-03" (12 przelewów, łączna kwota 184 217,40 PLN), utworzona przez '
            'użytkownika MSZYMANSKI, oczekuje na autoryzację.\n\nAby ją podpisać, zaloguj się do CompanyNet w zwykły sposób '
            '(wpisz adres companynet.mbank.pl w przeglądarce lub użyj aplikacji mBank CompanyMobile).\n\n'
            'mBank nigdy nie wysyła wiadomości z linkami do logowania i nie prosi o podanie haseł ani kodów SMS.\n\n'
            'Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.\n\nmBank S.A., ul. Prosta 18, 00-850 Warszawa\n')
    html = kit.simple_html(body, 'Arial, sans-serif', '13px')
    bnd = kit.boundary(r, 'javamail')
    body_obj = Multipart('alternative', [text(body, 'plain', 'iso-8859-2', 'base64', ctype_value='text/plain; charset=ISO-8859-2'),
                                         text(html, 'html', 'iso-8859-2', 'base64', ctype_value='text/html; charset=ISO-8859-2')], bnd)
    hdrs, conn, tmx, dkb = sy.corp_relay(m, m.date, 'smtp3.mbank.pl', '198.51.100.163',
                                         inner=[('cn-notify01.mbank.local', 'unknown', '10.8.%d.%d' % (r.randrange(255), r.randrange(2, 250)), 'smtp3.mbank.pl', 'ESMTP')],
                                         dkim=('mbank.pl', 'mbk2025'))
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'info.mbank.pl'), dkim=[('pass', 'mbank.pl', 'mbk2025', 2048, dkb)],
                                         dmarc=('pass', 'reject', 'mbank.pl')), body_obj)
    m.what = 'mBank CompanyNet notification: a batch of 12 supplier transfers prepared by the accountant awaits authorisation; no link.'
    m.why = 'Bank\'s own aligned domain, refers to a batch created by the company\'s own user, tells the user to log in independently, contains no link or attachment.'
    m.hard_negative_of = (['29-es-bbva-netcash-firma-compromised.eml', '33-el-eurobank-sca-windows1253.eml'],
                          'Business banking: orders awaiting signature', 'No login link, no deadline threat, data matches the company\'s own activity.')


# ---------------------------------------------------------------------------
@scenario('business', '26-pl-cd-odra-zapytanie-ofertowe.eml')
def b26(m):
    r = m.rng
    kasia = S('Wójcik')
    ag = ('Agnieszka Kowalczyk', 'a.kowalczyk@cd-odra.pl')
    m.frm = ag
    m.to = [kasia]
    m.rcpt = [kasia[1]]
    m.mail_from = ag[1]
    m.subject = 'Zapytanie ofertowe - przegląd roczny instalacji tryskaczowej ESFR i pompowni, CD Oława'
    m.date = T(2026, 11, 16, 9, 14, 2)
    m.msgid = m.mid('gmail')
    spec = kit.letter_pdf(['Centrum Dystrybucyjne Odra Sp. z o.o.', 'ul. Zwierzyniecka 6, 55-200 Oława · NIP %s' % ids.pl_nip('912207540')],
                          PL_BUYER, 'Oława, 16.11.2026', 'Zapytanie ofertowe nr ZO/2026/118 – przegląd roczny SUG',
                          ['Przedmiot zapytania: przegląd roczny instalacji tryskaczowej ESFR (hala magazynowa 24 000 m², '
                           'wysokość składowania 12 m) wraz z pompownią (pompa elektryczna 110 kW + pompa spalinowa), '
                           'zbiornikiem 600 m³ i 3 zaworami kontrolno-alarmowymi, zgodnie z PN-EN 12845 i wytycznymi VdS.',
                           'Wymagane: protokół z przeglądu, próby pomp (rozruch, wydajność), sprawdzenie sygnalizacji do SSP, '
                           'lista usterek z wyceną napraw.',
                           'Termin realizacji: styczeń 2027 (poza godzinami szczytu – po 18:00 lub w weekend).',
                           'Oferty prosimy przesłać do 30.11.2026 na adres a.kowalczyk@cd-odra.pl.'],
                          'Agnieszka Kowalczyk\nDział Techniczny / Zakupy', creator='Google Docs', producer='Skia/PDF m131',
                          pdfdate="D:20261116081000+00'00'", accent=(0.0, 0.3, 0.55))
    body = ('Dzień dobry,\n\nw załączeniu przesyłam zapytanie ofertowe na przegląd roczny instalacji tryskaczowej ESFR wraz z '
            'pompownią w naszym centrum dystrybucyjnym w Oławie. Otrzymaliśmy Państwa kontakt od firmy Partner Logistik.\n\n'
            'Wizja lokalna możliwa po wcześniejszym umówieniu (tel. 71 313 40 22). Termin składania ofert: 30.11.2026.\n\n'
            'Pozdrawiam\nAgnieszka Kowalczyk\nDział Techniczny / Zakupy\nCentrum Dystrybucyjne Odra Sp. z o.o.\n')
    html = kit.gmail_html(body)
    bnd_m, bnd_a = kit.boundary(r, 'gmail'), kit.boundary(r, 'gmail')
    body_obj = Multipart('mixed', [Multipart('alternative', [text(body, 'plain', 'UTF-8', 'quoted-printable', ctype_value='text/plain; charset="UTF-8"'),
                                                             text(html, 'html', 'UTF-8', 'quoted-printable', ctype_value='text/html; charset="UTF-8"')], bnd_a),
                                   attachment(spec, 'ZO_2026_118_przeglad_SUG_CD_Olawa.pdf', 'application/pdf', 'gmail', r)], bnd_m)
    hdrs, conn, tmx, dkb = sy.google(m, m.date, workspace_domain='cd-odra.pl')
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'cd-odra.pl'), dkim=[('pass', 'cd-odra.pl', 'google', 2048, dkb)],
                                         dmarc=('pass', 'quarantine', 'cd-odra.pl')), body_obj)
    m.fact('phones', '71 313 40 22')
    m.what = 'Customer RFQ: annual inspection of an ESFR sprinkler system and pump house at a distribution centre, PDF specification attached.'
    m.why = 'Customer\'s Google Workspace domain (aligned), plain PDF, technical scope consistent with PN-EN 12845, referral from a known partner, phone for site visit.'
    m.hard_negative_of = (['26-pl-zapytanie-ofertowe-iso.eml'], 'RFQ for a sprinkler installation',
                          'PDF attachment from the customer\'s own domain instead of an ISO image with a shortcut.')
