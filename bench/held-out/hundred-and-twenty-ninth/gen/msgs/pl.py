"""Polish messages: attack/22-26 and business/22-26."""
import hashlib
import base64

from .common import *  # noqa: F401,F403
from lib import iso, png

PL_NIP = ids.pl_nip('894318265')
PLOG_NIP = ids.pl_nip('781194526')
HYD_NIP = ids.pl_nip('634281754')
PLOG_SIG = ('Z poważaniem\n\nDział Księgowości\nPartner Logistik sp. z o.o.\nul. Obornicka 235, 60-650 Poznań\n'
            'tel. +48 61 842 17 00\nNIP %s' % ids.pl_nip_fmt(PLOG_NIP))
EGP = ['Example Group Polska sp. z o.o.', 'ul. Fabryczna 21', '53-609 Wrocław', 'NIP %s' % ids.pl_nip_fmt(PL_NIP)]


# =====================================================================================  ATTACKS
@message('attack', 22, 'pl', 'partner-logistik-zmiana-konta')
def a22(c):
    t = util.local_to_utc('PL', 2026, 11, 16, 9, 37, 12)
    fraud = c.iban(BANK['fraud_pl'], 'attacker account (Santander)')
    c.phone('+48 61 842 17 00', 'copied switchboard number')
    text = ('Szanowni Państwo,\n\n'
            'uprzejmie informujemy, że z dniem 16.11.2026 r. zmianie uległ numer rachunku bankowego naszej firmy. '
            'Nowy rachunek został zgłoszony do Urzędu Skarbowego i jest widoczny w wykazie podatników VAT.\n\n'
            'Nowy numer rachunku (Santander Bank Polska S.A.):\n%s\n\n'
            'Prosimy o uregulowanie zaległych faktur FV/2026/10/118 (12 684,30 zł) oraz FV/2026/10/131 (8 915,70 zł) '
            'na nowy rachunek w terminie do 20.11.2026. Płatności dokonane na dotychczasowy rachunek po tej dacie nie '
            'zostaną zaksięgowane i zostaną zwrócone.\n\n'
            'Z powodu awarii serwera poczty firmowej korespondencję prowadzimy tymczasowo z tego adresu. Prosimy o '
            'potwierdzenie zmiany w odpowiedzi na tę wiadomość.\n\n' % fraud + PLOG_SIG)
    html = ('<div style="font-family: Arial; font-size: 13px;">%s</div>' % '<br>'.join(fmt.esc(l) for l in text.split('\n')))
    body = mime.multipart('alternative', [mime.text(text, 'plain', 'UTF-8', 'quoted-printable', ct='text/plain; charset={cs}'),
                                          mime.text(html, 'html', 'UTF-8', 'quoted-printable', ct='text/html; charset={cs}')],
                          c.boundary('roundcube'))
    env = Env(frm_name='Partner Logistik - Księgowość', frm_email='partnerlogistik.ksiegowosc@wp.pl',
              to=[('', p('pl_acc')['email'])], reply_to=('Partner Logistik - Księgowość', 'partnerlogistik.ksiegowosc@wp.pl'),
              subject='Zmiana numeru rachunku bankowego – Partner Logistik sp. z o.o.', date=t, zone='PL',
              msgid='%s@wp.pl' % c.hex(24), body=body)
    c.what = 'Announcement of a new bank account for the logistics partner, from a free WP.pl address, with overdue invoices to pay there.'
    c.why = ('Payment-diversion fraud: impersonates Partner Logistik from a free mailbox ("company server failure"), '
             'claims the account is on the VAT white list (it is not – a check would show the mBank account), new '
             'Santander account, both invoices kept below the 15 000 zł split-payment threshold, deadline.')
    return send(c, env, T.wp_pl, client_ip='89.64.31.205')


@message('attack', 23, 'pl', 'ksef-token-wygasa')
def a23(c):
    t = util.local_to_utc('PL', 2026, 11, 24, 7, 48, 33)
    link = c.url('https://ksef-mf.pl/logowanie/?nip=%s&t=%s' % (PL_NIP, c.hex(16)), 'fake KSeF / login.gov.pl page')
    c.url('https://ksef.podatki.gov.pl', 'genuine KSeF information site named as decoration')
    text = ('Krajowy System e-Faktur (KSeF)\n\n'
            'Szanowny Podatniku,\n\n'
            'informujemy, że tokeny autoryzacyjne wygenerowane w KSeF 2.0 przed 1 października 2026 r. tracą ważność '
            'z dniem 30.11.2026 r. Dla NIP %s w systemie zarejestrowano 2 aktywne tokeny przypisane do programu '
            'księgowego.\n\n'
            'Aby zachować możliwość wystawiania i odbierania faktur ustrukturyzowanych, należy ponownie uwierzytelnić '
            'podmiot za pomocą profilu zaufanego lub podpisu kwalifikowanego:\n\n%s\n\n'
            'Brak uwierzytelnienia spowoduje blokadę wysyłki faktur do KSeF oraz naliczenie kar zgodnie z art. 106ni '
            'ustawy o VAT.\n\n'
            'Więcej informacji: https://ksef.podatki.gov.pl\n\n'
            'Ministerstwo Finansów\nKrajowa Administracja Skarbowa\n\n'
            'Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.' % (ids.pl_nip_fmt(PL_NIP), link))
    html = ('<html><body style="font-family:Lato,Arial,sans-serif;font-size:14px;color:#1b1b1b">'
            '<div style="border-bottom:4px solid #d4213d;padding:10px 0;font-size:20px;font-weight:bold">Krajowy System e-Faktur '
            '<span style="color:#d4213d">KSeF</span></div>%s<p style="margin:24px 0"><a href="%s" style="background:#d4213d;'
            'color:#fff;padding:12px 22px;text-decoration:none;font-weight:bold">Uwierzytelnij podmiot</a></p>'
            '<p style="font-size:12px;color:#666">Ministerstwo Finansów · Krajowa Administracja Skarbowa<br>'
            '<a href="https://ksef.podatki.gov.pl">ksef.podatki.gov.pl</a></p></body></html>\n' % (
                ''.join('<p>%s</p>' % fmt.esc(x) for x in text.split('\n\n')[1:4]), link))
    body = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'quoted-printable', ct='text/plain; charset="{cs}"'),
                                          mime.text(html, 'html', 'utf-8', 'quoted-printable', ct='text/html; charset="{cs}"')],
                          c.boundary('mailgun'))
    env = Env(frm_name='Krajowy System e-Faktur', frm_email='powiadomienia@ksef-mf.pl', to=[('', p('pl_acc')['email'])],
              subject='KSeF: wygaśnięcie tokenów autoryzacyjnych – wymagane ponowne uwierzytelnienie do 30.11.2026',
              date=t, zone='UTC', msgid=mid_time(c, t, 'mg.ksef-mf.pl'), body=body,
              env_from='bounce+%s.%s-pawel.wisniewski=example.com@mg.ksef-mf.pl' % (c.hex(6), c.hex(6)),
              sender='powiadomienia=ksef-mf.pl@mg.ksef-mf.pl')
    c.what = 'Fake Ministry of Finance notice that KSeF authorisation tokens expire and the company must re-authenticate with Profil Zaufany.'
    c.why = ('E-invoicing-themed credential phishing: look-alike ksef-mf.pl via Mailgun, real company NIP to look '
             'official, penalty threat, link to a fake login page (real KSeF is at ksef.mf.gov.pl and does not e-mail '
             'login links).')
    return send(c, env, T.mailgun, mg_domain='mg.ksef-mf.pl')


@message('attack', 24, 'pl', 'potwierdzenie-przelewu-img')
def a24(c):
    t = util.local_to_utc('PL', 2026, 11, 27, 12, 4, 50)
    inner = [('Potwierdzenie_przelewu_PKO_27112026.pdf.exe', docs.inert('Windows executable – FormBook/XLoader-style infostealer'))]
    img = iso.build('PKO_POTWIERDZENIE', inner, (2026, 11, 27, 10, 58, 0), app='')
    text = ('Dzień dobry,\n\n'
            'w załączeniu przesyłamy potwierdzenie wykonania przelewu z dnia 27.11.2026 na kwotę 48 260,00 PLN '
            'tytułem zapłaty za fakturę proforma.\n\n'
            'Prosimy o sprawdzenie zaksięgowania środków i potwierdzenie realizacji zamówienia.\n\n'
            'Z poważaniem\nPKO Bank Polski S.A.\nBankowość elektroniczna iPKO biznes\n\n'
            'Wiadomość wygenerowana automatycznie. Prosimy nie odpowiadać.')
    body = mime.multipart('mixed', [mime.text(text, 'plain', 'UTF-8', 'base64', ct='text/plain; charset={cs}'),
                                    mime.attachment(img, 'application/octet-stream', 'Potwierdzenie_przelewu_PKO_27112026.img')],
                          c.boundary('phpmailer'))
    env = Env(frm_name='PKO Bank Polski', frm_email='biuro@drukarnia-lewandowski.pl', to=[('', p('pl_om')['email'])],
              subject='Potwierdzenie przelewu – PKO BP – 27.11.2026', date=t, zone='UTC',
              msgid=mid_php(c, 'drukarnia-lewandowski.pl'), body=body)
    c.what = '"Payment confirmation" from PKO Bank Polski with the confirmation packed in a .img disk image.'
    c.why = ('Malware loader: bank display name on a hijacked printing-shop mailbox (cPanel/PHPMailer at a Polish '
             'host), IMG image hiding Potwierdzenie_….pdf.exe, payment for an unknown proforma, no account details.')
    return send(c, env, T.exim_cpanel, server='s41.cyber-folks.pl', server_ip='195.78.66.151', php=True,
                xmailer='PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)',
                script_path='/home/drukarnia/domains/drukarnia-lewandowski.pl/public_html/tmp/m.php', zone='PL')


@message('attack', 25, 'pl', 'trans-eu-weryfikacja')
def a25(c):
    t = util.local_to_utc('PL', 2026, 11, 30, 14, 21, 7)
    track = c.url('https://u5120884.ct.sendgrid.net/ls/click?upn=u001.' + c.b64(80).replace('/', '-').replace('+', '_').rstrip('='),
                  'SendGrid redirect to fake Trans.eu login')
    c.url('https://platform.trans.eu', 'displayed text')
    text = ('Trans.eu\n\nDzień dobry,\n\n'
            'w ramach nowych zasad bezpieczeństwa platformy (weryfikacja KYC przewoźników i spedytorów) konto '
            'firmy Example Group Polska sp. z o.o. wymaga ponownej weryfikacji do 02.12.2026.\n\n'
            'Do czasu weryfikacji publikowanie ładunków oraz akceptacja ofert cenowych zostaną ograniczone. '
            'Zaloguj się na platformę i potwierdź dane firmy:\n\nhttps://platform.trans.eu\n\n'
            'Zespół Trans.eu\nTrans.eu Group S.A., Wrocław')
    html = ('<html><body style="font-family:Arial,sans-serif;background:#f3f5f8"><table width="560" align="center" '
            'style="background:#fff;margin:20px auto" cellpadding="24"><tr><td><div style="font-size:24px;font-weight:bold;'
            'color:#1e2e5c">Trans<span style="color:#ff6a13">.eu</span></div><p>Dzień dobry,</p><p>w ramach nowych zasad '
            'bezpieczeństwa platformy (weryfikacja KYC przewoźników i spedytorów) konto firmy <b>Example Group Polska sp. z o.o.</b> '
            'wymaga ponownej weryfikacji do <b>02.12.2026</b>.</p><p>Do czasu weryfikacji publikowanie ładunków oraz akceptacja '
            'ofert cenowych zostaną ograniczone.</p><p><a href="%s" style="background:#ff6a13;color:#fff;padding:12px 26px;'
            'text-decoration:none;border-radius:4px">Zweryfikuj konto</a></p><p style="font-size:12px;color:#777">Jeśli przycisk '
            'nie działa: <a href="%s">https://platform.trans.eu</a></p><p style="font-size:12px;color:#777">Zespół Trans.eu<br>'
            'Trans.eu Group S.A., Wrocław</p></td></tr></table></body></html>\n' % (track, track))
    body = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'quoted-printable', ct='text/plain; charset=utf-8'),
                                          mime.text(html, 'html', 'utf-8', 'quoted-printable', ct='text/html; charset=utf-8')],
                          c.boundary('sendgrid'))
    env = Env(frm_name='Trans.eu', frm_email='no-reply@transeu-platforma.com', to=[('', p('pl_om')['email'])],
              subject='Wymagana weryfikacja konta firmy – Trans.eu (termin 02.12.2026)', date=t, zone='UTC',
              msgid=T.sendgrid_msgid(c), body=body,
              env_from='bounces+5120884-%s-agnieszka.nowak=example.com@em4410.transeu-platforma.com' % c.hex(4))
    c.what = 'Fake Trans.eu freight-exchange notice requiring "KYC re-verification" of the company account.'
    c.why = ('Trade-portal credential phishing (stolen freight-exchange accounts are used for cargo theft): look-alike '
             'transeu-platforma.com via SendGrid, link text shows platform.trans.eu but goes through a SendGrid redirect '
             'to the phishing site, restriction threat and deadline.')
    return send(c, env, T.sendgrid, dkim_domain='transeu-platforma.com')


@message('attack', 26, 'pl', 'zapytanie-ofertowe-canva')
def a26(c):
    t = util.local_to_utc('PL', 2026, 12, 4, 10, 26, 45)
    canva = c.url('https://www.canva.com/design/DAG%s/%s/view' % (c.alnum(8), c.alnum(22)),
                  'Canva design with a "Pobierz dokumentację" button leading to a credential-phishing page')
    c.phone('+48 71 319 20 41')
    text = ('Dzień dobry,\n\n'
            'Przedsiębiorstwo Wodociągów i Kanalizacji w Brzegu Dolnym sp. z o.o. zaprasza do złożenia oferty w '
            'postępowaniu nr ZO/41/2026 na dostawę agregatów hydraulicznych i zaworów sterujących do napędów zasuw '
            'na stacji uzdatniania wody.\n\n'
            'Dokumentacja postępowania (SWZ, formularz ofertowy, specyfikacja techniczna) jest dostępna pod linkiem:\n'
            '%s\n\n'
            'Termin składania ofert: 11.12.2026 r., godz. 12:00.\n\n'
            'Z poważaniem\n\nMonika Sadowska\nDział Zamówień Publicznych\nPWiK Brzeg Dolny sp. z o.o.\n'
            'ul. Wojska Polskiego 50, 56-120 Brzeg Dolny\ntel. +48 71 319 20 41' % canva)
    body = mime.multipart('alternative', [mime.text(text, 'plain', 'UTF-8', 'quoted-printable', ct='text/plain; charset={cs}; format=flowed'),
                                          mime.text(fmt.simple_html(text).replace(fmt.esc(canva), '<a href="%s">%s</a>' % (canva, fmt.esc(canva))),
                                                    'html', 'UTF-8', 'quoted-printable', ct='text/html; charset={cs}')],
                          c.boundary('roundcube'))
    env = Env(frm_name='PWiK Brzeg Dolny - Zamówienia', frm_email='zamowienia@pwik-brzegdolny.pl',
              to=[('', p('pl_om')['email'])], subject='Zapytanie ofertowe ZO/41/2026 – agregaty hydrauliczne i zawory',
              date=t, zone='UTC', msgid=mid_hex(c, 'pwik-brzegdolny.pl'), body=body,
              extra=[('User-Agent', 'Roundcube Webmail/1.6.6')])
    c.what = 'Invitation to tender from a municipal waterworks with the tender documents "on Canva".'
    c.why = ('Fake tender from a compromised public-utility mailbox (OVH MX Plan, Roundcube from a foreign IP): public '
             'procurement in Poland runs on e-Zamówienia / purchasing platforms, not Canva; the Canva page only holds a '
             'button to a Microsoft-login phishing page.')
    return send(c, env, T.ovh, client_ip='185.220.101.47')


# =====================================================================================  BUSINESS
@message('business', 22, 'pl', 'partner-logistik-rachunek-pismo')
def b22(c):
    t = util.local_to_utc('PL', 2026, 11, 9, 13, 44, 2)
    old = c.iban(BANK['pl_old'], 'current account (mBank), valid until 30.11.2026')
    new = c.iban(BANK['pl_new'], 'new account (PKO BP) from 01.12.2026, already on the VAT white list')
    c.phone('+48 61 842 17 00', 'switchboard')
    c.phone('+48 601 442 318', 'mobile of Tadeusz Zieliński')
    c.url('https://www.podatki.gov.pl/wykaz-podatnikow-vat-wyszukiwarka', 'VAT white-list search')
    letter = docs.letter(
        dict(title='Zmiana rachunku bankowego', author='Księgowość', creator='Microsoft® Word 2019',
             producer='Microsoft® Word 2019', created="20261109120511+01'00'", lang='pl-PL'),
        ['Partner Logistik sp. z o.o.', 'ul. Obornicka 235', '60-650 Poznań', 'tel. +48 61 842 17 00',
         'NIP %s' % ids.pl_nip_fmt(PLOG_NIP)],
        EGP, 'Poznań, 09.11.2026', 'Zmiana rachunku bankowego od 01.12.2026 r.',
        ['Szanowni Państwo,',
         'informujemy, że od dnia 01.12.2026 r. płatności na rzecz Partner Logistik sp. z o.o. należy kierować na rachunek:',
         ('kv', [('Bank:', 'PKO Bank Polski S.A.'), ('Numer rachunku:', new)]),
         'Do dnia 30.11.2026 r. obowiązuje dotychczasowy rachunek w mBank S.A. (%s). Nowy rachunek został zgłoszony '
         'w CRP i figuruje w wykazie podatników VAT (biała lista) – prosimy o weryfikację przed zmianą danych.' % old,
         'Zmianę prosimy potwierdzić telefonicznie z Panem Tadeuszem Zielińskim lub w sekretariacie pod numerem '
         '+48 61 842 17 00. Nie wysyłamy informacji o zmianie rachunku z innych adresów e-mail niż w domenie '
         'partner-logistik.pl.'],
        'Z poważaniem', ['Marek Zieliński                    Ewa Kaczmarek', 'Prezes Zarządu                    Prokurent'],
        ['Partner Logistik sp. z o.o. · Sąd Rejonowy Poznań – Nowe Miasto i Wilda, VIII Wydział Gospodarczy KRS 0000417725',
         'Kapitał zakładowy 250 000 zł · NIP %s · REGON %s' % (ids.pl_nip_fmt(PLOG_NIP), ids.pl_regon('30211847'))],
        color='#004a87')
    text = ('Szanowni Państwo,\n\n'
            'w załączeniu przesyłamy pismo dotyczące zmiany naszego rachunku bankowego od 01.12.2026 r. Do końca '
            'listopada płatności prosimy kierować jeszcze na dotychczasowy rachunek w mBank.\n\n'
            'Nowy rachunek (PKO BP): %s\n\n'
            'Rachunek jest już widoczny w wykazie podatników VAT (https://www.podatki.gov.pl/wykaz-podatnikow-vat-wyszukiwarka). '
            'Prosimy o telefoniczne potwierdzenie zmiany z p. Tadeuszem Zielińskim (tel. +48 601 442 318) lub w '
            'sekretariacie (+48 61 842 17 00). Oryginał pisma wysłaliśmy również pocztą.\n\n' % new + PLOG_SIG)
    body = outlook_body(c, text, 'pl', 'windows-1250', bstyle='nextpart',
                        attachments=[att_pdf(letter, 'Partner_Logistik_zmiana_rachunku.pdf', outlook=True, t=t)])
    env = Env(frm_name='Partner Logistik - Księgowość', frm_email='ksiegowosc@partner-logistik.pl',
              frm_charset='windows-1250', frm_enc='Q', to=[('Paweł Wiśniewski', p('pl_acc')['email'])],
              cc=[('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl')],
              subject='Zmiana rachunku bankowego od 01.12.2026 – Partner Logistik sp. z o.o.', subj_charset='windows-1250',
              subj_enc='Q', date=t, zone='PL', msgid=mid_outlook(c, 'partner-logistik.pl'), body=body, lang='pl')
    c.what = 'Logistics partner announces its new bank account from 1 December with a letter signed by the board.'
    c.why = ('Sent from the partner\'s real domain and home.pl hosting with Outlook, CC to the known account manager, '
             'old account valid until month-end, new account on the VAT white list, asks for phone confirmation and '
             'states it never uses other addresses.')
    c.pair, c.topic = '22-pl-partner-logistik-zmiana-konta.eml', 'Bank-account change (Partner Logistik)'
    c.diff = ('Genuine: company domain, transition period, white-list check and phone confirmation invited. Attack: '
              'free WP.pl address, immediate switch, overdue invoices to pay now, replies only by e-mail.')
    return send(c, env, T.home_pl, client_ip='83.21.77.140')


def ksef_xml(seller_nip, buyer_nip, number, issue, lines, net, vat):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<Faktura xmlns="http://crd.gov.pl/wzor/2025/06/25/13775/">\n'
            '  <Naglowek><KodFormularza kodSystemowy="FA (3)" wersjaSchemy="1-0E">FA</KodFormularza><WariantFormularza>3'
            '</WariantFormularza><DataWytworzeniaFa>%sT09:12:44Z</DataWytworzeniaFa><SystemInfo>Comarch ERP Optima</SystemInfo></Naglowek>\n'
            '  <Podmiot1><DaneIdentyfikacyjne><NIP>%s</NIP><Nazwa>HYDROMASZ SERWIS SP. Z O.O.</Nazwa></DaneIdentyfikacyjne>'
            '<Adres><KodKraju>PL</KodKraju><AdresL1>ul. Roździeńskiego 188</AdresL1><AdresL2>40-203 Katowice</AdresL2></Adres></Podmiot1>\n'
            '  <Podmiot2><DaneIdentyfikacyjne><NIP>%s</NIP><Nazwa>EXAMPLE GROUP POLSKA SP. Z O.O.</Nazwa></DaneIdentyfikacyjne>'
            '<Adres><KodKraju>PL</KodKraju><AdresL1>ul. Fabryczna 21</AdresL1><AdresL2>53-609 Wrocław</AdresL2></Adres></Podmiot2>\n'
            '  <Fa><KodWaluty>PLN</KodWaluty><P_1>%s</P_1><P_2>%s</P_2><P_13_1>%s</P_13_1><P_14_1>%s</P_14_1><P_15>%s</P_15>\n%s'
            '  </Fa>\n</Faktura>\n' % (issue, seller_nip, buyer_nip, issue, number, net, vat,
                                       '%.2f' % (float(net) + float(vat)),
                                       ''.join('    <FaWiersz><NrWierszaFa>%d</NrWierszaFa><P_7>%s</P_7><P_8A>szt.</P_8A><P_8B>%s</P_8B>'
                                               '<P_9A>%s</P_9A><P_11>%s</P_11><P_12>23</P_12></FaWiersz>\n' % (i + 1, d, q, u, v)
                                               for i, (d, q, u, v) in enumerate(lines))))


@message('business', 23, 'pl', 'hydromasz-faktura-ksef')
def b23(c):
    t = util.local_to_utc('PL', 2026, 11, 18, 11, 3, 27)
    lines = [('Naprawa gwarancyjna pompy AKP-110 (RMA 26-0412)', '1', '1850.00', '1850.00'),
             ('Zestaw uszczelnień DK-AKP110', '1', '214.00', '214.00'),
             ('Próba na stanowisku, protokół', '1', '320.00', '320.00')]
    xml = ksef_xml(HYD_NIP, PL_NIP, 'FS/2026/11/0231', '2026-11-18', lines, '2384.00', '548.32')
    digest = base64.urlsafe_b64encode(hashlib.sha256(xml.encode('utf-8')).digest()).decode().rstrip('=')
    qurl = 'https://qr.ksef.mf.gov.pl/invoice/%s/18-11-2026/%s' % (HYD_NIP, digest)
    c.qr(qurl, 'KSeF verification code (KOD I): seller NIP, issue date, SHA-256 of the FA(3) XML')
    ksef_no = '%s-20261118-%s-%s' % (HYD_NIP, c.hex(12, True), c.hex(2, True))
    c.ident('Numer KSeF', ksef_no)
    iban = c.iban(BANK['hydromasz'], 'Hydromasz account (ING)')
    c.phone('+48 32 209 44 18')
    c.url('www.hydromasz.pl')
    pdfdata = docs.invoice(
        dict(title='Faktura FS/2026/11/0231', author='Hydromasz Serwis', creator='Comarch ERP Optima',
             producer='Comarch ERP Optima – wizualizacja KSeF', created="20261118101301+01'00'", lang='pl-PL'),
        ['Hydromasz Serwis sp. z o.o.', 'ul. Roździeńskiego 188', '40-203 Katowice', 'tel. +48 32 209 44 18',
         'NIP %s' % ids.pl_nip_fmt(HYD_NIP)],
        EGP, 'Faktura VAT',
        [('Numer', 'FS/2026/11/0231'), ('Data wystawienia', '18.11.2026'), ('Termin płatności', '02.12.2026'),
         ('Numer KSeF', ksef_no[:25]), ('', ksef_no[25:])],
        [(250, 'left'), (40, 'right'), (75, 'right'), (40, 'right'), (90, 'right')],
        [['Nazwa', 'Ilość', 'Cena netto', 'VAT', 'Wartość netto']] +
        [[d, q, docs.money(float(u), 'pl'), '23%', docs.money(float(v), 'pl')] for d, q, u, v in lines],
        [('Netto', '2 384,00 zł', False), ('VAT 23 %', '548,32 zł', False), ('Brutto', '2 932,32 zł', True)],
        ['Zapłata przelewem: ING Bank Śląski S.A.', 'Nr rachunku: %s' % iban],
        ['Wizualizacja faktury ustrukturyzowanej z KSeF. Faktura w KSeF jest dokumentem źródłowym.'],
        qr=(qurl, 90, 455, 215), qr_caption=[ksef_no[:21], ksef_no[21:]], color='#00529c')
    text = ('Dzień dobry,\n\n'
            'w załączeniu wizualizacja faktury FS/2026/11/0231 za naprawę gwarancyjną pompy AKP-110 (RMA 26-0412). '
            'Faktura została przesłana do KSeF (numer KSeF %s), dla wygody dołączamy również plik XML.\n\n'
            'Pozdrawiam\n\nKrzysztof Mazur\nHydromasz Serwis sp. z o.o.\nul. Roździeńskiego 188, 40-203 Katowice\n'
            'tel. +48 32 209 44 18\nwww.hydromasz.pl' % ksef_no)
    body = mime.multipart('mixed', [mime.text(text, 'plain', 'ISO-8859-2', 'quoted-printable', ct='text/plain; charset={cs}; format=flowed'),
                                    mime.attachment(pdfdata, 'application/pdf', 'FS_2026_11_0231.pdf'),
                                    mime.attachment(xml.encode('utf-8'), 'text/xml', 'FS_2026_11_0231_KSeF.xml', ct_params='charset=UTF-8')],
                          c.boundary('thunderbird'))
    env = Env(frm_name='Krzysztof Mazur', frm_email='k.mazur@hydromasz.pl', to=[('', p('pl_acc')['email'])],
              subject='Faktura FS/2026/11/0231 – naprawa gwarancyjna AKP-110 (KSeF)', date=t, zone='PL',
              msgid=mid_uuid(c, 'hydromasz.pl'), body=body)
    c.what = 'Service partner\'s invoice for a warranty repair: KSeF visualisation PDF with the official verification QR code, plus the FA(3) XML.'
    c.why = ('Known service partner on its own domain (nazwa.pl, Thunderbird), references an RMA, QR code follows the '
             'KSeF format and its hash matches the attached XML; payment to the partner\'s usual ING account.')
    c.pair, c.topic = '23-pl-ksef-token-wygasa.eml', 'KSeF e-invoicing'
    c.diff = ('Genuine: invoice with a KSeF number and verification QR pointing to qr.ksef.mf.gov.pl. Attack: "token '
              'expiry" threat from ksef-mf.pl via Mailgun with a login link.')
    return send(c, env, T.own_postfix, host='server917443.nazwa.pl', ip='203.0.113.97', client_ip='31.183.20.77',
                client_helo='[192.168.0.14]', submit_rdns='31-183-20-77.static.chello.pl', dkim=False, amavis=False,
                auth_sender='k.mazur@hydromasz.pl', zone='PL',
                ua='Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0')


@message('business', 24, 'pl', 'hydromasz-potwierdzenie-przelewu')
def b24(c):
    t = util.local_to_utc('PL', 2026, 11, 26, 15, 8, 16)
    payee = c.iban(BANK['eg_pl'], 'Example Group Polska account (Pekao) – beneficiary')
    payer = c.iban(BANK['hydromasz'], 'Hydromasz account (payer)')
    c.phone('+48 32 209 44 18')
    d = docs.pdf.Doc(title='Potwierdzenie wykonania przelewu', author='ING Bank Śląski', creator='ING Business',
                     producer='ING Business – PDF', created="20261126150212+01'00'", lang='pl-PL')
    d.text(50, 790, 'ING Business', 16, True, '#ff6200')
    d.text(50, 760, 'Potwierdzenie wykonania przelewu', 13, True)
    y = 730
    for k, v in [('Data wykonania', '26.11.2026'), ('Kwota', '36 915,60 PLN'),
                 ('Z rachunku', payer), ('Nadawca', 'HYDROMASZ SERWIS SP. Z O.O., ul. Roździeńskiego 188, 40-203 Katowice'),
                 ('Na rachunek', payee), ('Odbiorca', 'EXAMPLE GROUP POLSKA SP. Z O.O., ul. Fabryczna 21, 53-609 Wrocław'),
                 ('Tytuł', 'FV EGP/2026/0412, EGP/2026/0419'), ('Tryb', 'Elixir, mechanizm podzielonej płatności'),
                 ('Kwota VAT (MPP)', '6 903,01 PLN'), ('Status', 'Zrealizowany')]:
        d.text(50, y, k, 9.5, True)
        d.para(190, y, v, 355, 9.5)
        y -= 18 if len(v) < 60 else 30
    d.para(50, y - 20, 'Dokument wygenerowany elektronicznie, nie wymaga podpisu ani stempla.', 495, 8, color='#666666')
    pdfdata = d.build()
    text = ('Dzień dobry Panie Pawle,\n\n'
            'w załączeniu potwierdzenie przelewu za faktury EGP/2026/0412 i EGP/2026/0419 (36 915,60 zł, split payment). '
            'Przelew poszedł dziś Elixirem, więc powinien być u Państwa jutro rano.\n\n'
            'Pozdrawiam\nKrzysztof Mazur\nHydromasz Serwis sp. z o.o.\ntel. +48 32 209 44 18')
    body = mime.multipart('mixed', [mime.text(text, 'plain', 'ISO-8859-2', 'quoted-printable', ct='text/plain; charset={cs}; format=flowed'),
                                    mime.attachment(pdfdata, 'application/pdf', 'Potwierdzenie_ING_26112026.pdf')],
                          c.boundary('thunderbird'))
    env = Env(frm_name='Krzysztof Mazur', frm_email='k.mazur@hydromasz.pl', to=[('Paweł Wiśniewski', p('pl_acc')['email'])],
              name_charset='ISO-8859-2', name_enc='Q',
              subject='Potwierdzenie przelewu – FV EGP/2026/0412 i 0419', date=t, zone='PL', msgid=mid_uuid(c, 'hydromasz.pl'),
              body=body)
    c.what = 'Customer sends a bank-generated transfer confirmation PDF for two of our invoices.'
    c.why = ('Known customer contact from his own domain, references our actual invoice numbers, plain PDF from ING '
             'Business showing our real Pekao account as beneficiary; nothing to open or run.')
    c.pair, c.topic = '24-pl-potwierdzenie-przelewu-img.eml', 'Payment confirmation ("potwierdzenie przelewu")'
    c.diff = ('Genuine: PDF from a known customer about our invoices. Attack: bank display name on a hijacked mailbox, '
              'IMG disk image with an .exe, unknown proforma.')
    return send(c, env, T.own_postfix, host='server917443.nazwa.pl', ip='203.0.113.97', client_ip='31.183.20.77',
                client_helo='[192.168.0.14]', submit_rdns='31-183-20-77.static.chello.pl', dkim=False, amavis=False,
                auth_sender='k.mazur@hydromasz.pl', zone='PL',
                ua='Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0')


@message('business', 25, 'pl', 'trans-eu-oferta')
def b25(c):
    t = util.local_to_utc('PL', 2026, 11, 20, 8, 14, 55)
    fid = '%d' % c.randint(90000000, 99999999)
    link = c.url('https://platform.trans.eu/freights/%s/offers' % fid, 'link into the platform (no credentials in mail)')
    c.url('https://platform.trans.eu/settings/notifications')
    c.url('https://www.trans.eu/pl/polityka-prywatnosci')
    text = ('Trans.eu\n\nNowa oferta cenowa do Twojego ładunku\n\n'
            'Ładunek: %s\nTrasa: PL 53-609 Wrocław → DE 74078 Heilbronn\nZaładunek: 24.11.2026, 7:00–12:00\n'
            'Pojazd: plandeka 13,6 m, 8 palet EUR, 4,2 t\n\n'
            'Przewoźnik: TRANS-KOM Sp. z o.o. (ocena 4,9 / 5, 312 transakcji)\nCena: 640,00 EUR, termin płatności 45 dni\n\n'
            'Zobacz ofertę na platformie: %s\n\n'
            'Otrzymujesz tę wiadomość, ponieważ włączyłeś powiadomienia e-mail o ofertach. Zmień ustawienia: '
            'https://platform.trans.eu/settings/notifications\n'
            'Polityka prywatności: https://www.trans.eu/pl/polityka-prywatnosci\n'
            'Trans.eu Group S.A., ul. Racławicka 2-4, 53-146 Wrocław' % (fid, link))
    html = ('<html><body style="font-family:Arial,sans-serif;color:#1e2e5c">'
            '<div style="font-size:22px;font-weight:bold">Trans<span style="color:#ff6a13">.eu</span></div>'
            '<h3>Nowa oferta cenowa do Twojego ładunku</h3><table cellpadding="3" style="font-size:14px">'
            '<tr><td>Ładunek:</td><td><b>%s</b></td></tr><tr><td>Trasa:</td><td>PL 53-609 Wrocław → DE 74078 Heilbronn</td></tr>'
            '<tr><td>Załadunek:</td><td>24.11.2026, 7:00–12:00</td></tr><tr><td>Pojazd:</td><td>plandeka 13,6 m, 8 palet EUR, 4,2 t</td></tr>'
            '<tr><td>Przewoźnik:</td><td>TRANS-KOM Sp. z o.o. (ocena 4,9 / 5, 312 transakcji)</td></tr>'
            '<tr><td>Cena:</td><td><b>640,00 EUR</b>, termin płatności 45 dni</td></tr></table>'
            '<p><a href="%s" style="background:#ff6a13;color:#fff;padding:10px 20px;text-decoration:none">Zobacz ofertę</a></p>'
            '<p style="font-size:11px;color:#777">Otrzymujesz tę wiadomość, ponieważ włączyłeś powiadomienia e-mail o ofertach. '
            '<a href="https://platform.trans.eu/settings/notifications">Zmień ustawienia</a> · '
            '<a href="https://www.trans.eu/pl/polityka-prywatnosci">Polityka prywatności</a><br>'
            'Trans.eu Group S.A., ul. Racławicka 2-4, 53-146 Wrocław</p></body></html>\n' % (fid, link))
    body = mime.multipart('alternative', [mime.text(text, 'plain', 'UTF-8', 'quoted-printable'),
                                          mime.text(html, 'html', 'UTF-8', 'quoted-printable')], c.boundary('ses'))
    env = Env(frm_name='Trans.eu', frm_email='no-reply@trans.eu', to=[('', p('pl_om')['email'])],
              subject='Nowa oferta cenowa: Wrocław → Heilbronn (ładunek %s)' % fid, date=t, zone='UTC',
              msgid=T.ses_msgid(c, 'eu-central-1'), body=body,
              env_from='010701%s-%s-000000@mail.trans.eu' % (c.hex(10), c.guid()))
    c.what = 'Trans.eu notification of a carrier\'s price offer for a freight the Polish office posted.'
    c.why = ('Platform notification from trans.eu via Amazon SES eu-central-1 with custom MAIL FROM mail.trans.eu '
             '(DMARC pass), concerns a real load Wrocław → Heilbronn, links only into platform.trans.eu, no threats.')
    c.pair, c.topic = '25-pl-trans-eu-weryfikacja.eml', 'Trans.eu freight-exchange notifications'
    c.diff = ('Genuine: trans.eu domain, specific offer on an existing load. Attack: transeu-platforma.com via SendGrid, '
              'account-restriction threat and "KYC" login.')
    return send(c, env, T.ses, region='eu-central-1', dkim_domain='trans.eu')


@message('business', 26, 'pl', 'platforma-zakupowa-przetarg')
def b26(c):
    t = util.local_to_utc('PL', 2026, 11, 10, 6, 30, 4)
    tid = '%d' % c.randint(1100000, 1199999)
    link = c.url('https://platformazakupowa.pl/transakcja/%s' % tid, 'tender page on the procurement platform')
    c.url('https://platformazakupowa.pl/pn/wody_polskie_wroclaw')
    c.url('https://platformazakupowa.pl/ustawienia/powiadomienia')
    text = ('Dzień dobry,\n\n'
            'na Platformie Zakupowej opublikowano nowe postępowanie pasujące do Twoich kategorii '
            '(CPV 42122000-0 Pompy, 42131000-6 Zawory):\n\n'
            'Zamawiający: Państwowe Gospodarstwo Wodne Wody Polskie – Regionalny Zarząd Gospodarki Wodnej we Wrocławiu\n'
            'Postępowanie: Modernizacja napędów hydraulicznych jazu Ratowice na rzece Odrze – dostawa agregatów '
            'hydraulicznych, siłowników i zaworów sterujących\nTryb: podstawowy bez negocjacji (art. 275 pkt 1 Pzp)\n'
            'Termin składania ofert: 08.12.2026, 10:00\n\n'
            'Szczegóły i dokumenty zamówienia: %s\n'
            'Profil nabywcy: https://platformazakupowa.pl/pn/wody_polskie_wroclaw\n\n'
            'Oferty składa się wyłącznie za pośrednictwem platformy. Zmień ustawienia powiadomień: '
            'https://platformazakupowa.pl/ustawienia/powiadomienia\n\n'
            'Open Nexus sp. z o.o., ul. Bolesława Krzywoustego 3, 61-144 Poznań' % link)
    body = mime.text(text, 'plain', 'utf-8', 'quoted-printable')
    env = Env(frm_name='Platforma Zakupowa', frm_email='powiadomienia@platformazakupowa.pl', to=[('', p('pl_om')['email'])],
              subject='Nowe postępowanie: Modernizacja napędów hydraulicznych jazu Ratowice (RZGW Wrocław)', date=t, zone='PL',
              msgid=mid_hex(c, 'platformazakupowa.pl'), body=body)
    c.what = 'Public-procurement platform alert about a new tender for hydraulic drives of a river weir, matching the company\'s CPV categories.'
    c.why = ('Subscribed alert from the platform\'s own mail server (DKIM/DMARC pass), points to the tender page on '
             'platformazakupowa.pl, bids only via the platform; no attachments or third-party file hosts.')
    c.pair, c.topic = '26-pl-zapytanie-ofertowe-canva.eml', 'Public tender invitation (Poland)'
    c.diff = ('Genuine: tender published on the official procurement platform. Attack: "tender documents" on Canva '
              'sent from a hijacked waterworks mailbox.')
    return send(c, env, T.platform, host='mail.platformazakupowa.pl', ip='198.51.100.233', selector='pz2025',
                hops=[lambda t0: T.postfix_hop(c, 'app03.platformazakupowa.local', None, '10.12.0.23',
                                               'mail.platformazakupowa.pl', t0, 'PL', 'ESMTP', p('pl_om')['email'])],
                order=['Date', 'From', 'To', 'Message-ID', 'Subject', 'MIME-Version', '__MIME__'])
