"""attack/22-26: Polish-language attacks."""
from lib import archive, docs, ids
from lib import bodies as B
from lib import systems as SY
from lib import util as U
from lib.mimekit import Part
from lib.registry import message

from ._common import PLOG, EX_PL_ADDR, S, W, outlook_alt

SANT_NRB = ids.make_iban('PL', '10901014' + '0000071852139047')
LV_IBAN = ids.make_iban('LV', 'HABA' + '0551048217359')


@message('attack', '22-pl-partner-logistic-faktura-zmiana-konta')
def a22(m):
    m.when('2026-11-06 12:38:19', 'CET')
    m.frm = ('Partner Logistik - Księgowość', 'ksiegowosc@partner-logistic.pl')
    m.to = [S['acc_pl']]
    m.subject = 'Faktura FV/2026/11/0873 – zmiana numeru rachunku bankowego'
    m.hcs, m.hmode = 'iso-8859-2', 'Q'
    m.msgid = SY.outlook_msgid(m, 'partner-logistic.pl')
    txt = """Dzień dobry,

w załączeniu przesyłamy fakturę nr FV/2026/11/0873 za usługi magazynowe i obsługę przeładunków w październiku 2026 r.

Uprzejmie informujemy, że w związku ze zmianą banku obsługującego spółkę od 1 listopada 2026 r. płatności prosimy kierować wyłącznie na nowy rachunek wskazany na fakturze (Santander Bank Polska). Rachunek został zgłoszony do urzędu skarbowego i jest widoczny na białej liście podatników VAT. Dotychczasowy rachunek w PKO BP zostanie zamknięty z końcem miesiąca.

Prosimy o potwierdzenie otrzymania wiadomości oraz aktualizację danych kontrahenta w Państwa systemie.

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Logistyczna 6, 55-040 Bielany Wrocławskie
tel. +48 71 780 44 10"""
    alt = outlook_alt(m, txt, charset='windows-1250', lang='PL', bstyle='outlook', idx=1, font='Calibri', size='11.0pt')
    nrb = SANT_NRB[2:]
    qr = docs.zbp(W.PL_PARTNER_NIP, nrb, 8487.00, 'Partner Logistik', 'FV/2026/11/0873')
    pdfb, tot = docs.invoice('pl', PLOG, EX_PL_ADDR,
                             [('Numer', 'FV/2026/11/0873'), ('Data wystawienia', '05.11.2026'), ('Data sprzedaży', '31.10.2026'),
                              ('Termin płatności', '19.11.2026'), ('Forma płatności', 'przelew')],
                             [(1, 'Usługa magazynowania – miejsca paletowe, 10/2026', 320, 'msc', 15.00),
                              (2, 'Obsługa przeładunków (rozładunek/załadunek wózków)', 24, 'szt', 87.50)],
                             23, currency='PLN', qr_payload=qr, qr_label='Zapłać kodem QR',
                             payment_text='Rachunek bankowy: Santander Bank Polska S.A.\n%s\nMechanizm podzielonej płatności.' % ids.fmt_iban(SANT_NRB),
                             footer=['Partner Logistik sp. z o.o. · Sąd Rejonowy dla Wrocławia-Fabrycznej, VI Wydział Gospodarczy KRS · KRS 0000654312',
                                     'NIP %s · Kapitał zakładowy 200 000 zł' % W.PL_PARTNER_NIP],
                             creator='Comarch ERP Optima', producer='Comarch ERP Optima 2026.3', title='Faktura VAT FV/2026/11/0873',
                             created='20261105143022', tz="+01'00'", color=(0.1, 0.35, 0.6))
    pdfp = B.att(pdfb, 'application/pdf', 'FV_2026_11_0873.pdf', style='outlook')
    m.body = B.mixed([alt, pdfp], B.boundary(m, 'outlook', 0))
    m.meta.update(
        what='Invoice FV/2026/11/0873 for warehouse services "from Partner Logistik" with a new Santander account and a payment QR code',
        why='Invoice / bank-change fraud from look-alike partner-logistic.pl (real: partner-logistik.pl, k→c) hosted on a VPS; the PDF imitates the Comarch layout and the ZBP payment QR encodes the fraudulent account; the claim that the account is on the VAT white list is false (it is not linked to NIP %s).' % W.PL_PARTNER_NIP,
        accounts=[(SANT_NRB, 'claims Partner Logistik sp. z o.o. (mule account)', 'no — fraudulent')], qr=[qr], qr_where='PDF page image (ZBP 2D payment code)',
        phones=['+48 71 780 44 10'], other=['FV/2026/11/0873'], delivery='Postfix on a rented VPS, Outlook 2019 client')
    return m.render(SY.generic, helo='mail.partner-logistic.pl', ip='192.0.2.77', rdns='vps-77.srv.cyberfolks-cloud.pl',
                    dkim_d='partner-logistic.pl', dkim_s='default', quote=True,
                    inner=['Received: from DESKTOP-0PL4K2N (unknown [192.0.2.210])\r\n\t(Authenticated sender: ksiegowosc@partner-logistic.pl)\r\n\tby mail.partner-logistic.pl (Postfix) with ESMTPSA id %QID%\r\n\tfor <piotr.wisniewski@example.com>; %DATE%'],
                    order=['from', 'to', 'subject', 'date', 'message-id', 'mime-version', '*MIME*'],
                    extra=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', SY.thread_index(m)), ('Content-Language', 'pl')])


@message('attack', '23-pl-ksef-token-phishing-sendgrid')
def a23(m):
    m.when('2026-11-17 10:51:36', 'CET')
    m.frm = ('KSeF – Krajowy System e-Faktur', 'powiadomienia@ksef-podatki.pl')
    m.to = [S['acc_pl']]
    m.subject = 'KSeF: faktura zakupowa FA/2026/11/2291 odrzucona – wymagana ponowna autoryzacja'
    r = m.rng
    link = 'https://ap-ksef.ksef-podatki.pl/web/login?nip=%s&t=%s' % (W.PL_NIP, U.alnum(r, 32))
    html = """<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>KSeF</title></head>
<body style="margin:0;background:#f3f4f6;font-family:Lato,Arial,sans-serif;color:#1a1a1a;">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px;">
<table width="620" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #dcdfe3;">
<tr><td style="padding:16px 28px;background:#b8112a;color:#fff;"><span style="font-size:18px;font-weight:bold;">Krajowy System e-Faktur</span><br><span style="font-size:12px;">Ministerstwo Finansów · Krajowa Administracja Skarbowa</span></td></tr>
<tr><td style="padding:24px 28px;font-size:14px;line-height:22px;">
<p>Szanowni Państwo,</p>
<p>faktura zakupowa nr <b>FA/2026/11/2291</b> wystawiona przez TRANS-POL Logistyka sp. z o.o. na kwotę <b>18 415,20 zł</b> brutto nie mogła zostać udostępniona w Państwa repozytorium, ponieważ token autoryzacyjny przypisany do NIP <b>%s</b> wygasł.</p>
<p>Aby przywrócić możliwość odbioru faktur zakupowych i uniknąć konsekwencji przewidzianych w art. 106ni ustawy o VAT, prosimy o ponowne uwierzytelnienie w Aplikacji Podatnika KSeF przy użyciu profilu zaufanego, podpisu kwalifikowanego lub pieczęci elektronicznej.</p>
<p style="padding:8px 0;"><a href="%s" style="background:#b8112a;color:#fff;text-decoration:none;padding:11px 24px;font-weight:bold;">Zaloguj się do Aplikacji Podatnika KSeF</a></p>
<p style="font-size:12px;color:#555;">Link jest ważny przez 48 godzin. Po tym czasie faktury oczekujące zostaną zwrócone do wystawcy.</p>
<p>Z poważaniem<br>Zespół KSeF<br>Ministerstwo Finansów</p></td></tr>
<tr><td style="padding:12px 28px;font-size:11px;color:#777;border-top:1px solid #eee;">Wiadomość wygenerowana automatycznie. Prosimy na nią nie odpowiadać.</td></tr>
</table></td></tr></table></body></html>
""" % (W.PL_NIP, link.replace('&', '&amp;'))
    plain = ('Krajowy System e-Faktur\n\nSzanowni Państwo,\n\nfaktura zakupowa nr FA/2026/11/2291 (TRANS-POL Logistyka sp. z o.o., 18 415,20 zł brutto) '
             'nie mogła zostać udostępniona, ponieważ token autoryzacyjny przypisany do NIP %s wygasł.\n\nZaloguj się do Aplikacji Podatnika KSeF:\n%s\n\n'
             'Link jest ważny przez 48 godzin.\n\nZespół KSeF\nMinisterstwo Finansów\n' % (W.PL_NIP, link))
    p1 = B.text(plain, charset='utf-8', cte='quoted-printable').set_charset_fmt('utf-8')
    p2 = B.html(html, charset='utf-8', cte='quoted-printable').set_charset_fmt('utf-8')
    for p in (p1, p2):
        p.ct_style = 'inline'
    m.body = B.alt(p1, p2, B.boundary(m, 'sendgrid'), ct_style='inline')
    m.meta.update(
        what='"KSeF" says a purchase invoice was rejected because the company\'s authorisation token expired; log in to the taxpayer app',
        why='Credential phishing on the new Polish national e-invoicing system (mandatory since 2026): look-alike domain ksef-podatki.pl via the attacker\'s SendGrid, fake login page for Profil Zaufany / qualified signature; KSeF does not e-mail such notices and tokens are managed in the app itself.',
        other=['FA/2026/11/2291', W.PL_NIP], delivery='SendGrid (attacker account, look-alike domain)')
    return m.render(SY.sendgrid, em_domain='em7731.ksef-podatki.pl', dkim_d='ksef-podatki.pl')


@message('attack', '24-pl-mbank-callback-gmail')
def a24(m):
    m.when('2026-12-01 17:48:52', 'CET')
    m.frm = ('mBank CompanyNet – Bezpieczeństwo', 'companynet.bezpieczenstwo@gmail.com')
    m.to = [S['om_pl']]
    m.subject = 'CompanyNet: zlecenie przelewu 48 920,00 EUR oczekuje na autoryzację'
    m.msgid = SY.gmail_msgid(m)
    phone = '+48 22 104 87 55'
    txt = """mBank CompanyNet – powiadomienie o zleceniu

Szanowni Państwo,

w systemie CompanyNet utworzono zlecenie przelewu zagranicznego SEPA:

Kwota: 48 920,00 EUR
Odbiorca: SIA BALTIC TRADE SOLUTIONS, Ryga
Rachunek odbiorcy: %s
Status: oczekuje na autoryzację

Jeżeli to nie Państwo zlecili tę operację, prosimy niezwłocznie skontaktować się z Działem Bezpieczeństwa Transakcji mBank pod numerem **%s** (czynny 24/7). Do czasu kontaktu z konsultantem prosimy nie autoryzować zlecenia i nie logować się do systemu.

Numer zgłoszenia: CN/2026/11/58213

Z poważaniem
Dział Bezpieczeństwa Transakcji
mBank S.A.""" % (ids.fmt_iban(LV_IBAN), phone)
    m.body = B.alt(B.text(B.to_plain(txt, 'gmail'), charset='UTF-8', cte='quoted-printable').set_charset_fmt('"UTF-8"'),
                   B.html(B.to_html_gmail(txt), charset='UTF-8', cte='quoted-printable').set_charset_fmt('"UTF-8"'),
                   B.boundary(m, 'gmail'))
    for p in [m.body] + m.body.parts:
        p.ct_style = 'inline'
    m.meta.update(
        what='"mBank CompanyNet security" reports a pending € 48,920 SEPA transfer to Riga and asks to call the security desk',
        why='Callback / vishing set-up: bank branding on a gmail.com address, no links at all (so URL filters see nothing), fear of an unauthorised transfer, phone number of the fraudsters who then "help" to cancel it by walking the victim through authorising a real transfer or installing remote access.',
        accounts=[(LV_IBAN, '"SIA Baltic Trade Solutions" (decoy payee in the lure)', 'no — lure')],
        phones=[phone], other=['CN/2026/11/58213', '48 920,00 EUR'], delivery='Gmail (web)')
    return m.render(SY.gmail)


@message('attack', '25-pl-inpost-doplata-phpmailer')
def a25(m):
    m.when('2026-10-15 19:06:44', 'CET')
    m.frm = ('InPost', 'powiadomienia@salon-wiktoria.pl')
    m.to = [S['om_pl']]
    m.subject = 'Twoja paczka czeka na dopłatę 2,99 zł – przesyłka 650012345678901234567890'
    r = m.rng
    m.msgid = '%s@salon-wiktoria.pl' % U.alnum(r, 43, U.ALNUM)
    link = 'https://inpost-doplata.paczka-online24.pl/pl/platnosc?nr=650012345678901234567890&s=%s' % U.hexs(r, 10)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f2f2f2;font-family:Montserrat,Arial,sans-serif;">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 6px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:6px;">
<tr><td style="background:#ffcd00;padding:16px 24px;font-size:22px;font-weight:800;color:#1d1d1b;border-radius:6px 6px 0 0;">InPost</td></tr>
<tr><td style="padding:22px 24px;font-size:14px;line-height:22px;color:#1d1d1b;">
<p><b>Cześć!</b></p>
<p>Twoja przesyłka nr <b>650012345678901234567890</b> dotarła do sortowni, ale nie może zostać wydana do Paczkomatu, ponieważ nadawca nie uiścił pełnej opłaty za gabaryt C.</p>
<p>Aby paczka trafiła do wybranego Paczkomatu jeszcze dziś, opłać różnicę w wysokości <b>2,99 zł</b>. Nieopłacone przesyłki wracają do nadawcy po 48 godzinach.</p>
<p style="text-align:center;padding:6px 0;"><a href="%s" style="background:#1d1d1b;color:#ffcd00;font-weight:bold;padding:12px 30px;text-decoration:none;border-radius:20px;">Opłać 2,99 zł</a></p>
<p>Dziękujemy,<br>Zespół InPost</p></td></tr>
<tr><td style="padding:12px 24px;font-size:10px;color:#888;">InPost S.A., ul. Pana Tadeusza 4, 30-727 Kraków. Wiadomość wysłana automatycznie.</td></tr>
</table></td></tr></table></body></html>
""" % link.replace('&', '&amp;')
    plain = ('Cześć!\n\nTwoja przesyłka nr 650012345678901234567890 nie może zostać wydana do Paczkomatu, ponieważ nadawca nie uiścił '
             'pełnej opłaty. Opłać różnicę 2,99 zł: %s\n\nNieopłacone przesyłki wracają do nadawcy po 48 godzinach.\n\nZespół InPost\n' % link)
    p1 = B.text(plain, charset='utf-8', cte='quoted-printable')
    p2 = B.html(html, charset='utf-8', cte='base64')
    m.body = B.alt(p1, p2, B.boundary(m, 'phpmailer'))
    m.meta.update(
        what='"InPost" parcel held at the depot until a 2.99 zł surcharge is paid',
        why='Card-data phishing sent through a compromised WordPress site of a beauty salon (PHPMailer, passes SPF/DKIM for salon-wiktoria.pl) with InPost branding; tiny amount, 48-hour threat, payment page on paczka-online24.pl. InPost never asks for surcharges by e-mail.',
        other=['650012345678901234567890', '2,99 zł'], delivery='cPanel/Exim shared hosting, PHPMailer (compromised WordPress)')
    return m.render(SY.cpanel, server='s47.hekko24.pl', ip='203.0.113.87', domain='salon-wiktoria.pl',
                    user='powiadomienia@salon-wiktoria.pl', client='local',
                    xmailer='PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)', uid=('1187', '1190'))


@message('attack', '26-pl-potwierdzenie-przelewu-iso')
def a26(m):
    m.when('2026-11-19 08:22:37', 'CET')
    m.frm = ('Beata Wójcik', 'beata.wojcik.biuro@onet.pl')
    m.to = [S['acc_pl']]
    m.subject = 'Potwierdzenie przelewu – faktura FV 1184/11/2026'
    m.hcs, m.hmode = 'iso-8859-2', 'Q'
    r = m.rng
    m.msgid = '%s@onet.pl' % U.hexs(r, 20)
    txt = """Dzień dobry,

w załączeniu przesyłam potwierdzenie przelewu za fakturę FV 1184/11/2026.
Proszę o potwierdzenie otrzymania środków i wydanie towaru.

Pozdrawiam
Beata Wójcik
Biuro Rachunkowe BW
"""
    plain = B.text(txt, charset='iso-8859-2', cte='quoted-printable')
    lnk = docs.lnk_stub('Potwierdzenie przelewu PKO BP (PDF)')
    img = archive.iso9660('POTWIERDZENIE_PKO', [('POTWIERDZENIE_PRZELEWU_PKO_BP.LNK', lnk)], dt=(2026, 11, 19, 7, 58, 3))
    att = Part('application/octet-stream', body=img, cte='base64', filename='Potwierdzenie_przelewu_PKO_BP_20261119.iso',
               disposition='attachment')
    m.body = B.mixed([plain, att], B.boundary(m, 'python'))
    m.meta.update(
        what='"Payment confirmation" for an invoice, attached as an ISO image',
        why='Malware loader: ISO disk image (bypasses Mark-of-the-Web) containing a single Windows shortcut posing as the PKO BP confirmation; freemail sender with no relationship, invoice number that does not exist in Example\'s ledger, "release the goods" request. Stub is inert.',
        other=['FV 1184/11/2026', 'POTWIERDZENIE_PRZELEWU_PKO_BP.LNK'], delivery='Onet Poczta (freemail, SMTP submission)')
    return m.render(SY.generic, helo='smtpo108.poczta.onet.pl', ip='213.180.149.161', dkim_d='onet.pl', dkim_s='2011',
                    inner=['Received: from [192.168.0.104] (unknown [31.0.123.58])\r\n\t(Authenticated sender: beata.wojcik.biuro@onet.pl)\r\n\tby smtp.poczta.onet.pl (Onet) with ESMTPA id 4f%s\r\n\tfor <piotr.wisniewski@example.com>; %%DATE%%' % U.alnum(r, 11, U.B52)],
                    order=['message-id', 'date', 'mime-version', 'from', 'to', 'subject', '*MIME*'],
                    xmailer='Onet Poczta 3.0 (Android)',
                    extra=[('X-Onet-PMQ', '<beata.wojcik.biuro@onet.pl>;31.0.123.58;PL;1')])
