"""Attack messages, Polish (5)."""
from mailer import Mail
from mime import Text, Att, Multi
import infra as I
import tmpl as T
from company import S, MAIL, NAME, BANK, TAX
from common import alt, mixed, related, pdf_att, zip_att, b64s, PLACEHOLDER
import ids

MAILS = []
add = MAILS.append

# ---------------------------------------------------------------- 22 logistics partner bank change
fake = ids.fmt_iban(BANK['partner_fake'])
p22 = """Szanowna Pani,

uprzejmie informujemy, że w związku ze zmianą banku obsługującego Partner Logistik sp. z o.o. od dnia 16.11.2026 r. wszystkie płatności na naszą rzecz prosimy kierować wyłącznie na nowy rachunek:

Santander Bank Polska S.A.
%s

Dotychczasowy rachunek w PKO BP zostanie zamknięty z końcem miesiąca.

Nowy rachunek został zgłoszony do Wykazu podatników VAT (tzw. białej listy). Aktualizacja wykazu po stronie Ministerstwa Finansów może potrwać kilka dni roboczych, dlatego prosimy nie wstrzymywać płatności, jeżeli rachunek nie jest jeszcze widoczny w wykazie. Zapłata w mechanizmie podzielonej płatności (MPP) zabezpiecza Państwa przed sankcjami.

Prosimy o uregulowanie na nowy rachunek zaległych faktur FV/2026/10/0388 (21 402,60 zł) oraz FV/2026/11/0412 (18 911,40 zł) najpóźniej do piątku.

Pismo podpisane przez Zarząd przesyłamy w załączniku. Proszę o potwierdzenie zmiany w odpowiedzi na tę wiadomość.

Z poważaniem

Tadeusz Zieliński
Dyrektor Operacyjny
Partner Logistik sp. z o.o.
ul. Poznańska 71, 62-020 Swarzędz
tel. +48 61 817 42 90
""" % fake
add(Mail(
    'partner-logistik-zmiana-rachunku-lookalike', '2026-11-16 12:05:48', MAIL['pl_acc'],
    I.own_server('mail.partner-logistik.com.pl', 'vps-2c71a4f0.vps.ovh.net', '51.68.139.57',
                 client_ip='51.68.139.57', mua='outlook', lang='pl', date_zone='PL'),
    ('Tadeusz Zieliński', 't.zielinski@partner-logistik.com.pl'),
    'Zmiana rachunku bankowego - Partner Logistik sp. z o.o.',
    mixed(alt(p22, T.word_html(p22, 'iso-8859-2', 'PL'), 'iso-8859-2', 'quoted-printable', quoted=True),
          pdf_att('Zmiana_rachunku_Partner_Logistik.pdf', [
              ('h1', 'Partner Logistik sp. z o.o.'),
              ('small', 'ul. Poznańska 71, 62-020 Swarzędz · NIP %s · KRS 0000481177' % ids.fmt_nip(TAX['partner'])),
              ('p', 'Swarzędz, 13.11.2026 r.'),
              ('p', 'Example Group Polska sp. z o.o.\nul. Obornicka 229\n60-650 Poznań'),
              ('h2', 'Zawiadomienie o zmianie rachunku bankowego'),
              ('p', 'Niniejszym zawiadamiamy, że od dnia 16.11.2026 r. jedynym właściwym rachunkiem do regulowania należności na rzecz '
                    'Partner Logistik sp. z o.o. jest rachunek:'),
              ('b', 'Santander Bank Polska S.A.\n%s' % fake),
              ('p', 'Płatności dokonane na inny rachunek nie będą traktowane jako zapłata.'),
              ('p', 'Z poważaniem\n\nZarząd Partner Logistik sp. z o.o.'),
          ], title='Zmiana rachunku', author='t.zielinski', created="20261113150244+01'00'",
             creator='Microsoft® Word 2019', producer='Microsoft® Word 2019')),
    rcpt_name='Małgorzata Kowalczyk', hcs='iso-8859-2', sent_delta=8,
    what='Logistics partner announces a new bank account and asks to pay two overdue invoices there, even if the account is not yet on the VAT "white list".',
    why='Look-alike domain partner-logistik.com.pl (real: partner-logistik.pl) on an OVH VPS; pre-empts the white-list check (a red flag in Poland), urgency, confirmation by e-mail only.',
    tags=('BEC: supplier/carrier bank-detail change', 'look-alike domain', 'PDF lure')))

# ---------------------------------------------------------------- 23 KSeF
url23 = 'https://ap-ksef.mf-gov.com.pl/web/login?nip=%s' % TAX['eg_pl']
p23 = """Szanowni Państwo,

informujemy, że zgodnie z harmonogramem wdrożenia KSeF 2.0 tokeny uwierzytelniające wygenerowane w poprzedniej wersji systemu zostaną unieważnione. Dla podatnika EXAMPLE GROUP POLSKA SP. Z O.O. (NIP %s) w systemie pozostają aktywne 2 tokeny, w tym token wykorzystywany przez Państwa program finansowo-księgowy.

Aby zachować ciągłość wystawiania i odbierania faktur ustrukturyzowanych, należy do 30.11.2026 r. wygenerować certyfikat KSeF w Aplikacji Podatnika. Po tym terminie faktury otrzymywane od kontrahentów nie będą udostępniane w Państwa systemie ERP.

Przejdź do Aplikacji Podatnika KSeF: %s

Logowanie: Profil Zaufany, e-dowód, bankowość elektroniczna lub kwalifikowany podpis elektroniczny.

Z poważaniem
Zespół Krajowego Systemu e-Faktur
Ministerstwo Finansów

Wiadomość została wygenerowana automatycznie. Prosimy na nią nie odpowiadać.
""" % (ids.fmt_nip(TAX['eg_pl']), url23)
h23 = T.brand_html('KSeF', 'Unieważnienie tokenów KSeF – wymagane działanie', [
    'Szanowni Państwo,',
    'informujemy, że zgodnie z harmonogramem wdrożenia <b>KSeF 2.0</b> tokeny uwierzytelniające wygenerowane w poprzedniej wersji systemu zostaną unieważnione. Dla podatnika <b>EXAMPLE GROUP POLSKA SP. Z O.O.</b> (NIP %s) w systemie pozostają aktywne 2 tokeny, w tym token wykorzystywany przez Państwa program finansowo-księgowy.' % ids.fmt_nip(TAX['eg_pl']),
    'Aby zachować ciągłość wystawiania i odbierania faktur ustrukturyzowanych, należy do <b>30.11.2026 r.</b> wygenerować certyfikat KSeF w Aplikacji Podatnika. Po tym terminie faktury otrzymywane od kontrahentów nie będą udostępniane w Państwa systemie ERP.'],
    'Przejdź do Aplikacji Podatnika KSeF', url23, color='#c8102e', logo_text='Krajowy System e-Faktur',
    after_button=['Logowanie: Profil Zaufany, e-dowód, bankowość elektroniczna lub kwalifikowany podpis elektroniczny.'],
    footer='Zespół Krajowego Systemu e-Faktur · Ministerstwo Finansów<br>Wiadomość została wygenerowana automatycznie. Prosimy na nią nie odpowiadać.')
add(Mail(
    'ksef-uniewaznienie-tokenow', '2026-11-20 07:55:13', MAIL['pl_acc'],
    I.sendgrid(em='em5521'),
    ('Krajowy System e-Faktur', 'powiadomienia@ksef-mf-gov.pl'),
    'KSeF 2.0: unieważnienie tokenów uwierzytelniających – wymagane działanie do 30.11.2026',
    alt(p23, h23, 'utf-8', 'base64'),
    rcpt_name=None, henc='B', sent_delta=2,
    what='"Ministry of Finance / KSeF" says the e-invoicing tokens will be revoked and asks to log in to generate a KSeF certificate.',
    why='Topical lure (KSeF 2.0 certificates) from a look-alike domain via SendGrid; real KSeF runs on ksef.podatki.gov.pl and sends no such mail; the link harvests Profil Zaufany / online-banking credentials.',
    tags=('credential phishing: e-invoicing system / tax office', 'bulk ESP abuse (SendGrid)', 'look-alike domain')))

# ---------------------------------------------------------------- 24 e-TOLL
url24 = 'https://etoll-rozliczenia.pl/platnosc?nr=PO7X412&id=ET2611094417'
p24 = """Dzień dobry,

w dniu 09.11.2026 r. pojazd o numerze rejestracyjnym PO 7X412 (kategoria: pojazd o dopuszczalnej masie całkowitej powyżej 3,5 t) poruszał się po autostradzie A2 na odcinku Konin – Stryków bez aktywnego biletu e-TOLL ani urządzenia pokładowego.

Należna opłata elektroniczna: 84,60 zł.

Zgodnie z art. 13k ust. 1 ustawy o drogach publicznych za przejazd bez uiszczenia opłaty elektronicznej grozi kara pieniężna w wysokości 1500 zł. Aby uniknąć nałożenia kary, należy uregulować należność w ciągu 3 dni od otrzymania tej wiadomości:

Opłać teraz: %s

Wiadomość wygenerowana automatycznie przez System Poboru Opłaty Elektronicznej KAS. Prosimy na nią nie odpowiadać.
""" % url24
h24 = T.brand_html('e-TOLL', 'Wezwanie do uiszczenia opłaty elektronicznej', [
    'Dzień dobry,',
    'w dniu 09.11.2026 r. pojazd o numerze rejestracyjnym <b>PO 7X412</b> (kategoria: pojazd o dopuszczalnej masie całkowitej powyżej 3,5 t) poruszał się po autostradzie A2 na odcinku Konin – Stryków bez aktywnego biletu e-TOLL ani urządzenia pokładowego.',
    'Należna opłata elektroniczna: <b>84,60 zł</b>.',
    'Zgodnie z art. 13k ust. 1 ustawy o drogach publicznych za przejazd bez uiszczenia opłaty elektronicznej grozi kara pieniężna w wysokości 1500 zł. Aby uniknąć nałożenia kary, należy uregulować należność w ciągu 3 dni od otrzymania tej wiadomości.'],
    'Opłać teraz', url24, color='#00843d', charset='windows-1250', logo_text='e-TOLL · KAS',
    footer='Wiadomość wygenerowana automatycznie przez System Poboru Opłaty Elektronicznej KAS. Prosimy na nią nie odpowiadać.')
add(Mail(
    'etoll-oplata-kara', '2026-11-11 18:22:37', MAIL['pl_log'],
    I.brevo(),
    ('e-TOLL', 'powiadomienia@etoll-rozliczenia.pl'),
    'e-TOLL: wezwanie do uiszczenia opłaty elektronicznej – pojazd PO 7X412',
    alt(p24, h24, 'windows-1250', 'quoted-printable'),
    rcpt_name='Paweł Dąbrowski', hcs='windows-1250', sent_delta=2,
    what='"e-TOLL (KAS)" demands 84.60 zł for a toll-road trip without a ticket and threatens a 1,500 zł fine.',
    why='Look-alike domain etoll-rozliczenia.pl via Brevo (real service: etoll.gov.pl); card-data phishing with a small amount and a fine threat; trade-specific (truck toll).',
    tags=('credential/payment phishing: road toll', 'bulk ESP abuse (Brevo)', 'look-alike domain')))

# ---------------------------------------------------------------- 25 Teams / Quick Assist vishing pretext
p25 = """Dzień dobry,

od wczoraj obserwujemy zmasowany atak spamowy na skrzynki pocztowe w domenie example.com (tzw. e-mail bombing). Część użytkowników w Poznaniu otrzymuje po kilkaset wiadomości rejestracyjnych i newsletterów na godzinę.

Aby zablokować atak, musimy zainstalować na Pana komputerze zaktualizowany filtr antyspamowy. W ciągu najbliższej godziny skontaktuje się z Panem nasz technik przez Microsoft Teams (konto „Helpdesk IT – Example Group”). Prosimy przyjąć zaproszenie do czatu, uruchomić Szybką pomoc (Quick Assist, Ctrl + Windows + Q) i podać technikowi wyświetlony kod. Instalacja trwa ok. 10 minut i nie wymaga restartu.

Prosimy nie zgłaszać sprawy przez portal zgłoszeń – system helpdesk jest obecnie przeciążony i zgłoszenia są obsługiwane z opóźnieniem.

Z pozdrowieniami
Zespół IT Service Desk
Example Group – Hannover
"""
add(Mail(
    'teams-quick-assist-helpdesk', '2026-11-24 09:37:02', MAIL['pl_mgr'],
    I.m365(obe=4, server='DU0P192MB2254', region='eurp192', lang='pl-PL'),
    ('IT Helpdesk – Example Group', 'helpdesk@examplegroup-it.com'),
    'Atak spamowy na skrzynki example.com – kontakt zespołu IT przez Microsoft Teams',
    alt(p25, T.owa_html(p25), 'utf-8', 'quoted-printable'),
    rcpt_name='Łukasz Wójcik', hcs='utf-8', henc='B', sent_delta=4,
    what='"IT Service Desk" announces that a technician will contact the office manager on Teams about a spam flood and asks him to start Quick Assist.',
    why='Vishing/remote-access pretext (email-bombing + Teams + Quick Assist, Black Basta/Storm-1811 pattern) from an external look-alike domain examplegroup-it.com; asks to bypass the ticket system.',
    tags=('Teams/remote-access vishing pretext', 'look-alike domain', 'internal IT impersonation')))

# ---------------------------------------------------------------- 26 password-protected ZIP "RFQ"
p26 = """Dzień dobry,

prowadzimy firmę transportową (38 ciągników, naczepy Schmitz i Krone) i szukamy dostawcy opon bieżnikowanych na rok 2027. W załączniku przesyłamy specyfikację wraz z ilościami (ok. 160 szt. rocznie, rozmiary 315/80 R22,5 i 385/65 R22,5) oraz harmonogram dostaw.

Plik jest zabezpieczony hasłem ze względu na dane handlowe.
Hasło: 2027

Prosimy o ofertę cenową z terminem ważności do końca stycznia oraz informację o możliwości odkupu karkasów.

Pozdrawiam
Krzysztof Kowalczyk
Firma Transportowa KOWALCZYK
Września
"""
add(Mail(
    'zapytanie-ofertowe-zip-haslo', '2026-12-02 11:46:19', MAIL['pl_mgr'],
    I.custom(('smtpo52.poczta.interia.pl', 'smtpo52.poczta.interia.pl', '217.74.67.52'),
             hops=[('from [5.173.96.214] (unknown [5.173.96.214])\n\tby poczta.interia.pl (INTERIA.PL) with ESMTPSA id 4{rid}', 'PL', False, 1)],
             msgid=lambda ctx: '<%s@interia.pl>' % I.hx(ctx.rng, 24),
             style='generic', tls='1.3', date_zone='PL', boundary='generic',
             mailer=[('X-Mailer', 'interia.pl/pf09')],
             extra=[('X-Interia-Antivirus', 'OK')]),
    ('Firma Transportowa Kowalczyk', 'ft.kowalczyk@interia.pl'),
    'Zapytanie ofertowe - opony bieżnikowane 315/80 R22,5 i 385/65 R22,5',
    mixed(Text(p26, 'plain', 'iso-8859-2', 'quoted-printable'),
          zip_att('Zapytanie_ofertowe_specyfikacja.zip', [('Zapytanie_ofertowe_specyfikacja_2027.pdf.lnk', PLACEHOLDER)],
                  password='2027', seed='pl-rfq', when=(2026, 12, 2, 10, 58, 31))),
    rcpt_name='Łukasz Wójcik', hcs='iso-8859-2', zip_password='2027', sent_delta=3,
    what='Request for quotation for retreaded truck tyres from an unknown haulier on Interia, with the "specification" in a password-protected ZIP.',
    why='Malware delivery: ZipCrypto archive (password in the body, so scanners cannot look inside) containing a .pdf.lnk shortcut; new sender on free mail.',
    tags=('password-protected archive', 'malware delivery (LNK in ZIP)', 'free-mail sender')))
