"""attack/22-26 (Polish)."""
from lib import bodies, docs, ids, mime, shapes, systems, util, zipx
from lib.company import P, PLOG
from lib.registry import reg
from lib.util import addr, ew, local_to_utc, sec


@reg('attack', '22-pl-partner-logistik-zmiana-rachunku')
def a22(m):
    m.what = '"Księgowość Partner Logistik" announces a new bank account (Santander) from 1 Nov 2026 and asks to pay two open invoices there; signed letter as PDF'
    m.why = 'Look-alike domain partner-logistik.com.pl on OVH (the partner is partner-logistik.pl on home.pl); pre-empts the white-list (biała lista) check by saying the account "will appear within a few days"'
    m.topic = 'bank-change'
    rcpt = P['malgorzata'][1]
    t = local_to_utc('CET', 2026, 10, 28, 12, 16, 8)
    new_iban = ids.iban_pl('1090101', '0000071219812874')
    m.iban(new_iban, 'fraudulent account (given in NRB form)')
    m.iban(PLOG['iban'], 'genuine Partner Logistik account (mBank), named as closing')
    m.phone('+48 91 462 18 30', 'Partner Logistik switchboard (copied)')
    nrb_new, nrb_old = ids.nrb(new_iban), ids.nrb(PLOG['iban'])
    text = """Szanowni Państwo,

uprzejmie informujemy, że w związku ze zmianą banku obsługującego naszą spółkę od dnia 1 listopada 2026 r. wszelkie płatności na rzecz Partner Logistik sp. z o.o. prosimy kierować na nowy rachunek bankowy:

Santander Bank Polska S.A.
%s

Dotychczasowy rachunek w mBank S.A. (%s) zostanie zamknięty z dniem 30 listopada 2026 r. Nowy rachunek został zgłoszony do urzędu skarbowego i pojawi się w Wykazie podatników VAT (biała lista) w ciągu kilku dni roboczych.

Prosimy o uregulowanie na nowy rachunek faktur:
FV 2026/10/0418 - 24 846,30 zł
FV 2026/10/0433 - 8 112,00 zł

W załączeniu przesyłamy pismo podpisane przez Zarząd. Prosimy o potwierdzenie zmiany danych w Państwa systemie zwrotną wiadomością.

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Bytomska 7, 70-603 Szczecin
tel. +48 91 462 18 30""" % (nrb_new, nrb_old)
    pdfb = docs.letter_pdf(['Partner Logistik sp. z o.o., ul. Bytomska 7, 70-603 Szczecin, NIP %s' % ids.pl_nip_fmt(PLOG['nip'])],
                           ['Example Group Polska sp. z o.o.', 'ul. Gdańska 34C', '70-660 Szczecin'], 'Szczecin, 27.10.2026',
                           'Zawiadomienie o zmianie rachunku bankowego',
                           'Szanowni Państwo,\n\nzawiadamiamy, że od dnia 01.11.2026 r. jedynym właściwym rachunkiem bankowym spółki '
                           'Partner Logistik sp. z o.o. jest rachunek prowadzony przez Santander Bank Polska S.A.:\n\n%s\n\n'
                           'Płatności dokonane na dotychczasowy rachunek po tej dacie nie będą uznawane za zapłatę. '
                           'Prosimy o aktualizację danych kontrahenta w Państwa systemie księgowym.' % nrb_new,
                           ['Z poważaniem', '', 'Zarząd Partner Logistik sp. z o.o.', 'Prezes Zarządu Tadeusz Zieliński'],
                           ['Partner Logistik sp. z o.o., Sąd Rejonowy Szczecin-Centrum, XIII Wydział Gospodarczy KRS, KRS %s' % PLOG['krs'],
                            'NIP %s, kapitał zakładowy 200 000 zł' % ids.pl_nip_fmt(PLOG['nip'])],
                           created=docs.pdfdate(t - sec(80000)), title='Zawiadomienie', author='Księgowość', enc='pl',
                           creator='Microsoft Word', producer='PDF24 Creator', logo_text='PARTNER LOGISTIK')
    html = bodies.fill_charset(bodies.outlook_html(text, 'PL'), 'windows-1250')
    alt = mime.multipart('alternative', [mime.text(text, 'plain', 'windows-1250', 'quoted-printable'),
                                         mime.text(html, 'html', 'windows-1250', 'quoted-printable')], docs.b_nextpart(m, 1))
    att = mime.attachment(pdfb, 'application/pdf', 'Zawiadomienie_zmiana_rachunku_PL.pdf')
    root = mime.multipart('mixed', [alt, att], docs.b_nextpart(m, 0))
    root.preamble = 'This is a multipart message in MIME format.'
    m.set_body(root)
    frm = 'ksiegowosc@partner-logistik.com.pl'
    F = dict(from_=addr('Księgowość Partner Logistik', frm, 'windows-1250', 'Q'), from_addr=frm, to=addr('Małgorzata Kaczmarek', rcpt, 'windows-1250', 'Q'),
             subject=ew('Zmiana numeru rachunku bankowego - Partner Logistik sp. z o.o.', 'windows-1250', 'Q'), date=t,
             msgid='<0%s$%s$%s$@partner-logistik.com.pl>' % (m.hex(11), m.hex(8), m.hex(8)))
    m.assemble(shapes.ovh(m, t, rcpt, F, '192.0.2.188'))


@reg('attack', '23-pl-ksef-nowa-faktura-login')
def a23(m):
    m.what = 'Fake "Krajowy System e-Faktur" notification: a new structured invoice (KSeF number, 18 450 zł) is waiting, "log in with Profil Zaufany to download it"'
    m.why = 'KSeF itself sends no e-mails; link to ksef-mf-gov.pl.ap-podatnika.com (not gov.pl); sent from a hacked WordPress site (cPanel/Exim + PHPMailer) with the display name of the Ministry of Finance'
    m.topic = 'e-invoice-portal'
    rcpt = P['malgorzata'][1]
    t = local_to_utc('CET', 2026, 11, 9, 7, 44, 51)
    ksef = '7792479819-20261106-0100B74E2A91-3C'
    link = 'https://ksef-mf-gov.pl.ap-podatnika.com/web/faktura/?nr=%s&nip=%s' % (ksef, '9552483171')
    m.url(link, 'phishing (fake Aplikacja Podatnika)')
    m.fact('ID', ksef, 'fake KSeF number')
    text = """Krajowy System e-Faktur (KSeF) - Ministerstwo Finansów

Szanowni Państwo,

w Krajowym Systemie e-Faktur otrzymano nową fakturę ustrukturyzowaną dla podmiotu o NIP 9552483171 (EXAMPLE GROUP POLSKA SP. Z O.O.).

Numer KSeF: %s
Sprzedawca: NIP 7792479819
Data wystawienia: 06.11.2026
Kwota brutto: 18 450,00 PLN
Termin płatności: 13.11.2026

Aby wyświetlić i pobrać fakturę, zaloguj się do Aplikacji Podatnika KSeF za pomocą profilu zaufanego, e-dowodu lub bankowości elektronicznej:

%s

Wiadomość została wygenerowana automatycznie. Prosimy na nią nie odpowiadać.""" % (ksef, link)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Lato,Arial,sans-serif;font-size:14px;color:#1b1b1b;background:#f5f5f5;margin:0">
<div style="max-width:620px;margin:0 auto;background:#fff">
<div style="border-bottom:4px solid #dc0032;padding:16px 24px"><b style="font-size:18px">Krajowy System e-Faktur</b><br><span style="font-size:12px;color:#555">Ministerstwo Finansów</span></div>
<div style="padding:20px 24px;line-height:21px">
<p>Szanowni Państwo,</p>
<p>w Krajowym Systemie e-Faktur otrzymano nową fakturę ustrukturyzowaną dla podmiotu o NIP <b>9552483171</b> (EXAMPLE GROUP POLSKA SP. Z O.O.).</p>
<table cellpadding="5" style="font-size:13px;background:#f0f4f8;width:100%%">
<tr><td>Numer KSeF</td><td><b>%s</b></td></tr><tr><td>Sprzedawca</td><td>NIP 7792479819</td></tr>
<tr><td>Data wystawienia</td><td>06.11.2026</td></tr><tr><td>Kwota brutto</td><td>18 450,00 PLN</td></tr><tr><td>Termin płatności</td><td>13.11.2026</td></tr></table>
<p>Aby wyświetlić i pobrać fakturę, zaloguj się do Aplikacji Podatnika KSeF za pomocą profilu zaufanego, e-dowodu lub bankowości elektronicznej.</p>
<p><a href="%s" style="background:#0052a5;color:#fff;padding:10px 24px;text-decoration:none;display:inline-block">Zaloguj się i pobierz fakturę</a></p>
<p style="font-size:12px;color:#666">Wiadomość została wygenerowana automatycznie. Prosimy na nią nie odpowiadać.</p></div></div></body></html>
""" % (ksef, util.html_escape(link))
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'base64', charset_label='utf-8'),
                                          mime.text(html, 'html', 'utf-8', 'base64', charset_label='utf-8')], docs.b_phpmailer(m))
    m.set_body(root)
    site = 'pensjonat-pod-debami.pl'
    F = dict(from_=addr('KSeF - Ministerstwo Finansów', 'powiadomienia@%s' % site, 'utf-8', 'B'), from_addr='powiadomienia@%s' % site,
             to=rcpt, subject=ew('KSeF: otrzymano nową fakturę nr %s' % ksef, 'utf-8', 'B'), date=t,
             msgid='<%s@%s>' % (util.alnum(m.rng, 43), site))
    m.assemble(shapes.cpanel_phpmailer(m, t, rcpt, F, 's58.cyber-folks.pl' if False else 'srv41.hostingpl-panel.net', '198.51.100.58', site, 'poddebami'))


@reg('attack', '24-pl-zamowienie-zip-lnk')
def a24(m):
    m.what = 'Purchase order "ZP-2026-11-0893" from a free-mail buyer with a ZIP that contains only a shortcut named "Zamowienie_ZP-2026-11-0893.pdf.lnk"'
    m.why = 'LNK malware loader in an archive (double extension), unknown company writing from interia.pl, generic text; no order of this kind would come without prior RFQ'
    m.topic = 'purchase-order'
    rcpt = P['agnieszka'][1]
    t = local_to_utc('CET', 2026, 11, 17, 13, 27, 36)
    lnk = docs.inert('Windows shortcut (.lnk) named as PDF', 'would run mshta/powershell to fetch a remote-access trojan and open a decoy PDF order')
    z = zipx.make_zip([('Zamowienie_ZP-2026-11-0893.pdf.lnk', lnk, (2026, 11, 17, 12, 58, 4))])
    text = """Dzień dobry,

w załączeniu przesyłam zamówienie ZP-2026-11-0893 wraz ze specyfikacją (przegląd i wymiana łożysk generatora, 4 turbiny, farma Darłowo).
Proszę o potwierdzenie terminu realizacji i cenę do końca tygodnia.

Pozdrawiam
Krzysztof Mazur
Dział Zakupów
tel. 604 218 733"""
    body = mime.text(text, 'plain', 'iso-8859-2', 'quoted-printable')
    att = mime.attachment(z, 'application/x-zip-compressed', 'Zamowienie_ZP-2026-11-0893.zip', style='plain')
    root = mime.multipart('mixed', [body, att], 'INTERIA-%s' % util.alnum(m.rng, 24))
    m.set_body(root)
    m.phone('604 218 733', 'in body as written')
    frm = 'k.mazur.zakupy@interia.pl'
    F = dict(from_=addr('Krzysztof Mazur', frm), from_addr=frm, to=rcpt, date=t,
             subject=ew('Zamówienie ZP-2026-11-0893', 'iso-8859-2', 'Q'),
             msgid='<%s@interia.pl>' % util.alnum(m.rng, 20, 'abcdefghijklmnopqrstuvwxyz'))
    m.assemble(shapes.interia(m, t, rcpt, F, '192.0.2.96'))


@reg('attack', '25-pl-rejestr-firm-oplata-qr')
def a25(m):
    m.what = '"Centralny Rejestr Firm i Przedsiębiorców" asks for a 849 zł "fee for entry and publication" with a PDF form and a banking QR code (Polish ZBP payment format)'
    m.why = 'Register scam with payment QR (quishing for money): private company styled as an official register, fee to a private account, sent from its own VPS domain (passes SPF/DKIM)'
    m.topic = 'register'
    rcpt = P['malgorzata'][1]
    t = local_to_utc('CET', 2026, 12, 3, 10, 2, 19)
    nip = ids.pl_nip('521398746')
    ib = ids.iban_pl('1090101', '0000071219936402')
    nrb = ib[2:]
    m.iban(ib, 'scam account (in QR and PDF as NRB)')
    payload = '%s|PL|%s|084900|CRFiP sp. z o.o.|Wpis CRFiP/2026/12/48217|||' % (nip, nrb)
    m.qr(payload, 'ZBP payment QR (NIP|PL|account|amount in grosze|name|title)')
    m.url('www.crfip.pl', 'scam site')
    m.phone('+48 22 307 41 18', 'scam hotline')
    d = docs.pdf.Doc(title='Formularz CRFiP', author='CRFiP', creator='Writer', producer='LibreOffice 7.5', enc='pl',
                     created=docs.pdfdate(t - sec(3000)))
    d.text(56, 800, 'CENTRALNY REJESTR FIRM I PRZEDSIĘBIORCÓW', 14, bold=True, color=(0.6, 0.05, 0.1))
    d.text(56, 784, 'CRFiP sp. z o.o., ul. Marszałkowska 87 lok. 102, 00-683 Warszawa, NIP %s' % nip, 8)
    d.line(56, 776, 539, 776, 1)
    d.text(56, 750, 'Formularz aktualizacji danych nr CRFiP/2026/12/48217', 12, bold=True)
    y = d.para(56, 728, 'Nazwa firmy: Example Group Polska sp. z o.o.\nAdres: ul. Gdańska 34C, 70-660 Szczecin\n'
                        'NIP: 955-248-31-71\nKRS: 0000817263\nBranża: serwis i konserwacja turbin wiatrowych', 10)
    y = d.para(56, y - 8, 'Opłata za wpis i publikację danych w Centralnym Rejestrze Firm i Przedsiębiorców (okres 12 miesięcy): '
                          '849,00 zł. Wpłaty prosimy dokonać w terminie 7 dni na rachunek: %s, tytułem: Wpis CRFiP/2026/12/48217. '
                          'Możesz zapłacić skanując kod QR w aplikacji swojego banku.' % ids.nrb(ib), 10, 300)
    d.qr(395, y - 10, 130, docs.qr_matrix(payload))
    d.para(56, 170, 'CRFiP jest prywatnym rejestrem gospodarczym. Wpis nie jest obowiązkowy i nie jest tożsamy z wpisem do KRS ani CEIDG. '
                    'Dokonanie wpłaty oznacza akceptację regulaminu dostępnego na www.crfip.pl.', 7, 480)
    d.text(56, 120, 'Infolinia: +48 22 307 41 18, pon.-pt. 9:00-16:00', 8)
    pdfb = d.render()
    text = """Szanowni Państwo,

w związku z aktualizacją danych w Centralnym Rejestrze Firm i Przedsiębiorców uprzejmie prosimy o weryfikację danych Państwa firmy oraz uiszczenie opłaty za wpis i publikację w wysokości 849,00 zł.

Formularz z danymi oraz kodem QR do płatności znajduje się w załączniku. Płatności można dokonać w aplikacji bankowej, skanując kod QR.

Termin płatności: 7 dni od daty otrzymania wiadomości.

Z poważaniem
Dział Obsługi Klienta
Centralny Rejestr Firm i Przedsiębiorców
www.crfip.pl | tel. +48 22 307 41 18"""
    html = bodies.fill_charset(bodies.simple_html(text), 'utf-8')
    alt = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'quoted-printable'), mime.text(html, 'html', 'utf-8', 'quoted-printable')],
                         docs.b_thunderbird(m))
    att = mime.attachment(pdfb, 'application/pdf', 'CRFiP_formularz_48217.pdf', style='thunder')
    root = mime.multipart('mixed', [alt, att], docs.b_thunderbird(m))
    root.preamble = 'This is a multi-part message in MIME format.'
    m.set_body(root)
    frm = 'biuro@crfip.pl'
    F = dict(from_=addr('CRFiP - Dział Obsługi', frm, 'UTF-8', 'Q'), from_addr=frm, to=rcpt, date=t,
             subject=ew('Aktualizacja danych w rejestrze - CRFiP/2026/12/48217', 'UTF-8', 'Q'),
             msgid='<%s@crfip.pl>' % util.guid(m.rng))
    F['ua'] = 'Mozilla Thunderbird'
    h = shapes.postfix_server(m, t, rcpt, F, 'mail.crfip.pl', '198.51.100.171', client='[192.0.2.44]', client_ip='192.0.2.44',
                              auth='biuro@crfip.pl', dkim=('crfip.pl', 'mail', 'relaxed/simple'),
                              dmarc=('pass', 'none', 'none', 'crfip.pl'),
                              order=['Message-ID', 'Date', 'MIME-Version', 'User-Agent', 'Content-Language', 'To', 'From', 'Subject', '__CT__'])
    h = [(n, v) for n, v in h]
    hh = []
    for n, v in h:
        hh.append((n, v))
        if n == 'MIME-Version':
            hh.append(('User-Agent', 'Mozilla Thunderbird'))
            hh.append(('Content-Language', 'pl'))
    m.assemble(hh)


@reg('attack', '26-pl-ariba-zaproszenie-rfq')
def a26(m):
    m.what = 'Fake SAP Business Network (Ariba) invitation: "Baltica Offshore Wind invites you to sourcing event RFQ Doc 28471136 – serwis turbin", button to register/log in'
    m.why = 'Trade-portal credential phishing via Amazon SES from ariba-network-notify.com; link to service-ariba.supplier-login.net (real Ariba is *.ariba.com / ansmtp.ariba.com)'
    m.topic = 'trade-portal'
    rcpt = P['agnieszka'][1]
    t = local_to_utc('CET', 2026, 12, 4, 14, 33, 10)
    link = 'https://service-ariba.supplier-login.net/Sourcing/Main/ad/viewDocument?ID=Doc28471136&realm=balticaoffshore&anp=Ariba&u=%s' % m.hex(16)
    m.url(link, 'phishing (fake Ariba login)')
    text = """SAP Business Network

Baltica Offshore Wind sp. z o.o. zaprasza Państwa do udziału w zdarzeniu źródłowym.

Zdarzenie: Doc28471136 - Serwis i przeglądy okresowe turbin, farma wiatrowa (2027-2029)
Typ: RFQ
Termin składania ofert: 11.12.2026 15:00 CET
Kupujący: Anna Lewandowska, Dział Zakupów

Aby zobaczyć dokumenty i złożyć ofertę, zaloguj się do SAP Business Network lub zarejestruj konto dostawcy:
%s

Jeśli masz pytania dotyczące zdarzenia, skontaktuj się bezpośrednio z kupującym.

Ta wiadomość została wysłana przez SAP Business Network w imieniu Baltica Offshore Wind sp. z o.o.
SAP Ariba, 3420 Hillview Ave, Palo Alto, CA 94304""" % link
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="margin:0;background:#f7f7f7;font-family:'72',Arial,Helvetica,sans-serif;color:#32363a">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:4px solid #0a6ed1">
<tr><td style="padding:18px 24px;font-size:18px;font-weight:bold;color:#0a6ed1">SAP Business Network</td></tr>
<tr><td style="padding:4px 24px 16px 24px;font-size:14px;line-height:21px">
<p><b>Baltica Offshore Wind sp. z o.o.</b> zaprasza Państwa do udziału w zdarzeniu źródłowym.</p>
<table cellpadding="5" style="font-size:13px;background:#f2f6fa;width:100%%">
<tr><td width="160">Zdarzenie</td><td>Doc28471136 - Serwis i przeglądy okresowe turbin, farma wiatrowa (2027-2029)</td></tr>
<tr><td>Typ</td><td>RFQ</td></tr><tr><td>Termin składania ofert</td><td>11.12.2026 15:00 CET</td></tr>
<tr><td>Kupujący</td><td>Anna Lewandowska, Dział Zakupów</td></tr></table>
<p>Aby zobaczyć dokumenty i złożyć ofertę, zaloguj się do SAP Business Network lub zarejestruj konto dostawcy.</p>
<p><a href="%s" style="background:#0a6ed1;color:#fff;padding:10px 22px;text-decoration:none;border-radius:4px;display:inline-block">Kliknij tutaj</a></p>
<p style="font-size:12px;color:#6a6d70">Ta wiadomość została wysłana przez SAP Business Network w imieniu Baltica Offshore Wind sp. z o.o.<br>SAP Ariba, 3420 Hillview Ave, Palo Alto, CA 94304</p>
</td></tr></table></td></tr></table></body></html>
""" % util.html_escape(link)
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'UTF-8', 'quoted-printable', charset_label='UTF-8'),
                                          mime.text(html, 'html', 'UTF-8', 'quoted-printable', charset_label='UTF-8')], docs.b_javamail(m, t))
    m.set_body(root)
    frm = 'ordersender-prod@ariba-network-notify.com'
    F = dict(from_=addr('Baltica Offshore Wind sp. z o.o. (SAP Business Network)', frm, 'UTF-8', 'Q', quote_always=True), from_addr=frm,
             to=rcpt, date=t, subject=ew('Zaproszenie: Baltica Offshore Wind sp. z o.o. - zdarzenie RFQ Doc28471136', 'UTF-8', 'Q'))
    h, mid = shapes.ses(m, t, rcpt, F, 'eu-central-1', dkim_domain='ariba-network-notify.com', mail_from_domain='bounce.ariba-network-notify.com')
    m.assemble(h)
