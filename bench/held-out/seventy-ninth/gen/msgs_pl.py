"""Polish messages (Gdynia office): 5 attacks, 5 genuine."""
import codes as K
import company as C
import files as F
import infra as I
import qr as Q
from common import alt, esc, fmt_pl, ol_quote, outlook_alt, outlook_html, quoted, simple_html
from company import S
from mime import Msg, T, Part, att, html, mp, text

CONTAINER = K.iso6346('MSKU447123')
CONT_FMT = CONTAINER[:4] + ' ' + CONTAINER[4:10] + '-' + CONTAINER[10]
B23_MSGID = '<001801dd6df9$41c7e2f0$c557a8d0$@partner-logistik.pl>'
INV_NET = 14984.15
INV_VAT = round(INV_NET * 0.23, 2)
INV_GROSS = round(INV_NET + INV_VAT, 2)
PART_SIG = ('Partner Logistik sp. z o.o.\nul. Pucka 25, 81-036 Gdynia\ntel. +48 58 669 20 14\n'
            'NIP %s | KRS %s' % (C.PART['nip'], C.PART['krs']))


def _crc8(data):
    crc = 0
    for b in data.encode('ascii'):
        crc ^= b
        for _ in range(8):
            crc = ((crc << 1) ^ 0x07) & 0xff if crc & 0x80 else (crc << 1) & 0xff
    return crc


def ksef_no(nip, ymd, hexpart):
    base = '%s-%s-%s' % (nip, ymd, hexpart)
    return '%s-%02X' % (base, _crc8(base))


def partner_mail(m, t, rcpt, client_ip, client_rdns, auth):
    m.hop('from [192.168.0.%d] (%s [%s])\n\t(Authenticated sender: %s)\n\tby poczta.partner-logistik.pl (Postfix) with ESMTPSA id 4b%s\n\tfor <%s>; %s'
          % (m.rng.randrange(20, 200), client_rdns, client_ip, auth, m.alnum(11), rcpt, (t + 1).rfc(comment=True)))
    m.mx('poczta.partner-logistik.pl', C.PART['mailhost_ip'], t + 3, rcpt)


# ================================================================ ATTACKS
def a01(n):
    m = Msg('attack', n, 'pl', 'thread-hijack-partner-zmiana-rachunku',
            what='Tadeusz Zieliński (Partner Logistik) replies in the real container-delivery thread and asks '
                 'accounting to pay invoice FV/2026/11/0871 today to a "new" mBank account',
            why='Thread hijack from the genuinely compromised partner mailbox: real server, but logged in from a '
                'hosting IP via webmail instead of his usual Outlook; bank change slipped into an operational '
                'thread, account differs from the PKO BP account on the invoice, invoice not yet due, threat that '
                'the terminal will hold the next container, "e-mail contact only"',
            tech=['thread hijack (compromised partner mailbox)', 'reply in thread', 'invoice redirection / bank-detail change'])
    t = T('2026-11-10 13:47:26', 'PL')
    to = S('pl_log')
    frm = C.PART['zielinski']
    m.env_from = frm[1]
    m.hop('from webmail.partner-logistik.pl (localhost [127.0.0.1])\n\t(Authenticated sender: t.zielinski@partner-logistik.pl)\n\tby poczta.partner-logistik.pl (Postfix) with ESMTPA id 4b%s;\n\t%s'
          % (m.alnum(11), (t + 1).rfc(comment=True)))
    m.mx('poczta.partner-logistik.pl', C.PART['mailhost_ip'], t + 2, to[1])
    I.roundcube(m, 'partner-logistik.pl', '1.6.9')
    m.xh('X-Sender', 't.zielinski@partner-logistik.pl')
    m.xh('X-Originating-IP', '[45.134.26.%d]' % m.rng.randrange(2, 250))
    m.std(t, frm, [to], 'RE: Awizacja dostawy - kontener %s / BCT Gdynia' % CONT_FMT, cc=[S('pl_acc')],
          cs='UTF-8', enc='Q', irt=B23_MSGID)
    nrb = K.pl_nrb(C.PART_IBAN_FAKE)
    body = """Dzień dobry Panie Michale,

potwierdzam - kontener %s został wydany przez BCT, dostawa przebiegła zgodnie z awizacją.

Przy okazji prośba do działu księgowości (Pana Pawła dodaję do wiadomości): w związku z audytem i zmianą banku obsługującego od listopada prosimy o regulowanie faktur wyłącznie na nowy rachunek:

Partner Logistik sp. z o.o.
mBank S.A.
%s

Faktura FV/2026/11/0871 na kwotę %s zł jest już wymagalna - bardzo proszę o pilny przelew jeszcze dziś, bo inaczej terminal może wstrzymać wydanie kolejnego kontenera do czasu rozliczenia. Stary rachunek w PKO BP jest w trakcie zamykania, proszę na niego już nie wpłacać.

Jestem w tym tygodniu w delegacji w Hamburgu, dlatego proszę o kontakt wyłącznie mailowy.

Pozdrawiam
Tadeusz Zieliński
Dyrektor Operacyjny
%s

%s
""" % (CONT_FMT, nrb, fmt_pl(INV_GROSS), PART_SIG, quoted(
        'W dniu 06.11.2026 o 15:20, Tadeusz Zieliński napisał(a):\nDzień dobry Panie Michale,\n\npotwierdzam awizację kontenera %s, odbiór z BCT w poniedziałek 09.11 o 7:30, dostawa do magazynu ok. 10:00.\n\nPozdrawiam\nTadeusz Zieliński' % CONT_FMT))
    m.body = text(body, 'UTF-8', 'quoted-printable', ctparams='; format=flowed', csq=False)
    return m


def a02(n):
    url = 'https://ksef.podatki.gov.pl.autoryzacja-mf.com/uwierzytelnienie?nip=%s&t=8f41c2' % C.EG_NIP
    m = Msg('attack', n, 'pl', 'ksef-token-wygasa-phishing',
            what='"Krajowy System e-Faktur": the KSeF authentication token for the company NIP expires on 27.11., '
                 'confirm identity via Profil Zaufany or online banking',
            why='Credential / bank-login phishing on the Polish mandatory e-invoicing system: sender domain '
                'ksef-mf.pl and link host ksef.podatki.gov.pl.autoryzacja-mf.com (sub-domain trick), sent through '
                'Amazon SES; the Ministry does not e-mail token expiry notices with login links; legal threat',
            tech=['tax authority / e-invoicing credential phishing (KSeF)', 'bulk ESP abuse (Amazon SES)', 'sub-domain trick URL'])
    t = T('2026-11-23 08:31:40', 'PL')
    to = S('pl_acc')
    frm = ('Krajowy System e-Faktur', 'powiadomienia@ksef-mf.pl')
    I.ses(m, t, to[1], region='eu-central-1', feedback='1.eu-central-1.%s=:AmazonSES')
    m.std(t, frm, [to], 'KSeF: token uwierzytelniający dla NIP %s wygasa 27.11.2026 - wymagane ponowne uwierzytelnienie' % C.EG_NIP,
          cs='UTF-8', enc='B')
    plain = """Szanowni Państwo,

informujemy, że token uwierzytelniający wygenerowany w Krajowym Systemie e-Faktur dla kontekstu NIP %s (Example Group Polska sp. z o.o.) wygasa w dniu 27.11.2026.

Po tym terminie wystawianie i odbieranie faktur ustrukturyzowanych w KSeF nie będzie możliwe, a faktury wystawione poza KSeF będą traktowane jako wystawione z naruszeniem art. 106ga ustawy o VAT.

Aby przedłużyć ważność tokenu, należy potwierdzić tożsamość osoby uprawnionej za pośrednictwem Profilu Zaufanego lub bankowości elektronicznej:

%s

Operacja zajmuje ok. 2 minut. W przypadku braku potwierdzenia uprawnienia w kontekście NIP zostaną zawieszone.

Ministerstwo Finansów
Krajowy System e-Faktur
Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.
""" % (C.EG_NIP, url)
    inner = """<table width="100%%" cellpadding="0" cellspacing="0" style="background:#f2f2f2"><tr><td align="center" style="padding:20px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b">
<tr><td style="border-top:6px solid #d4213d;padding:18px 28px;font-size:13px;color:#555">Ministerstwo Finansów &middot; <b style="color:#1b1b1b">Krajowy System e-Faktur</b></td></tr>
<tr><td style="padding:8px 28px 24px 28px;line-height:21px">
<p>Szanowni Państwo,</p>
<p>informujemy, że token uwierzytelniający wygenerowany w Krajowym Systemie e-Faktur dla kontekstu <b>NIP %s</b> (Example Group Polska sp. z o.o.) <b>wygasa w dniu 27.11.2026</b>.</p>
<p>Po tym terminie wystawianie i odbieranie faktur ustrukturyzowanych w KSeF nie będzie możliwe, a faktury wystawione poza KSeF będą traktowane jako wystawione z naruszeniem art. 106ga ustawy o VAT.</p>
<p>Aby przedłużyć ważność tokenu, należy potwierdzić tożsamość osoby uprawnionej za pośrednictwem Profilu Zaufanego lub bankowości elektronicznej.</p>
<p style="text-align:center;margin:26px 0"><a href="%s" style="background:#0052a5;color:#fff;text-decoration:none;padding:12px 26px;font-weight:bold">Przedłuż ważność tokenu</a></p>
<p style="font-size:12px;color:#666">Operacja zajmuje ok. 2 minut. W przypadku braku potwierdzenia uprawnienia w kontekście NIP zostaną zawieszone.</p>
</td></tr></table></td></tr></table>""" % (C.EG_NIP, esc(url))
    m.body = alt(plain, simple_html(inner, 'UTF-8', 'KSeF'), 'UTF-8', 'quoted-printable')
    return m


def a03(n):
    m = Msg('attack', n, 'pl', 'faktura-zip-exe-nieznany-nadawca',
            what='Unknown accounting office sends an "overdue" invoice FV/2026/11/2231 as a ZIP archive',
            why='Malware delivery: no business relation with the sender (a hacked small business mailbox on '
                'home.pl, submitted from a foreign VPS), ZIP contains FV_2026_11_2231.pdf.exe (double extension '
                'executable, here an inert placeholder), pressure to pay within 3 days',
            tech=['malware attachment (ZIP with .pdf.exe)', 'compromised small-business mailbox'])
    t = T('2026-11-04 10:02:15', 'PL')
    to = S('pl_mgr')
    frm = ('Biuro Rachunkowe Optima-Plus', 'faktury@optima-plus.com.pl')
    m.env_from = frm[1]
    srv = 'cloudserver094521.home.pl'
    m.hop('from [37.120.206.%d] (unknown [37.120.206.%d])\n\tby %s (Postfix) with ESMTPSA id 4b%s\n\tfor <%s>; %s'
          % (88, 88, srv, m.alnum(11), to[1], (t + 1).rfc(comment=True)))
    m.mx(srv, '79.96.%d.%d' % (m.rng.randrange(0, 255), m.rng.randrange(2, 250)), t + 2, to[1])
    I.outlook_desktop(m, t, 'optima-plus.com.pl', 'pl')
    m.std(t, frm, [to], 'Faktura VAT FV/2026/11/2231 - ponaglenie', cs='ISO-8859-2', enc='Q')
    body = """Dzień dobry,

w załączeniu przesyłamy fakturę VAT nr FV/2026/11/2231 za usługi doradcze (październik 2026) wraz z notą odsetkową. Prosimy o uregulowanie należności w terminie 3 dni od otrzymania wiadomości.

Dokumenty zostały spakowane ze względu na rozmiar załączników.

Z poważaniem
Dział Rozliczeń
Biuro Rachunkowe Optima-Plus s.c.
"""
    z = F.zip_plain([('FV_2026_11_2231.pdf.exe', F.PLACEHOLDER)], when=(2026, 11, 4, 9, 51, 12))
    a = att('application/x-zip-compressed', z, 'FV_2026_11_2231.zip')
    a.note = 'member FV_2026_11_2231.pdf.exe (placeholder)'
    m.body = mp('mixed', text(body, 'ISO-8859-2', 'base64'), a)
    return m


def a04(n):
    url = 'https://teams-voicemail.eu-audio.net/play/?vm=7a41c0e2#katarzyna.wojcik@examplegroup.eu'
    m = Msg('attack', n, 'pl', 'poczta-glosowa-teams-zalacznik-svg',
            what='"Microsoft Teams - Poczta głosowa": new 47-second voicemail from the logistics partner\'s phone '
                 'number, player as SVG attachment',
            why='SVG phishing: the attachment draws an audio player whose link goes to teams-voicemail.eu-audio.net '
                'with the victim\'s address in the fragment (credential page); sent from the hacked mailbox of a '
                'dental clinic; Teams voicemails are not delivered as SVG from third-party domains',
            tech=['SVG attachment with phishing link', 'voicemail lure (Microsoft Teams)', 'compromised small-business mailbox'])
    t = T('2026-11-20 12:17:03', 'PL')
    to = S('pl_mgr')
    frm = ('Microsoft Teams - Poczta głosowa', 'rejestracja@gdyniadental.pl')
    m.env_from = frm[1]
    m.hop('from [156.146.59.%d] (unknown [156.146.59.%d])\n\t(Authenticated sender: rejestracja@gdyniadental.pl)\n\tby s41.cyber-folks.pl (Postfix) with ESMTPSA id 4b%s\n\tfor <%s>; %s'
          % (31, 31, m.alnum(11), to[1], (t + 1).rfc(comment=True)))
    m.mx('s41.cyber-folks.pl', '195.78.66.%d' % m.rng.randrange(10, 200), t + 2, to[1])
    m.msgid = '<%s@gdyniadental.pl>' % m.hexs(32)
    m.std(t, frm, [to], 'Nowa wiadomość głosowa od +48 58 669 20 14 (0:47)', cs='windows-1250', enc='Q')
    htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250"></head>
<body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#242424">
<table cellpadding="0" cellspacing="0" width="520"><tr><td style="padding:16px 20px;background:#5b5fc7;color:#fff;font-size:18px">Microsoft Teams</td></tr>
<tr><td style="padding:20px;border:1px solid #e0e0e0">
<p style="font-size:16px"><b>Otrzymano nową wiadomość głosową</b></p>
<p>Od: <b>+48 58 669 20 14</b> (Partner Logistik)<br>Długość: 0:47<br>Odebrano: piątek, 20 listopada 2026 12:16</p>
<p>Aby odsłuchać wiadomość, otwórz załącznik <i>Wiadomosc_glosowa_0047.svg</i> w przeglądarce.</p>
<p style="font-size:11px;color:#777">Otrzymujesz tę wiadomość, ponieważ poczta głosowa jest włączona dla Twojego konta.</p></td></tr></table>
</body></html>
"""
    plain = ('Microsoft Teams\n\nOtrzymano nową wiadomość głosową\n\nOd: +48 58 669 20 14 (Partner Logistik)\nDługość: 0:47\n'
             'Odebrano: piątek, 20 listopada 2026 12:16\n\nAby odsłuchać wiadomość, otwórz załącznik Wiadomosc_glosowa_0047.svg w przeglądarce.\n')
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="480" height="160" viewBox="0 0 480 160">
  <rect width="480" height="160" rx="10" fill="#f5f5f5" stroke="#d1d1d1"/>
  <text x="24" y="38" font-family="Segoe UI,Arial,sans-serif" font-size="16" fill="#242424">Wiadomość głosowa - +48 58 669 20 14</text>
  <a xlink:href="%s" href="%s" target="_blank">
    <circle cx="54" cy="96" r="28" fill="#5b5fc7"/>
    <polygon points="46,82 46,110 70,96" fill="#ffffff"/>
    <rect x="100" y="92" width="300" height="8" rx="4" fill="#c7c7c7"/>
    <rect x="100" y="92" width="6" height="8" rx="4" fill="#5b5fc7"/>
    <text x="410" y="100" font-family="Segoe UI,Arial,sans-serif" font-size="13" fill="#616161">0:47</text>
    <text x="100" y="130" font-family="Segoe UI,Arial,sans-serif" font-size="12" fill="#616161">Kliknij, aby odtworzyć (wymagane logowanie Microsoft 365)</text>
  </a>
</svg>
""" % (esc(url), esc(url))
    a = att('image/svg+xml', svg.encode('utf-8'), 'Wiadomosc_glosowa_0047.svg')
    a.note = 'no script; hyperlink to %s' % url
    m.body = mp('mixed', alt(plain, htm, 'windows-1250', 'quoted-printable'), a)
    return m


def a05(n):
    parcel = '620844172931004577126310'
    url = 'https://inpost-doplata.pl-paczka24.com/platnosc?nr=%s' % parcel
    m = Msg('attack', n, 'pl', 'inpost-doplata-phishing',
            what='"InPost": parcel could not be placed in the parcel locker, pay a PLN 3.49 size surcharge by '
                 'BLIK or card',
            why='Payment-card / BLIK phishing: sender inpost-paczka24.pl via Mailgun, link to '
                'inpost-doplata.pl-paczka24.com; InPost does not collect surcharges via e-mail links; tiny amount '
                'and return-to-sender threat',
            tech=['courier / parcel payment phishing', 'bulk ESP abuse (Mailgun)', 'look-alike domain'])
    t = T('2026-12-03 16:48:30', 'PL')
    to = S('pl_log')
    frm = ('InPost', 'powiadomienia@inpost-paczka24.pl')
    I.mailgun(m, t, to[1], sending_dom='mg.inpost-paczka24.pl')
    m.std(t, frm, [to], 'Twoja paczka %s oczekuje na dopłatę' % parcel, cs='UTF-8', enc='B')
    plain = """Dzień dobry,

Twoja paczka nr %s nie mogła zostać umieszczona w Paczkomacie® GDY01M z powodu niedopłaty za gabaryt (różnica: 3,49 zł).

Aby odebrać paczkę, uiść dopłatę do 04.12.2026. Po tym terminie przesyłka zostanie zwrócona do nadawcy.

Opłać 3,49 zł: %s

Płatność BLIK lub kartą płatniczą.

Pozdrawiamy
Zespół InPost
""" % (parcel, url)
    inner = """<table width="100%%" cellpadding="0" cellspacing="0" style="background:#f7f7f7"><tr><td align="center" style="padding:20px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Montserrat,Arial,sans-serif;color:#3c3c3c">
<tr><td style="background:#ffcd00;padding:16px 24px;font-size:26px;font-weight:800;color:#1d1d1b">InPost</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px">
<p>Dzień dobry,</p>
<p>Twoja paczka nr <b>%s</b> nie mogła zostać umieszczona w Paczkomacie&reg; <b>GDY01M</b> z powodu niedopłaty za gabaryt (różnica: <b>3,49 zł</b>).</p>
<p>Aby odebrać paczkę, uiść dopłatę do <b>04.12.2026</b>. Po tym terminie przesyłka zostanie zwrócona do nadawcy.</p>
<p style="text-align:center;margin:24px 0"><a href="%s" style="background:#1d1d1b;color:#ffcd00;text-decoration:none;padding:12px 30px;font-weight:bold;border-radius:24px">Opłać 3,49 zł</a></p>
<p style="font-size:13px;color:#777">Płatność BLIK lub kartą płatniczą.</p>
<p>Pozdrawiamy<br>Zespół InPost</p></td></tr></table></td></tr></table>""" % (parcel, esc(url))
    m.body = alt(plain, simple_html(inner, 'UTF-8', 'InPost'), 'UTF-8', 'base64')
    return m


# ================================================================ BUSINESS
def b01(n):
    ks = ksef_no(C.PART['nip'], '20261105', '4A7C19E2D0B3')
    m = Msg('business', n, 'pl', 'partner-faktura-vat-ksef',
            what='Partner Logistik accounting sends VAT invoice FV/2026/11/0871 (PDF visualisation, KSeF number) '
                 'for the container transport',
            why='Genuine invoice from the partner\'s accounting mailbox on its own server, KSeF number, PKO BP '
                'account as always, split payment, normal 14-day term',
            pair=(['thread-hijack-partner-zmiana-rachunku'], 'same partner, same invoice and amount'))
    t = T('2026-11-05 09:15:44', 'PL')
    to = S('pl_acc')
    frm = C.PART['ksieg']
    m.env_from = frm[1]
    partner_mail(m, t, to[1], '89.78.140.66', '89-78-140-66.static.ip.netia.com.pl', 'ksiegowosc@partner-logistik.pl')
    I.outlook_desktop(m, t, 'partner-logistik.pl', 'pl')
    m.std(t, frm, [to], 'Faktura VAT FV/2026/11/0871 - Partner Logistik sp. z o.o.', cs='iso-8859-2', enc='Q')
    nrb = K.pl_nrb(C.PART_IBAN)
    body = """Dzień dobry,

w załączeniu przesyłamy wizualizację faktury VAT nr FV/2026/11/0871 z dnia 05.11.2026 za usługi spedycyjne i transport kontenera %s (BCT Gdynia - magazyn Example Group Polska).

Numer KSeF: %s
Kwota brutto: %s zł, termin płatności: 19.11.2026.
Rachunek: PKO BP S.A. %s (mechanizm podzielonej płatności).

Faktura ustrukturyzowana została wystawiona w KSeF; załączony PDF ma charakter informacyjny.

Z poważaniem
Dział Księgowości
%s
""" % (CONT_FMT, ks, fmt_pl(INV_GROSS), nrb, PART_SIG)
    pdf = F.pdf([('h', 'Partner Logistik sp. z o.o.'), ('s', 'ul. Pucka 25, 81-036 Gdynia · NIP %s' % C.PART['nip']), '',
                 ('b', 'Faktura VAT nr FV/2026/11/0871'), 'Data wystawienia: 05.11.2026   Data wykonania usługi: 09.11.2026',
                 'Numer KSeF: %s' % ks, '',
                 'Nabywca: Example Group Polska sp. z o.o., ul. Hryniewickiego 6, 81-340 Gdynia, NIP %s' % C.EG_NIP, '',
                 '1. Odbiór kontenera %s z BCT Gdynia, transport do magazynu   6 480,00 zł' % CONT_FMT,
                 '2. Obsługa spedycyjna i odprawa celna importowa                     4 350,00 zł',
                 '3. Opłaty terminalowe (THC, przechowanie 2 dni)                       4 154,15 zł', '',
                 'Razem netto: %s zł   VAT 23%%: %s zł' % (fmt_pl(INV_NET), fmt_pl(INV_VAT)),
                 ('b', 'Do zapłaty: %s zł' % fmt_pl(INV_GROSS)), '',
                 'Termin płatności: 19.11.2026, przelew - mechanizm podzielonej płatności',
                 'PKO BP S.A.  %s' % nrb, '', ('s', 'Wizualizacja faktury ustrukturyzowanej z KSeF.')],
                title='FV/2026/11/0871', author='Partner Logistik', creator='Comarch ERP Optima',
                producer='Comarch ERP Optima', date="20261105091022+01'00'")
    m.body = mp('mixed', text(body, 'iso-8859-2', 'base64'), att('application/pdf', pdf, 'FV_2026_11_0871.pdf'))
    return m


def b02(n):
    m = Msg('business', n, 'pl', 'partner-awizacja-kontenera',
            what='Tadeusz Zieliński confirms the container delivery slot, truck and driver for Monday',
            why='Genuine operational mail from the partner contact: his usual Outlook via the partner\'s server from '
                'the office IP, reply to our request, concrete logistics data, no payment topic',
            pair=(['thread-hijack-partner-zmiana-rachunku'], 'same sender mailbox and same thread'))
    t = T('2026-11-06 15:20:08', 'PL')
    to = S('pl_log')
    frm = C.PART['zielinski']
    m.env_from = frm[1]
    partner_mail(m, t, to[1], '89.78.140.66', '89-78-140-66.static.ip.netia.com.pl', 't.zielinski@partner-logistik.pl')
    I.outlook_desktop(m, t, 'partner-logistik.pl', 'pl')
    m.msgid = B23_MSGID
    m.std(t, frm, [to], 'RE: Awizacja dostawy - kontener %s / BCT Gdynia' % CONT_FMT, cs='windows-1250', enc='Q',
          irt='<6b0e2c41a9d84f51b7e3c2a1d0f98e67@EXHH01.corp.example.com>')
    body = """Dzień dobry Panie Michale,

potwierdzam awizację:

Kontener: %s (40' HC), odprawa celna zakończona
Odbiór z terminalu BCT Gdynia: poniedziałek 09.11, godz. 7:30
Dostawa do magazynu Example Group Polska, ul. Hryniewickiego 6: ok. 10:00
Samochód: GD 4K218 / naczepa GD 7P331, kierowca: Marek Wiśniewski

Proszę o przygotowanie wózka do rozładunku (34 palety). CMR i packing list kierowca będzie miał przy sobie.

Pozdrawiam serdecznie
Tadeusz Zieliński
Dyrektor Operacyjny
%s

-----Original Message-----
Od: Michał Łęcki <michal.lecki@example.com>
Wysłano: czwartek, 5 listopada 2026 16:02
Do: Tadeusz Zieliński <t.zielinski@partner-logistik.pl>
Temat: Awizacja dostawy - kontener %s / BCT Gdynia

Dzień dobry Panie Tadeuszu,

proszę o awizację odbioru kontenera %s z BCT na początek przyszłego tygodnia. Magazyn przyjmuje od 7:00.

Pozdrawiam
Michał Łęcki
""" % (CONT_FMT, PART_SIG, CONT_FMT, CONT_FMT)
    m.body = outlook_alt(body, 'windows-1250', 'quoted-printable', 'PL')
    return m


def b03(n):
    m = Msg('business', n, 'pl', 'wewnetrzny-ksef-uprawnienia-tokeny',
            what='Polish accountant informs colleagues about KSeF permissions and tokens from 1 December and warns '
                 'about fake "token expiry" e-mails',
            why='Genuine internal mail via mail-int01/Exchange; states that tokens are generated only in the '
                'official KSeF application and that the Ministry sends no login links; VAT white-list check for '
                'carrier accounts',
            pair=(['ksef-token-wygasa-phishing'], 'KSeF tokens and authentication'))
    t = T('2026-11-24 10:40:51', 'PL')
    to = [S('pl_mgr'), S('pl_log')]
    frm = S('pl_acc')
    m.env_from = frm[1]
    I.internal(m, t, to[0][1])
    m.clang = 'pl-PL'
    m.std(t, frm, to, 'KSeF - uprawnienia i tokeny od 1.12 - proszę o weryfikację', cs='iso-8859-2', enc='Q',
          order='ftsd')
    body = """Cześć,

krótko w sprawie KSeF:

1. Od 1 grudnia uprawnienia do wystawiania faktur w KSeF dla Example Group Polska mają tylko: ja i Katarzyna, a Michał ma uprawnienie do odbioru faktur kosztowych. Uprawnienia nadałem w aplikacji Ministerstwa Finansów.

2. Tokeny do integracji z naszym ERP generuję wyłącznie ja, w Aplikacji Podatnika KSeF. Ministerstwo nie wysyła maili o "wygasających tokenach" z linkami do logowania. Jeśli coś takiego przyjdzie (w zeszłym tygodniu przyszło), proszę nie klikać i przesłać do IT jako phishing.

3. Faktury kosztowe od przewoźników sprawdzamy jak dotąd: numer rachunku musi być na białej liście VAT, inaczej nie płacimy bez mojej zgody.

Dzięki,
Paweł

Paweł Kowalczyk
Główny Księgowy | Example Group Polska sp. z o.o.
ul. Hryniewickiego 6, 81-340 Gdynia
"""
    m.body = outlook_alt(body, 'iso-8859-2', 'quoted-printable', 'PL')
    return m


def b04(n):
    m = Msg('business', n, 'pl', 'klient-zapytanie-wp-kotwica',
            what='Private boat owner asks from his wp.pl mailbox for a quote for an anchor, 40 m of chain and '
                 'swivel, pickup or courier',
            why='Genuine retail enquiry from a consumer mailbox through WP\'s servers: specific products, no links '
                'or attachments, nothing requested but a price',
            pair=None)
    t = T('2026-10-17 11:05:33', 'PL')
    to = S('pl_mgr')
    frm = C.DABROWSKI
    m.env_from = frm[1]
    I.wp(m, t, to[1], client_ip='89.78.112.14')
    m.std(t, frm, [to], 'Zapytanie - kotwica Delta 10 kg i łańcuch 8 mm', cs='iso-8859-2', enc='Q')
    body = """Dzień dobry,

przymierzam się do wymiany osprzętu kotwicznego na moim jachcie (Delphia 29, port Gdańsk Górki Zachodnie). Proszę o wycenę:

- kotwica typu Delta 10 kg, ocynk
- łańcuch kalibrowany 8 mm, 40 m, ocynk ogniowy
- krętlik nierdzewny i szekla do łańcucha 8 mm

Czy jest możliwość odbioru osobistego w Gdyni albo wysyłki kurierem do Gdańska? Faktura na osobę prywatną.

Pozdrawiam
Marek Dąbrowski
tel. 501 118 274
"""
    m.body = text(body, 'iso-8859-2', 'quoted-printable')
    return m


def b05(n):
    parcel = '620451039882147013365218'
    qr_payload = 'P|%s|731046' % parcel
    m = Msg('business', n, 'pl', 'inpost-paczka-w-paczkomacie-qr',
            what='InPost notification: parcel waiting in locker GDY12M with pickup code and QR code for the locker',
            why='Genuine InPost notification from inpost.pl via Amazon SES: expected parcel, pickup code and QR '
                'code for the locker scanner (no URL), no payment or login requested',
            pair=(['inpost-doplata-phishing', 'm365-mfa-erneuerung-qr-code'], 'InPost branding; QR code in mail'))
    t = T('2026-12-02 13:22:10', 'PL')
    to = S('pl_log')
    frm = ('InPost', 'powiadomienia@inpost.pl')
    I.ses(m, t, to[1], region='eu-central-1', feedback='1.eu-central-1.%s=:AmazonSES')
    m.std(t, frm, [to], 'Paczka %s czeka w Paczkomacie GDY12M' % parcel, cs='UTF-8', enc='B')
    png = Q.qr_png(qr_payload, 'M', 4)
    m.extra_files['qr:kod_odbioru.png'] = qr_payload
    plain = """Cześć!

Twoja paczka od nadawcy: Sklep Żeglarski Bosman czeka w Paczkomacie® GDY12M
ul. Hryniewickiego 10, 81-340 Gdynia (przy wejściu do budynku).

Numer paczki: %s
Kod odbioru: 731046
Numer telefonu: +48 *** *** 418
Paczka czeka do: 04.12.2026, 13:22

Odbierz paczkę w aplikacji InPost Mobile albo podaj numer telefonu i kod odbioru na ekranie Paczkomatu®. Możesz też zeskanować kod QR z tej wiadomości w czytniku Paczkomatu®.

Pozdrawiamy
Zespół InPost
""" % parcel
    inner = """<table width="100%%" cellpadding="0" cellspacing="0" style="background:#f2f2f2"><tr><td align="center" style="padding:20px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Montserrat,Arial,sans-serif;color:#3c3c3c">
<tr><td style="background:#ffcd00;padding:16px 24px;font-size:26px;font-weight:800;color:#1d1d1b">InPost</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px">
<p><b>Cześć!</b></p><p>Twoja paczka od nadawcy: <b>Sklep Żeglarski Bosman</b> czeka w Paczkomacie&reg; <b>GDY12M</b><br>ul. Hryniewickiego 10, 81-340 Gdynia (przy wejściu do budynku).</p>
<table cellpadding="6" style="font-size:15px"><tr><td>Numer paczki</td><td><b>%s</b></td></tr><tr><td>Kod odbioru</td><td style="font-size:22px"><b>731046</b></td></tr>
<tr><td>Numer telefonu</td><td>+48 *** *** 418</td></tr><tr><td>Paczka czeka do</td><td>04.12.2026, 13:22</td></tr></table>
<p style="text-align:center"><img src="cid:kod_odbioru.png@inpost" width="164" height="164" alt="Kod QR do odbioru"></p>
<p style="font-size:13px">Odbierz paczkę w aplikacji InPost Mobile albo podaj numer telefonu i kod odbioru na ekranie Paczkomatu&reg;. Możesz też zeskanować kod QR w czytniku Paczkomatu&reg;.</p>
<p>Pozdrawiamy<br>Zespół InPost</p></td></tr></table></td></tr></table>""" % parcel
    img = Part('image/png', data=png, filename='kod_odbioru.png', disp='inline', cid='kod_odbioru.png@inpost')
    img.note = 'QR code -> "%s" (locker pickup data, no URL)' % qr_payload
    m.body = mp('alternative', text(plain, 'UTF-8', 'quoted-printable'),
                mp('related', html(simple_html(inner, 'UTF-8', 'InPost'), 'UTF-8', 'quoted-printable'), img))
    return m


ATTACKS = [a01, a02, a03, a04, a05]
BUSINESS = [b01, b02, b03, b04, b05]
