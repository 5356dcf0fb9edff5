# -*- coding: utf-8 -*-
from data.common import *

IBAN_23 = iban_pl(pl_sort('2490104'), '4000' + '0001' + '7730' + '2419')


def nipfmt(n):
    return '%s-%s-%s-%s' % (n[:3], n[3:6], n[6:8], n[8:])


# ----------------------------------------------------------------- 22 -------
@message('attack', 22, 'pl', 'ksef-certificate-credential-phish',
         what='E-invoicing phish: "Krajowy System e-Faktur" says the company\'s KSeF certificate expires on 30.11.2026 and must be renewed by logging in with Profil Zaufany / online banking; sent through Amazon SES from a look-alike domain.',
         why='KSeF is run by the Ministry of Finance under *.mf.gov.pl / podatki.gov.pl and does not send such reminders with login links; ksef-podatki.pl is a look-alike, the link host is not a gov.pl domain, threat of penalties under the VAT act, bulk ESP.')
def a22():
    rn, ra = S('pl_acc')
    c = ctx('a22', '2026-11-18 08:12:06', 'CET', ra)
    inf = ses(c, 'eu-west-1')
    frm = 'powiadomienia@ksef-podatki.pl'
    url = 'https://mcu.ksef-podatki.pl/auth/login?nip=%s&ref=MCU-2026-118842' % NIP_EXAMPLE_PL
    text = """Krajowy System e-Faktur (KSeF)

Szanowni Państwo,

informujemy, że certyfikat KSeF przypisany do podmiotu:

Example Group Polska sp. z o.o.
NIP: %s

wygasa w dniu 30.11.2026 r. Po tym terminie wystawianie i odbieranie faktur ustrukturyzowanych w KSeF nie będzie możliwe, a faktury wystawione poza systemem mogą skutkować nałożeniem kary zgodnie z art. 106gb ustawy o VAT.

Aby odnowić certyfikat, zaloguj się do Modułu Certyfikatów i Uprawnień (MCU) za pomocą profilu zaufanego lub bankowości elektronicznej i potwierdź dane podmiotu:
%s

Wiadomość została wygenerowana automatycznie. Prosimy na nią nie odpowiadać.

Ministerstwo Finansów
Krajowa Administracja Skarbowa
""" % (nipfmt(NIP_EXAMPLE_PL), url)
    paras = ['Szanowni Państwo,',
             'informujemy, że certyfikat KSeF przypisany do podmiotu <b>Example Group Polska sp. z o.o.</b> (NIP %s) wygasa w dniu <b>30.11.2026 r.</b>' % nipfmt(NIP_EXAMPLE_PL),
             'Po tym terminie wystawianie i odbieranie faktur ustrukturyzowanych w KSeF nie będzie możliwe, a faktury wystawione poza systemem mogą skutkować nałożeniem kary zgodnie z art. 106gb ustawy o VAT.',
             'Aby odnowić certyfikat, zaloguj się do Modułu Certyfikatów i Uprawnień (MCU) za pomocą profilu zaufanego lub bankowości elektronicznej:']
    html = brand_html('Certyfikat KSeF wygasa', paras, 'Odnów certyfikat KSeF', url,
                      'Wiadomość została wygenerowana automatycznie. Prosimy na nią nie odpowiadać.<br>Ministerstwo Finansów · Krajowa Administracja Skarbowa',
                      color='#d4213d', logo_text='Krajowy System e-Faktur', lang='pl', charset='iso-8859-2', font='Lato, Arial, sans-serif')
    body = Multi('alternative', [Text(text, charset='iso-8859-2', cte='quoted-printable', quoted=False),
                                 Text(html, 'html', 'iso-8859-2', 'quoted-printable', quoted=False)], inf.boundary())
    hs = [('From', addr('Krajowy System e-Faktur', frm)),
          ('To', ra),
          ('Subject', htext('KSeF: certyfikat uwierzytelniający wygasa 30.11.2026 – wymagane odnowienie', 'UTF-8', 'B')),
          ('MIME-Version', '1.0'),
          ('Message-ID', inf.msgid),
          ('Date', rfc(c.t, 'UTC'))]
    return assemble(c, inf, hs, body, inf.msgid[1:-1], mime_pos=4)


# ----------------------------------------------------------------- 23 -------
@message('attack', 23, 'pl', 'logistics-partner-bank-change-lookalike',
         what='Bank-detail change from the look-alike domain partner-logistik.com.pl ("Tadeusz Zieliński, Partner Logistik"): all payments, including two invoices due 30.11, should go to a new Alior Bank account; a signed "board letter" PDF is attached.',
         why='Look-alike of partner-logistik.pl on a Contabo VPS; the new account is admittedly not yet on the VAT white list and the mail asks to pay without split payment (MPP) - both illegal/risky for the payer and a hallmark of fraud; prefers e-mail over phone. Genuine Partner Logistik invoice: business/22.',
         att_note='PDF letter with account ' + fmt_iban(IBAN_23))
def a23():
    rn, ra = S('pl_acc')
    c = ctx('a23', '2026-11-23 09:47:18', 'CET', ra)
    frm = 't.zielinski@partner-logistik.com.pl'
    inf = direct(c, 'mail.partner-logistik.com.pl', 'vmi2291847.contaboserver.net', '161.97.172.86', msgid_style='outlook16',
                 domain='partner-logistik.com.pl', local_helo='DESKTOP-9PLQ3MT', local_from='unknown [46.205.197.22]')
    text = """Dzień dobry Panie Pawle,

uprzejmie informuję, że w związku ze zmianą banku obsługującego naszą spółkę od 1 grudnia 2026 r. zmienia się nasz rachunek bankowy.

Prosimy o realizowanie wszystkich płatności, w tym faktur FV/2026/11/0412 i FV/2026/11/0438 z terminem płatności 30.11.2026, wyłącznie na nowy rachunek:

Partner Logistik sp. z o.o.
Alior Bank S.A.
%s

Nowy rachunek został już zgłoszony do urzędu skarbowego i pojawi się na białej liście podatników VAT w ciągu kilku dni roboczych. Do tego czasu prosimy o przelew zwykły, bez mechanizmu podzielonej płatności.

W załączeniu przesyłam oficjalne pismo podpisane przez Zarząd. Proszę o krótkie potwierdzenie zmiany w Państwa systemie zwrotnym mailem.

Jestem dziś i jutro w trasie, najszybciej złapie mnie Pan mailowo.

Pozdrawiam serdecznie
Tadeusz Zieliński
Kierownik ds. Obsługi Klienta
Partner Logistik sp. z o.o.
ul. Elewatorska 29, 15-620 Białystok
tel. +48 85 744 21 90
""" % fmt_nrb(IBAN_23)
    letter = pdf(c, [[(-14, 'Partner Logistik sp. z o.o.'), (9, 'ul. Elewatorska 29, 15-620 Bialystok, NIP ' + nipfmt(NIP_PARTNER)), (9, ''),
                      (10, 'Bialystok, 20.11.2026', 400), (10, ''),
                      (10, 'Example Group Polska sp. z o.o.'), (10, 'ul. Produkcyjna 41, 15-680 Bialystok'), (10, ''),
                      (-11, 'Zawiadomienie o zmianie rachunku bankowego'), (10, ''),
                      (10, 'Niniejszym informujemy, ze od dnia 01.12.2026 r. wlasciwym rachunkiem do regulowania'),
                      (10, 'naleznosci na rzecz Partner Logistik sp. z o.o. jest rachunek prowadzony przez Alior Bank S.A.:'), (10, ''),
                      (-10, fmt_nrb(IBAN_23)), (10, ''),
                      (10, 'Dotychczasowy rachunek w PKO BP S.A. zostanie zamkniety z dniem 30.11.2026 r.'), (10, ''),
                      (10, 'Zarzad Partner Logistik sp. z o.o.'), (10, 'Prezes Zarzadu - Jaroslaw Kowalczyk')]],
                 'Zmiana rachunku', 'Tadeusz Zielinski', 'Microsoft Word dla Microsoft 365', 'Microsoft Word dla Microsoft 365')
    b1 = outlook_boundary(c, 0)
    b2 = outlook_boundary(c, 1)
    body = Multi('mixed', [Multi('alternative', [Text(text, charset='windows-1250', cte='quoted-printable'),
                                                 Text(html_outlook(text, 'PL', 'Calibri', 'windows-1250'), 'html', 'windows-1250', 'quoted-printable')], b2),
                           Bin(letter, 'application/pdf', 'Partner_Logistik_zmiana_rachunku.pdf')], b1,
                 preamble='This is a multipart message in MIME format.')
    hs = [('From', addr('Tadeusz Zieliński', frm, 'iso-8859-2', 'Q')),
          ('To', addr('Paweł Łukasik', ra, 'iso-8859-2', 'Q')),
          ('Cc', addr('Małgorzata Wróbel', S('pl_mgr')[1], 'iso-8859-2', 'Q')),
          ('Subject', htext('Zmiana rachunku bankowego - Partner Logistik sp. z o.o.', 'iso-8859-2', 'Q')),
          ('Date', rfc(c.t, 'CET')),
          ('Message-ID', inf.msgid),
          ('MIME-Version', '1.0'),
          ('X-Mailer', 'Microsoft Outlook 16.0'),
          ('Thread-Index', thread_index(c)),
          ('Content-Language', 'pl')]
    return assemble(c, inf, hs, body, frm, mime_pos=7)


# ----------------------------------------------------------------- 24 -------
@message('attack', 24, 'pl', 'parcel-surcharge-card-phish',
         what='Courier phish: "InPost" asks for a 6.99 PLN surcharge for an oversized parcel, otherwise it goes back to the sender; link to a BLIK/card payment page. Sent by PHPMailer from a hacked Polish WordPress site.',
         why='InPost does not collect surcharges through e-mail links; sender is an unrelated compromised website, link host inpost-doplata.pl-paczka.com is an attacker domain; small amount to harvest card/BLIK data; deadline.')
def a24():
    rn, ra = S('pl_mgr')
    c = ctx('a24', '2026-11-25 18:03:44', 'CET', ra)
    frm = 'powiadomienia@sklep-ogrodowy-lublin.pl'
    inf = exim_cpanel(c, 's41.hostingpolska.pl', '193.218.152.41', 'sklepogr@s41.hostingpolska.pl',
                      script_path='/home/sklepogr/domains/sklep-ogrodowy-lublin.pl/public_html/wp-content/uploads/2026/11/inpost.php',
                      domain='sklep-ogrodowy-lublin.pl')
    url = 'https://inpost-doplata.pl-paczka.com/p/620411873391004544712?k=%s' % tok('a24', 10)
    text = """InPost

Dzień dobry,

Twoja przesyłka nr 620411873391004544712 nie mogła zostać umieszczona w Paczkomacie® z powodu niedopłaty za gabaryt C.

Aby paczka została doręczona, uiść dopłatę w wysokości 6,99 zł do dnia 28.11.2026 r. Po tym terminie przesyłka zostanie zwrócona do nadawcy.

Opłać i odbierz: %s

Płatność BLIK lub kartą płatniczą.

Pozdrawiamy
Zespół InPost
""" % url
    paras = ['Dzień dobry,', 'Twoja przesyłka nr <b>620411873391004544712</b> nie mogła zostać umieszczona w Paczkomacie&reg; z powodu niedopłaty za gabaryt C.',
             'Aby paczka została doręczona, uiść dopłatę w wysokości <b>6,99 zł</b> do dnia 28.11.2026 r. Po tym terminie przesyłka zostanie zwrócona do nadawcy.']
    html = brand_html('Twoja paczka czeka na dopłatę', paras, 'Opłać i odbierz', url,
                      'InPost S.A., ul. Pana Tadeusza 4, 30-727 Kraków', color='#ffcd00', logo_text='InPost', lang='pl')
    body = Multi('alternative', [Text(text, charset='utf-8', cte='base64', quoted=False),
                                 Text(html.replace('color:#ffffff', 'color:#1d1d1b'), 'html', 'utf-8', 'base64', quoted=False)], php_boundary(c))
    hs = [('Date', rfc(c.t, 'CET')),
          ('To', ra),
          ('From', addr('InPost', frm)),
          ('Reply-To', 'no-reply@inpost-doplata.pl-paczka.com'),
          ('Subject', htext('Twoja paczka czeka na dopłatę – 6,99 zł', 'UTF-8', 'B')),
          ('Message-ID', inf.msgid),
          ('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'),
          ('MIME-Version', '1.0')]
    return assemble(c, inf, hs, body, 'sklepogr@s41.hostingpolska.pl', extra_pos=0, mime_pos=8)


# ----------------------------------------------------------------- 25 -------
@message('attack', 25, 'pl', 'email-bombing-teams-helpdesk-pretext',
         what='Remote-access vishing pretext: after an e-mail bombing wave, "Dział IT - Service Desk" writes from an external *.onmicrosoft.com tenant that a technician will call via Microsoft Teams and the user should start Quick Assist.',
         why='Internal IT does not write from examplegroupit.onmicrosoft.com (an attacker-created Microsoft 365 trial tenant); the pattern mail bombing -> fake helpdesk on Teams -> Quick Assist is the Black Basta / Storm-1811 playbook for ransomware access; asks not to report the spam. Genuine IT warning about exactly this: business/25.')
def a25():
    rn, ra = S('pl_mgr')
    c = ctx('a25', '2026-11-10 10:26:41', 'CET', ra)
    frm = 'servicedesk@examplegroupit.onmicrosoft.com'
    inf = m365(c, 'NAM')
    text = """Dzień dobry Pani Małgorzato,

od dzisiejszego ranka nasz system odnotował ponad 2 300 niechcianych wiadomości (newslettery, potwierdzenia rejestracji, powiadomienia) kierowanych na Pani skrzynkę. To atak typu „mail bombing”, który może doprowadzić do zablokowania Pani konta.

Aby zatrzymać atak, musimy ręcznie wdrożyć dodatkową regułę filtrowania na Pani komputerze. W ciągu najbliższych 15 minut skontaktuje się z Panią nasz technik przez Microsoft Teams (konto „IT Helpdesk – Example Group”). Prosimy odebrać połączenie i uruchomić Pomoc zdalną (Quick Assist) zgodnie z jego instrukcjami. Cała operacja potrwa około 10 minut.

Prosimy nie usuwać ręcznie wiadomości i nie zgłaszać ich jako spam – utrudni to analizę incydentu.

Numer zgłoszenia: INC0048817

Pozdrawiamy
Dział IT – Service Desk
Example Group
"""
    body = alt(c, Text(text, charset='utf-8', cte='quoted-printable'), Text(html_owa(text, 'utf-8'), 'html', 'utf-8', 'quoted-printable'),
               boundary=inf.boundary())
    hs = [('From', addr('Dział IT | Service Desk', frm, 'utf-8', 'B')),
          ('To', addr('Małgorzata Wróbel', ra, 'utf-8', 'B')),
          ('Subject', htext('Zgłoszenie INC0048817 – masowy spam na Pani skrzynce', 'utf-8', 'B')),
          ('Thread-Topic', htext('Zgłoszenie INC0048817 – masowy spam na Pani skrzynce', 'utf-8', 'B')),
          ('Thread-Index', thread_index(c)),
          ('Date', rfc(c.t, 'UTC')),
          ('Message-ID', inf.msgid),
          ('Accept-Language', 'pl-PL, en-US'),
          ('Content-Language', 'pl-PL')]
    return assemble(c, inf, hs, body, frm)


# ----------------------------------------------------------------- 26 -------
@message('attack', 26, 'pl', 'bank-quishing-png-attachment',
         what='Quishing against business banking: "PKO Bank Polski" says the IKO app linked to the company\'s iPKO biznes profile must be re-authorised; the only link is a QR code in an attached PNG; plain-text body from a VPS.',
         why='Bank impersonation from pkobp-powiadomienia.pl (not pkobp.pl) on a rented VPS; the URL hides in an attached QR image (real, decodable) so link scanners miss it; it leads to a look-alike login host; blocking threat and 24-hour validity.',
         att_note='PNG QR code decodes to https://ipko-biznes.pkobp-autoryzacja.com/...')
def a26():
    rn, ra = S('pl_acc')
    c = ctx('a26', '2026-11-16 07:36:10', 'CET', ra)
    frm = 'bezpieczenstwo@pkobp-powiadomienia.pl'
    inf = direct(c, 'mail.pkobp-powiadomienia.pl', 'vm3381.hosted-by-vdsina.com', '45.87.153.81', msgid_style='python',
                 domain='pkobp-powiadomienia.pl')
    url = 'https://ipko-biznes.pkobp-autoryzacja.com/iko/sca?c=%s&n=%s' % (tok('a26', 16), NIP_EXAMPLE_PL)
    png = qr_png(url, scale=7)
    text = """Szanowny Kliencie,

w związku z wdrożeniem nowych wymogów bezpieczeństwa aplikacja mobilna IKO powiązana z profilem iPKO biznes firmy Example Group Polska sp. z o.o. wymaga ponownej autoryzacji do dnia 20.11.2026 r.

Aby zachować możliwość autoryzacji przelewów, zeskanuj kod QR z załącznika aparatem telefonu i postępuj zgodnie z instrukcjami. Kod jest ważny 24 godziny.

Brak autoryzacji spowoduje czasowe zablokowanie dostępu do bankowości elektronicznej oraz wstrzymanie realizacji zleceń.

Z poważaniem
Zespół Bezpieczeństwa
PKO Bank Polski
"""
    body = Multi('mixed', [Text(text, charset='iso-8859-2', cte='base64'),
                           Bin(png, 'image/png', 'kod_autoryzacji_IKO.png', sep='; ')], py_boundary(c))
    hs = [('Subject', htext('iPKO biznes: wymagana ponowna autoryzacja aplikacji IKO', 'iso-8859-2', 'Q')),
          ('From', addr('PKO Bank Polski', frm)),
          ('To', ra),
          ('Date', rfc(c.t, 'CET')),
          ('Message-ID', inf.msgid)]
    return assemble(c, inf, hs, body, frm, mime_pos=0)
