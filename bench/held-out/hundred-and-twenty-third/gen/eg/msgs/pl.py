"""Polish messages: attack/22-26, business/22-26."""
from .common import *  # noqa
from .de import _bulk_headers
from ..msg import DMARC

DMARC.update({'partner-logistik.com.pl': 'none', 'mg.ksef-mf.pl': 'none', 'ksef-mf.pl': 'none',
              'dpdpolska-doplata.com': 'none', 'balticaagency.pl': 'none', 'dpd.com.pl': 'reject'})

TADEUSZ = P('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl')
PL_KS = P('Partner Logistik - Księgowość', 'ksiegowosc@partner-logistik.pl')
ETP = ['Example Terminal Polska sp. z o.o.', 'ul. Kontenerowa 21', '80-601 Gdańsk', 'NIP %s' % C.NIP_PL]
PLG = ['Partner Logistik sp. z o.o.', 'ul. Przemysłowa 22', '80-542 Gdańsk', 'NIP %s' % C.PL_NIP,
       'ksiegowosc@partner-logistik.pl']


def nrb(iban):
    return iban[2:]


def fmt_nrb(iban):
    s = iban[2:]
    return s[:2] + ' ' + ' '.join(s[i:i + 4] for i in range(2, len(s), 4))


@msg('attack', 22, 'pl', 'partner-logistik-podszywka-zmiana-rachunku')
def a22(m):
    m.t = hamburg(2026, 11, 18, 13, 7, 52)
    m.frm = P('Tadeusz Zieliński', 't.zielinski@partner-logistik.com.pl')
    m.to = [S['pl_acc']]
    m.subject = 'Zmiana numeru rachunku bankowego – Partner Logistik sp. z o.o.'
    m.client = 'outlook_smtp'
    m.hdr_cs, m.hdr_enc = 'iso-8859-2', 'Q'
    m.system = sy.exim_cpanel
    m.sys_kw['args'] = dict(server='s108.cyber-folks.pl', server_ip='195.78.67.108',
                            user_domain='partner-logistik.com.pl', mode='auth', client_ip='91.219.212.44',
                            client_helo='DESKTOP-7QK2M1F')
    new = ids.iban('PL', '10901014' + '0000000152846372')
    m.ids.append(('IBAN/NRB (fraudulent, Santander Bank Polska)', fmt_nrb(new), iban_chk(new)))
    amount_gr = 874260
    qr = D.pl_payment(C.PL_NIP, nrb(new), amount_gr, 'Partner Logistik', 'FV 2026/11/0398')
    text = ('Dzień dobry Panie Marku,\n\n'
            'uprzejmie informuję, że w związku z przeniesieniem obsługi bankowej naszej spółki do Santander Bank '
            'Polska od dnia 16.11.2026 r. zmianie uległ nasz rachunek rozliczeniowy:\n\n'
            '%s\n\n'
            'Nowy rachunek został już zgłoszony do urzędu skarbowego i widnieje w wykazie podatników VAT (tzw. biała '
            'lista) – można to sprawdzić na stronie [[https://www.podatki.gov.pl/wykaz-podatnikow-vat-wyszukiwarka|'
            'https://www.podatki.gov.pl/wykaz-podatnikow-vat-wyszukiwarka]]. Numer rachunku zaktualizowaliśmy również '
            'w danych faktur wystawianych w KSeF.\n\n'
            'Prosimy o regulowanie wszystkich płatności, w tym faktury FV 2026/11/0398 (8 742,60 zł, termin '
            '20.11.2026), wyłącznie na nowy rachunek. W załączeniu potwierdzenie z banku oraz kod QR do szybkiej '
            'płatności.\n\n'
            'Będę wdzięczny za potwierdzenie zmiany w Państwa systemie mailowo – jestem w tym tygodniu na terminalu '
            'w Poznaniu.\n\n'
            'Z poważaniem\n\nTadeusz Zieliński\nKierownik ds. przewozów intermodalnych\nPartner Logistik sp. z o.o.\n'
            'ul. Przemysłowa 22, 80-542 Gdańsk\ntel. +48 58 511 42 17' % fmt_nrb(new))
    m.phones = ['+48 58 511 42 17']
    pdf = D.letter_pdf(
        m, ['Partner Logistik sp. z o.o.', 'ul. Przemysłowa 22', '80-542 Gdańsk', 'NIP %s' % C.PL_NIP], ETP,
        'Gdańsk, 16.11.2026', 'Potwierdzenie zmiany rachunku bankowego',
        ['Szanowni Państwo,',
         'informujemy, że z dniem 16.11.2026 r. rachunkiem rozliczeniowym Partner Logistik sp. z o.o. jest rachunek '
         'prowadzony przez Santander Bank Polska S.A.:',
         'Nr rachunku: %s\nSWIFT: WBKPPLPP' % fmt_nrb(new),
         'Poprzedni rachunek w mBank S.A. zostanie zamknięty z dniem 30.11.2026 r. Wpłaty na poprzedni rachunek nie '
         'będą księgowane.',
         'Kod QR obok umożliwia zapłatę faktury FV 2026/11/0398 w aplikacji bankowej.'],
        closing=['Z poważaniem', 'Zarząd Partner Logistik sp. z o.o.'], qr_payload=qr, qr_pos=(410, 300, 130),
        qr_caption='Zapłać kodem QR', creator='Microsoft® Word 2019', producer='Microsoft® Word 2019')
    m.body = mixed(R.outlook_alt(text, 'pl', 'iso-8859-2', 'quoted-printable', font='Calibri'),
                   attachment(pdf, 'application/pdf', 'Potwierdzenie_zmiany_rachunku.pdf', 'outlook',
                              when=m.t - TD(days=2)))
    m.what = ('Bank-account change in the name of the logistics partner\'s manager from the look-alike domain '
              'partner-logistik.com.pl (cyber_Folks hosting), with a "bank confirmation" PDF and a Polish payment QR '
              'code (ZBP format) for an open invoice to a new Santander account.')
    m.why = ('Supplier impersonation/BEC: look-alike domain, claims the account is already on the VAT white list to '
             'pre-empt the mandatory check (split payment/white-list rules), payment QR for immediate transfer, asks '
             'for confirmation by e-mail only.')


@msg('attack', 23, 'pl', 'ksef-token-wygasniecie-mailgun')
def a23(m):
    m.t = hamburg(2026, 10, 26, 8, 14, 6)
    m.frm = P('Krajowy System e-Faktur', 'powiadomienia@ksef-mf.pl')
    m.to = [S['pl_acc']]
    m.subject = 'KSeF: token uwierzytelniający dla NIP %s wygasa 28.10.2026 – wymagane ponowne potwierdzenie' % C.NIP_PL
    m.client = 'custom'
    m.sys_kw['headers'] = _bulk_headers
    m.sys_kw['msgid'] = lambda mm: '<%s.%s@mg.ksef-mf.pl>' % (dates.local('utc', mm.sent()).strftime('%Y%m%d%H%M%S'),
                                                              rhex(mm.rng, 16))
    m.sys_kw['bstyle'] = 'rc'
    m.system = sy.mailgun
    m.sys_kw['args'] = dict(mg_domain='mg.ksef-mf.pl')
    link = ('https://email.mg.ksef-mf.pl/c/eJwUy0EOgyAQBdDb8JcNM4DKgkXrPYyoY2qiYIDW3r7xLd9LqBZaCB5tF_8Y0lRlTRK'
            'W1G8dyFTi6H3vs9U5Wc0k3YgwF3Dw4a3s7Q5_QvGQ2KjI5b0bR3ZlTn8TfTHDLomBttk')
    paras = ['Szanowni Państwo,',
             'token uwierzytelniający wygenerowany dla kontekstu NIP %s (EXAMPLE TERMINAL POLSKA SP. Z O.O.) w '
             'Krajowym Systemie e-Faktur traci ważność w dniu **28.10.2026 r.** w związku z migracją do nowej wersji '
             'API KSeF 2.0.' % C.NIP_PL,
             'Aby zachować ciągłość wystawiania i odbierania faktur ustrukturyzowanych, osoba uprawniona musi ponownie '
             'potwierdzić token przy użyciu profilu zaufanego lub danych logowania do bankowości elektronicznej.',
             'Brak potwierdzenia spowoduje zablokowanie odbioru faktur zakupowych oraz naliczenie sankcji, o których '
             'mowa w art. 106ni ustawy o VAT.']
    footer = ('Ministerstwo Finansów · Krajowa Administracja Skarbowa\nWiadomość wygenerowana automatycznie, prosimy na nią '
              'nie odpowiadać.')
    m.body = R.notice_alt('Wymagane ponowne potwierdzenie tokenu KSeF', paras, ('Potwierdź token', link), 'KSeF',
                          '#d4213d', footer, 'pl', 'utf-8', 'base64', link_style='colon')
    m.what = ('Imitation of a Ministry of Finance KSeF notice that the e-invoicing API token "expires" because of the '
              'KSeF 2.0 migration; Mailgun-tracked button to a page asking for trusted-profile or online-banking '
              'credentials.')
    m.why = ('Credential phishing on the Polish mandatory e-invoicing system: look-alike domain ksef-mf.pl via Mailgun, '
             'sanction threat, asks for banking/Profil Zaufany logins; KSeF does not send such e-mails.')


@msg('attack', 24, 'pl', 'dpd-doplata-do-przesylki')
def a24(m):
    m.t = hamburg(2026, 12, 4, 10, 29, 38)
    m.frm = P('DPD Polska', 'powiadomienia@dpdpolska-doplata.com')
    m.to = [S['pl_om']]
    m.subject = 'Twoja przesyłka 07719204188573 oczekuje – wymagana dopłata 2,99 zł'
    m.client = 'custom'
    m.sys_kw['headers'] = _bulk_headers
    m.sys_kw['msgid'] = lambda mm: '<%s@dpdpolska-doplata.com>' % rhex(mm.rng, 24)
    m.sys_kw['bstyle'] = 'dash'
    m.system = sy.direct
    m.sys_kw['args'] = dict(helo='mail.dpdpolska-doplata.com', ip='45.141.215.93',
                            rdns='vm3581.hostline-cloud.net', spf='pass', tls='TLSv1.2')
    link = 'https://dpd-pl.doplata-24.info/paczka/07719204188573?k=Kx82'
    paras = ['Dzień dobry,',
             'Twoja przesyłka nr **07719204188573** od nadawcy ALLEGRO/TECHNOSTAL dotarła do oddziału Gdańsk 1, '
             'jednak nie może zostać doręczona z powodu niedopłaty za przekroczenie gabarytu.',
             'Kwota dopłaty: **2,99 zł**\nTermin: 48 godzin',
             'Po tym terminie paczka zostanie zwrócona do nadawcy.']
    footer = 'DPD Polska Sp. z o.o., ul. Mineralna 15, 02-274 Warszawa\nTa wiadomość została wysłana automatycznie.'
    m.body = R.notice_alt('Przesyłka oczekuje na dopłatę', paras, ('Zapłać 2,99 zł', link), 'DPD', '#dc0032', footer,
                          'pl', 'utf-8', 'quoted-printable', link_style='colon')
    m.what = ('Parcel "surcharge" notice imitating DPD Polska, sent directly from a VPS under a look-alike domain; the '
              'pay button leads to a card-data and 3-D Secure phishing page.')
    m.why = ('Payment-card phishing: tiny amount to lower suspicion, 48-hour deadline, look-alike domain and unrelated '
             'hosting; DPD notifications come from dpd.com.pl and never ask for a card payment (business/24).')


@msg('attack', 25, 'pl', 'zapytanie-ofertowe-obraz-img')
def a25(m):
    m.t = hamburg(2026, 11, 7, 9, 2, 15)
    m.frm = P('Dział Zakupów MARLOG', 'zakupy.marlog@interia.pl')
    m.to = [S['pl_om']]
    m.subject = 'Zapytanie ofertowe ZO/2026/11/07 – składowanie i przeładunek kontenerów'
    m.client = 'custom'
    m.sys_kw['headers'] = _interia_headers
    m.sys_kw['msgid'] = lambda mm: '<%s@interia.pl>' % rhex(mm.rng, 32)
    m.sys_kw['bstyle'] = 'php'
    m.system = sy.platform
    m.sys_kw['args'] = dict(
        helo='smtpo95.poczta.interia.pl', ip='217.74.67.95', env_from='zakupy.marlog@interia.pl',
        dkims=[('interia.pl', 'biztos', 'Date:From:Subject:To:Message-ID:MIME-Version:Content-Type')],
        trace=[('Received', 'from [185.220.101.19] (unknown [185.220.101.19])\n\tby poczta.interia.pl (INTERIA.PL) with '
                            'ESMTPSA id {qid}\n\tfor <{rcpt}>; {date}')],
        tail=[('X-Interia-R', 'Interia'), ('X-Interia-R-IP', '185.220.101.19'),
              ('X-Interia-R-Helo', '<[185.220.101.19]>'), ('X-Interia-Antivirus', 'OK')], date_zone='cet')
    inert = b'Inert test placeholder for a Windows executable (loader). No executable content is included.\r\n'
    iso = arch.make_iso([('Zapytanie_ofertowe_ZO-2026-11-07.pdf.exe', 'ZAPYTANI.EXE', inert)], 'ZO_2026_11_07',
                        dates.local('cet', m.t - TD(hours=2)))
    text = ('Dzień dobry,\n\n'
            'w imieniu firmy MARLOG Sp. z o.o. zwracamy się z prośbą o przedstawienie oferty na składowanie oraz '
            'przeładunek kontenerów (ok. 120 TEU miesięcznie, w tym 20 kontenerów chłodniczych) w okresie styczeń–'
            'czerwiec 2027.\n\n'
            'Szczegółowa specyfikacja, wzór umowy oraz formularz cenowy znajdują się w załączonym pliku. Ze względu '
            'na rozmiar dokumentacji przesyłamy ją jako obraz dysku – wystarczy dwukrotnie kliknąć plik.\n\n'
            'Termin składania ofert: 14.11.2026 r.\n\n'
            'Z poważaniem\nPiotr Michalak\nSpecjalista ds. zakupów\nMARLOG Sp. z o.o.\ntel. 519 204 386')
    m.phones = ['519 204 386']
    m.body = mixed(text_leaf(text, 'plain', 'UTF-8', 'quoted-printable'),
                   attachment(iso, 'application/octet-stream', 'ZO_2026_11_07_specyfikacja.img', 'plain'))
    m.what = ('Request for quotation for container storage from a free Interia mailbox with a disk image '
              '"ZO_2026_11_07_specyfikacja.img" (ISO 9660/Joliet) containing "Zapytanie_ofertowe_…pdf.exe" (inert '
              'placeholder); sent from a Tor exit node.')
    m.why = ('Malware delivery: disk-image container to evade Mark-of-the-Web and attachment filters, double extension '
             '.pdf.exe, generic company on free mail, "just double-click".')


def _interia_headers(m, mid):
    h = [('Date', mid['date']), ('From', m.hdr_addr([m.frm])), ('To', m.hdr_addr(m.to)), ('Subject', m.enc_subject()),
         ('Message-ID', m.msgid), ('X-Mailer', 'Interia Poczta'), ('MIME-Version', '1.0')]
    from ..msg import _ct_of
    return h + _ct_of(m)


@msg('attack', 26, 'pl', 'helpdesk-teams-szybka-pomoc-onmicrosoft')
def a26(m):
    m.t = hamburg(2026, 12, 15, 14, 3, 21)
    m.frm = P('IT Helpdesk Example Group', 'helpdesk@examplegrouphelpdesk.onmicrosoft.com')
    m.to = [S['pl_om']]
    m.subject = 'Zgłoszenie INC0048172: masowa wysyłka spamu na Pani skrzynkę – kontakt przez Teams'
    m.client = 'outlook'
    m365(m, 'eu', tenant_domain='examplegrouphelpdesk.onmicrosoft.com')
    m.content_language = 'pl-PL'
    text = ('Dzień dobry Pani Katarzyno,\n\n'
            'od godziny 13:20 nasz system bezpieczeństwa rejestruje nietypowo dużą liczbę wiadomości (ponad 900) '
            'przychodzących na Pani skrzynkę. To atak typu „spam bombing”, który może poprzedzać przejęcie konta.\n\n'
            'Aby zablokować atak, w ciągu najbliższych 15 minut skontaktuje się z Panią nasz technik przez Microsoft '
            'Teams (konto „IT Helpdesk Example Group”). Prosimy:\n\n'
            '1. zaakceptować czat od zewnętrznej organizacji,\n'
            '2. uruchomić wbudowaną w Windows aplikację „Szybka pomoc” (Quick Assist, skrót Ctrl+Win+Q),\n'
            '3. podać technikowi wyświetlony 6-cyfrowy kod zabezpieczający.\n\n'
            'Prosimy nie wyłączać komputera i nie usuwać wiadomości do czasu zakończenia zgłoszenia. W razie problemów '
            'z połączeniem prosimy o kontakt telefoniczny: +48 22 307 18 64.\n\n'
            'Pozdrawiamy\nIT Helpdesk – Example Group\nZgłoszenie: INC0048172')
    m.phones = ['+48 22 307 18 64']
    m.body = R.outlook_alt(text, 'pl', 'utf-8', 'base64')
    m.what = ('"IT helpdesk" mail from a Microsoft 365 trial tenant (examplegrouphelpdesk.onmicrosoft.com) announcing '
              'a Teams call about a spam flood and asking the user to start Quick Assist and read out the code.')
    m.why = ('Help-desk / remote-access pretext (email-bombing + Teams vishing pattern used by ransomware '
             'affiliates): external onmicrosoft.com tenant, urgency, request to grant remote control; the real IT '
             'states it never asks for Quick Assist codes (business/26).')


# ============================================================== business

@msg('business', 22, 'pl', 'partner-logistik-faktura-ksef-qr')
def b22(m):
    m.t = hamburg(2026, 11, 16, 9, 48, 30)
    m.frm = PL_KS
    m.to = [S['pl_acc']]
    m.subject = 'Faktura FV 2026/11/0412 – numer KSeF 5833168424-20261114-8A1F3C2D4E5B-7C'
    m.client = 'outlook_smtp'
    m.hdr_cs, m.hdr_enc = 'iso-8859-2', 'Q'
    m.system = sy.homepl
    m.sys_kw['args'] = dict(client_ip='83.29.141.7', client_rdns='83.29.141.7.ipv4.supernova.orange.pl')
    ksef_no = '5833168424-20261114-8A1F3C2D4E5B-7C'
    h = rb64(m.rng, 32).replace('+', '-').replace('/', '_').rstrip('=')
    qr = 'https://qr.ksef.mf.gov.pl/invoice/%s/14-11-2026/%s' % (C.PL_NIP, h)
    items = [('Przewóz kontenerów koleją Gdańsk – Poznań Franowo (listopad, tyg. 45–46)\n24 kontenery 40\'', 24, 1480.0),
             ('Przewóz kontenerów koleją Gdańsk – Łódź Olechów\n10 kontenerów 40\'', 10, 1620.0),
             ('Opłata manewrowa bocznica terminalowa', 6, 380.0)]
    pdf, gross = D.invoice_pdf(
        m, 'pl', PLG, ETP, 'FV 2026/11/0412', '14.11.2026', 30, items, 23,
        ['mBank S.A.', 'Nr rachunku: %s' % fmt_nrb(C.PL_IBAN), 'SWIFT: BREXPLPW'], currency='PLN',
        order='Umowa ramowa 3/2025', notes=['Numer KSeF: %s' % ksef_no,
                                            'Mechanizm podzielonej płatności nie dotyczy. Rachunek znajduje się w wykazie '
                                            'podatników VAT.'],
        qr_payload=qr, qr_caption='KOD I – weryfikacja w KSeF', creator='enova365',
        producer='enova365 Wydruki', title='Wizualizacja faktury KSeF FV 2026/11/0412',
        footer=['Partner Logistik sp. z o.o. · KRS 0000629418 · Sąd Rejonowy Gdańsk-Północ · NIP %s' % C.PL_NIP])
    text = ('Dzień dobry,\n\n'
            'informujemy, że w Krajowym Systemie e-Faktur została wystawiona faktura FV 2026/11/0412 z dnia '
            '14.11.2026 r. na kwotę %s zł brutto.\n\n'
            'Numer KSeF: %s\n\n'
            'Faktura jest dostępna dla Państwa w KSeF; w załączeniu przesyłamy jej wizualizację w PDF (z kodem QR do '
            'weryfikacji). Płatność - jak dotychczas - na rachunek w mBank: %s.\n\n'
            'Pozdrawiamy\nDział Księgowości\nPartner Logistik sp. z o.o.\nul. Przemysłowa 22, 80-542 Gdańsk\n'
            'tel. +48 58 511 42 00' % (D.money(gross, 'pl'), ksef_no, fmt_nrb(C.PL_IBAN)))
    m.phones = ['+48 58 511 42 00']
    m.body = mixed(R.outlook_alt(text, 'pl', 'iso-8859-2', 'quoted-printable', font='Calibri'),
                   attachment(pdf, 'application/pdf', 'FV_2026_11_0412_KSeF.pdf', 'outlook', when=m.t - TD(hours=1)))
    m.what = ('Notice from the logistics partner\'s accounts department that an invoice was issued in KSeF, with the '
              'KSeF number and a PDF visualisation carrying the official KSeF verification QR ("KOD I").')
    m.why = ('Genuine: known sender on home.pl, invoice legally delivered through KSeF, verification QR points to '
             'qr.ksef.mf.gov.pl, payment to the known mBank account.')
    m.pair = [(22, 'Partner Logistik invoices and bank account',
               'Genuine KSeF invoice paid to the known mBank account; the attack comes from partner-logistik.com.pl '
               'with a new Santander account and a payment QR.'),
              (23, 'KSeF',
               'A real KSeF invoice notice from the supplier; the attack imitates the Ministry and asks for login data.')]


@msg('business', 23, 'pl', 'partner-logistik-sloty-kolejowe-grudzien')
def b23(m):
    m.t = hamburg(2026, 11, 26, 15, 21, 9)
    m.frm = TADEUSZ
    m.to = [S['pl_om']]
    m.cc = [S['ops']]
    m.subject = 'Re: Sloty kolejowe na grudzień – Poznań / Łódź'
    m.client = 'thunderbird'
    m.x_mailer = 'Mozilla Thunderbird'
    m.system = sy.homepl
    m.sys_kw['args'] = dict(client_ip='83.29.141.7', client_rdns='83.29.141.7.ipv4.supernova.orange.pl')
    prev = prev_id(m, 'exch')
    m.in_reply_to = prev
    m.references = [prev]
    q = Q(S['pl_om'], [TADEUSZ], ago(m, hours=6), 'Sloty kolejowe na grudzień – Poznań / Łódź',
          'Panie Tadeuszu,\nczy może Pan potwierdzić sloty na grudzień? Od 21.12 do 3.01 pracujemy w trybie '
          'świątecznym.\nPozdrawiam\nKatarzyna Wójcik')
    text = ('Pani Katarzyno,\n\n'
            'potwierdzam grudniowe sloty na bocznicy:\n\n'
            '- Poznań Franowo: pon./śr./pt. – wjazd 05:40, odjazd 13:10 (skład 30 x 40\')\n'
            '- Łódź Olechów: wt./czw. – wjazd 06:15, odjazd 14:00 (skład 26 x 40\')\n\n'
            'W okresie 21.12–3.01 jedziemy tylko pon. i czw. na Poznań, Łódź wstrzymana. Ostatni pociąg przed '
            'świętami: 23.12, ostatnie zgłoszenie kontenerów do 22.12 do 12:00.\n\n'
            'Prośba do Pana Dirka (DW) o informację, czy w tym czasie będzie dostępna suwnica nr 2 – jeśli nie, '
            'skrócimy składy do 24 wagonów.\n\n'
            'Pozdrawiam serdecznie\nTadeusz Zieliński')
    sig = ('Tadeusz Zieliński\nKierownik ds. przewozów intermodalnych\nPartner Logistik sp. z o.o.\n'
           'ul. Przemysłowa 22, 80-542 Gdańsk\ntel. +48 58 511 42 17, kom. +48 601 734 218')
    m.phones = ['+48 58 511 42 17', '+48 601 734 218']
    m.body = R.tb_plain(text, 'pl', quotes=[q], sig=sig)
    m.what = ('Reply from the rail partner confirming December train slots at the terminal siding, with holiday '
              'schedule; Thunderbird, UTF-8 8bit format=flowed, home.pl.')
    m.why = ('Genuine: answers the office manager\'s question (quoted), purely operational, copies the head of '
             'operations for crane availability, no attachments or links.')


@msg('business', 24, 'pl', 'dpd-powiadomienie-o-dostawie')
def b24(m):
    m.t = hamburg(2026, 12, 2, 7, 45, 11)
    m.frm = P('DPD Polska', 'powiadomienia@dpd.com.pl')
    m.to = [S['pl_om']]
    m.subject = 'Twoja paczka 1000682931451U jest w drodze – dostawa dziś 10:00–13:00'
    m.client = 'custom'
    m.sys_kw['headers'] = _bulk_headers
    m.sys_kw['msgid'] = lambda mm: '<%d.%s@dpd.com.pl>' % (int(mm.sent().timestamp() * 1000), rhex(mm.rng, 12))
    m.sys_kw['bstyle'] = 'java'
    m.system = sy.platform
    m.sys_kw['args'] = dict(
        helo='mail-out3.dpd.com.pl', ip='193.110.188.23', env_from='bounce@dpd.com.pl',
        dkims=[('dpd.com.pl', 'dpd2025', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type')],
        trace=[('Received', 'from notify-app02.dpd.com.pl (notify-app02.dpd.com.pl [10.60.2.22])\n\tby '
                            'mail-out3.dpd.com.pl (Postfix) with ESMTP id {qid}\n\tfor <{rcpt}>; {date}')],
        date_zone='cet')
    link = 'https://tracktrace.dpd.com.pl/parcelDetails?typ=1&p1=1000682931451U'
    paras = ['Dzień dobry,',
             'paczka nr **1000682931451U** od nadawcy **Würth Polska Sp. z o.o.** zostanie dziś doręczona przez kuriera '
             'DPD.',
             'Przewidywany czas doręczenia: **10:00–13:00**\nAdres: Example Terminal Polska sp. z o.o., ul. Kontenerowa '
             '21, 80-601 Gdańsk',
             'Kurier: Marcin, tel. +48 22 577 55 55 (infolinia)',
             'Możesz śledzić paczkę lub zmienić termin doręczenia na stronie DPD. DPD nigdy nie prosi o dopłaty '
             'e-mailem ani SMS-em.']
    m.phones = ['+48 22 577 55 55']
    footer = ('DPD Polska Sp. z o.o., ul. Mineralna 15, 02-274 Warszawa\nWiadomość wygenerowana automatycznie. '
              '[[Polityka prywatności|https://www.dpd.com/pl/pl/polityka-prywatnosci/]]')
    m.body = R.notice_alt('Twoja paczka jest w drodze', paras, ('Śledź paczkę', link), 'DPD', '#dc0032', footer, 'pl',
                          'utf-8', 'quoted-printable', link_style='colon')
    m.what = ('DPD Polska delivery-window notification for a parcel from a known tools supplier, with a tracking link '
              'on tracktrace.dpd.com.pl.')
    m.why = ('Genuine: real DPD domain with aligned DKIM, delivery info only, no payment request, links to dpd.com.pl / '
             'dpd.com.')
    m.pair = [(24, 'Courier notification (DPD)',
               'Genuine notice without payment from dpd.com.pl; the attack asks for a 2,99 zł surcharge via a '
               'look-alike site.')]


@msg('business', 25, 'pl', 'baltica-agency-zapytanie-xlsx-ovh')
def b25(m):
    m.t = hamburg(2026, 11, 10, 11, 36, 58)
    m.frm = P('Agnieszka Nowicka', 'a.nowicka@balticaagency.pl')
    m.to = [S['pl_om']]
    m.subject = 'Zapytanie – składowanie pustych kontenerów, styczeń–marzec 2027'
    m.client = 'outlook_onprem'
    m.sys_kw['msgid'] = None
    m.system = sy.ovh
    m.sys_kw['args'] = dict(client_ip='188.146.98.201', sign_dom='balticaagency.pl')
    m.hdr_cs, m.hdr_enc = 'iso-8859-2', 'Q'
    m.msgid = '<%s@EX3.mail.ovh.net>' % rhex(m.rng, 32)
    when = dates.local('cet', m.t - TD(minutes=30))
    xlsx = arch.make_xlsx([('Zapotrzebowanie', [['Miesiąc', 'Typ', 'Ilość (szt.)', 'Średni czas składowania (dni)'],
                                                ['styczeń 2027', "40'HC", 140, 12], ['styczeń 2027', "20'DV", 60, 9],
                                                ['luty 2027', "40'HC", 180, 14], ['luty 2027', "20'DV", 45, 8],
                                                ['marzec 2027', "40'HC", 120, 10], ['marzec 2027', "40'RF", 25, 6]])],
                          'Zapytanie Baltica 2027', 'Agnieszka Nowicka', when)
    text = ('Dzień dobry Pani Katarzyno,\n\n'
            'w imieniu naszego zleceniodawcy (armator z Grupy Nordic Ocean Lines) prosimy o ofertę na składowanie '
            'pustych kontenerów na Państwa terminalu w okresie styczeń-marzec 2027. Szacunkowe ilości przesyłam w '
            'załączonej tabeli.\n\n'
            'Prosimy o podanie stawki za dzień składowania (free time), opłaty za manipulację (lift on/lift off) oraz '
            'ewentualnych dopłat za kontenery chłodnicze. Ofertę prosimy przesłać do 20 listopada.\n\n'
            'Z wyrazami szacunku\n\nAgnieszka Nowicka\nSpecjalista ds. obsługi armatorów\nBaltica Shipping Agency sp. z o.o.\n'
            'ul. Waszyngtona 34/36, 81-342 Gdynia\ntel. +48 58 621 90 47 | NIP %s' % C.BC_NIP)
    m.phones = ['+48 58 621 90 47']
    m.body = mixed(R.outlook_alt(text, 'pl', 'iso-8859-2', 'quoted-printable', font='Calibri'),
                   attachment(xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                              'Zapotrzebowanie_skladowanie_2027.xlsx', 'outlook', when=m.t - TD(minutes=30)))
    m.what = ('Enquiry from a Gdynia shipping agency (hosted Exchange at OVH) for empty-container storage in Q1 2027, '
              'quantities in an XLSX attachment.')
    m.why = ('Genuine: known agency, concrete trade request naming the principal, plain spreadsheet without macros or '
             'links, normal hosted-Exchange path.')
    m.pair = [(25, 'Request for quotation (Polish)',
               'A plain XLSX from a known agency; the attack sends a disk image with a .pdf.exe from a free mailbox.')]


@msg('business', 26, 'pl', 'it-komunikat-prace-serwisowe-bez-zdalnej-pomocy')
def b26(m):
    m.t = hamburg(2026, 11, 19, 10, 2, 33)
    m.frm = S['pl_om']
    m.to = [P('Gdańsk – wszyscy', 'gdansk.wszyscy@example.com')]
    m.rcpt = S['pl_acc'].email
    m.subject = 'Komunikat IT: prace serwisowe w sobotę 21.11 oraz ważna informacja o bezpieczeństwie'
    m.client = 'outlook_onprem'
    m.hdr_cs, m.hdr_enc = 'iso-8859-2', 'Q'
    m.system = sy.exchange_internal
    m.sys_kw['args'] = dict(mbx='EXCH02', hub='EXCH01', client_ip='10.32.1.17')
    text = ('Dzień dobry,\n\n'
            'przekazuję w imieniu działu IT w Hamburgu (Thomas Reimers, Lukas Petersen):\n\n'
            '1) W sobotę 21.11.2026 w godz. 22:00–02:00 odbędzie się aktualizacja serwerów pocztowych. W tym czasie '
            'Outlook i poczta na telefonach mogą nie działać. Nic nie trzeba robić.\n\n'
            '2) W ostatnich tygodniach w innych firmach z branży dochodziło do ataków, w których przestępcy zasypują '
            'skrzynkę spamem, a potem dzwonią przez Teams jako „helpdesk”. Prosimy pamiętać:\n'
            '- dział IT nigdy nie prosi o uruchomienie Szybkiej pomocy (Quick Assist), AnyDesk ani TeamViewer i nie '
            'prosi o podanie kodów,\n'
            '- nasz helpdesk nie kontaktuje się przez zewnętrzne konta Teams (oznaczone jako „Zewnętrzny”),\n'
            '- zgłoszenia przyjmujemy wyłącznie przez portal [[https://servicedesk.example.com|'
            'https://servicedesk.example.com]] lub pod numerem wewnętrznym 444 (z zewnątrz +49 40 7422 60-444).\n\n'
            'W razie wątpliwości proszę dzwonić do mnie.\n\n'
            'Pozdrawiam\nKatarzyna Wójcik\nOffice Manager\nExample Terminal Polska sp. z o.o.\nul. Kontenerowa 21, '
            '80-601 Gdańsk\ntel. +48 58 340 77 02')
    m.phones = ['+48 40 7422 60-444'.replace('+48', '+49'), '+48 58 340 77 02']
    m.body = R.outlook_alt(text, 'pl', 'iso-8859-2', 'quoted-printable', font='Calibri')
    m.what = ('Internal announcement to all Gdańsk staff (relayed for the Hamburg IT team): mail server maintenance '
              'window plus a warning about spam-bombing and fake helpdesk calls via Teams.')
    m.why = ('Genuine: internal Exchange path, from the local office manager, points only to the internal service '
             'desk, explicitly states IT never asks for remote-access tools or codes.')
    m.pair = [(26, 'IT helpdesk communication',
               'The real IT message refuses remote-access requests and uses the internal portal; the attack asks the '
               'user to accept an external Teams chat and start Quick Assist.')]
