"""Business (genuine) messages, Polish (22-26)."""
import base64
import hashlib

from msgs import msg
from msgs.common import *  # noqa
from lib import qr as Q, ids, archive
from lib.mime import addr, hdr_text, ew, Leaf, Multi
from lib.msg import in_zone, d_std, d_pad, d_postfix, d_paren, epoch, local
import company


def homepl(m, sender, rcpt, when, client_ip, client_host):
    host = 'serwer2387412.home.pl'
    ip = '46.242.247.%d' % 118
    t1 = m.later(when, 0, 2)
    m.connect(host, host, ip, sender, rcpt, m.later(t1, 1, 3))
    dk = ('DKIM-Signature', m.dkim(sender.split('@')[1], 'x', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', t=epoch(t1)))
    rc = P.postfix_rcv(m, '[192.168.1.%d]' % m.between(10, 60), client_host, client_ip, host, t1,
                       rcpt if isinstance(rcpt, str) else (rcpt[0] if len(rcpt) == 1 else None), proto='ESMTPSA', auth=sender, tls='1.3')
    return [dk, rc]


@msg('business', '22', 'pl', 'partner-logistik-faktura-ksef-qr')
def b22(m):
    when = local('PL', 2026, 12, 2, 8, 52, 16)
    nip_s = ids.pl_nip('534281907')
    inv = 'FV/2026/11/0921'
    fa_xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<Faktura xmlns="http://crd.gov.pl/wzor/2025/06/25/13775/">\n'
              ' <Naglowek><KodFormularza kodSystemowy="FA (3)" wersjaSchemy="1-0E">FA</KodFormularza><WariantFormularza>3</WariantFormularza>'
              '<DataWytworzeniaFa>2026-12-01T15:10:22Z</DataWytworzeniaFa><SystemInfo>Comarch ERP Optima</SystemInfo></Naglowek>\n'
              ' <Podmiot1><DaneIdentyfikacyjne><NIP>%s</NIP><Nazwa>Partner Logistik sp. z o.o.</Nazwa></DaneIdentyfikacyjne></Podmiot1>\n'
              ' <Podmiot2><DaneIdentyfikacyjne><NIP>5272984131</NIP><Nazwa>Example Live Polska sp. z o.o.</Nazwa></DaneIdentyfikacyjne></Podmiot2>\n'
              ' <Fa><KodWaluty>PLN</KodWaluty><P_1>2026-12-01</P_1><P_2>%s</P_2><P_13_1>31450.00</P_13_1><P_14_1>7233.50</P_14_1><P_15>38683.50</P_15>\n'
              '  <Platnosc><TerminPlatnosci><Termin>2026-12-31</Termin></TerminPlatnosci><FormaPlatnosci>6</FormaPlatnosci>'
              '<RachunekBankowy><NrRB>%s</NrRB><NazwaBanku>mBank S.A.</NazwaBanku></RachunekBankowy></Platnosc>\n </Fa>\n</Faktura>\n') % (
                  nip_s, inv, company.PARTNER_IBAN[2:])
    h64 = base64.urlsafe_b64encode(hashlib.sha256(fa_xml.encode('utf-8')).digest()).decode().rstrip('=')
    ksef_no = '%s-20261201-%s-%s' % (nip_s, m.hex(12, True), m.hex(2, True))
    qurl = 'https://qr.ksef.mf.gov.pl/invoice/%s/01-12-2026/%s' % (nip_s, h64)
    mat, _, _ = Q.encode(qurl)
    m.qr_expect.append(qurl)
    pdf = doc_pdf(m, 'Comarch ERP Optima 2026.1', local('PL', 2026, 12, 1, 15, 12, 0), 'Partner Logistik sp. z o.o.',
                  ['ul. Logistyczna 7 · 05-870 Błonie · NIP %s · KRS 0000583021' % nip_s], (0, 102, 51),
                  ['Nabywca:', 'Example Live Polska sp. z o.o.', 'ul. Grzybowska 62, 00-844 Warszawa', 'NIP 5272984131'],
                  [('Faktura VAT nr', inv), ('Data wystawienia', '01.12.2026'), ('Data sprzedaży', '30.11.2026'), ('Termin płatności', '31.12.2026'),
                   ('Numer KSeF', ksef_no[:26]), ('', ksef_no[26:])],
                  'Faktura VAT ' + inv,
                  ['Usługi logistyczne i magazynowe - listopad 2026.'],
                  table=(['Lp.', 'Nazwa towaru / usługi', 'Ilość', 'Cena netto', 'Wartość netto'], [25, 250, 45, 80, 83], ['l', 'l', 'r', 'r', 'r'],
                         [['1', 'Magazynowanie sprzętu scenicznego i merchandisingu (miejsca paletowe)', '220', '38,50', '8 470,00'],
                          ['2', 'Transport krajowy - trasa Warszawa-Kraków-Gdańsk (trasa koncertowa)', '6', '3 480,00', '20 880,00'],
                          ['3', 'Obsługa załadunku / rozładunku', '14', '150,00', '2 100,00']]),
                  totals=[('Razem netto', '31 450,00 PLN', False), ('VAT 23%', '7 233,50 PLN', False), ('Do zapłaty', '38 683,50 PLN', True)],
                  after=['Forma płatności: przelew, mechanizm podzielonej płatności. Rachunek: mBank S.A. %s' % ids.fmt_nrb(company.PARTNER_IBAN),
                         'Faktura wystawiona w Krajowym Systemie e-Faktur. Kod QR umożliwia weryfikację faktury w KSeF.'],
                  qr=(mat, qurl), qr_caption=['KSeF', ksef_no[:22], ksef_no[22:]],
                  footer=[['Partner Logistik sp. z o.o.', 'Sąd Rejonowy dla m.st. Warszawy, XIV Wydział KRS'], ['KRS 0000583021, kapitał zakładowy 500 000 zł', 'ksiegowosc@partner-logistik.pl']],
                  doc_title=inv)
    text = """Dzień dobry,

w załączeniu przesyłamy fakturę %s za usługi logistyczne i magazynowe w listopadzie 2026 (wizualizacja PDF oraz plik XML z KSeF, numer KSeF: %s).

Płatność jak dotychczas na rachunek w mBanku (z mechanizmem podzielonej płatności), termin 31.12.2026.

Pozdrawiamy
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Logistyczna 7, 05-870 Błonie
tel. +48 22 725 41 00""" % (inv, ksef_no)
    tp = B.text_part(text, 'plain', 'UTF-8', '8bit', quote=False, flowed=True)
    a1 = B.attachment(pdf, 'application/pdf', 'FV_2026_11_0921.pdf', 'tb')
    a2 = B.attachment(fa_xml.encode('utf-8'), 'text/xml', 'FV_2026_11_0921_KSeF.xml', 'tb', cte='base64', extra_ct='; charset=UTF-8')
    bnd = tb_boundary(m)
    body = Multi([('Content-Type', 'multipart/mixed; boundary="%s"' % bnd)], [tp, a1, a2], bnd, 'This is a multi-part message in MIME format.')
    snd = ('Partner Logistik - Księgowość', 'ksiegowosc@partner-logistik.pl')
    h = homepl(m, snd[1], 'agnieszka.wisniewska@example.com', when, '5.173.%d.%d' % (m.between(1, 250), m.between(1, 250)), None)
    m.dmarc = ('pass', 'none', 'partner-logistik.pl')
    h += [('Message-ID', '<%s@partner-logistik.pl>' % m.guid()), ('Date', d_std(when)), ('MIME-Version', '1.0'),
          ('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'pl'),
          ('To', addr('Agnieszka Wiśniewska', 'agnieszka.wisniewska@example.com', 'UTF-8', 'Q')),
          ('Cc', addr('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl', 'UTF-8', 'Q')),
          ('From', addr(snd[0], snd[1], 'UTF-8', 'Q')), ('Subject', hdr_text('Faktura FV/2026/11/0921 - Partner Logistik', 'UTF-8', 'Q')),
          ('@MIME', None)]
    m.headers = h
    m.body = body
    m.facts['phone'] = ['+48 22 725 41 00']
    m.meta.update(
        what='Genuine monthly invoice from the logistics partner (home.pl, Thunderbird): PDF visualisation with the KSeF verification QR code, plus the FA(3) XML; account unchanged (mBank, split payment).',
        why='Real partner-logistik.pl domain on its usual home.pl server (DKIM pass), invoice registered in KSeF (QR to qr.ksef.mf.gov.pl with the document hash), same mBank account as on the VAT white list, split payment.',
        hard_neg=dict(attacks=['22-pl', '23-pl'], topic='Polish supplier invoice / KSeF', diff='Usual domain and account, KSeF number and QR to the official verification site, no request to skip split payment.'))


@msg('business', '23', 'pl', 'mbank-companynet-nowa-wiadomosc')
def b23(m):
    when = local('PL', 2026, 11, 5, 12, 1, 44)
    text = """Szanowni Państwo,

w systemie mBank CompanyNet czeka na Państwa nowa wiadomość od banku:

Temat: Zmiana Taryfy opłat i prowizji dla klientów korporacyjnych od 1 stycznia 2027 r.

Aby zapoznać się z treścią wiadomości, zaloguj się do mBank CompanyNet w zwykły sposób - wpisując adres companynet.mbank.pl bezpośrednio w przeglądarce.

Pamiętaj: bank nigdy nie wysyła w wiadomościach e-mail linków do logowania ani nie prosi o podanie haseł, kodów SMS czy ponowną aktywację aplikacji mToken.

Z poważaniem
mBank S.A.

mBank S.A. z siedzibą w Warszawie, ul. Prosta 18, 00-850 Warszawa, zarejestrowany w Sądzie Rejonowym dla m.st. Warszawy, XIII Wydział Gospodarczy KRS, pod numerem KRS 0000025237."""
    tp = B.text_part(text, 'plain', 'iso-8859-2', 'quoted-printable')
    html = brand_html('Nowa wiadomość w mBank CompanyNet', text.split('\n\n')[:5], color='#d4001a', brand='mBank CompanyNet',
                      footer=['Z poważaniem\nmBank S.A.', text.split('\n\n')[-1]], lang='pl', charset='iso-8859-2')
    hp = B.html_part(html, 'iso-8859-2', 'quoted-printable')
    bnd = '----=_Part_%d_%d.%d' % (m.between(100000, 999999), m.between(10**8, 10**9), epoch(when) * 1000 + m.between(0, 999))
    body = Multi([('Content-Type', 'multipart/alternative; \n\tboundary="%s"' % bnd)], [tp, hp], bnd)
    host = 'mailout1.mbank.pl'
    ip = '198.51.100.71'
    t1 = m.later(when, 1, 2)
    m.connect(host, host, ip, 'powiadomienia@mbank.pl', 'katarzyna.nowak@example.com', m.later(t1, 1, 2))
    m.dmarc = ('pass', 'reject', 'mbank.pl')
    h = [('DKIM-Signature', m.dkim('mbank.pl', 'mb2026', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', t=epoch(t1))),
         P.postfix_rcv(m, 'cn-notify02.corp.mbank.pl', 'cn-notify02.corp.mbank.pl', '10.15.%d.%d' % (m.between(1, 250), m.between(1, 250)), host, t1,
                       'katarzyna.nowak@example.com', tls='1.2'),
         ('Date', d_std(when)), ('From', 'mBank CompanyNet <powiadomienia@mbank.pl>'), ('To', 'katarzyna.nowak@example.com'),
         ('Message-ID', '<%d.%d.%d.JavaMail.cnnotify@cn-notify02>' % (m.between(10**5, 10**6), m.between(10, 99), epoch(when) * 1000)),
         ('Subject', hdr_text('Nowa wiadomość w mBank CompanyNet', 'iso-8859-2', 'Q')), ('MIME-Version', '1.0'), ('@MIME', None)]
    m.headers = h
    m.body = body
    m.meta.update(
        what='Genuine mBank CompanyNet notice: a new message (2027 tariff change) waits in the corporate online banking.',
        why='From mbank.pl with DMARC p=reject passing via the bank\'s MTA; no link at all, tells the user to type the address, warns against exactly the mToken re-activation lure.',
        hard_neg=dict(attacks=['24-pl'], topic='mBank CompanyNet notice', diff='Real bank domain, no link, no deadline.'))


@msg('business', '24', 'pl', 'zapytanie-ofertowe-gala-platformazakupowa')
def b24(m):
    when = local('PL', 2026, 10, 20, 10, 48, 9)
    url = 'https://platformazakupowa.pl/transakcja/%d' % m.between(900000, 999999)
    spec = doc_pdf(m, 'Microsoft® Word dla Microsoft 365', local('PL', 2026, 10, 19, 15, 0, 0), 'BALTPAK S.A.',
                   ['ul. Portowa 12 · 81-337 Gdynia · NIP ' + ids.pl_nip('586214730')], (0, 80, 140),
                   ['Example Live Polska sp. z o.o.', 'ul. Grzybowska 62', '00-844 Warszawa'],
                   [('Postępowanie', 'ZO/2026/041'), ('Data', '19.10.2026'), ('Termin ofert', '09.11.2026')],
                   'Zapytanie ofertowe: Gala 25-lecia Baltpak S.A.',
                   ['Przedmiot zamówienia: organizacja gali jubileuszowej dla ok. 900 gości (pracownicy i kontrahenci), Gdańsk, 12 czerwca 2027 r., '
                    'w tym koncepcja programu, występ artysty, scena, nagłośnienie, oświetlenie, catering we współpracy z obiektem.',
                    'Oferty należy składać wyłącznie za pośrednictwem platformy zakupowej (postępowanie ZO/2026/041). Kryteria: cena 50%, koncepcja 40%, '
                    'doświadczenie 10%.'],
                   footer=[['Baltpak S.A.', 'Sąd Rejonowy Gdańsk-Północ, KRS 0000318207'], ['zakupy@baltpak.pl']], doc_title='ZO/2026/041')
    text = """Dzień dobry,

Baltpak S.A. zaprasza Państwa do złożenia oferty na organizację gali z okazji 25-lecia firmy (ok. 900 gości, Gdańsk, 12.06.2027).

Specyfikacja w załączniku. Pytania i oferty prosimy składać przez platformę zakupową:
%s

Termin składania ofert: 09.11.2026, godz. 12:00.

Z poważaniem
Monika Grabowska
Kierownik Zakupów
Baltpak S.A.
ul. Portowa 12, 81-337 Gdynia
tel. +48 58 621 44 90""" % url
    att = B.attachment(spec, 'application/pdf', 'ZO_2026_041_specyfikacja.pdf', 'gmail', gmail_id='f_m%s0' % m.alnum(8).lower())
    body = gmail_body(m, text, atts=[att])
    P.gmail(m, ('Monika Grabowska', 'm.grabowska@baltpak.pl'), [('Example Live Polska', 'biuro@example.com')],
            'Zapytanie ofertowe ZO/2026/041 - Gala 25-lecia Baltpak S.A.', when, body, workspace='baltpak.pl', dmarc=('pass', 'quarantine'))
    m.facts['phone'] = ['+48 58 621 44 90']
    m.meta.update(
        what='Genuine request for quotation from a Polish manufacturer for its 25th-anniversary gala, PDF specification, offers via the public procurement platform.',
        why='Established company domain on Google Workspace (DMARC pass), plain PDF, responses via platformazakupowa.pl (a known procurement platform), no disk images, executables or archive passwords.',
        hard_neg=dict(attacks=['25-pl', '08-de'], topic='request for quotation for an event', diff='Harmless PDF and portal process instead of an IMG/ZIP loader.'))


@msg('business', '25', 'pl', 'zaiks-licencja-koncert-rozliczenie')
def b25(m):
    when = local('PL', 2026, 11, 12, 13, 15, 22)
    acc = ids.pl_iban('1240106', '1111000001234579')
    text = """Szanowni Państwo,

w nawiązaniu do licencji na publiczne wykonanie utworów podczas koncertu "Mira Solvej - European Arena Tour 2027" (TAURON Arena Kraków, 20.03.2027) przesyłamy umowę licencyjną do podpisu oraz informację o zaliczce na poczet wynagrodzenia autorskiego.

Prosimy o odesłanie podpisanej umowy oraz wykazu utworów (setlisty) najpóźniej 14 dni przed koncertem. Rozliczenie końcowe nastąpi na podstawie przychodu z biletów zgodnie z tabelą wynagrodzeń ZAiKS.

Dane do przelewu zaliczki znajdują się w umowie; rachunek ZAiKS jest dostępny również na stronie zaiks.org.pl.

Z poważaniem
Ewa Kamińska
Wydział Koncertów i Imprez Estradowych
Stowarzyszenie Autorów ZAiKS
ul. Hipoteczna 2, 00-092 Warszawa
tel. +48 22 828 17 05"""
    umowa = doc_pdf(m, 'Microsoft® Word 2019', local('PL', 2026, 11, 12, 12, 30, 0), 'Stowarzyszenie Autorów ZAiKS',
                    ['ul. Hipoteczna 2 · 00-092 Warszawa · NIP 5260211560'], (120, 0, 40),
                    ['Example Live Polska sp. z o.o.', 'ul. Grzybowska 62', '00-844 Warszawa'],
                    [('Umowa nr', 'KON/2026/%d' % m.between(1000, 9999)), ('Data', '12.11.2026')],
                    'Umowa licencyjna - publiczne wykonanie utworów',
                    ['Przedmiot: koncert "Mira Solvej - European Arena Tour 2027", TAURON Arena Kraków, 20.03.2027.',
                     'Zaliczka na poczet wynagrodzenia autorskiego: 12 000,00 PLN, płatna do 20.02.2027 na rachunek ZAiKS: '
                     'Bank Pekao S.A. %s.' % ids.fmt_nrb(acc),
                     'Wynagrodzenie końcowe: zgodnie z tabelą wynagrodzeń ZAiKS, na podstawie przychodu brutto ze sprzedaży biletów.'],
                    sign=['Za ZAiKS', '', 'Za Licencjobiorcę'],
                    footer=[['Stowarzyszenie Autorów ZAiKS', 'KRS 0000064000'], ['koncerty@zaiks.org.pl', 'www.zaiks.org.pl']], doc_title='Umowa licencyjna')
    tp = B.text_part(text, 'plain', 'windows-1250', 'quoted-printable')
    hp = B.html_part(B.outlook_html(text, 'windows-1250', 'PL', 'Calibri'), 'windows-1250', 'quoted-printable')
    b0 = '_000_%s%s_' % ('ZAIKS-EX02', m.hex(24, True))
    alt = Multi([('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % b0)], [tp, hp], b0)
    att = B.attachment(umowa, 'application/pdf', 'Umowa_licencyjna_Mira_Solvej_Krakow.pdf', 'outlook', when=when)
    b1 = '_004_%s%s_' % ('ZAIKS-EX02', m.hex(24, True))
    body = Multi([('Content-Type', 'multipart/mixed;\n\tboundary="%s"' % b1)], [alt, att], b1)
    host = 'mail.zaiks.org.pl'
    ip = '192.0.2.%d' % m.between(20, 60)
    t1 = m.later(when, 1, 3)
    m.connect(host, host, ip, 'e.kaminska@zaiks.org.pl', 'katarzyna.nowak@example.com', m.later(t1, 1, 2))
    m.dmarc = ('pass', 'quarantine', 'zaiks.org.pl')
    snd = ('Kamińska Ewa', 'e.kaminska@zaiks.org.pl')
    h = [('DKIM-Signature', m.dkim('zaiks.org.pl', 'zaiks1', 'From:To:Subject:Date:Message-ID:Content-Type:MIME-Version', t=epoch(t1))),
         ('Received', 'from ZAIKS-EX02.zaiks.local (10.1.1.22) by ZAIKS-EX01.zaiks.local\n (10.1.1.21) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.10; %s' % d_std(when)),
         ('From', addr(snd[0], snd[1], 'windows-1250', 'Q')), ('To', '"biuro@example.com" <biuro@example.com>'),
         ('CC', addr('Katarzyna Nowak', 'katarzyna.nowak@example.com', 'windows-1250', 'Q')),
         ('Subject', hdr_text('Licencja ZAiKS - koncert Mira Solvej, TAURON Arena Kraków 20.03.2027', 'windows-1250', 'Q')),
         ('Thread-Topic', hdr_text('Licencja ZAiKS - koncert Mira Solvej, TAURON Arena Kraków 20.03.2027', 'windows-1250', 'Q')),
         ('Thread-Index', P.thread_index(m)), ('Date', d_std(when)), ('Message-ID', '<%s@ZAIKS-EX02.zaiks.local>' % m.hex(32)),
         ('Accept-Language', 'pl-PL, en-US'), ('Content-Language', 'pl-PL'), ('X-MS-Has-Attach', 'yes'), ('X-MS-TNEF-Correlator', ''),
         ('x-originating-ip', '[10.1.20.%d]' % m.between(10, 200)), ('@MIME', None), ('MIME-Version', '1.0')]
    m.rcpts = ['biuro@example.com', 'katarzyna.nowak@example.com']
    m.headers = h
    m.body = body
    m.facts['phone'] = ['+48 22 828 17 05']
    m.meta.update(
        what='Genuine licence agreement from the Polish authors\' collecting society ZAiKS for the Kraków concert, with advance payment terms and setlist request.',
        why='Sent from zaiks.org.pl\'s own Exchange (DKIM/DMARC pass), expected licensing step for every concert, PDF contract attached, refers to the public tariff and tells the recipient the account is also published on the website.',
        hard_neg=dict(attacks=['26-pl'], topic='copyright / authors\' rights', diff='The real rights society with a licence contract instead of a Gmail "lawyer" with a Dropbox ZIP.'))


@msg('business', '26', 'pl', 'wewnetrzny-zamkniecie-miesiaca-xlsx')
def b26(m):
    when = local('PL', 2026, 12, 3, 16, 27, 50)
    xlsx = archive.make_xlsx([('Koszty 11-2026', [['Kategoria', 'Kwota netto PLN', 'Uwagi'],
                                                  ['Partner Logistik - magazyn i transport', 31450.0, 'FV/2026/11/0921, KSeF'],
                                                  ['Ochrona - Agencja Tytan', 15400.5, 'korekta w grudniu'],
                                                  ['ZAiKS - zaliczka Kraków', 12000.0, 'płatne do 20.02.2027'],
                                                  ['Biuro - czynsz i media', 18230.0, None],
                                                  ['Razem', 77080.5, None]])],
                             'Zamknięcie listopad 2026', 'Agnieszka Wiśniewska', (2026, 12, 3, 16, 10, 0))
    text = """Cześć Kasiu,

w załączniku zestawienie kosztów za listopad do zamknięcia miesiąca. Brakuje mi jeszcze dwóch rachunków kosztowych z wyjazdu do Krakowa (taksówki z 18.11) - czy możesz je zeskanować i wrzucić do folderu Księgowość/2026-11?

Fakturę Partner Logistik sprawdziłam w KSeF i z białą listą - rachunek bez zmian, puszczam ją w piątkowym przelewie.

Sabine, w kopii do wiadomości.

Dzięki!
Agnieszka

--
Agnieszka Wiśniewska
Księgowość
Example Live Polska sp. z o.o.
ul. Grzybowska 62, 00-844 Warszawa
tel. +48 22 395 70 14"""
    att = B.attachment(xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Zamknięcie_11-2026_koszty.xlsx', 'outlook', when=when,
                       charset='windows-1250', enc='Q')
    body = outlook_mixed(m, text, 'windows-1250', 'PL', 'exch', 'EXCH02', atts=[att])
    P.exchange_internal(m, S('Agnieszka Wiśniewska'), [S('Katarzyna Nowak')], 'Zamknięcie miesiąca - listopad, brakujące rachunki', when, body,
                        cc=[S('Sabine Krüger')], lang='pl-PL', accept='pl-PL, en-US', has_attach=True, subj_charset='windows-1250', name_charset='windows-1250')
    m.facts['phone'] = ['+48 22 395 70 14']
    m.meta.update(
        what='Genuine internal month-end mail in Polish with an XLSX cost summary; the accountant confirms she checked the partner\'s invoice against KSeF and the VAT white list.',
        why='Internal Exchange route, known colleagues, ordinary spreadsheet, no links; shows the control process that defeats attack 22-pl.',
        hard_neg=dict(attacks=['22-pl'], topic='Partner Logistik payment', diff='Internal, account verified against the white list and unchanged.'))
