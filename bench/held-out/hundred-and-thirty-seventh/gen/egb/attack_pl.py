"""attack/22-26: Polish-language attacks."""
from . import company, docs, ids, mime, shared, systems
from .core import local, Part, rstr, HEXL, HEXU, ALNUM, guid
from .h import S, setup, meta, urls, mid_tb, mid_outlook_classic, mid_exchange, pdf_meta, outlook_quote_header
from .registry import message

PLOG = company.PLOG


def zbp(nip, nrb_digits, grosze, name, title):
    """Polish ZBP two-dimensional payment code (Rekomendacja ZBP)."""
    return '%s|PL|%s|%06d|%s|%s|||' % (nip, nrb_digits, grosze, name[:20], title[:32])


@message('attack', 22, 'pl', 'partner-logistik-lookalike-zmiana-rachunku')
def a22(m):
    pk = S('pawel.kaczmarek')
    fake = 'partner-logistlk.pl'
    t1 = local('Europe/Warsaw', 2026, 12, 1, 9, 12)
    t2 = local('Europe/Warsaw', 2026, 12, 2, 11, 40)
    sent = local('Europe/Warsaw', 2026, 12, 2, 15, 3, 17)
    mid1 = mid_outlook_classic(m, 'partner-logistik.pl')
    mid2 = mid_exchange(m, 'EXCH02')
    subj = 'RE: Faktury za transport 10-11/2026 – rozliczenie'
    setup(m, ('Tadeusz Zieliński', 't.zielinski@' + fake), [(pk['name'], pk['addr'])], subj, sent, zone='Europe/Warsaw',
          cc=[('Księgowość Partner Logistik', 'ksiegowosc@' + fake)], irt=mid2, refs=[mid1, mid2])
    m.hcharset, m.henc = 'windows-1250', 'Q'
    m.msgid = mid_outlook_classic(m, fake)
    iban = shared.A22_IBAN
    g1 = shared.fmt_plain(shared.PLOG_0377[1], 'pl')
    g2 = shared.fmt_plain(shared.PLOG_0418_GROSS, 'pl')
    new = ('Dzień dobry Panie Pawle,\n\n'
           'dziękuję za informację o terminie płatności. Przed zleceniem przelewu proszę jeszcze o uwagę: od 1 grudnia zmieniamy bank '
           'prowadzący nasz rachunek rozliczeniowy – rachunek w Santander Bank Polska zostanie zamknięty w związku z refinansowaniem floty.\n\n'
           'Faktury %s (%s zł) i %s (%s zł) proszę więc opłacić na nowy rachunek:\n\n'
           'Partner Logistik sp. z o.o.\nmBank S.A.\nnr rachunku: %s\n\n'
           'Nowy rachunek został zgłoszony do urzędu skarbowego i jest ujęty w wykazie podatników VAT (biała lista) – aktualizacja w '
           'wyszukiwarce Ministerstwa Finansów może potrwać do 3 dni roboczych, dlatego w załączeniu przesyłam pismo podpisane przez '
           'zarząd.\n\nBardzo proszę o potwierdzenie zmiany w systemie i przesłanie potwierdzenia przelewu po realizacji.\n\n'
           'Z poważaniem\nTadeusz Zieliński\nDyrektor ds. Operacyjnych\n\nPartner Logistik sp. z o.o.\nul. Magazynowa 5, 62-080 Tarnowo Podgórne\n'
           'tel. +48 61 814 52 34 | kom. +48 601 448 213\nwww.partner-logistik.pl\n'
           % (shared.PLOG_0377[0], g1, shared.PLOG_INV, g2, ids.pl_nrb(iban)))
    q1 = outlook_quote_header('pl', 'Kaczmarek Paweł <pawel.kaczmarek@example.com>', t2, 'Tadeusz Zieliński <t.zielinski@partner-logistik.pl>',
                              'RE: Faktury za transport 10-11/2026 – rozliczenie', zone='Europe/Warsaw')
    b1 = ('Dzień dobry Panie Tadeuszu,\n\nobie faktury (%s i %s) są zaakceptowane i pójdą w przelewach w piątek 4.12.\n\n'
          'Pozdrawiam\nPaweł Kaczmarek\nGłówny Księgowy | Example Group Polska sp. z o.o.\n' % (shared.PLOG_0377[0], shared.PLOG_INV))
    q2 = outlook_quote_header('pl', 'Tadeusz Zieliński <t.zielinski@partner-logistik.pl>', t1, 'pawel.kaczmarek@example.com',
                              'Faktury za transport 10-11/2026 – rozliczenie', zone='Europe/Warsaw')
    b2 = ('Dzień dobry,\n\nuprzejmie przypominam o fakturze %s z terminem płatności 30.11 oraz przesyłam fakturę %s za listopad.\n'
          'Czy mogę prosić o informację, kiedy planują Państwo płatność?\n\nPozdrawiam\nTadeusz Zieliński\n' % (shared.PLOG_0377[0], shared.PLOG_INV))
    plain = new + '\n' + q1 + '\n\n' + b1 + '\n' + q2 + '\n\n' + b2
    qh = lambda q: ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">%s</p></div>'
                    % '<br>'.join(mime.esc(x) for x in q.split('\n')))
    html = mime.outlook_html(mime.paras_html(new) + qh(q1) + mime.paras_html(b1) + qh(q2) + mime.paras_html(b2), 'PL').replace(
        'charset=utf-8', 'charset=windows-1250')
    pdfb, _ = docs.letter('dejavu', pdf_meta(m, sent, 'Zmiana rachunku bankowego', 'Tadeusz Zieliński',
                                             'Microsoft® Word dla Microsoft 365', 'Microsoft® Word dla Microsoft 365'),
                          ('Partner Logistik sp. z o.o.', ['ul. Magazynowa 5', '62-080 Tarnowo Podgórne', 'NIP ' + PLOG['nip']]),
                          ['Example Group Polska sp. z o.o.', 'ul. Tartaczna 8', '61-036 Poznań'], 'Tarnowo Podgórne, 2 grudnia 2026 r.',
                          'Informacja o zmianie rachunku bankowego',
                          'Szanowni Państwo,\n\ninformujemy, że z dniem 1 grudnia 2026 r. zmianie ulega rachunek bankowy Partner Logistik sp. z o.o. '
                          'Wszelkie płatności prosimy kierować wyłącznie na rachunek:\n\n**mBank S.A.**\n**%s**\n\nDotychczasowy rachunek w '
                          'Santander Bank Polska S.A. zostanie zamknięty. Nowy rachunek został zgłoszony do wykazu podatników VAT.' % ids.pl_nrb(iban),
                          'Z poważaniem', [('Tadeusz Zieliński', 'Dyrektor ds. Operacyjnych'), ('Marek Nowicki', 'Prezes Zarządu')],
                          ['Partner Logistik sp. z o.o. · Sąd Rejonowy Poznań – Nowe Miasto i Wilda, VIII Wydział Gospodarczy KRS · NIP ' + PLOG['nip']],
                          accent=(200, 30, 40))
    m.body = mime.mixed(m, 'outlook', [
        mime.alt(m, 'outlook', mime.text(plain, 'windows-1250', 'quoted-printable'), mime.html(html, 'windows-1250', 'quoted-printable')),
        mime.attachment(pdfb, 'application/pdf', 'Zmiana rachunku bankowego - Partner Logistik.pdf')])
    systems.homepl(m, mua='outlook', lang='pl')
    m.fact('IBAN', iban)
    meta(m, 'Bank-account change inside a stolen thread, sent from the look-alike partner-logistlk.pl ("l" for "i"): the logistics '
            'partner "moves banks" and asks to pay both open invoices to a new mBank account; claims the account is on the VAT white list.',
         'The attacker registered the look-alike domain at the same hoster as the real partner (home.pl), so headers look familiar and '
         'SPF/DKIM pass; quoted history is from the real domain. Pre-empts the white-list check ("may take 3 days"), asks for the payment '
         'confirmation. Genuine bank change done properly: business/25; genuine invoice: business/22.')


@message('attack', 23, 'pl', 'ksef-phishing-uwierzytelnienie')
def a23(m):
    pk = S('pawel.kaczmarek')
    sent = local('Europe/Warsaw', 2026, 12, 7, 7, 50, 12)
    nip = company.ENT['PL']['tax'][0][1]
    setup(m, ('Krajowy System e-Faktur', 'powiadomienia@e-faktury-ksef.pl'), [('', pk['addr'])],
          'KSeF: 3 faktury oczekują na odbiór – wymagane ponowne uwierzytelnienie', sent, zone='Europe/Warsaw')
    link = 'https://ksef-podatki.gov-pl.online/logowanie?nip=%s&sid=%s' % (nip, rstr(m.rng, HEXL, 24))
    paras = ['Szanowni Państwo,',
             'w Krajowym Systemie e-Faktur dla podmiotu o NIP %s (Example Group Polska sp. z o.o.) znajdują się 3 faktury '
             'ustrukturyzowane, których odbiór nie został potwierdzony.' % nip,
             'W związku z wygaśnięciem tokenów uwierzytelniających wydanych przed wdrożeniem KSeF 2.0 dostęp do Aplikacji Podatnika '
             'KSeF został czasowo zawieszony. Aby odzyskać dostęp i pobrać faktury, należy ponownie uwierzytelnić się za pomocą profilu '
             'zaufanego, podpisu kwalifikowanego lub bankowości elektronicznej.',
             'Brak uwierzytelnienia w ciągu 72 godzin może skutkować brakiem możliwości odliczenia podatku VAT z nieodebranych faktur.',
             'Wiadomość wygenerowana automatycznie. Prosimy na nią nie odpowiadać.\nMinisterstwo Finansów – Krajowy System e-Faktur']
    html = ('<html><body style="margin:0;font-family:Arial,sans-serif;background:#f5f5f5"><table align="center" width="620" '
            'style="background:#fff"><tr><td style="background:#fff;border-bottom:4px solid #d7232b;padding:18px 28px;font-size:13px">'
            '<b style="font-size:18px">gov.pl</b> &nbsp;|&nbsp; Ministerstwo Finansów</td></tr><tr><td style="padding:22px 28px;font-size:14px;color:#1b1b1b">' +
            ''.join('<p>%s</p>' % mime.esc(p) for p in paras[:3]) +
            '<p><a href="%s" style="background:#0052a5;color:#fff;padding:11px 24px;text-decoration:none;font-weight:bold">'
            'Zaloguj się do Aplikacji Podatnika KSeF</a></p>' % mime.esc(link) +
            '<p>%s</p></td></tr><tr><td style="padding:14px 28px;background:#f0f0f0;font-size:11px;color:#666">%s</td></tr></table></body></html>'
            % (mime.esc(paras[3]), mime.esc(paras[4]).replace('\n', '<br>')))
    plain = '\n\n'.join(paras[:3]) + '\n\nZaloguj się do Aplikacji Podatnika KSeF: ' + link + '\n\n' + '\n\n'.join(paras[3:]) + '\n'
    m.body = mime.alt(m, 'sendgrid', mime.text(plain, 'utf-8', 'quoted-printable'), mime.html(html, 'utf-8', 'quoted-printable'))
    systems.sendgrid(m, brand_domain='e-faktury-ksef.pl')
    urls(m, link)
    meta(m, 'Credential phishing themed on the Polish national e-invoicing system KSeF: three invoices "awaiting collection", tokens '
            'expired with KSeF 2.0, re-authenticate with trusted profile or online banking within 72 hours.',
         'KSeF does not send such e-mails; sender domain e-faktury-ksef.pl via SendGrid, link host gov-pl.online merely contains '
         '"gov-pl". Uses the real NIP and the real 2026 KSeF roll-out to look credible; bank-login harvesting. Genuine KSeF invoice '
         'with verification QR: business/22.')


@message('attack', 24, 'pl', 'inpost-doplata-blik')
def a24(m):
    aw = S('agnieszka.wroblewska')
    sent = local('Europe/Warsaw', 2026, 11, 26, 12, 21, 44)
    num = '620817345519208744130'
    setup(m, ('InPost', 'powiadomienia@inpost-paczka24.pl'), [('', aw['addr'])],
          'Twoja paczka %s czeka na dopłatę 1,99 zł' % num, sent, zone='Europe/Warsaw')
    link = 'https://inpost-paczka24.pl/doplata/%s?blik=1' % num
    unsub = 'https://9fzr2.r.sp1-brevo.net/mk/un/sh/%s' % rstr(m.rng, ALNUM, 30)
    paras = ['Dzień dobry!',
             'Twoja paczka nr %s nie mieści się w standardowej skrytce Paczkomatu POZ08M (ul. Tartaczna 6, Poznań) i została '
             'przekierowana do skrytki gabarytu C.' % num,
             'Aby odebrać przesyłkę, uiść dopłatę w wysokości 1,99 zł. Płatność BLIK zajmie Ci mniej niż minutę. Jeśli dopłata nie zostanie '
             'uregulowana w ciągu 48 godzin, paczka wróci do nadawcy.',
             'Pozdrawiamy,\nZespół InPost']
    html = ('<html><body style="margin:0;background:#f2f2f2;font-family:Montserrat,Arial,sans-serif"><table align="center" width="600" '
            'style="background:#fff"><tr><td style="background:#ffcd00;padding:18px 26px;font-size:26px;font-weight:900;color:#1d1d1b">InPost</td></tr>'
            '<tr><td style="padding:24px 26px;font-size:15px;color:#1d1d1b">' + ''.join('<p>%s</p>' % mime.esc(p).replace('\n', '<br>') for p in paras[:3]) +
            '<p style="margin:26px 0"><a href="%s" style="background:#1d1d1b;color:#ffcd00;padding:13px 30px;text-decoration:none;'
            'font-weight:bold;border-radius:24px">Dopłać 1,99 zł BLIK</a></p><p>%s</p></td></tr><tr><td style="padding:14px 26px;font-size:11px;'
            'color:#888">InPost S.A., ul. Pana Tadeusza 4, 30-727 Kraków · <a href="%s" style="color:#888">Wypisz się</a></td></tr></table></body></html>'
            % (mime.esc(link), mime.esc(paras[3]).replace('\n', '<br>'), mime.esc(unsub)))
    plain = mime.html2text(html)
    m.body = mime.alt(m, 'java', mime.text(plain, 'utf-8', 'base64'), mime.html(html, 'utf-8', 'base64'))
    systems.brevo(m, customer_domain='inpost-paczka24.pl', list_unsub=unsub)
    urls(m, link, unsub)
    meta(m, 'Parcel-fee phishing: an InPost parcel locker "needs a bigger box", pay 1.99 PLN by BLIK within 48 hours or the parcel is '
            'returned; the page collects BLIK codes/card data.',
         'Look-alike domain inpost-paczka24.pl sent through Brevo; the office manager really receives InPost parcels (see the genuine '
         'notification business/24), which is what makes it work; tiny amount, short deadline, BLIK payment.')


@message('attack', 25, 'pl', 'mbank-potwierdzenie-svg')
def a25(m):
    pk = S('pawel.kaczmarek')
    sent = local('Europe/Warsaw', 2026, 11, 18, 10, 3, 29)
    setup(m, ('mBank S.A.', 'potwierdzenia@mbank-powiadomienia.com'), [('', pk['addr'])],
          'Potwierdzenie realizacji przelewu – 18 450,00 PLN', sent, zone='Europe/Warsaw')
    link = 'https://mbank-potwierdzenia.s3.eu-central-1.amazonaws.com/pdf/index.html?id=%s' % rstr(m.rng, HEXL, 20)
    text = ('Szanowni Państwo,\n\n'
            'w załączeniu przesyłamy potwierdzenie wykonania przelewu zleconego na rzecz Państwa firmy przez naszego klienta.\n\n'
            'Kwota: 18 450,00 PLN\nData realizacji: 18.11.2026\n\n'
            'Dokument można otworzyć w przeglądarce internetowej.\n\n'
            'Wiadomość została wygenerowana automatycznie, prosimy na nią nie odpowiadać.\n\nmBank S.A.\n')
    svg = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="620" height="460" viewBox="0 0 620 460">\n'
           '<rect width="620" height="460" fill="#ffffff"/>\n<rect width="620" height="64" fill="#e2001a"/>\n'
           '<text x="30" y="42" font-family="Arial" font-size="28" font-weight="bold" fill="#ffffff">mBank</text>\n'
           '<text x="30" y="110" font-family="Arial" font-size="20" fill="#222">Potwierdzenie wykonania przelewu</text>\n'
           '<text x="30" y="150" font-family="Arial" font-size="14" fill="#555">Odbiorca: Example Group Polska sp. z o.o.</text>\n'
           '<text x="30" y="175" font-family="Arial" font-size="14" fill="#555">Kwota: 18 450,00 PLN</text>\n'
           '<text x="30" y="200" font-family="Arial" font-size="14" fill="#555">Tytuł: FV 2026/11/118 zapłata</text>\n'
           '<rect x="30" y="230" width="560" height="120" fill="#f3f3f3"/>\n'
           '<text x="50" y="275" font-family="Arial" font-size="15" fill="#333">Podgląd dokumentu jest niedostępny w trybie zabezpieczonym.</text>\n'
           '<text x="50" y="305" font-family="Arial" font-size="15" fill="#333">Pobierz pełne potwierdzenie (PDF), aby zweryfikować płatność.</text>\n'
           '<a xlink:href="%s" href="%s" target="_blank">\n<rect x="200" y="370" width="220" height="44" rx="22" fill="#e2001a"/>\n'
           '<text x="310" y="398" font-family="Arial" font-size="16" font-weight="bold" fill="#ffffff" text-anchor="middle">Pobierz PDF</text>\n'
           '</a>\n</svg>\n' % (mime.esc(link), mime.esc(link)))
    m.body = mime.mixed(m, 'java', [mime.text(text, 'windows-1250', 'quoted-printable'),
                                    mime.attachment(svg.encode('utf-8'), 'image/svg+xml', 'Potwierdzenie_przelewu_20261118.svg')])
    systems.mailgun(m, 'mg.mbank-powiadomienia.com')
    urls(m, link)
    meta(m, 'SVG attachment lure: "mBank transfer confirmation" for 18,450 PLN paid to the company; the SVG draws a bank-styled '
            'confirmation and a "Download PDF" link to a phishing page hosted on an Amazon S3 bucket.',
         'SVG images can contain links (and, in the wild, scripts) and are rarely inspected; the sender domain is a look-alike sent via '
         'Mailgun; an incoming payment confirmation the recipient did not ask for. No script in this sample.')


@message('attack', 26, 'pl', 'rejestr-firm-oplata-kod-zbp')
def a26(m):
    aw = S('agnieszka.wroblewska')
    sent = local('Europe/Warsaw', 2026, 10, 6, 9, 27, 3)
    setup(m, ('CRPiDG – Dział Wpisów', 'wpisy@crpidg.pl'), [('Example Group Polska sp. z o.o.', aw['addr'])],
          'Aktualizacja danych w rejestrze – Example Group Polska sp. z o.o. (KRS 0000512874)', sent, zone='Europe/Warsaw', style='thunderbird')
    m.msgid = mid_tb(m, 'crpidg.pl')
    iban = ids.pl_iban('1870104', '5000000041807726')
    scam_nip = ids.pl_nip('521408375')
    code = zbp(scam_nip, iban[2:], 145000, 'CRPIDG SP Z O O', 'WPIS KRS0000512874 2026/2027')
    e = company.ENT['PL']
    text = ('Szanowni Państwo,\n\n'
            'w związku z corocznym przeglądem danych w Centralnym Rejestrze Przedsiębiorstw i Działalności Gospodarczej prosimy o '
            'weryfikację danych Państwa firmy Example Group Polska sp. z o.o. (KRS 0000512874, NIP %s) i opłacenie wpisu na okres '
            '2026/2027 w terminie 7 dni.\n\n'
            'Formularz z aktualnymi danymi oraz kodem do płatności mobilnej znajduje się w załączniku. Płatności można dokonać skanując '
            'kod QR w aplikacji bankowej.\n\nZ poważaniem\nDział Wpisów\nCRPiDG sp. z o.o.\nul. Grzybowska 87, 00-844 Warszawa\n'
            'tel. +48 22 307 41 18\n' % e['tax'][0][1])
    pdfb, _ = docs.invoice(
        'dejavu', pdf_meta(m, sent, 'Formularz aktualizacji danych', 'CRPiDG', 'Writer', 'LibreOffice 24.8'),
        ('Centralny Rejestr Przedsiębiorstw i Działalności Gospodarczej', ['CRPiDG sp. z o.o., ul. Grzybowska 87, 00-844 Warszawa',
                                                                             'NIP %s · www.crpidg.pl' % scam_nip]),
        ['Example Group Polska sp. z o.o.', 'ul. Tartaczna 8', '61-036 Poznań', 'KRS 0000512874 · NIP ' + e['tax'][0][1]],
        'Formularz aktualizacji wpisu', [('Nr formularza', 'CR/2026/10/48817'), ('Data', '06.10.2026'), ('Termin', '13.10.2026')],
        ['Lp.', 'Usługa', 'Ilość', 'Cena', 'Wartość'],
        [['1', 'Aktualizacja i publikacja danych przedsiębiorstwa\nokres 12 miesięcy, kategoria: budownictwo drewniane', '1', '1 450,00', '1 450,00']],
        [('Do zapłaty', '1 450,00 zł', True)],
        ['Rachunek (IBAN): %s' % ids.iban_fmt(iban), 'Tytuł: WPIS KRS0000512874 2026/2027'],
        ['CRPiDG jest prywatnym rejestrem gospodarczym i nie jest powiązany z Krajowym Rejestrem Sądowym ani CEIDG.',
         'Dokonanie wpłaty oznacza zamówienie usługi publikacji danych na okres 12 miesięcy z automatycznym przedłużeniem. Regulamin na www.crpidg.pl.'],
        qr=(code, ['Zapłać kodem QR w aplikacji bankowej']), money_cols=(3,))
    m.qr_expect.append(('Formularz_aktualizacji_KRS_0000512874.pdf', code))
    m.body = mime.mixed(m, 'thunderbird', [mime.text(text, 'iso-8859-2', 'base64', quoted=False),
                                           mime.attachment(pdfb, 'application/pdf', 'Formularz_aktualizacji_KRS_0000512874.pdf')],
                        preamble='This is a multi-part message in MIME format.')
    systems.postfix_relay(m, 'mail.crpidg.pl', '198.51.100.118', rdns='mail.crpidg.pl', mua='thunderbird', selector='default', lang='pl')
    m.fact('IBAN', iban)
    meta(m, 'Register scam: a private "Central Register of Enterprises" demands 1,450 PLN for the "annual update" of the company\'s '
            'entry, quoting the real KRS and NIP; the PDF form has a Polish ZBP payment QR code for the banking app.',
         'Not the court register (KRS) or CEIDG; the fine print admits a private, auto-renewing publication service. Payment via QR '
         'lowers the barrier; sent from a dedicated domain with its own mail server.')
