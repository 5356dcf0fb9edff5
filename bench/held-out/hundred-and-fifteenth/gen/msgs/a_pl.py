"""Attack messages, Polish (22-26)."""
import base64

from msgs import msg
from msgs.common import *  # noqa
from lib import qr as Q, ids, archive
from lib.mime import addr, hdr_text, ew, Leaf, Multi
from lib.msg import in_zone, d_std, d_pad, d_postfix, epoch, local
import company


def exim_chain(m, host, ip, sender, rcpt, when, client_ip, helo, exim='4.98', proto='esmtpsa'):
    t1 = m.later(when, 0, 2)
    m.connect(host, host, ip, sender, rcpt, m.later(t1, 1, 3))
    v = ('from [%s] (port=%d helo=%s)\n\tby %s with %s  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim %s)\n\t(envelope-from <%s>)\n\tid %s-%s-%s\n\tfor %s;\n\t%s' % (
        client_ip, m.between(49152, 65000), helo, host, proto, exim, sender, '1' + m.alnum(5), '0000000' + m.alnum(4), m.alnum(4), rcpt, d_pad(t1)))
    return ('Received', v)


@msg('attack', '22', 'pl', 'partner-logistik-lookalike-zmiana-rachunku')
def a22(m):
    when = local('PL', 2026, 11, 23, 10, 36, 12)
    acc = ids.pl_iban('1090105', '0000000152384907')
    text = """Dzień dobry Pani Agnieszko,

w nawiązaniu do rozliczenia usług magazynowych i transportowych za październik (faktury FV/2026/10/0871 oraz FV/2026/10/0903, łącznie 61 482,30 zł brutto) uprzejmie informuję, że w związku ze zmianą banku obsługującego naszą spółkę od 1 listopada obowiązuje nowy rachunek bankowy:

Santander Bank Polska S.A.
%s

Nowy rachunek został zgłoszony do Wykazu podatników VAT (tzw. biała lista) – aktualizacja w wykazie może potrwać do kilku dni roboczych, dlatego do czasu jej widoczności prosimy o płatność bez mechanizmu podzielonej płatności.

W załączeniu przesyłam oświadczenie zarządu o zmianie rachunku. Poprzedni rachunek w mBanku zostanie zamknięty z końcem miesiąca.

Proszę o potwierdzenie otrzymania wiadomości i informację o planowanym terminie płatności.

Z poważaniem
Tadeusz Zieliński
Kierownik ds. Obsługi Klienta Kluczowego
Partner Logistik sp. z o.o.
ul. Logistyczna 7, 05-870 Błonie
tel. +48 22 725 41 18""" % ids.fmt_nrb(acc)
    letter = doc_pdf(m, 'Microsoft® Word dla Microsoft 365', local('PL', 2026, 11, 23, 10, 12, 0), 'Partner Logistik sp. z o.o.',
                     ['ul. Logistyczna 7 · 05-870 Błonie · NIP ' + ids.pl_nip('534281907')], (0, 102, 51),
                     ['Example Live Polska sp. z o.o.', 'ul. Grzybowska 62', '00-844 Warszawa'],
                     [('Błonie,', '23.11.2026'), ('Znak', 'PL/ZR/11/2026')],
                     'OŚWIADCZENIE O ZMIANIE RACHUNKU BANKOWEGO',
                     ['Zarząd spółki Partner Logistik sp. z o.o. oświadcza, że z dniem 01.11.2026 r. rachunkiem bankowym właściwym do '
                      'regulowania wszelkich należności na rzecz spółki jest rachunek prowadzony przez Santander Bank Polska S.A.:',
                      'Nr rachunku: %s' % ids.fmt_nrb(acc),
                      'Dotychczasowy rachunek w mBank S.A. zostanie zamknięty. Wpłaty na poprzedni rachunek nie będą księgowane.'],
                     sign=['Za Zarząd', 'Prezes Zarządu', 'Krzysztof Adamczyk'],
                     footer=[['Partner Logistik sp. z o.o.', 'Sąd Rejonowy dla m.st. Warszawy, XIV Wydział KRS'], ['KRS 0000583021', 'Kapitał zakładowy 500 000 zł']],
                     doc_title='Oświadczenie o zmianie rachunku')
    att = B.attachment(letter, 'application/pdf', 'Oświadczenie_zmiana_rachunku.pdf', 'outlook', when=when, charset='windows-1250', enc='Q')
    body = outlook_mixed(m, text, 'windows-1250', 'PL', 'smtp', atts=[att], cte='quoted-printable', font='Calibri')
    snd = ('Tadeusz Zieliński', 't.zielinski@partner-logistik.com.pl')
    host = 's%d.cyber-folks.pl' % m.between(10, 99)
    ip = '195.78.66.%d' % m.between(2, 250)
    h = []
    h.append(('DKIM-Signature', m.dkim('partner-logistik.com.pl', 'x', 'Content-Type:MIME-Version:Message-ID:Date:Subject:To:From:Sender:Reply-To:Cc', t=epoch(when))))
    h.append(exim_chain(m, host, ip, snd[1], 'agnieszka.wisniewska@example.com', when, '185.246.%d.%d' % (m.between(1, 250), m.between(1, 250)), 'DESKTOP-R4K81QT'))
    m.dmarc = ('none', None, 'partner-logistik.com.pl')
    h.append(('From', addr(snd[0], snd[1], 'windows-1250', 'Q')))
    h.append(('To', addr('Agnieszka Wiśniewska', 'agnieszka.wisniewska@example.com', 'windows-1250', 'Q')))
    h.append(('Subject', hdr_text('Zmiana rachunku bankowego - rozliczenie października', 'windows-1250', 'Q')))
    h.append(('Date', d_std(when)))
    h.append(('Message-ID', P.outlook_msgid(m, 'partner-logistik.com.pl', when)))
    h.append(('MIME-Version', '1.0'))
    h.append(('@MIME', None))
    h.append(('X-Mailer', 'Microsoft Outlook 16.0'))
    h.append(('Thread-Index', P.thread_index(m)))
    h.append(('Content-Language', 'pl'))
    m.headers = h
    m.body = body
    m.facts['phone'] = ['+48 22 725 41 18']
    m.meta.update(
        what='Supplier bank-detail change from a look-alike domain (partner-logistik.com.pl): "Tadeusz Zieliński" announces a new Santander account for two October invoices (PLN 61,482.30) and asks to pay without split payment until the VAT white list "updates".',
        why='Real partner uses partner-logistik.pl on home.pl, look-alike is on cyber_Folks without DMARC; the account is not on the VAT white list (the excuse pre-empts exactly that check), payment outside split payment, signed "statement" PDF, request to confirm the transfer date.')


@msg('attack', '23', 'pl', 'ksef-faktura-weryfikacja-brevo')
def a23(m):
    when = local('PL', 2026, 10, 15, 7, 55, 3)
    url = 'https://ksef-podglad-faktury.pl/weryfikacja/?nr=%s&nip=5272984131' % m.hex(20)
    text = """Krajowy System e-Faktur

Otrzymano nową fakturę ustrukturyzowaną

Numer KSeF: 5272984131-20261015-%s-%s
Sprzedawca: NIP 7010437512 - AGENCJA OCHRONY TYTAN SP. Z O.O.
Nabywca: NIP 5272984131 - EXAMPLE LIVE POLSKA SP. Z O.O.
Kwota brutto: 18 942,60 PLN
Termin płatności: 22.10.2026

Faktura wymaga weryfikacji przez nabywcę przed przekazaniem do płatności. Zaloguj się do Aplikacji Podatnika KSeF, aby przejrzeć fakturę i potwierdzić jej odbiór:

%s

Jeżeli faktura nie zostanie zweryfikowana w ciągu 72 godzin, zostanie oznaczona jako zakwestionowana.

Wiadomość wygenerowana automatycznie, prosimy na nią nie odpowiadać.
Ministerstwo Finansów - Krajowy System e-Faktur""" % (m.hex(6, True), m.hex(2, True), url)
    paras = text.split('\n\n')
    html = brand_html('Otrzymano nową fakturę ustrukturyzowaną', paras[2:4] + [paras[5]], color='#d10a11',
                      brand='Krajowy System e-Faktur', button=('Zweryfikuj fakturę', url),
                      footer=[paras[6].replace('\n', '\n')], lang='pl', charset='utf-8')
    tp = B.text_part(text, 'plain', 'utf-8', 'quoted-printable')
    hp = B.html_part(html, 'utf-8', 'quoted-printable')
    b1 = '----=_Part_%d_%d.%d' % (m.between(10**6, 10**7), m.between(10**8, 10**9), epoch(when) * 1000 + m.between(0, 999))
    body = Multi([('Content-Type', 'multipart/alternative; \n\tboundary="%s"' % b1)], [tp, hp], b1)
    a, b = m.pick([(77, 32), (185, 41)]), m.between(2, 250)
    ip = '%d.%d.%d.%d' % (a[0], a[1], m.pick([148, 28]), b)
    host = 'mx-%s.sendibt2.com' % ip.replace('.', '-')
    t0 = in_zone(when, 'UTC')
    envf = 'bounces-%d-agnieszka.wisniewska=example.com@bounces.ksef-powiadomienia.pl' % m.between(10**6, 10**7)
    m.connect(host, host, ip, envf, 'agnieszka.wisniewska@example.com', m.later(t0, 1, 3))
    m.dmarc = ('pass', 'none', 'ksef-powiadomienia.pl')
    h = []
    h.append(('DKIM-Signature', m.dkim('ksef-powiadomienia.pl', 'brevo1', 'Content-Type:Feedback-ID:To:Subject:Reply-To:From:MIME-Version:Message-Id:Date', t=epoch(t0))))
    h.append(('DKIM-Signature', m.dkim('sendibt2.com', 'brevo', 'Content-Type:Feedback-ID:To:Subject:Reply-To:From:MIME-Version:Message-Id:Date', t=epoch(t0))))
    h.append(('Received', 'by smtp-relay.sendinblue.com; %s' % d_std(t0)))
    h.append(('Date', d_std(t0)))
    h.append(('Message-Id', '<%s.%d@smtp-relay.mailin.fr>' % (m.b64url(24), m.between(10**6, 10**7))))
    h.append(('MIME-Version', '1.0'))
    h.append(('From', '"=?utf-8?q?KSeF_-_Powiadomienia?=" <noreply@ksef-powiadomienia.pl>'))
    h.append(('Reply-To', 'noreply@ksef-powiadomienia.pl'))
    h.append(('Subject', hdr_text('KSeF: otrzymano nową fakturę - wymagana weryfikacja nabywcy', 'utf-8', 'B')))
    h.append(('To', addr('Agnieszka Wiśniewska', 'agnieszka.wisniewska@example.com', 'utf-8', 'B')))
    h.append(('Feedback-ID', '%s:%d_-1:%d:Sendinblue' % (ip, m.between(10**6, 10**7), m.between(10**6, 10**7))))
    h.append(('X-sib-id', m.b64url(60)))
    h.append(('X-Mailer', 'Sendinblue'))
    h.append(('Origin-messageId', '<%s.%d@smtp-relay.mailin.fr>' % (m.b64url(24), m.between(10**6, 10**7))))
    h.append(('@MIME', None))
    m.headers = h
    m.body = body
    m.meta.update(
        what='Fake KSeF (Polish national e-invoicing system) notification: "new structured invoice requires buyer verification within 72 h", button to a look-alike "Aplikacja Podatnika" login page.',
        why='KSeF does not e-mail invoices to buyers and has no buyer-verification step; sent via Brevo (Sendinblue) from ksef-powiadomienia.pl, not from mf.gov.pl; link to ksef-podglad-faktury.pl; 72-hour threat; invoice data plausible but invented.')


@msg('attack', '24', 'pl', 'mbank-companynet-mtoken-qr-phpmailer')
def a24(m):
    when = local('PL', 2026, 11, 30, 8, 14, 49)
    url = 'https://companynet-mbank.pl-aktywacja.com/logowanie?ref=%s' % m.hex(16)
    mat, _, _ = Q.encode(url)
    m.qr_expect.append(url)
    cid = 'qr_mtoken_%s@mbank' % m.hex(8)
    text = """Szanowni Państwo,

informujemy, że zgodnie z nowymi wymogami bezpieczeństwa od 1 grudnia 2026 r. aplikacja mToken Asseco MAA musi zostać ponownie aktywowana dla wszystkich użytkowników systemu mBank CompanyNet posiadających uprawnienia do akceptacji przelewów.

Brak ponownej aktywacji spowoduje czasowe zablokowanie możliwości autoryzacji dyspozycji, w tym przelewów do ZUS i US.

Aktywacja zajmuje około 2 minut: zeskanuj kod QR z tej wiadomości aparatem telefonu, na którym masz zainstalowaną aplikację mToken Asseco MAA, albo skorzystaj z linku:
%s

Z poważaniem
Zespół mBank CompanyNet
mBank S.A., ul. Prosta 18, 00-850 Warszawa""" % url
    qr_row = ('<tr><td align="center" style="padding:10px 28px"><img src="cid:%s" width="180" height="180" alt="Kod QR aktywacji mToken" '
              'style="display:block;border:0"></td></tr>' % cid)
    html = brand_html('Ponowna aktywacja mToken Asseco MAA', text.split('\n\n')[1:3] + ['Aktywacja zajmuje około 2 minut: zeskanuj poniższy kod QR aparatem telefonu, na którym masz zainstalowaną aplikację mToken Asseco MAA.'],
                      color='#d4001a', brand='mBank CompanyNet', button=('Aktywuj mToken', url), extra_rows=qr_row,
                      footer=['Z poważaniem\nZespół mBank CompanyNet', 'mBank S.A., ul. Prosta 18, 00-850 Warszawa\nSąd Rejonowy dla m.st. Warszawy, KRS 0000025237'],
                      lang='pl', charset='iso-8859-2')
    tp = B.text_part(text, 'plain', 'iso-8859-2', 'quoted-printable')
    hp = B.html_part(html, 'iso-8859-2', 'quoted-printable')
    b1 = 'b2=_' + m.alnum(43)
    alt = Multi([('Content-Type', 'multipart/alternative;\n boundary="%s"' % b1)], [tp, hp], b1)
    img = B.attachment(qr_png(mat, 5), 'image/png', 'mtoken_qr.png', 'plain', cid=cid, inline=True)
    b0 = 'b1=_' + m.alnum(43)
    body = Multi([('Content-Type', 'multipart/related;\n boundary="%s";\n type="multipart/alternative"' % b0)], [alt, img], b0)
    host = 'serwer%d.home.pl' % m.between(1800000, 2999999)
    ip = '46.242.%d.%d' % (m.between(128, 250), m.between(2, 250))
    t1 = m.later(when, 0, 2)
    envf = 'wordpress@pensjonat-pod-lipami.pl'
    m.connect(host, host, ip, envf, 'katarzyna.nowak@example.com', m.later(t1, 1, 3))
    m.spf = 'pass'
    m.dmarc = ('none', None, 'mbank-companynet.pl')
    h = []
    h.append(('Received', 'from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTPA id %s\n\tfor <katarzyna.nowak@example.com>; %s' % (
        host, m.short_qid(), d_postfix(t1))))
    h.append(('Date', d_std(when)))
    h.append(('To', 'katarzyna.nowak@example.com'))
    h.append(('From', hdr_text('mBank CompanyNet', 'iso-8859-2') + ' <powiadomienia@mbank-companynet.pl>'))
    h.append(('Reply-To', 'powiadomienia@mbank-companynet.pl'))
    h.append(('Subject', hdr_text('mBank CompanyNet: wymagana ponowna aktywacja mToken do 1 grudnia', 'iso-8859-2', 'Q')))
    h.append(('Message-ID', '<%s@pensjonat-pod-lipami.pl>' % m.alnum(43)))
    h.append(('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)'))
    h.append(('MIME-Version', '1.0'))
    h.append(('@MIME', None))
    m.headers = h
    m.body = body
    m.meta.update(
        what='Business-banking credential phishing with an inline PNG QR code: "mBank CompanyNet" demands re-activation of the mToken Asseco MAA app before 1 December (scan the QR or use the link), otherwise transfer authorisation is blocked.',
        why='Sent by PHPMailer from a hacked WordPress guest-house site on home.pl (envelope wordpress@pensjonat-pod-lipami.pl), header From mbank-companynet.pl has no SPF/DKIM alignment; QR and link both go to companynet-mbank.pl-aktywacja.com; mToken activation QR codes are only shown inside CompanyNet, never mailed.')


@msg('attack', '25', 'pl', 'zapytanie-ofertowe-img-loader')
def a25(m):
    when = local('PL', 2026, 10, 28, 13, 20, 57)
    ph = lambda n: ('Inert placeholder for "%s".\nIn the real campaign this file is a signed-looking loader that side-loads a DLL '
                    'from the same image and injects a remote-access trojan. No executable code is contained here.\n' % n).encode('utf-8')
    img = archive.make_iso('ZO_2026_118', [('Zapytanie_ofertowe_ZO-2026-118.exe', ph('Zapytanie_ofertowe_ZO-2026-118.exe'), False),
                                           ('libcurl.dll', ph('libcurl.dll'), True)], (2026, 10, 28, 12, 58, 0))
    text = """Dzień dobry,

w imieniu firmy Agro-Trans Wielkopolska przesyłamy zapytanie ofertowe dotyczące organizacji imprezy jubileuszowej dla naszych pracowników i kontrahentów (ok. 1200 osób, czerwiec 2027, okolice Poznania) wraz z występem artysty i obsługą techniczną.

Szczegółowa specyfikacja, harmonogram oraz wymagania dotyczące sceny znajdują się w załączniku. Prosimy o przesłanie oferty do 10.11.2026.

Ze względu na rozmiar dokumentacji plik został zapisany jako obraz dysku - wystarczy go dwukrotnie kliknąć, aby otworzyć.

Z poważaniem
Marta Kaczmarek
Specjalista ds. zakupów
Agro-Trans Wielkopolska sp. z o.o.
ul. Przemysłowa 41, 62-080 Tarnowo Podgórne
tel. 61 814 27 90"""
    tp = B.text_part(text, 'plain', 'UTF-8', 'base64', quote=False)
    att = B.attachment(img, 'application/octet-stream', 'Zapytanie_ofertowe_ZO-2026-118.img', 'tb')
    bnd = tb_boundary(m)
    body = Multi([('Content-Type', 'multipart/mixed; boundary="%s"' % bnd)], [tp, att], bnd, 'This is a multi-part message in MIME format.')
    host = 'mail%d.zenbox.pl' % m.between(1, 9)
    ip = '94.152.%d.%d' % (m.between(1, 250), m.between(2, 250))
    snd = ('Marta Kaczmarek', 'm.kaczmarek@agrotrans-wlkp.pl')
    h = []
    h.append(('DKIM-Signature', m.dkim('agrotrans-wlkp.pl', 'zenbox', 'Content-Type:Subject:From:To:MIME-Version:Date:Message-ID:Sender:Reply-To:Cc', t=epoch(when))))
    h.append(exim_chain(m, host, ip, snd[1], 'biuro@example.com', when, '31.0.%d.%d' % (m.between(1, 250), m.between(1, 250)), '[192.168.1.%d]' % m.between(10, 99)))
    m.dmarc = ('pass', 'none', 'agrotrans-wlkp.pl')
    h.append(('Message-ID', '<%s@agrotrans-wlkp.pl>' % m.guid()))
    h.append(('Date', d_std(when)))
    h.append(('MIME-Version', '1.0'))
    h.append(('User-Agent', 'Mozilla Thunderbird'))
    h.append(('Content-Language', 'pl'))
    h.append(('To', 'biuro@example.com'))
    h.append(('From', addr(*snd)))
    h.append(('Subject', hdr_text('Zapytanie ofertowe ZO-2026-118 - impreza jubileuszowa 2027', 'UTF-8', 'Q')))
    h.append(('@MIME', None))
    m.headers = h
    m.body = body
    m.facts['phone'] = ['+48 61 814 27 90']
    m.meta.update(
        what='Malware loader as a request for quotation: disk image Zapytanie_ofertowe_ZO-2026-118.img containing an .exe named like the document and a hidden libcurl.dll for side-loading (inert placeholders).',
        why='Disk images are used to bypass Mark-of-the-Web; a visible .exe plus a hidden DLL is a loader pattern; "double-click to open" instruction; sent from a compromised small-company mailbox (Zenbox) to an alias; an RFQ never needs an executable.')


@msg('attack', '26', 'pl', 'naruszenie-praw-autorskich-dropbox')
def a26(m):
    when = local('PL', 2026, 12, 3, 11, 2, 44)
    url = 'https://www.dropbox.com/scl/fi/%s/Dowody_naruszenia_praw_autorskich_EXL-2026-118.zip?rlkey=%s&st=%s&dl=1' % (
        m.alnum(21).lower(), m.alnum(25).lower(), m.alnum(8).lower())
    text = """Szanowni Państwo,

działając w imieniu i na rzecz naszego Klienta, fotografa Adama Wróblewskiego, informuję, że na profilach Example Live Polska w serwisach Facebook i Instagram oraz na stronie sprzedaży biletów opublikowano co najmniej 7 fotografii z koncertów z lat 2024-2025 bez zgody autora i bez oznaczenia autorstwa, co stanowi naruszenie art. 78 i 79 ustawy o prawie autorskim i prawach pokrewnych.

Pełna dokumentacja (zrzuty ekranu z datami publikacji, pliki źródłowe RAW oraz zestawienie wyliczonego odszkodowania) znajduje się pod poniższym linkiem:

%s

Wzywam do usunięcia materiałów oraz do kontaktu w terminie 7 dni od otrzymania niniejszej wiadomości w celu polubownego rozwiązania sprawy. W przypadku braku odpowiedzi sprawa zostanie skierowana na drogę postępowania sądowego.

Z wyrazami szacunku
adw. Paweł Nowicki
Kancelaria Adwokacka Paweł Nowicki
ul. Mokotowska 49/7, 00-542 Warszawa""" % url
    body = gmail_body(m, text)
    P.gmail(m, ('Kancelaria Adwokacka Paweł Nowicki', 'kancelaria.adw.nowicki@gmail.com'), [S('Katarzyna Nowak')],
            'Naruszenie praw autorskich - wezwanie (sygn. EXL/2026/118)', when, body)
    m.meta.update(
        what='Fake copyright-infringement notice from a "law firm" on Gmail: unlicensed concert photos on the promoter\'s social media; the "evidence" is a ZIP on Dropbox (dl=1) that in the real campaigns contains an infostealer.',
        why='A lawyer would write from the firm\'s domain and attach or describe the evidence, not link a direct-download ZIP on Dropbox; freemail sender; 7-day legal threat; generic infringement story that fits any event company.')
