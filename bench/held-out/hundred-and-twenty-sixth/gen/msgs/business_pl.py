"""business/22-26 (Polish)."""
import base64
import hashlib

from lib import bodies, docs, einvoice, ids, mime, ooxml, shapes, systems, util
from lib.company import EG_PL_NIP, P, PCB, PLOG
from lib.registry import reg
from lib.util import addr, ew, local_to_utc, sec

PLOG_SIG = """Księgowość
Partner Logistik sp. z o.o.
ul. Bytomska 7, 70-603 Szczecin
tel. +48 91 462 18 30"""


def ksef_url(nip, date_ddmmyyyy, xml_bytes):
    h = base64.urlsafe_b64encode(hashlib.sha256(xml_bytes).digest()).decode().rstrip('=')
    return 'https://qr.ksef.mf.gov.pl/invoice/%s/%s/%s' % (nip, date_ddmmyyyy, h)


@reg('business', '22-pl-partner-logistik-faktura-ksef')
def b22(m):
    m.what = 'Partner Logistik invoice FV 2026/11/0512 (storage, handling, transport) as KSeF visualisation PDF with the KSeF verification QR ("KOD I") plus the FA(3) XML'
    m.why = 'Genuine: the partner\'s real domain on home.pl (DKIM pass), account is the known mBank account on the VAT white list, KSeF number and QR link to qr.ksef.mf.gov.pl with the SHA-256 of the attached XML'
    m.topic = 'invoice-qr'
    rcpt = P['malgorzata'][1]
    t = local_to_utc('CET', 2026, 11, 6, 13, 10, 44)
    lines = [('Składowanie w magazynie portowym - październik 2026 (36 miejsc paletowych)', 36, 42.00),
             ('Przeładunek i obsługa łożysk głównych (2 szt.)', 2, 1850.00),
             ('Transport Szczecin - Darłowo, zestaw niskopodwoziowy', 1, 4200.00)]
    seller = dict(nip=PLOG['nip'], name='Partner Logistik sp. z o.o.', addr='ul. Bytomska 7, 70-603 Szczecin')
    buyer = dict(nip=EG_PL_NIP, name='Example Group Polska sp. z o.o.', addr='ul. Gdańska 34C, 70-660 Szczecin')
    xml, net, vat, gross = einvoice.ksef_fa3('FV 2026/11/0512', '2026-11-06', seller, buyer, lines, PLOG['iban'][2:], '2026-12-06')
    xb = xml.encode('utf-8')
    url = ksef_url(PLOG['nip'], '06-11-2026', xb)
    ksef_no = '%s-20261106-0100A3F7C219-4E' % PLOG['nip']
    m.qr(url, 'KSeF verification QR (KOD I): seller NIP / issue date / SHA-256 of the FA(3) XML')
    m.fact('ID', ksef_no, 'KSeF number')
    m.iban(PLOG['iban'], 'Partner Logistik (mBank), in NRB form in PDF and XML')
    m.phone('+48 91 462 18 30', 'signature')
    rows = [(str(i + 1), '', n, str(q), docs.fmt_pl(q * p)) for i, (n, q, p) in enumerate(lines)]
    pdfb = docs.invoice_pdf('PARTNER LOGISTIK', ['Partner Logistik sp. z o.o., ul. Bytomska 7, 70-603 Szczecin, NIP %s' % ids.pl_nip_fmt(PLOG['nip'])],
                            ['Nabywca:', 'Example Group Polska sp. z o.o.', 'ul. Gdańska 34C', '70-660 Szczecin', 'NIP %s' % ids.pl_nip_fmt(EG_PL_NIP)],
                            [('Faktura nr', 'FV 2026/11/0512'), ('Data wystawienia', '06.11.2026'), ('Data sprzedaży', '31.10.2026'),
                             ('Termin płatności', '06.12.2026')],
                            ['Lp.', '', 'Nazwa usługi', 'Ilość', 'Netto PLN'], rows,
                            [('Razem netto', docs.fmt_pl(net), False), ('VAT 23%', docs.fmt_pl(vat), False), ('Do zapłaty', docs.fmt_pl(gross) + ' PLN', True)],
                            ['Forma płatności: przelew', 'mBank S.A., nr rachunku: %s' % ids.nrb(PLOG['iban']), 'Numer KSeF: %s' % ksef_no],
                            ['Wizualizacja faktury ustrukturyzowanej wystawionej w KSeF. Kod QR (KOD I) umożliwia weryfikację faktury w KSeF.',
                             'Partner Logistik sp. z o.o., KRS %s, kapitał zakładowy 200 000 zł' % PLOG['krs']],
                            created=docs.pdfdate(t - sec(600)), title='Faktura FV 2026/11/0512', creator='Comarch ERP Optima', producer='Comarch ERP Optima',
                            enc='pl', qr_matrix=docs.qr_matrix(url), qr_caption=ksef_no, heading='FAKTURA VAT', qr_size=100)
    body = ('Dzień dobry,\n\nw załączeniu przesyłamy fakturę FV 2026/11/0512 za usługi magazynowe i transportowe w październiku '
            '(wizualizacja PDF oraz plik XML). Faktura została wystawiona w KSeF pod numerem %s.\n\n'
            'Kwota do zapłaty: %s PLN, termin płatności 06.12.2026, rachunek bez zmian (mBank).\n\nPozdrawiamy\n' % (ksef_no, docs.fmt_pl(gross))) + PLOG_SIG
    html = bodies.fill_charset(bodies.outlook_html(body, 'PL'), 'iso-8859-2')
    alt = mime.multipart('alternative', [mime.text(body, 'plain', 'iso-8859-2', 'quoted-printable'), mime.text(html, 'html', 'iso-8859-2', 'quoted-printable')],
                         docs.b_nextpart(m, 1))
    a1 = mime.attachment(pdfb, 'application/pdf', 'FV_2026_11_0512.pdf')
    a2 = mime.attachment(xb, 'text/xml', 'FV_2026_11_0512_KSeF.xml')
    root = mime.multipart('mixed', [alt, a1, a2], docs.b_nextpart(m, 0))
    root.preamble = 'This is a multipart message in MIME format.'
    m.set_body(root)
    frm = PLOG['people']['ksieg']
    F = dict(from_=addr(frm[0], frm[1], 'iso-8859-2', 'Q'), from_addr=frm[1], to=addr('Małgorzata Kaczmarek', rcpt, 'iso-8859-2', 'Q'), date=t,
             subject='Faktura FV 2026/11/0512 - Partner Logistik', msgid='<0%s$%s$%s$@partner-logistik.pl>' % (m.hex(11), m.hex(8), m.hex(8)))
    m.assemble(shapes.hosted_postfix(m, t, rcpt, F, PLOG['host'][0], PLOG['host'][1], 'KSIEGOWOSC-PC', '192.0.2.141', 'partner-logistik.pl', 'default'))


@reg('business', '23-pl-partner-logistik-awizacja-dostawy')
def b23(m):
    m.what = 'Tadeusz Zieliński (Partner Logistik) announces delivery of two main bearings to the Szczecin warehouse with a packing list (XLSX), asks for unloading staff'
    m.why = 'Genuine operational mail from the known contact on the partner\'s real domain/home.pl, concrete logistics data, XLSX is a plain packing list, no links or payment'
    m.topic = 'logistics'
    rcpt = P['agnieszka'][1]
    t = local_to_utc('CET', 2026, 11, 10, 15, 48, 3)
    m.phone('+48 601 774 203', 'Tadeusz Zieliński mobile')
    rows = [['Lp.', 'Opis', 'Nr seryjny', 'Waga [kg]', 'Wymiary [cm]', 'Opakowanie'],
            [1, 'Łożysko główne 230/600 CAF/W33', 'SKF-26-48813', 2140, '120x120x42', 'skrzynia drewniana'],
            [2, 'Łożysko główne 230/600 CAF/W33', 'SKF-26-48814', 2140, '120x120x42', 'skrzynia drewniana'],
            [3, 'Zestaw uszczelnień i śrub mocujących', 'LG-DS-230600', 86, '80x60x55', 'paleta EUR']]
    x = ooxml.xlsx([('Lista pakowa', rows)], title='Awizacja 2026-11-12', creator='Tadeusz Zieliński', when='2026-11-10T14:30:00Z',
                   date_time=(2026, 11, 10, 15, 30, 0), col_widths=[5, 38, 16, 10, 14, 20])
    body = """Dzień dobry Pani Agnieszko,

awizuję dostawę na magazyn w Szczecinie (dla Pana Jessena w Husum do wiadomości):

Data i godzina: czwartek 12.11.2026, godz. 8:00
Przewoźnik: Trans-Bałtyk, ciągnik ZS 4812K, naczepa ZS 0731P, kierowca Marek Nowak
Ładunek: 2 łożyska główne w skrzyniach (po 2 140 kg) + 1 paleta z uszczelnieniami, lista pakowa w załączniku

Proszę o zapewnienie wózka widłowego 5 t oraz dwóch osób do rozładunku. Po rozładunku przesyłam zdjęcia skrzyń i podpisany CMR.

Pozdrawiam serdecznie
Tadeusz Zieliński
Kierownik ds. logistyki
Partner Logistik sp. z o.o.
tel. kom. +48 601 774 203"""
    html = bodies.fill_charset(bodies.outlook_html(body, 'PL'), 'iso-8859-2')
    alt = mime.multipart('alternative', [mime.text(body, 'plain', 'iso-8859-2', 'quoted-printable'), mime.text(html, 'html', 'iso-8859-2', 'quoted-printable')],
                         docs.b_nextpart(m, 1))
    att = mime.attachment(x, ooxml.XLSX, 'Lista_pakowa_awizacja_12-11-2026.xlsx')
    root = mime.multipart('mixed', [alt, att], docs.b_nextpart(m, 0))
    root.preamble = 'This is a multipart message in MIME format.'
    m.set_body(root)
    frm = PLOG['people']['zielinski']
    F = dict(from_=addr(frm[0], frm[1], 'iso-8859-2', 'Q'), from_addr=frm[1], to=addr('Agnieszka Wróblewska', rcpt, 'iso-8859-2', 'Q'),
             cc=addr('Ole Jessen', P['ole'][1]), date=t, subject=ew('Awizacja dostawy 12.11 - łożyska główne, magazyn Szczecin', 'iso-8859-2', 'Q'),
             msgid='<0%s$%s$%s$@partner-logistik.pl>' % (m.hex(11), m.hex(8), m.hex(8)))
    m.assemble(shapes.hosted_postfix(m, t, rcpt, F, PLOG['host'][0], PLOG['host'][1], 'LOGISTYKA-NB2', '192.0.2.142', 'partner-logistik.pl', 'default'))


@reg('business', '24-pl-e-urzad-skarbowy-nowa-wiadomosc')
def b24(m):
    m.what = 'Ministry of Finance notice: "you have a new message in e-Urząd Skarbowy" for Example Group Polska (NIP 9552483171); log in via podatki.gov.pl'
    m.why = 'Genuine authority notice: sent from mf.gov.pl\'s own relay (DKIM/DMARC pass), no document attached, no deep login link, only the general portal address, explicit warning that MF never asks for passwords'
    m.topic = 'authority-notice'
    rcpt = P['malgorzata'][1]
    t = local_to_utc('CET', 2026, 10, 19, 10, 3, 40)
    m.url('https://www.podatki.gov.pl/e-urzad-skarbowy/', 'portal (no deep link)')
    text = """Dzień dobry,

w e-Urzędzie Skarbowym jest nowa wiadomość dotycząca podmiotu:
EXAMPLE GROUP POLSKA SP. Z O.O., NIP 9552483171

Aby ją odczytać, zaloguj się do e-Urzędu Skarbowego na stronie podatki.gov.pl:
https://www.podatki.gov.pl/e-urzad-skarbowy/

Ta wiadomość została wysłana automatycznie - nie odpowiadaj na nią.

Pamiętaj: Ministerstwo Finansów i Krajowa Administracja Skarbowa nigdy nie proszą w wiadomościach e-mail ani SMS o podanie danych logowania, haseł, numerów kart płatniczych ani o dopłaty.

Krajowa Administracja Skarbowa"""
    root = mime.text(text, 'plain', 'UTF-8', 'quoted-printable', charset_label='UTF-8')
    m.set_body(root)
    F = dict(from_=addr('e-Urząd Skarbowy', 'powiadomienia@mf.gov.pl', 'UTF-8', 'Q'), from_addr='powiadomienia@mf.gov.pl', to=rcpt, date=t,
             subject=ew('Masz nową wiadomość w e-Urzędzie Skarbowym', 'UTF-8', 'Q'), msgid='<%s@mf.gov.pl>' % util.guid(m.rng))
    m.assemble(shapes.corporate_mta(m, t, rcpt, F, ('mailout2.mf.gov.pl', 'mailout2.mf.gov.pl', '203.0.113.52'), 'mf.gov.pl', 'mf2025', 'reject',
                                    'eus-notify01.mf.gov.pl'))


@reg('business', '25-pl-pcb-faktura-czynsz-qr-platnosci')
def b25(m):
    m.what = 'Office landlord Pomorskie Centrum Biznesu sends the December rent invoice PDF with the ZBP banking payment QR, plus a second PDF with the KSeF verification QR'
    m.why = 'Genuine invoice with payment QR: landlord\'s real domain via nazwa.pl (DKIM pass), amount/account identical in text, PDF and QR, account is the landlord\'s known PKO BP account, KSeF number present'
    m.topic = 'invoice-qr'
    rcpt = P['malgorzata'][1]
    t = local_to_utc('CET', 2026, 12, 1, 7, 30, 12)
    lines = [('Czynsz najmu lokalu biurowego nr 2.14 (118 m2) - grudzień 2026', 118, 52.00),
             ('Opłata eksploatacyjna - grudzień 2026', 118, 9.50),
             ('Miejsca parkingowe (2 szt.) - grudzień 2026', 2, 180.00)]
    seller = dict(nip=PCB['nip'], name='Pomorskie Centrum Biznesu sp. z o.o.', addr='ul. Gdańska 34, 70-660 Szczecin')
    buyer = dict(nip=EG_PL_NIP, name='Example Group Polska sp. z o.o.', addr='ul. Gdańska 34C, 70-660 Szczecin')
    xml, net, vat, gross = einvoice.ksef_fa3('FV/2026/12/0412', '2026-12-01', seller, buyer, lines, PCB['iban'][2:], '2026-12-10')
    url = ksef_url(PCB['nip'], '01-12-2026', xml.encode('utf-8'))
    zbp = '%s|PL|%s|%06d|Pomorskie Centrum Bi|FV/2026/12/0412|||' % (PCB['nip'], PCB['iban'][2:], round(gross * 100))
    m.qr(zbp, 'ZBP payment QR (NIP|PL|account|amount in grosze|name|title)')
    m.qr(url, 'KSeF verification QR (KOD I)')
    ksef_no = '%s-20261201-01009B42E7D1-A0' % PCB['nip']
    m.fact('ID', ksef_no, 'KSeF number')
    m.iban(PCB['iban'], 'landlord (PKO BP), NRB form')
    m.phone('+48 91 433 20 10', 'landlord office')
    rows = [(str(i + 1), '', n, str(q), docs.fmt_pl(q * p)) for i, (n, q, p) in enumerate(lines)]
    d_rows = rows
    pdfb = docs.invoice_pdf('POMORSKIE CENTRUM BIZNESU', ['Pomorskie Centrum Biznesu sp. z o.o., ul. Gdańska 34, 70-660 Szczecin, NIP %s' % ids.pl_nip_fmt(PCB['nip'])],
                            ['Nabywca:', 'Example Group Polska sp. z o.o.', 'ul. Gdańska 34C', '70-660 Szczecin', 'NIP %s' % ids.pl_nip_fmt(EG_PL_NIP)],
                            [('Faktura nr', 'FV/2026/12/0412'), ('Data wystawienia', '01.12.2026'), ('Termin płatności', '10.12.2026'),
                             ('Umowa najmu', 'UN/2023/017')],
                            ['Lp.', '', 'Nazwa', 'Ilość', 'Netto PLN'], d_rows,
                            [('Razem netto', docs.fmt_pl(net), False), ('VAT 23%', docs.fmt_pl(vat), False), ('Do zapłaty', docs.fmt_pl(gross) + ' PLN', True)],
                            ['PKO Bank Polski S.A.', 'Nr rachunku: %s' % ids.nrb(PCB['iban']), 'Tytułem: FV/2026/12/0412', 'Numer KSeF: %s' % ksef_no],
                            ['Zapłać kodem QR w aplikacji bankowej (kod po prawej). Poniżej kod weryfikacyjny KSeF.',
                             'Pomorskie Centrum Biznesu sp. z o.o., tel. +48 91 433 20 10, faktury@pcb-szczecin.pl'],
                            created=docs.pdfdate(t - sec(1800)), title='FV/2026/12/0412', creator='Comarch ERP Optima', producer='Comarch ERP Optima',
                            enc='pl', qr_matrix=docs.qr_matrix(zbp), qr_caption='Zapłać kodem QR', heading='FAKTURA VAT', qr_size=90)
    d = docs.pdf.Doc(title='FV/2026/12/0412 - weryfikacja KSeF', author='PCB', creator='Comarch ERP Optima', producer='Comarch ERP Optima',
                     created=docs.pdfdate(t - sec(1800)), enc='pl')
    d.text(56, 790, 'Weryfikacja faktury w KSeF (KOD I)', 12, bold=True)
    d.text(56, 772, 'Faktura FV/2026/12/0412 z dnia 01.12.2026, sprzedawca NIP %s' % ids.pl_nip_fmt(PCB['nip']), 9)
    d.qr(56, 620, 130, docs.qr_matrix(url))
    d.text(56, 606, ksef_no, 8, bold=True)
    ksef_pdf = d.render()
    text = """Dzień dobry,

w załączeniu faktura FV/2026/12/0412 za najem lokalu 2.14 w grudniu 2026 r. Kwota do zapłaty %s zł, termin płatności 10.12.2026 r.

Fakturę można opłacić, skanując kod QR w aplikacji bankowej. Faktura została wystawiona w KSeF (numer %s), w drugim pliku kod weryfikacyjny.

Z poważaniem
Ewa Nowicka
Dział Księgowości
Pomorskie Centrum Biznesu sp. z o.o.
tel. +48 91 433 20 10""" % (docs.fmt_pl(gross), ksef_no)
    body = mime.text(text, 'plain', 'windows-1250', 'quoted-printable')
    a1 = mime.attachment(pdfb, 'application/pdf', 'FV_2026_12_0412.pdf', style='plain')
    a2 = mime.attachment(ksef_pdf, 'application/pdf', 'FV_2026_12_0412_KSeF_QR.pdf', style='plain')
    root = mime.multipart('mixed', [body, a1, a2], '----=_Part_%d_%d' % (m.rng.randrange(10 ** 5, 10 ** 6), m.rng.randrange(10 ** 8, 10 ** 9)))
    m.set_body(root)
    frm = PCB['people']['faktury']
    F = dict(from_=addr('Pomorskie Centrum Biznesu - Faktury', frm[1]), from_addr=frm[1], to=addr('Example Group Polska - Księgowość', rcpt, 'windows-1250', 'Q'),
             date=t, subject=ew('Faktura FV/2026/12/0412 - czynsz grudzień 2026', 'windows-1250', 'Q'), msgid='<optima.%s.%d@pcb-szczecin.pl>' % (m.hex(10), util.unix(t)))
    msg = shapes._std_msg(F, ['Date', 'From', 'To', 'Message-ID', 'Subject', 'MIME-Version', '__CT__', 'X-Mailer'], mime_version='1.0',
                          x_mailer='Comarch ERP Optima 2026.1')
    m.assemble(shapes.hosted_postfix(m, t, rcpt, F, PCB['relay'][0], PCB['relay'][1], 'PCB-SRV01', '192.0.2.160', 'pcb-szczecin.pl', 'default', msg=msg))


@reg('business', '26-pl-google-alert-nowe-logowanie')
def b26(m):
    m.what = 'Google account security alert (Polish): new sign-in on Windows to the Google account agnieszka.wroblewska@example.com (used for the office\'s Google Business Profile)'
    m.why = 'Genuine Google system mail: no-reply@accounts.google.com from mail-sor (DKIM accounts.google.com, DMARC pass), links only to accounts.google.com / myaccount.google.com, asks for nothing'
    m.topic = 'security-notice'
    rcpt = P['agnieszka'][1]
    t = local_to_utc('CET', 2026, 10, 21, 8, 12, 55)
    link = 'https://accounts.google.com/AccountChooser?Email=%s&continue=https://myaccount.google.com/alert/nt/%d?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D%d%%26et%%3D0' % (
        rcpt, util.unix(t) * 1000, m.rng.randrange(10 ** 18, 10 ** 19))
    m.url(link, 'Google account activity')
    m.url('https://myaccount.google.com/notifications', 'Google security activity')
    text = """Nowe logowanie na urządzeniu Windows
%s

Wykryliśmy nowe logowanie na Twoje konto Google na urządzeniu Windows. Jeśli to Ty, nie musisz nic robić. Jeśli nie, pomożemy Ci zabezpieczyć konto.

Sprawdź aktywność:
%s

Możesz też sprawdzić aktywność związaną z bezpieczeństwem na stronie:
https://myaccount.google.com/notifications

Wysłaliśmy tę wiadomość, aby poinformować Cię o ważnych zmianach na Twoim koncie Google i w usługach Google.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""" % (rcpt, link)
    html = """<!DOCTYPE html><html lang="pl"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="margin:0;padding:0" bgcolor="#FFFFFF"><table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="516" cellpadding="0" cellspacing="0" style="border:thin solid #dadce0;border-radius:8px;padding:40px 20px;font-family:'Google Sans',Roboto,Arial,sans-serif">
<tr><td align="center" style="font-size:24px;color:#202124;padding-bottom:12px">Nowe logowanie na urządzeniu Windows</td></tr>
<tr><td align="center" style="font-size:14px;color:#3c4043;padding-bottom:24px;border-bottom:thin solid #dadce0">%s</td></tr>
<tr><td style="font-size:14px;color:#3c4043;line-height:20px;padding-top:20px;text-align:center">Wykryliśmy nowe logowanie na Twoje konto Google na urządzeniu Windows. Jeśli to Ty, nie musisz nic robić. Jeśli nie, pomożemy Ci zabezpieczyć konto.</td></tr>
<tr><td align="center" style="padding-top:32px"><a href="%s" style="font-family:'Google Sans',Roboto,Arial;font-size:14px;color:#ffffff;background:#1a73e8;border-radius:5px;padding:10px 24px;text-decoration:none;display:inline-block">Sprawdź aktywność</a></td></tr>
<tr><td style="font-size:12px;color:#5f6368;padding-top:20px;text-align:center">Możesz też sprawdzić aktywność związaną z bezpieczeństwem na stronie<br><a href="https://myaccount.google.com/notifications" style="color:#4285f4">https://myaccount.google.com/notifications</a></td></tr>
</table>
<div style="font-family:Roboto,Arial;font-size:11px;color:#5f6368;padding-top:20px;text-align:center">Wysłaliśmy tę wiadomość, aby poinformować Cię o ważnych zmianach na Twoim koncie Google i w usługach Google.<br>&copy; 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</div>
</td></tr></table></body></html>
""" % (rcpt, util.html_escape(link))
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'UTF-8', 'quoted-printable'), mime.text(html, 'html', 'UTF-8', 'quoted-printable')], docs.b_gmail(m))
    m.set_body(root)
    bounce = '3%s@gaia.bounces.google.com' % util.alnum(m.rng, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-.')
    h, mid = systems.gmail(m, t, rcpt, ('Google', 'no-reply@accounts.google.com'), rcpt, ew('Alert bezpieczeństwa', 'UTF-8', 'B'),
                           sor=True, dkim_d='accounts.google.com', mail_from=bounce, dmarc_p='reject', zone='UTC',
                           h_list='date:from:to:message-id:subject:mime-version:content-type', dmarc=('pass', 'accounts.google.com'),
                           msgid='<%s@google.com>' % util.alnum(m.rng, 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'))
    m.assemble(h)
