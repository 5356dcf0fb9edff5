"""Polish messages (Kraków office, Polish partners): 5 attacks, 5 genuine."""
from kit import *   # noqa: F401,F403

PL_LOG = ids.iban_pl('1020290', '0000620204718335')      # Partner Logistik, PKO BP (genuine)
PL_MULE = ids.iban_pl('1240614', '1111001098274413')     # attacker mule
WISLA = ids.iban_pl('1050144', '5100009109823370')       # Drukarnia Wisła
PL_LOG_NIP = ids.pl_nip('676245831')
WISLA_NIP = ids.pl_nip('679301442')
EG_PL_NIP = ids.pl_nip('677238413')


def HOMEPL_LOG(**kw):
    return I.HomePL(**kw)


PL_LOG_SIG = D('''
    Partner Logistik sp. z o.o.
    ul. Półłanki 64, 30-740 Kraków
    NIP %s | KRS 0000418823
    tel. +48 12 653 41 00 | www.partner-logistik.pl
    ''' % ids.fmt_nip(PL_LOG_NIP))


def define():
    # =====================================================================
    # ATTACKS
    # =====================================================================
    # 22 Thread hijack from genuinely compromised Partner Logistik mailbox (Roundcube)
    inf = HOMEPL_LOG(webmail=True, client_ip='45.86.201.17')
    body = D('''
        Dzień dobry Panie Pawle,

        dziękuję za potwierdzenie. W związku z trwającą zmianą banku obsługującego naszą spółkę (przenosimy rachunki z PKO BP do Banku Pekao) oraz audytem wewnętrznym, uprzejmie prosimy o uregulowanie faktur FV/2026/10/0412 i FV/2026/10/0438 na nasz nowy rachunek:

        Partner Logistik sp. z o.o.
        Bank Pekao S.A.
        %s

        Nowy rachunek zostanie zgłoszony do wykazu podatników VAT (białej listy) w ciągu kilku dni roboczych – proszę się nie sugerować tym, że jeszcze go tam nie widać. Przelew w mechanizmie podzielonej płatności nie jest konieczny.

        Ze względu na przeprowadzkę biura nasze telefony stacjonarne nie działają do końca tygodnia, dlatego proszę o kontakt mailowy. Będę wdzięczny za przesłanie potwierdzenia przelewu.

        Pozdrawiam serdecznie
        Tadeusz Zieliński
        Kierownik ds. obsługi klienta

        W dniu 16.11.2026 o 10:02, Paweł Kołodziej pisze:
        > Dzień dobry,
        >
        > potwierdzam otrzymanie faktur za październik. Płatność planujemy w najbliższym przebiegu, tj. 20.11.
        >
        > Pozdrawiam
        > Paweł Kołodziej
        > Księgowość | Example Group Polska sp. z o.o.
        >
        > W dniu 12.11.2026 o 14:37, Tadeusz Zieliński pisze:
        >> Dzień dobry,
        >>
        >> w załączeniu przesyłam faktury za transporty w październiku (FV/2026/10/0412 – 18 940,50 zł brutto, FV/2026/10/0438 – 7 312,20 zł brutto).
        >>
        >> Pozdrawiam
        >> Tadeusz Zieliński
        ''' % ids.nrb(PL_MULE))
    add('attack', 'pl', 'partner-logistik-przejeta-skrzynka', inf, T('2026-11-18 22:41:09', 'PL'),
        ('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'), [S('pawel.kolodziej')],
        'Re: Faktury za transport – październik 2026',
        text(body, 'UTF-8', '8bit', flowed=True),
        reply_to=('Tadeusz Zieliński', 't.zielinski@partner-logistlk.pl'),
        irt='<3b8e17c2d94f4a0e9f1c7d2a6e5b8041@example.com>',
        refs='<00b101db54e2$7c1a9f30$7450dd90$@partner-logistik.pl> <3b8e17c2d94f4a0e9f1c7d2a6e5b8041@example.com>',
        what='Reply in an invoice thread from the logistics partner\'s contact asking to pay two October invoices to a "new" Pekao account',
        why='Thread hijack from the partner\'s genuinely compromised mailbox: sent at night via the hoster\'s Roundcube webmail from a foreign VPS IP (the contact normally uses Outlook), Reply-To points to the look-alike partner-logistlk.pl, account not on the VAT white list and split payment discouraged, "phones down - mail only"',
        check={'technique': 'Thread hijack from compromised partner mailbox (webmail), look-alike Reply-To, bank-detail change', 'ibans': [PL_MULE]})

    # 23 KSeF phishing via Amazon SES
    inf = I.SES(n=112)
    link = 'https://ap-ksef.mf-podatki.pl/web/token/odnow?nip=' + EG_PL_NIP
    plain = D('''
        Krajowy System e-Faktur (KSeF)
        Ministerstwo Finansów

        Szanowni Państwo,

        token uwierzytelniający przypisany do podmiotu o NIP %s wygasa w dniu 30.11.2026. W repozytorium KSeF oczekują 3 faktury zakupowe, których odbiór nie będzie możliwy po wygaśnięciu tokenu.

        Aby zachować ciągłość odbioru faktur ustrukturyzowanych, prosimy o odnowienie tokenu w Aplikacji Podatnika KSeF:

        %s

        Logowanie odbywa się przy użyciu profilu zaufanego lub podpisu kwalifikowanego. Brak odnowienia może skutkować opóźnieniem w ujęciu faktur w ewidencji VAT.

        Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.
        ''' % (ids.fmt_nip(EG_PL_NIP), link))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head>'
            '<body style="font-family:Lato,Arial,sans-serif;color:#1b1b1b"><div style="max-width:600px;margin:auto;border:1px solid #ddd">'
            '<div style="background:#d5233f;color:#fff;padding:14px 20px;font-size:18px">Krajowy System e-Faktur</div><div style="padding:20px;font-size:14px">'
            + ''.join('<p>%s</p>' % esc(p, 'iso-8859-2').replace('\n', '<br>') for p in plain.split('\n\n')[1:4]) +
            '<p style="text-align:center"><a href="%s" style="background:#0052a5;color:#fff;padding:10px 24px;text-decoration:none">Odnów token</a></p>'
            '<p>%s</p><p style="font-size:11px;color:#777">Wiadomo&#347;&#263; wygenerowana automatycznie &ndash; prosimy na ni&#261; nie odpowiada&#263;.</p></div></div></body></html>\n'
            % (link, esc(plain.split('\n\n')[5], 'iso-8859-2')))
    add('attack', 'pl', 'ksef-token-wygasa', inf, T('2026-11-24 07:55:31', 'PL'),
        ('Krajowy System e-Faktur', 'powiadomienia@ksef-mf.pl'), [S('pawel.kolodziej')],
        'KSeF: token wygasa 30.11.2026 – 3 faktury oczekują na odbiór',
        alt(text(plain, 'iso-8859-2', 'quoted-printable'), text(html, 'iso-8859-2', 'quoted-printable', 'html')),
        hcs='iso-8859-2',
        what='"KSeF / Ministry of Finance" says the e-invoicing token expires and three purchase invoices are waiting; renew via link',
        why='National e-invoicing system KSeF (mandatory in 2026) impersonated from look-alike ksef-mf.pl through Amazon SES; real KSeF lives on *.mf.gov.pl and does not mail token-expiry links; link to ap-ksef.mf-podatki.pl to steal Profil Zaufany / certificate login',
        check={'technique': 'National e-invoicing (KSeF) credential phishing via Amazon SES, look-alike domain'})

    # 24 Teams vishing pretext from an external onmicrosoft.com tenant
    inf = I.M365(domain='examplegroupsupport.onmicrosoft.com', srv='VI1P193MB0744', srv2='PAXP193MB2041', region='eurp193',
                 ob=('EUR03-VI1-obe.outbound.protection.outlook.com',
                     'mail-vi1eur03on2119.outbound.protection.outlook.com', '40.107.103.119'),
                 content_language='pl-PL', client_ip='185.247.184.56')
    body = D('''
        Dzień dobry Pani Agnieszko,

        nasz system bezpieczeństwa wykrył, że Pani skrzynka pocztowa jest od rana celem ataku typu „spam bombing” (kilkaset wiadomości z rejestracji w newsletterach i serwisach). Filtry serwerowe zostały już włączone, ale aby całkowicie zatrzymać napływ wiadomości, konieczne jest zastosowanie reguły bezpośrednio na Pani komputerze.

        W ciągu 10–15 minut skontaktuje się z Panią nasz technik przez Microsoft Teams (konto „Help Desk Example Group”). Prosimy o przyjęcie połączenia i przygotowanie aplikacji Szybka pomoc (Quick Assist) – skrót Windows + Ctrl + Q. Technik poprosi o podanie 6-znakowego kodu wyświetlonego w aplikacji.

        Do czasu zakończenia interwencji prosimy nie zgłaszać problemu pod numer helpdesku, aby nie dublować zgłoszeń.

        Numer zgłoszenia: INC0048817

        Pozdrawiamy
        Zespół IT – Service Desk
        Example Group
        ''')
    add('attack', 'pl', 'teams-helpdesk-szybka-pomoc', inf, T('2026-12-08 09:46:20', 'PL'),
        ('Help Desk Example Group', 'helpdesk@examplegroupsupport.onmicrosoft.com'), [S('agnieszka.wojcik')],
        'INC0048817: atak spamowy na Pani skrzynkę – kontakt technika przez Teams',
        alt(text(body, 'utf-8', 'quoted-printable'), text(html_of(body, 'outlook', 'utf-8', 'PL'), 'utf-8', 'quoted-printable', 'html')),
        what='"IT Service Desk" announces a Teams call from a technician about a spam flood and asks the user to open Quick Assist and read out the code',
        why='Remote-access vishing pretext (Storm-1811 / Black Basta pattern, usually after email bombing): external Microsoft 365 trial tenant *.onmicrosoft.com posing as internal IT, asks to accept an external Teams call and grant Quick Assist control, tells the user not to call the real helpdesk',
        check={'technique': 'Teams / remote-access (Quick Assist) vishing pretext from external onmicrosoft.com tenant'})

    # 25 InPost parcel surcharge phishing via Mailgun
    inf = I.Mailgun(helo='m48-115.mailgun.net', rdns='m48-115.mailgun.net', ip='69.72.48.115', mgdom='mg.inpost-paczkomaty.info')
    link = 'https://inpost-paczkomaty.info/doplata/?p=652241000391748821930455'
    plain = D('''
        Twoja paczka nie zmieściła się w Paczkomacie®

        Paczka nr 652241000391748821930455 nie mogła zostać umieszczona w wybranym Paczkomacie KRA01M (ul. Dietla 75) ze względu na przekroczony gabaryt. Aby przekierować ją do innego Paczkomatu lub zamówić doręczenie kurierem, wymagana jest dopłata w wysokości 2,49 zł.

        Opłać i wybierz sposób doręczenia: %s

        Jeśli dopłata nie zostanie uiszczona w ciągu 48 godzin, paczka wróci do nadawcy.

        Zespół InPost
        ''' % link)
    html = ('<html><head><meta charset="utf-8"></head><body style="background:#f2f2f2;font-family:Montserrat,Arial,sans-serif">'
            '\n<div style="max-width:560px;margin:auto;background:#fff">\n<div style="background:#ffcd00;padding:16px 22px;font-weight:bold;font-size:22px;color:#1d1d1b">InPost</div>'
            '\n<div style="padding:22px;font-size:14px;color:#1d1d1b">\n<h3>Twoja paczka nie zmie&#347;ci&#322;a si&#281; w Paczkomacie&reg;</h3>'
            '\n<p>%s</p>\n<p style="text-align:center"><a href="%s" style="background:#1d1d1b;color:#ffcd00;padding:11px 26px;text-decoration:none;font-weight:bold">Dop&#322;a&#263; 2,49 z&#322;</a></p>'
            '\n<p>Je&#347;li dop&#322;ata nie zostanie uiszczona w ci&#261;gu 48 godzin, paczka wr&oacute;ci do nadawcy.</p><p>Zesp&oacute;&#322; InPost</p></div></div></body></html>\n'
            % (esc(plain.split('\n\n')[1]).encode('ascii', 'xmlcharrefreplace').decode(), link))
    add('attack', 'pl', 'inpost-doplata-paczkomat', inf, T('2026-12-05 17:03:12', 'PL'),
        ('InPost', 'powiadomienia@inpost-paczkomaty.info'), [S('agnieszka.wojcik')],
        'Paczka 652241000391748821930455 – wymagana dopłata 2,49 zł',
        alt(text(plain, 'utf-8', 'quoted-printable'), text(html, 'us-ascii', '7bit', 'html', wrap=False)),
        what='"InPost" says an oversized parcel did not fit the parcel locker and asks for a 2.49 PLN surcharge within 48 hours',
        why='Parcel-locker brand on look-alike inpost-paczkomaty.info via Mailgun (real: inpost.pl); small-payment card/BLIK phishing with deadline; the office has no such shipment',
        check={'technique': 'Courier/parcel-locker payment phishing via Mailgun, look-alike domain'})

    # 26 RFQ from a compromised school-library wp.pl account with a ZIP (.pdf.exe)
    inf = I.WP(client='web', client_rdns='unknown', client_ip='196.251.86.13')
    body = D('''
        Dzień dobry,

        Szkoła Podstawowa nr 12 w Tarnowie planuje zakup książek do biblioteki szkolnej w ramach Narodowego Programu Rozwoju Czytelnictwa 2.0 na rok 2027. Zwracamy się z prośbą o przedstawienie oferty cenowej na pozycje z załączonego wykazu (literatura dziecięca i młodzieżowa, ok. 240 tytułów).

        Szczegółowy opis zamówienia, warunki i formularz ofertowy znajdują się w załączniku. Oferty prosimy przesyłać do 11.12.2026 do godz. 12:00.

        Z poważaniem
        Joanna Mróz
        Biblioteka Szkoły Podstawowej nr 12 w Tarnowie
        ul. Krakowska 21, 33-100 Tarnów
        ''')
    z = zip_att('Zapytanie_ofertowe_SP12_2027.zip', [
        ('Zapytanie_ofertowe_SP12_2027.pdf                                        .exe',
         b'placeholder: inert stand-in for a Windows executable (loader)\n', ZT(2026, 12, 3, 8, 14, 2)),
        ('Wykaz_tytulow_SP12_2027.pdf.scr', b'placeholder: inert stand-in for a screensaver executable\n', ZT(2026, 12, 3, 8, 14, 6))],
        style='tb')
    add('attack', 'pl', 'zapytanie-ofertowe-zip-exe', inf, T('2026-12-03 08:19:47', 'PL'),
        ('Biblioteka SP12 Tarnów', 'biblioteka.sp12.tarnow@wp.pl'), [S('agnieszka.wojcik')],
        'Zapytanie ofertowe – dostawa książek do biblioteki szkolnej 2027',
        mixed(text(body, 'iso-8859-2', 'quoted-printable'), z), hcs='iso-8859-2',
        what='School library asks for a quotation for about 240 children\'s titles; ZIP with the "tender documents"',
        why='Request-for-quotation lure from a compromised wp.pl account (login from a foreign IP); the ZIP contains Zapytanie_ofertowe...pdf<spaces>.exe and a .pdf.scr - executables disguised as PDFs (malware loader); a real school would send a PDF or a tender-platform link',
        check={'technique': 'RFQ lure from compromised free-mail account, ZIP with double-extension executables (.pdf<spaces>.exe, .pdf.scr)'})

    # =====================================================================
    # GENUINE
    # =====================================================================
    # 22 Genuine invoice from Partner Logistik accounts
    inf = HOMEPL_LOG(pc='KSIEGOWOSC-PC2', client_rdns='static-91-223-118-20.partner-logistik.pl', client_ip='91.223.118.20')
    body = D('''
        Dzień dobry,

        w załączeniu przesyłamy fakturę FV/2026/11/0461 za usługi transportowe i magazynowe w listopadzie 2026 r.

        Kwota do zapłaty: 24 318,33 zł brutto
        Termin płatności: 30 dni (do 07.01.2027)
        Numer KSeF: %s-20261207-4A9C1E02B7F3-6D

        Płatność prosimy kierować na rachunek wskazany na fakturze (PKO BP, %s) – bez zmian, zgodny z wykazem podatników VAT.

        Z poważaniem
        Dział Księgowości

        ''' % (PL_LOG_NIP, ids.nrb(PL_LOG))) + PL_LOG_SIG
    fv = pdf_att('FV_2026_11_0461.pdf', [
        ('Partner Logistik sp. z o.o.', 14, True), 'ul. Półłanki 64, 30-740 Kraków, NIP ' + ids.fmt_nip(PL_LOG_NIP), '',
        ('Faktura VAT nr FV/2026/11/0461', 13, True), 'Data wystawienia: 07.12.2026   Data sprzedaży: 30.11.2026',
        'Numer KSeF: %s-20261207-4A9C1E02B7F3-6D' % PL_LOG_NIP, '',
        'Nabywca: Example Group Polska sp. z o.o., ul. Dietla 73, 31-064 Kraków, NIP ' + ids.fmt_nip(EG_PL_NIP), '',
        'Lp. Nazwa usługi                          Netto zł   VAT   Brutto zł',
        '1   Transport krajowy FTL (14 kursów)     15 880,00   23%   19 532,40',
        '2   Magazynowanie palet 11/2026            3 891,00   23%    4 785,93',
        ('Razem do zapłaty: 24 318,33 zł', 10, True), '',
        'Termin płatności: 07.01.2027, przelew', 'Rachunek: PKO BP S.A. ' + ids.nrb(PL_LOG),
        'Mechanizm podzielonej płatności'],
        title='FV/2026/11/0461', author='Partner Logistik', creator='Comarch ERP Optima', producer='Comarch ERP Optima',
        created="D:20261207101500+01'00'")
    add('business', 'pl', 'partner-logistik-faktura-listopad', inf, T('2026-12-07 10:22:45', 'PL'),
        ('Księgowość Partner Logistik', 'ksiegowosc@partner-logistik.pl'), [S('pawel.kolodziej')],
        'Faktura FV/2026/11/0461 – Partner Logistik sp. z o.o.',
        mixed(alt(text(body, 'iso-8859-2', 'quoted-printable'),
                  text(html_of(body, 'outlook', 'iso-8859-2', 'PL'), 'iso-8859-2', 'quoted-printable', 'html')), fv),
        hcs='iso-8859-2',
        what='Logistics partner\'s accounts department sends the November invoice with KSeF number, payment to the unchanged PKO BP account',
        why='Real domain via the partner\'s usual home.pl relay from its own static office IP with Outlook; invoice in PDF with KSeF number, account explicitly unchanged and on the VAT white list, split payment',
        pair=('partner-logistik-przejeta-skrzynka', 'Same partner and invoice topic - genuine route (Outlook, office IP), known account, no Reply-To'))

    # 23 Genuine operational mail from the partner contact
    inf = HOMEPL_LOG(pc='TZIELINSKI-NB', client_rdns='static-91-223-118-31.partner-logistik.pl', client_ip='91.223.118.31')
    body = D('''
        Dzień dobry Pani Agnieszko,

        przesyłam plan odbiorów z Państwa magazynu na grudzień. Ze względu na okres przedświąteczny proponujemy dodatkowy kurs w czwartki (10.12 i 17.12) – proszę o potwierdzenie do środy, żebyśmy mogli zarezerwować auto.

        Ostatni odbiór przed świętami: 22.12, pierwszy po Nowym Roku: 04.01.2027. Awizacje dla księgarń w Warszawie i Łodzi wyślę jak zwykle dzień wcześniej.

        Gdyby były pytania, proszę dzwonić na komórkę: +48 601 284 377.

        Pozdrawiam
        Tadeusz Zieliński
        Kierownik ds. obsługi klienta
        ''') + PL_LOG_SIG
    plan = pdf_att('Plan_odbiorow_grudzien_2026.pdf', [
        ('Partner Logistik - plan odbiorów 12/2026', 13, True), 'Klient: Example Group Polska sp. z o.o. (magazyn Kraków-Rybitwy)', '',
        'Data        Godz.   Palety  Kierunek', '01.12 wt    08:00   6       Warszawa / Łódź',
        '03.12 czw   08:00   4       Poznań / Wrocław', '08.12 wt    08:00   7       Warszawa / Łódź',
        '10.12 czw   13:00   5       dodatkowy (do potwierdzenia)', '15.12 wt    08:00   8       Warszawa / Łódź',
        '17.12 czw   13:00   5       dodatkowy (do potwierdzenia)', '22.12 wt    08:00   3       ostatni przed świętami'],
        title='Plan odbiorów', author='Tadeusz Zieliński', creator='Microsoft Excel', producer='Microsoft Excel',
        created="D:20261127120000+01'00'")
    add('business', 'pl', 'partner-logistik-plan-odbiorow', inf, T('2026-11-27 12:08:30', 'PL'),
        ('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'), [S('agnieszka.wojcik')],
        'Plan odbiorów – grudzień 2026',
        mixed(alt(text(body, 'windows-1250', 'quoted-printable'),
                  text(html_of(body, 'outlook', 'windows-1250', 'PL'), 'windows-1250', 'quoted-printable', 'html')), plan),
        cc=[S('pawel.kolodziej')], hcs='windows-1250',
        what='Partner contact sends the December pick-up plan and asks to confirm extra Thursday runs',
        why='Same sender as the hijack but sent during office hours with Outlook through home.pl from the partner\'s office IP; operational content, mobile number for questions, nothing about money',
        pair=('partner-logistik-przejeta-skrzynka', 'Same mailbox t.zielinski@ - genuine client/route/time, no payment content'))

    # 24 Printer's invoice with KSeF number (ERP mailer)
    inf = SV.app_mailer('server482617.nazwa.pl', '91.227.39.84', 'PL', 'drukarnia-wisla.pl',
                        'erp.drukarnia-wisla.local', 'printer\'s ERP via its nazwa.pl hosting')
    body = D('''
        Szanowni Państwo,

        w załączeniu przekazujemy fakturę nr 1184/11/2026 za druk i oprawę nakładu „Ulica Czereśniowa” (3 000 egz.). Faktura została przesłana do Krajowego Systemu e-Faktur; numer KSeF: %s-20261130-91B2D74E0C5A-2F. Plik PDF stanowi wizualizację faktury.

        Termin płatności: 30.12.2026
        Rachunek: %s

        Z poważaniem
        Dział Rozliczeń
        Drukarnia Wisła sp. z o.o., ul. Półkole 9, 31-580 Kraków, NIP %s

        Wiadomość wysłana automatycznie z systemu Comarch ERP Optima.
        ''' % (WISLA_NIP, ids.nrb(WISLA), ids.fmt_nip(WISLA_NIP)))
    fv = pdf_att('Faktura_1184_11_2026.pdf', [
        ('Drukarnia Wisła sp. z o.o.', 14, True), 'ul. Półkole 9, 31-580 Kraków - NIP ' + ids.fmt_nip(WISLA_NIP), '',
        ('Faktura nr 1184/11/2026 (wizualizacja)', 13, True), 'Numer KSeF: %s-20261130-91B2D74E0C5A-2F' % WISLA_NIP,
        'Data wystawienia: 30.11.2026', '', 'Nabywca: Example Group Polska sp. z o.o., NIP ' + ids.fmt_nip(EG_PL_NIP), '',
        'Druk i oprawa: "Ulica Czereśniowa", 3 000 egz., 208 s., oprawa twarda   42 600,00 zł netto',
        'VAT 23%: 9 798,00 zł    Brutto: 52 398,00 zł', '', 'Termin płatności: 30.12.2026',
        'Rachunek: ING Bank Śląski S.A. ' + ids.nrb(WISLA)],
        title='Faktura 1184/11/2026', author='Drukarnia Wisła', creator='Comarch ERP Optima', producer='Comarch ERP Optima',
        created="D:20261130141000+01'00'", style='tb')
    add('business', 'pl', 'drukarnia-faktura-ksef', inf, T('2026-11-30 14:12:18', 'PL'),
        ('Drukarnia Wisła – Rozliczenia', 'faktury@drukarnia-wisla.pl'), [S('pawel.kolodziej')],
        'Faktura 1184/11/2026 – Drukarnia Wisła sp. z o.o.',
        mixed(text(body, 'iso-8859-2', 'base64'), fv), hcs='iso-8859-2',
        what='Book printer\'s ERP sends a print-run invoice, noting it was issued in KSeF (number given), PDF visualisation',
        why='Printer\'s own domain and hosting, ERP-generated, refers to the KSeF number rather than asking for any login; account matches the printer\'s invoices',
        pair=('ksef-token-wygasa', 'KSeF-related invoice mail - genuine supplier, no token/login request'))

    # 25 Genuine order from bookshop on wp.pl (Thunderbird)
    inf = I.WP(client='tb', client_rdns='89-64-12-201.dynamic.chello.pl', client_ip='89.64.12.201')
    isbns = [ids.isbn13('978-83-67412-0%d-' % i) for i in (3, 5, 8)]
    body = D('''
        Dzień dobry Pani Agnieszko,

        proszę o przyjęcie zamówienia na święta:

        %s  Ulica Czereśniowa – 20 egz.
        %s  Kot z latarni – 15 egz.
        %s  Zimowy atlas ptaków – 8 egz.

        Rabat jak zwykle 35%%, płatność przelewem 30 dni. Dostawa najlepiej do 10 grudnia, bo 12.12 mamy kiermasz świąteczny.

        Faktura na: Księgarnia Pod Globusem Ewa Nowicka, ul. Piotrkowska 112, 90-006 Łódź, NIP 725-18-44-390 (bez zmian).

        Pozdrawiam serdecznie
        Ewa Nowicka
        Księgarnia Pod Globusem
        tel. 42 632 15 80
        ''' % tuple(isbns))
    add('business', 'pl', 'ksiegarnia-zamowienie-swiateczne', inf, T('2026-12-01 18:36:02', 'PL'),
        ('Księgarnia Pod Globusem', 'ksiegarnia.podglobusem@wp.pl'), [S('agnieszka.wojcik')],
        'Zamówienie świąteczne – Pod Globusem',
        text(body, 'UTF-8', '8bit', flowed=True),
        what='Regular bookshop customer on wp.pl orders three titles for Christmas',
        why='Known customer address, Thunderbird through WP\'s submission server from a Polish consumer IP, plain order with ISBNs and usual terms, no attachment or link',
        pair=('zapytanie-ofertowe-zip-exe', 'Same free-mail provider (wp.pl) and sales topic - a plain order without attachments'))

    # 26 Internal IT notice on remote support, forwarded by the office manager
    inf = I.ExchangeInternal(client_ip='10.20.52.14', content_language='pl-PL')
    body = D('''
        Drodzy,

        w imieniu działu IT z Lipska przypominam zasady dotyczące zdalnej pomocy, w związku z falą prób oszustw przez Teams w innych firmach:

        1. Service Desk kontaktuje się z Wami wyłącznie w odpowiedzi na zgłoszenie założone w portalu (numer zaczyna się od SD-) i zawsze z konta wewnętrznego – nigdy z konta „zewnętrznego” w Teams ani z adresu *.onmicrosoft.com.
        2. Nie używamy aplikacji Szybka pomoc (Quick Assist) ani AnyDesk. Zdalne wsparcie odbywa się przez zainstalowanego agenta „Example Remote Support”, po Waszej zgodzie w okienku z numerem zgłoszenia.
        3. Jeżeli ktoś dzwoni lub pisze w sprawie „ataku na skrzynkę”, rozłączcie się i zadzwońcie na helpdesk: +49 341 99012-444 lub wewn. 444.

        Pozdrawiam
        Agnieszka Wójcik
        Office Manager | Example Group Polska sp. z o.o.
        ul. Dietla 73, 31-064 Kraków
        ''')
    add('business', 'pl', 'komunikat-it-zdalna-pomoc', inf, T('2026-12-04 10:03:56', 'PL'),
        ('Agnieszka Wójcik', 'agnieszka.wojcik@example.com'), [],
        'Komunikat IT: zasady zdalnej pomocy i kontaktu z helpdeskiem',
        alt(text(body, 'iso-8859-2', 'quoted-printable'),
            text(html_of(body, 'outlook', 'iso-8859-2', 'PL'), 'iso-8859-2', 'quoted-printable', 'html')),
        to_raw='Biuro Krakow <biuro-krakow@example.com>', rcpt='pawel.kolodziej@example.com', hcs='iso-8859-2',
        what='Krakow office manager relays IT\'s rules for remote support (no Quick Assist, helpdesk only via tickets)',
        why='Internal Exchange route, from the office manager to the office distribution list, informational with the real helpdesk number',
        pair=('teams-helpdesk-szybka-pomoc', 'Same topic (helpdesk, Teams, Quick Assist) - internal, tells users the opposite of the lure'))
