"""business/22-26: Polish-language genuine mail."""
import base64
import hashlib

from lib import archive, docs, ids
from lib import bodies as B
from lib import systems as SY
from lib import util as U
from lib.mimekit import Part
from lib.registry import message

from ._common import PLOG, EX_PL_ADDR, S, W, outlook_alt

KSEF_NO = '%s-20261105-4A7F21C9E0B3-5D' % W.PL_PARTNER_NIP


def fa3_xml():
    return ("""<?xml version="1.0" encoding="UTF-8"?>
<Faktura xmlns="http://crd.gov.pl/wzor/2025/06/25/13775/">
  <Naglowek>
    <KodFormularza kodSystemowy="FA (3)" wersjaSchemy="1-0E">FA</KodFormularza>
    <WariantFormularza>3</WariantFormularza>
    <DataWytworzeniaFa>2026-11-05T13:21:07Z</DataWytworzeniaFa>
    <SystemInfo>Comarch ERP Optima 2026.3</SystemInfo>
  </Naglowek>
  <Podmiot1>
    <DaneIdentyfikacyjne><NIP>%(snip)s</NIP><Nazwa>Partner Logistik sp. z o.o.</Nazwa></DaneIdentyfikacyjne>
    <Adres><KodKraju>PL</KodKraju><AdresL1>ul. Logistyczna 6</AdresL1><AdresL2>55-040 Bielany Wrocławskie</AdresL2></Adres>
  </Podmiot1>
  <Podmiot2>
    <DaneIdentyfikacyjne><NIP>%(bnip)s</NIP><Nazwa>Example Wózki Widłowe sp. z o.o.</Nazwa></DaneIdentyfikacyjne>
    <Adres><KodKraju>PL</KodKraju><AdresL1>ul. Krzywoustego 80</AdresL1><AdresL2>61-144 Poznań</AdresL2></Adres>
    <JST>2</JST><GV>2</GV>
  </Podmiot2>
  <Fa>
    <KodWaluty>PLN</KodWaluty>
    <P_1>2026-11-05</P_1>
    <P_2>FV/2026/11/0873</P_2>
    <P_6>2026-10-31</P_6>
    <P_13_1>6900.00</P_13_1>
    <P_14_1>1587.00</P_14_1>
    <P_15>8487.00</P_15>
    <Adnotacje><P_16>2</P_16><P_17>2</P_17><P_18>2</P_18><P_18A>2</P_18A><Zwolnienie><P_19N>1</P_19N></Zwolnienie><NoweSrodkiTransportu><P_22N>1</P_22N></NoweSrodkiTransportu><P_23>2</P_23><PMarzy><P_PMarzyN>1</P_PMarzyN></PMarzy></Adnotacje>
    <RodzajFaktury>VAT</RodzajFaktury>
    <FaWiersz><NrWierszaFa>1</NrWierszaFa><P_7>Usługa magazynowania – miejsca paletowe, 10/2026</P_7><P_8A>msc</P_8A><P_8B>320</P_8B><P_9A>15.00</P_9A><P_11>4800.00</P_11><P_12>23</P_12></FaWiersz>
    <FaWiersz><NrWierszaFa>2</NrWierszaFa><P_7>Obsługa przeładunków (rozładunek/załadunek wózków)</P_7><P_8A>szt</P_8A><P_8B>24</P_8B><P_9A>87.50</P_9A><P_11>2100.00</P_11><P_12>23</P_12></FaWiersz>
    <Platnosc>
      <TerminPlatnosci><Termin>2026-11-19</Termin></TerminPlatnosci>
      <FormaPlatnosci>6</FormaPlatnosci>
      <RachunekBankowy><NrRB>%(nrb)s</NrRB><NazwaBanku>PKO Bank Polski S.A.</NazwaBanku></RachunekBankowy>
    </Platnosc>
  </Fa>
</Faktura>
""" % dict(snip=W.PL_PARTNER_NIP, bnip=W.PL_NIP, nrb=W.PL_PARTNER_NRB[2:])).encode('utf-8')


@message('business', '22-pl-partner-logistik-faktura-ksef-qr')
def b22(m):
    m.when('2026-11-05 14:41:26', 'CET')
    m.frm = ('Partner Logistik - Księgowość', 'ksiegowosc@partner-logistik.pl')
    m.to = [S['acc_pl']]
    m.subject = 'Faktura FV/2026/11/0873 (KSeF %s)' % KSEF_NO
    m.hcs, m.hmode = 'iso-8859-2', 'B'
    m.msgid = '%s.%s@partner-logistik.pl' % (U.hexs(m.rng, 16).upper(), U.hexs(m.rng, 8).upper())
    xml = fa3_xml()
    h = base64.urlsafe_b64encode(hashlib.sha256(xml).digest()).decode().rstrip('=')
    kod1 = 'https://qr.ksef.mf.gov.pl/invoice/%s/05-11-2026/%s' % (W.PL_PARTNER_NIP, h)
    nrb = W.PL_PARTNER_NRB[2:]
    zbp = docs.zbp(W.PL_PARTNER_NIP, nrb, 8487.00, 'Partner Logistik', 'FV/2026/11/0873')
    pdfb, tot = docs.invoice('pl', PLOG, EX_PL_ADDR,
                             [('Numer', 'FV/2026/11/0873'), ('Data wystawienia', '05.11.2026'), ('Data sprzedaży', '31.10.2026'),
                              ('Termin płatności', '19.11.2026'), ('Numer KSeF', KSEF_NO[:21]), ('', KSEF_NO[21:])],
                             [(1, 'Usługa magazynowania – miejsca paletowe, 10/2026', 320, 'msc', 15.00),
                              (2, 'Obsługa przeładunków (rozładunek/załadunek wózków)', 24, 'szt', 87.50)],
                             23, currency='PLN', qr_payload=zbp, qr_label='Zapłać kodem QR', extra_qr=(kod1, 'KSeF: weryfikacja faktury', 60),
                             payment_text='Rachunek bankowy: PKO Bank Polski S.A.\n%s\nMechanizm podzielonej płatności.' % ids.fmt_iban(W.PL_PARTNER_NRB),
                             footer=['Partner Logistik sp. z o.o. · Sąd Rejonowy dla Wrocławia-Fabrycznej, VI Wydział Gospodarczy KRS · KRS 0000654312',
                                     'NIP %s · Kapitał zakładowy 200 000 zł · Wizualizacja faktury ustrukturyzowanej z KSeF' % W.PL_PARTNER_NIP],
                             creator='Comarch ERP Optima', producer='Comarch ERP Optima 2026.3', title='Faktura VAT FV/2026/11/0873',
                             created='20261105142101', tz="+01'00'", color=(0.1, 0.35, 0.6))
    txt = """Szanowni Państwo,

w załączeniu przesyłamy wizualizację faktury VAT nr FV/2026/11/0873 z dnia 05.11.2026 na kwotę 8 487,00 PLN brutto oraz plik XML faktury ustrukturyzowanej.

Faktura została wystawiona w Krajowym Systemie e-Faktur i otrzymała numer KSeF: %s. Jest dostępna w Państwa repozytorium KSeF.

Termin płatności: 19.11.2026, na rachunek podany na fakturze (bez zmian).

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.

Wiadomość wygenerowana automatycznie z systemu Comarch ERP Optima.
""" % KSEF_NO
    plain = B.text(txt, charset='iso-8859-2', cte='base64')
    bnd = B.boundary(m, 'python')
    m.body = B.mixed([plain, Part('application/pdf', body=pdfb, cte='base64', filename='FV_2026_11_0873.pdf', disposition='attachment'),
                      Part('application/xml', body=xml, cte='base64', filename='FV_2026_11_0873_KSeF.xml', disposition='attachment')], bnd)
    m.meta.update(
        what='Partner Logistik\'s invoice FV/2026/11/0873 with KSeF number: PDF visualisation with the ZBP payment QR and the KSeF verification QR, plus the FA(3) XML',
        why='Genuine e-invoice: real domain on home.pl (SPF pass), ERP mailer, KSeF number present and the KSeF "KOD I" QR embeds the SHA-256 of the attached XML; bank account unchanged (PKO BP) and identical in PDF, QR and XML.',
        hn=(['22-pl-partner-logistic-faktura-zmiana-konta', '23-pl-ksef-token-phishing-sendgrid'], 'Partner Logistik invoice FV/2026/11/0873 / KSeF',
            'same invoice number as the fake, but real domain, KSeF number and verification QR, unchanged account, no login link'),
        accounts=[(W.PL_PARTNER_NRB, 'Partner Logistik sp. z o.o., PKO BP', 'yes')], qr=[zbp, kod1],
        qr_where='PDF page images (ZBP payment code and KSeF KOD I)', other=[KSEF_NO, 'FV/2026/11/0873'],
        delivery='home.pl hosting (IdeaSmtpServer), Comarch ERP Optima mailer')
    return m.render(SY.homepl, client='app', xmailer='Comarch ERP Optima 2026.3', client_ip='46.205.211.38',
                    client_rdns='46.205.211.38.nat.umts.dynamic.t-mobile.pl')


@message('business', '23-pl-fakturownia-ksef-pobrane-ses')
def b23(m):
    m.when('2026-11-18 06:05:31', 'CET')
    m.frm = ('Fakturownia', 'powiadomienia@fakturownia.pl')
    m.to = [S['acc_pl']]
    m.subject = 'KSeF: pobrano 7 nowych faktur kosztowych (Example Wózki Widłowe)'
    m.msgid = SY.ses_msgid(m, 'eu-central-1')
    base = 'https://examplewozki.fakturownia.pl'
    rows = [('FA/2026/11/2291', 'TRANS-POL Logistyka sp. z o.o.', '18 415,20'), ('FV/2026/11/0873', 'Partner Logistik sp. z o.o.', '8 487,00'),
            ('F/11/2026/3318', 'Orlen Paliwa sp. z o.o.', '4 112,63'), ('FS/1045/11/26', 'Energa Obrót S.A.', '2 960,40'),
            ('FV 22871/2026', 'Allegro sp. z o.o.', '389,97'), ('2026/11/FV/0441', 'Serwis Akumulatorów Wielkopolska s.c.', '1 845,00'),
            ('FVS/552/2026', 'Biuro Rachunkowe Kwadrat sp. z o.o.', '2 214,00')]
    trs = ''.join('<tr><td style="padding:6px;border-bottom:1px solid #eee;">%s</td><td style="padding:6px;border-bottom:1px solid #eee;">%s</td>'
                  '<td style="padding:6px;border-bottom:1px solid #eee;text-align:right;">%s zł</td></tr>' % r for r in rows)
    link = base + '/ksef/incoming?period=this_month'
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;background:#f6f7f9;margin:0;">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 6px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #e3e6ea;">
<tr><td style="padding:16px 24px;font-size:18px;font-weight:bold;color:#1a73b8;">Fakturownia</td></tr>
<tr><td style="padding:0 24px 10px 24px;">Dzień dobry,<br><br>synchronizacja z Krajowym Systemem e-Faktur zakończyła się powodzeniem. Na konto <b>Example Wózki Widłowe sp. z o.o.</b> (NIP %s) pobrano 7 nowych faktur kosztowych:</td></tr>
<tr><td style="padding:0 24px;"><table width="100%%" cellpadding="0" cellspacing="0" style="font-size:13px;">%s</table></td></tr>
<tr><td style="padding:16px 24px;"><a href="%s" style="background:#1a73b8;color:#fff;padding:9px 18px;text-decoration:none;">Zobacz faktury w Fakturowni</a></td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888;border-top:1px solid #eee;">Powiadomienie automatyczne. Ustawienia powiadomień: %s/account/notifications<br>Fakturownia sp. z o.o., ul. Wrocławska 12, Kraków</td></tr>
</table></td></tr></table></body></html>
""" % (W.PL_NIP, trs, link, base)
    plain = ('Dzień dobry,\n\nsynchronizacja z KSeF zakończyła się powodzeniem. Pobrano 7 nowych faktur kosztowych:\n\n%s\n\nZobacz faktury: %s\n\n'
             'Ustawienia powiadomień: %s/account/notifications\n' % ('\n'.join('%s  %s  %s zł' % r for r in rows), link, base))
    m.body = B.alt(B.text(plain, charset='UTF-8', cte='quoted-printable'), B.html(html, charset='UTF-8', cte='quoted-printable'), B.boundary(m, 'ses'))
    m.dmarc_override['fakturownia.pl'] = 'quarantine'
    m.meta.update(
        what='Invoicing SaaS Fakturownia reports that 7 purchase invoices were downloaded from KSeF into the company account',
        why='Genuine SaaS notification: the Polish entity really uses Fakturownia\'s KSeF connector; sent via Amazon SES with DKIM for fakturownia.pl (DMARC pass), links only to the company\'s own fakturownia.pl sub-domain; the invoice FA/2026/11/2291 used as bait in attack/23 appears here as normally received.',
        hn=(['23-pl-ksef-token-phishing-sendgrid'], 'KSeF purchase-invoice notification', 'real SaaS the company uses, no "token expired" threat, no login to a ministry look-alike'),
        other=['FA/2026/11/2291'], delivery='Amazon SES eu-central-1 (fakturownia.pl)')
    return m.render(SY.ses, region='eu-central-1', dkim_d='fakturownia.pl', mail_from='%s@bounce.fakturownia.pl' % ('0107019a' + U.hexs(m.rng, 24)))


@message('business', '24-pl-mbank-companynet-nowa-wiadomosc')
def b24(m):
    m.when('2026-12-01 09:31:10', 'CET')
    m.frm = ('mBank', 'companynet@mbank.pl')
    m.to = [S['om_pl']]
    m.subject = 'CompanyNet: nowa wiadomość od Banku'
    m.msgid = '%s@mbank.pl' % U.uuid4(m.rng)
    txt = """Szanowni Państwo,

w systemie mBank CompanyNet czeka na Państwa nowa wiadomość od Banku:

"Zmiana Taryfy prowizji i opłat dla klientów korporacyjnych od 1 stycznia 2027 r."

Aby ją przeczytać, zaloguj się do CompanyNet, wpisując adres companynet.mbank.pl bezpośrednio w przeglądarce.

Pamiętaj: mBank nigdy nie prosi w wiadomościach e-mail ani SMS o podanie haseł, kodów autoryzacyjnych czy danych karty, nie wysyła linków do logowania i nie dzwoni z prośbą o autoryzację przelewów lub instalację oprogramowania. W razie wątpliwości zadzwoń na numer z odwrotu karty lub ze strony mbank.pl.

Z poważaniem
mBank S.A.

Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.
mBank S.A., ul. Prosta 18, 00-850 Warszawa, KRS 0000025237, NIP 526-021-50-88
"""
    m.body = B.text(txt, charset='UTF-8', cte='quoted-printable')
    m.dmarc_override['mbank.pl'] = 'reject'
    m.meta.update(
        what='mBank CompanyNet notice that a new bank message (fee schedule 2027) is waiting in the corporate portal',
        why='Genuine bank notice: sent from mbank.pl\'s own mailer (DMARC pass), no link, no phone call request, tells the user to type the portal address and explains what the bank never asks for.',
        hn=(['24-pl-mbank-callback-gmail'], 'mBank CompanyNet security / notification', 'bank\'s own domain, no alarm, no number to call, no pending transfer'),
        delivery='mBank corporate mailer')
    return m.render(SY.generic, helo='mx-out2.mbank.pl', ip='198.51.100.94', dkim_d='mbank.pl', dkim_s='mb2026',
                    inner=['Received: from cnet-notify01.mbank.local (cnet-notify01.mbank.local [10.15.4.31])\r\n\tby mx-out2.mbank.pl (Postfix) with ESMTP id %QID%\r\n\tfor <katarzyna.nowak@example.com>; %DATE%'],
                    order=['date', 'from', 'to', 'message-id', 'subject', 'mime-version', '*MIME*'])


@message('business', '25-pl-inpost-paczkomat-kod-qr')
def b25(m):
    m.when('2026-10-15 11:52:07', 'CET')
    m.frm = ('InPost', 'powiadomienia@inpost.pl')
    m.to = [S['om_pl']]
    m.subject = 'Twoja paczka czeka w Paczkomacie POZ08M – kod odbioru 482913'
    r = m.rng
    payload = 'P|650098765432109876543210|482913'
    track = 'https://inpost.pl/sledzenie-przesylek?number=650098765432109876543210'
    html = """<html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f2f2f2;font-family:Montserrat,Arial,sans-serif;color:#1d1d1b;">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 6px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="background:#ffcd00;padding:16px 24px;font-size:22px;font-weight:800;">InPost</td></tr>
<tr><td style="padding:20px 24px;font-size:14px;line-height:22px;">
<p><b>Paczka czeka na Ciebie!</b></p>
<p>Przesyłka nr <b>650098765432109876543210</b> od <b>Allegro – Serwis Akumulatorów Wielkopolska</b> jest gotowa do odbioru.</p>
<p>Paczkomat: <b>POZ08M</b>, ul. Krzywoustego 72, 61-144 Poznań (przy stacji paliw)<br>Odbierz do: <b>17.10.2026, 11:52</b></p>
<p style="font-size:26px;font-weight:800;letter-spacing:4px;">482913</p>
<p>Zeskanuj kod QR na ekranie Paczkomatu albo wpisz numer telefonu i kod odbioru.</p>
<p><img src="cid:qr-odbior-650098765432109876543210" width="180" height="180" alt="Kod QR odbioru"></p>
<p><a href="%s" style="color:#1d1d1b;">Sprawdź status przesyłki</a></p></td></tr>
<tr><td style="padding:12px 24px;font-size:10px;color:#888;">InPost S.A., ul. Pana Tadeusza 4, 30-727 Kraków. Nie odpowiadaj na tę wiadomość. InPost nigdy nie prosi o dopłaty przez link w e-mailu ani SMS.</td></tr>
</table></td></tr></table></body></html>
""" % track
    plain = ('Paczka czeka na Ciebie!\n\nPrzesyłka nr 650098765432109876543210 jest gotowa do odbioru.\nPaczkomat: POZ08M, ul. Krzywoustego 72, 61-144 Poznań\n'
             'Odbierz do: 17.10.2026, 11:52\nKod odbioru: 482913\n\nStatus przesyłki: %s\n\nInPost nigdy nie prosi o dopłaty przez link w e-mailu ani SMS.\n' % track)
    qrp = docs.qr_png(payload, scale=5)
    img = Part('image/png', body=qrp, cte='base64', filename='qr.png', disposition='inline', cid='qr-odbior-650098765432109876543210', ct_style='inline')
    rel = B.related([B.html(html, charset='utf-8', cte='quoted-printable'), img], B.boundary(m, 'sendgrid'), ct_style='inline')
    p1 = B.text(plain, charset='utf-8', cte='quoted-printable')
    for p in (p1, rel.parts[0]):
        p.ct_style = 'inline'
    m.body = B.alt(p1, rel, B.boundary(m, 'sendgrid'), ct_style='inline')
    m.dmarc_override['inpost.pl'] = 'reject'
    m.meta.update(
        what='InPost notification: parcel (battery spare parts) ready in parcel locker POZ08M with pickup code and pickup QR code',
        why='Genuine courier notice: InPost\'s own authenticated SendGrid domain (DMARC pass), the inline QR encodes only the pickup data for the locker (no URL), tracking link on inpost.pl, no payment.',
        hn=(['25-pl-inpost-doplata-phpmailer'], 'InPost parcel notification', 'real sender domain, no surcharge, QR is a locker pickup code, not a web link'),
        qr=[payload], qr_where='inline PNG (cid) in the HTML part', other=['650098765432109876543210', '482913'],
        delivery='SendGrid (InPost authenticated domain)')
    return m.render(SY.sendgrid, em_domain='em5521.inpost.pl', dkim_d='inpost.pl', uid=4107752,
                    ip='167.89.%d.%d' % (r.randrange(120, 127), r.randrange(2, 250)), rdns='o3.em5521.inpost.pl')


@message('business', '26-pl-partner-logistik-transport-xlsx')
def b26(m):
    m.when('2026-11-27 13:18:40', 'CET')
    m.frm = ('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl')
    m.to = [S['om_pl']]
    m.subject = 'RE: Transport 4 wózków do Wrocławia – harmonogram'
    m.hcs, m.hmode = 'iso-8859-2', 'Q'
    prev = '%s@EXCH02.corp.example.com' % U.hexs(m.rng, 32)
    m.in_reply_to = prev
    m.references = [prev]
    m.msgid = SY.outlook_msgid(m, 'partner-logistik.pl')
    txt = """Dzień dobry Pani Katarzyno,

dziękuję za informacje. W załączeniu harmonogram transportów na grudzień – 4 wózki jedziemy dwoma kursami (7.12 i 9.12), rozładunek u klienta w Bielanach Wrocławskich od 7:00. Kierowca zadzwoni godzinę przed przyjazdem.

Proszę jeszcze o potwierdzenie numerów seryjnych w kolumnie D i informację, czy baterie jadą naładowane.

Pozdrawiam
Tadeusz Zieliński
Kierownik ds. Transportu
Partner Logistik sp. z o.o.
tel. +48 71 780 44 16, kom. +48 601 284 593

%%QUOTE%%
From: Katarzyna Nowak <katarzyna.nowak@example.com>
Sent: Thursday, November 26, 2026 4:02 PM
To: Tadeusz Zieliński <t.zielinski@partner-logistik.pl>
Subject: Transport 4 wózków do Wrocławia – harmonogram

Dzień dobry Panie Tadeuszu,
w grudniu mamy do przewiezienia 4 wózki (2x EFG 425, 2x ERE 225) z naszego magazynu w Poznaniu do klienta we Wrocławiu. Czy mogą Państwo przygotować harmonogram?
Pozdrawiam, Katarzyna Nowak"""
    alt = outlook_alt(m, txt, charset='windows-1250', lang='PL', bstyle='outlook', idx=1, font='Calibri', size='11.0pt', reply=True)
    rows = [[('b', 'Kurs'), ('b', 'Data'), ('b', 'Model'), ('b', 'Nr seryjny'), ('b', 'Waga [kg]'), ('b', 'Załadunek'), ('b', 'Rozładunek')],
            [1, '07.12.2026', 'EFG 425', '26-04511', 4120, 'Poznań, ul. Krzywoustego 80', 'Bielany Wrocławskie, ul. Logistyczna 6'],
            [1, '07.12.2026', 'EFG 425', '26-04512', 4120, 'Poznań, ul. Krzywoustego 80', 'Bielany Wrocławskie, ul. Logistyczna 6'],
            [2, '09.12.2026', 'ERE 225', '26-07730', 690, 'Poznań, ul. Krzywoustego 80', 'Bielany Wrocławskie, ul. Logistyczna 6'],
            [2, '09.12.2026', 'ERE 225', '26-07731', 690, 'Poznań, ul. Krzywoustego 80', 'Bielany Wrocławskie, ul. Logistyczna 6']]
    xl = archive.xlsx([('Harmonogram XII', rows, [6, 12, 10, 12, 10, 30, 36])], title='Harmonogram transportu XII 2026',
                      creator='Tadeusz Zieliński', dt=(2026, 11, 27, 12, 58, 0))
    m.body = B.mixed([alt, B.att(xl, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Harmonogram_transportu_XII_2026.xlsx', style='outlook')],
                     B.boundary(m, 'outlook', 0))
    m.meta.update(
        what='Logistics partner replies in an existing thread with the December transport schedule (XLSX) for four trucks',
        why='Genuine thread reply from Partner Logistik\'s real mailbox on home.pl (Outlook, windows-1250): quotes Katarzyna\'s actual request, asks sensible follow-up questions, plain spreadsheet, no payment topic.',
        hn=(['03-de-lieferant-thread-hijack-vorkasse', '40-ru-akt-sverki-thread-hijack-zip'], 'reply inside an existing business thread with an attachment',
            'same client and style as earlier mails, ordinary XLSX, no change of payment or password-protected archive'),
        phones=['+48 71 780 44 16', '+48 601 284 593'], delivery='home.pl hosting, Outlook 2019')
    return m.render(SY.homepl, client='outlook', client_ip='83.24.137.182', client_rdns='83.24.137.182.ipv4.supernova.orange.pl')
