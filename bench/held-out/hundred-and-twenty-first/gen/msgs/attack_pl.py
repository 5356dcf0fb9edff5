"""attack/22-26: Polish-language attacks."""
import html as _h

from lib import data, ids, kit, mime, qr, png, containers, systems as sy
from lib.data import S, OFF
from lib.message import auth
from lib.mime import T, plus, Part, Multipart, attachment, text
from lib.registry import scenario

PL_BUYER = ['Example Ochrona Przeciwpożarowa Sp. z o.o.', 'ul. Krakowska 180', '52-015 Wrocław', 'NIP: ' + OFF['PL']['taxid']]
PARTNER_NIP = ids.pl_nip('782265813')


# ---------------------------------------------------------------------------
@scenario('attack', '22-pl-partner-logistic-lookalike-rachunek.eml')
def a22(m):
    r = m.rng
    marek = S('Szymański')
    dom = 'partner-logistic.pl'
    m.frm = ('Księgowość Partner Logistik', 'ksiegowosc@' + dom)
    m.to = [marek]
    m.rcpt = [marek[1]]
    m.mail_from = m.frm[1]
    m.subject = 'Zmiana rachunku bankowego - Partner Logistik sp. z o.o. / faktura FV/2026/10/318'
    m.date = T(2026, 10, 26, 9, 3, 27)
    m.msgid = m.mid('outlook_smtp', dom)
    m.hdr_charset, m.hdr_enc = 'windows-1250', 'Q'
    m.phrase_mixed = True
    m.content_language = 'pl'
    new_iban = ids.make_iban('PL', ids.pl_sortcode('1870000') + '1000000471283650')
    body = ('Szanowni Państwo,\n\nuprzejmie informujemy, że od dnia 26.10.2026 r. zmianie uległ numer rachunku bankowego '
            'naszej spółki. Nowy rachunek został zgłoszony do Wykazu podatników VAT (tzw. białej listy) i jest już w nim '
            'widoczny.\n\nProsimy o realizację płatności za fakturę FV/2026/10/318 (w załączeniu) oraz wszystkich kolejnych '
            'wyłącznie na rachunek:\n\n%s\nNest Bank S.A.\n\nDotychczasowy rachunek w Santander Bank Polska zostanie zamknięty '
            'z końcem miesiąca – wpłaty na stary rachunek będą zwracane. Faktura płatna w mechanizmie podzielonej płatności.\n\n'
            'Prosimy o potwierdzenie aktualizacji danych w odpowiedzi na tę wiadomość.\n\nZ poważaniem\n\nDział Księgowości\n'
            'Partner Logistik sp. z o.o.\nul. Gnieźnieńska 12, 62-028 Koziegłowy\ntel. +48 61 842 77 10\n') % ids.fmt_iban(new_iban)
    inv, tot = kit.invoice_pdf(
        'pl', ['Partner Logistik sp. z o.o.', 'ul. Gnieźnieńska 12, 62-028 Koziegłowy', 'NIP: %s' % PARTNER_NIP,
               'tel. +48 61 842 77 10'],
        PL_BUYER, 'FV/2026/10/318', '26.10.2026',
        [('Usługi magazynowe – październik 2026 (składowanie 184 miejsc paletowych)', 184, 38.50),
         ('Obsługa kompletacji zamówień (pick & pack)', 1260, 4.20),
         ('Transport krajowy – dostawy do klientów, październik 2026', 1, 9840.00)],
        'PLN', 23, ['Nest Bank S.A.', 'Nr rachunku: %s' % ids.fmt_iban(new_iban)],
        meta_lines=['Data sprzedaży|31.10.2026', 'Termin płatności|09.11.2026'],
        notes=['Mechanizm podzielonej płatności.'], creator='Subiekt GT', producer='Subiekt GT (InsERT)',
        pdfdate="D:20261026085812+01'00'", logo_color=(0.0, 0.45, 0.25))
    plain = body
    html = kit.outlook_html(body, 'pl', 'windows-1250')
    bnd_m, bnd_a = kit.boundary(r, 'outlook_smtp'), kit.boundary(r, 'outlook_smtp')
    body_obj = Multipart('mixed', [
        Multipart('alternative', [text(plain, 'plain', 'windows-1250', 'quoted-printable'),
                                  text(html, 'html', 'windows-1250', 'quoted-printable')], bnd_a),
        attachment(inv, 'FV_2026_10_318.pdf', 'application/pdf', 'outlook', r, plus(m.date, -60))], bnd_m,
        preamble='This is a multipart message in MIME format.')
    t1 = plus(m.date, 1)
    sig, dkb = sy.dkim_sig(r, dom, 'x', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', t=t1)
    pre = [sig, sy.rcv_postfix('DESKTOP-8QK2M4T', 'unknown', '91.92.%d.%d' % (r.randrange(240, 255), r.randrange(2, 250)),
                               'server658213.nazwa.pl', r.postfix_qid(), t1, None, sy.TLS13, proto='ESMTPSA')]
    hdrs = sy.compose(m, pre, 'outlook_smtp')
    m.finish(hdrs, ('server658213.nazwa.pl', 'server658213.nazwa.pl', '192.0.2.213'), plus(m.date, 3),
             auth(spf=('pass', dom), dkim=[('pass', dom, 'x', 2048, dkb)], dmarc=('none', None, dom)), body_obj)
    m.fact('ibans', new_iban)
    m.fact('phones', '+48 61 842 77 10')
    m.what = 'Invoice fraud from the look-alike domain partner-logistic.pl (c instead of k): "our bank account changed, it is on the VAT white list", invoice FV/2026/10/318 with the new account at Nest Bank.'
    m.why = 'Typosquatted domain of the real logistics partner on a cheap shared host (no DMARC), account change announced only by e-mail, claims white-list registration to pre-empt the usual check; real Partner Logistik invoices come from home.pl with the Santander account (business/22).'


# ---------------------------------------------------------------------------
@scenario('attack', '23-pl-ksef-token-wygasa.eml')
def a23(m):
    r = m.rng
    marek = S('Szymański')
    dom = 'ksef-mf.pl'
    m.frm = ('Krajowy System e-Faktur (KSeF)', 'powiadomienia@' + dom)
    m.to = [marek]
    m.rcpt = [marek[1]]
    m.mail_from = 'bounces+%d-%s-marek.szymanski=example.com@em812.%s' % (r.randrange(10 ** 7, 10 ** 8), r.hex(4), dom)
    m.subject = 'KSeF: token uwierzytelniający dla NIP 8992847168 wygasa 07.11.2026 - wymagana ponowna autoryzacja'
    m.date = T(2026, 11, 5, 7, 44, 9)
    m.date_zone = 'UTC'
    m.msgid = '%s@geopod-ismtpd-%d' % (r.alnum(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), r.randrange(1, 30))
    url = 'https://ksef.podatki-gov.pl.e-uwierzytelnienie.com/logowanie?nip=8992847168&sid=%s' % r.hex(20)
    html = ('<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>KSeF</title></head>'
            '<body style="margin:0;background:#f0f2f5;font-family:Lato,Arial,sans-serif;color:#1b1b1b">'
            '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">'
            '<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:6px solid #dc0032">'
            '<tr><td style="padding:22px 30px 8px 30px;font-size:13px;color:#555">Ministerstwo Finansów · Krajowa Administracja Skarbowa</td></tr>'
            '<tr><td style="padding:0 30px 10px 30px;font-size:22px;font-weight:bold">Krajowy System e-Faktur</td></tr>'
            '<tr><td style="padding:10px 30px;font-size:14px;line-height:22px">'
            '<p>Szanowni Państwo,</p>'
            '<p>token uwierzytelniający wygenerowany dla podmiotu <b>Example Ochrona Przeciwpożarowa Sp. z o.o. (NIP 8992847168)</b> '
            'utraci ważność <b>07.11.2026</b> w związku z przejściem na certyfikaty KSeF (zmiana wprowadzona od 1 listopada 2026 r.).</p>'
            '<p>Po tym terminie wystawianie i odbieranie faktur ustrukturyzowanych przez Państwa system finansowo-księgowy nie będzie '
            'możliwe, a faktury wystawione poza KSeF będą podlegały sankcjom z art. 106ni ustawy o VAT.</p>'
            '<p>Aby zachować ciągłość, prosimy o ponowne uwierzytelnienie i wygenerowanie certyfikatu:</p>'
            '<p style="text-align:center;padding:8px 0"><a href="' + _h.escape(url) + '" style="background:#dc0032;color:#ffffff;'
            'text-decoration:none;padding:12px 30px;font-weight:bold;border-radius:4px">Zaloguj się do KSeF</a></p>'
            '<p style="font-size:12px;color:#666">Logowanie możliwe przez profil zaufany, e-dowód lub bankowość elektroniczną.</p>'
            '<p>Z poważaniem<br>Zespół KSeF<br>Ministerstwo Finansów</p></td></tr>'
            '<tr><td style="padding:14px 30px;font-size:11px;color:#888;border-top:1px solid #eee">Wiadomość wygenerowana automatycznie, '
            'prosimy na nią nie odpowiadać. Informacja Krajowej Informacji Skarbowej: 22 330 03 30.</td></tr>'
            '</table></td></tr></table></body></html>\n')
    plain = ('Szanowni Państwo,\n\ntoken uwierzytelniający wygenerowany dla podmiotu Example Ochrona Przeciwpożarowa Sp. z o.o. '
             '(NIP 8992847168) utraci ważność 07.11.2026.\n\nAby zachować ciągłość, prosimy o ponowne uwierzytelnienie:\n%s\n\n'
             'Z poważaniem\nZespół KSeF\nMinisterstwo Finansów\n') % url
    bnd = kit.boundary(r, 'sendgrid')
    body_obj = Multipart('alternative', [text(plain, 'plain', 'utf-8', 'quoted-printable', ctype_value='text/plain; charset=utf-8'),
                                         text(html, 'html', 'utf-8', 'quoted-printable', ctype_value='text/html; charset=utf-8')], bnd)
    hdrs, conn, tmx, bees = sy.sendgrid(m, m.date, dom)
    m.finish(hdrs, conn, plus(tmx, 1), auth(spf=('pass', 'em812.' + dom), dkim=[('pass', dom, 's1', 2048, bees[0][1])],
                                         dmarc=('pass', 'none', dom)), body_obj)
    m.fact('urls', url)
    m.fact('phones', '22 330 03 30')
    m.what = 'KSeF credential phishing: "Krajowy System e-Faktur" claims the company\'s KSeF token expires on 07.11.2026 and asks to log in (profil zaufany / bank login) via a button.'
    m.why = 'Ministry of Finance impersonated from the private domain ksef-mf.pl through SendGrid; link to a gov-pl look-alike host under e-uwierzytelnienie.com; sanctions threat; the real KSeF does not e-mail login links.'


# ---------------------------------------------------------------------------
@scenario('attack', '24-pl-dpd-doplata-sms-style.eml')
def a24(m):
    r = m.rng
    kasia = S('Wójcik')
    site = 'sklep-rowerowy-kasia.pl'
    m.frm = ('DPD Polska', 'no-reply@' + site)
    m.to = [kasia]
    m.rcpt = [kasia[1]]
    m.mail_from = 'rowerkas@s58.cyber-folks.pl'
    parcel = '1000637548291U'
    m.subject = 'DPD: Twoja przesyłka %s oczekuje na dopłatę 2,49 zł' % parcel
    m.date = T(2026, 11, 26, 12, 18, 40)
    m.msgid = m.mid('php', site)
    url = 'https://dpd-polska.doplata-przesylki.com/pl/%s?k=%s' % (parcel, r.hex(6))
    html = ('<html><head><meta charset="UTF-8"></head><body style="font-family:Arial,sans-serif;background:#f2f2f2;margin:0">'
            '<div style="max-width:560px;margin:20px auto;background:#fff;border:1px solid #e0e0e0">'
            '<div style="background:#dc0032;padding:16px 22px;color:#fff;font-size:24px;font-weight:bold">dpd</div>'
            '<div style="padding:22px;font-size:14px;line-height:21px;color:#414042">'
            '<p>Dzień dobry,</p><p>Twoja przesyłka nr <b>%s</b> dotarła do naszego oddziału we Wrocławiu, jednak nie mogła zostać '
            'doręczona z powodu niepełnego adresu (brak numeru lokalu).</p>'
            '<p>Aby przesyłka została doręczona w dniu jutrzejszym, uzupełnij adres i opłać ponowne doręczenie w kwocie <b>2,49 zł</b>.</p>'
            '<p style="text-align:center"><a href="%s" style="background:#dc0032;color:#fff;padding:12px 28px;text-decoration:none;'
            'border-radius:22px;font-weight:bold">Uzupełnij adres i zapłać</a></p>'
            '<p style="font-size:12px;color:#777">Jeśli dopłata nie zostanie uregulowana w ciągu 48 godzin, przesyłka zostanie zwrócona do nadawcy.</p>'
            '<p>Pozdrawiamy<br>Zespół DPD Polska</p></div>'
            '<div style="padding:12px 22px;font-size:11px;color:#999;border-top:1px solid #eee">DPD Polska Sp. z o.o., ul. Mineralna 15, 02-274 Warszawa</div>'
            '</div></body></html>\n') % (parcel, _h.escape(url))
    plain = ('Dzień dobry,\n\nTwoja przesyłka nr %s nie mogła zostać doręczona z powodu niepełnego adresu. Uzupełnij adres i opłać '
             'ponowne doręczenie (2,49 zł): %s\n\nZespół DPD Polska\n') % (parcel, url)
    bnd = kit.boundary(r, 'php')
    body_obj = Multipart('alternative', [text(plain, 'plain', 'UTF-8', 'base64', ctype_value='text/plain; charset=UTF-8'),
                                         text(html, 'html', 'UTF-8', 'base64', ctype_value='text/html; charset=UTF-8')], bnd)
    hdrs, conn, tmx, dkb = sy.exim_cpanel(m, m.date, 's58.cyber-folks.pl', '192.0.2.58', site, m.mail_from, php=True, auth_user='rowerkas')
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 's58.cyber-folks.pl'), dkim=[], dmarc=('fail', 'none', site)), body_obj)
    m.fact('urls', url)
    m.fact('other', 'parcel number ' + parcel)
    m.what = 'Courier smishing-style mail: "DPD Polska" asks for a 2,49 zł fee to redeliver parcel 1000637548291U (card-data phishing).'
    m.why = 'Sent by PHPMailer from a compromised bike-shop website on shared hosting; link to doplata-przesylki.com, not dpd.com.pl; tiny fee to harvest card data; real DPD notifications (business/24) link to tracktrace.dpd.com.pl and never ask for payment by mail.'


# ---------------------------------------------------------------------------
@scenario('attack', '25-pl-google-forms-callback-norton.eml')
def a25(m):
    r = m.rng
    kasia = S('Wójcik')
    m.frm = ('Formularze Google', 'forms-receipts-noreply@google.com')
    m.to = [kasia]
    m.rcpt = [kasia[1]]
    m.mail_from = '3%s@doclist.bounces.google.com' % r.alnum(40, 'abcdefghijklmnopqrstuvwxyz0123456789')
    title = 'Potwierdzenie płatności – Norton 360 Business (faktura PL-88412)'
    m.subject = 'Dziękujemy za wypełnienie formularza: %s' % title
    m.date = T(2026, 12, 3, 9, 27, 14)
    m.date_zone = 'UTC'
    m.msgid = '%s@google.com' % r.alnum(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
    phone = '+48 22 307 41 96'
    form_id = '1FAIpQL' + r.alnum(49, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')
    edit = 'https://docs.google.com/forms/d/e/%s/viewform?edit2=2_ABaOnud%s' % (form_id, r.alnum(60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'))
    desc = ('Szanowny Kliencie, Twoja subskrypcja Norton 360 Business (10 urządzeń, 3 lata) została automatycznie odnowiona. '
            'Kwota 1 849,00 zł zostanie pobrana z Twojego rachunku w ciągu 24 godzin. Numer faktury: PL-88412. '
            'Jeżeli nie autoryzowałeś tej transakcji lub chcesz anulować subskrypcję, zadzwoń natychmiast do działu rozliczeń: '
            '%s (pon.–pt. 8:00–20:00).') % phone
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div style="font-family:Roboto,Arial,Helvetica,sans-serif;max-width:640px;margin:0 auto">'
            '<div style="padding:16px;background:#f1f3f4;font-size:14px;color:#202124">Dziękujemy za wypełnienie formularza '
            '<b>' + _h.escape(title) + '</b><br>Oto otrzymane odpowiedzi:</div>'
            '<div style="border:1px solid #dadce0;border-top:10px solid #673ab7;border-radius:8px;margin:16px 0;padding:24px">'
            '<div style="font-size:24px;color:#202124">' + _h.escape(title) + '</div>'
            '<div style="font-size:14px;color:#202124;margin-top:12px;line-height:20px">' + _h.escape(desc) + '</div>'
            '<div style="font-size:12px;color:#d93025;margin-top:12px">* Wymagane</div></div>'
            '<div style="border:1px solid #dadce0;border-radius:8px;padding:24px;font-size:14px;color:#202124">'
            'Adres e-mail *<br><span style="color:#5f6368">katarzyna.wojcik@example.com</span><br><br>'
            'Kwota *<br><span style="color:#5f6368">1 849,00 zł</span></div>'
            '<div style="margin:20px 0"><a href="' + _h.escape(edit) + '" style="background:#673ab7;color:#fff;padding:10px 20px;'
            'border-radius:4px;text-decoration:none;font-size:14px">Edytuj odpowiedź</a></div>'
            '<div style="font-size:12px;color:#5f6368;line-height:18px">Treść nie została utworzona ani zatwierdzona przez Google. '
            '<a href="https://docs.google.com/forms/u/0/d/e/' + form_id + '/reportabuse">Zgłoś nadużycie</a> - '
            '<a href="https://policies.google.com/terms">Warunki korzystania z usług</a> - '
            '<a href="https://policies.google.com/privacy">Polityka prywatności</a><br><br>'
            '<a href="https://forms.google.com/">Utwórz własny formularz Google</a></div></div></body></html>\n')
    plain = ('Dziękujemy za wypełnienie formularza %s\nOto otrzymane odpowiedzi:\n\n%s\n\n%s\n\nAdres e-mail *\n'
             'katarzyna.wojcik@example.com\n\nKwota *\n1 849,00 zł\n\nEdytuj odpowiedź: %s\n\n'
             'Treść nie została utworzona ani zatwierdzona przez Google.\n') % (title, title, desc, edit)
    bnd = kit.boundary(r, 'gmail')
    body_obj = Multipart('alternative', [text(plain, 'plain', 'UTF-8', 'quoted-printable', ctype_value='text/plain; charset="UTF-8"; format=flowed; delsp=yes'),
                                         text(html, 'html', 'UTF-8', 'quoted-printable', ctype_value='text/html; charset="UTF-8"')], bnd)
    hdrs, conn, tmx, dkb = sy.google_platform(m, m.date, 'forms', x_headers=[('X-Notifications', 'GAMMA:<%s@google.com>' % r.alnum(20)),
                                                                            ('X-Notifications-Bounce-Info', r.alnum(60) + 'NjAw')])
    m.finish(hdrs, conn, plus(tmx, 1), auth(spf=('pass', 'doclist.bounces.google.com'), dkim=[('pass', 'google.com', '20230601', 2048, dkb)],
                                         dmarc=('pass', 'reject', 'google.com')), body_obj)
    m.fact('phones', phone)
    m.fact('urls', edit)
    m.what = 'Callback phishing through Google Forms: a genuine Forms "thank you for filling out" receipt whose form text says a Norton 360 renewal of 1 849,00 zł will be charged and gives a phone number to cancel.'
    m.why = 'Google\'s own mail (all auth passes, google.com links only) abused: the attacker filled in a form with the victim\'s address so Google sends the receipt; the lure is the phone number in the form description ("content not created or endorsed by Google").'


# ---------------------------------------------------------------------------
@scenario('attack', '26-pl-zapytanie-ofertowe-iso.eml')
def a26(m):
    r = m.rng
    kasia = S('Wójcik')
    dom = 'instal-term.pl'
    m.frm = ('Instal-Term Biuro', 'biuro@' + dom)
    m.to = [kasia]
    m.rcpt = [kasia[1]]
    m.mail_from = m.frm[1]
    m.subject = 'Zapytanie ofertowe - instalacja tryskaczowa, hala magazynowa Kąty Wrocławskie'
    m.date = T(2026, 11, 16, 10, 41, 5)
    m.msgid = m.mid('outlook_smtp', dom)
    m.hdr_charset, m.hdr_enc = 'windows-1250', 'Q'
    m.phrase_mixed = True
    m.content_language = 'pl'
    body = ('Dzień dobry,\n\nw imieniu inwestora (centrum dystrybucyjne, hala ok. 14 500 m2, wysokość składowania 10,5 m) zwracamy '
            'się z prośbą o przygotowanie oferty na wykonanie instalacji tryskaczowej ESFR wraz ze zbiornikiem i pompownią '
            'oraz systemem sygnalizacji pożaru.\n\nSpecyfikacja, rzuty i przedmiar są w załączonym obrazie dysku (ze względu '
            'na rozmiar plików CAD) – wystarczy otworzyć plik dwuklikiem.\n\nTermin składania ofert: 27.11.2026 r.\n'
            'W razie pytań proszę o kontakt telefoniczny.\n\nPozdrawiam\nRobert Nowicki\nKierownik Działu Ofert\n'
            'Instal-Term Sp. z o.o.\nul. Szczecińska 7, 54-517 Wrocław\ntel. 71 356 20 14\n')
    lnk_txt = ('Inert stand-in for "Zapytanie_ofertowe_XI-2026.pdf.lnk". The original was a Windows shortcut with a PDF icon '
               'that ran rundll32.exe against the hidden file dane.dll; target and arguments removed.\n').encode()
    dll_txt = b'Inert stand-in for the hidden loader DLL "dane.dll" (payload removed for this evaluation set).\n'
    iso = containers.make_iso([('Zapytanie_ofertowe_XI-2026.pdf.lnk', lnk_txt), ('dane.dll', dll_txt)], 'ZAPYTANIE_XI_2026',
                              date_time=(2026, 11, 16, 9, 58, 30), hidden=('dane.dll',))
    html = kit.outlook_html(body, 'pl', 'windows-1250')
    bnd_m, bnd_a = kit.boundary(r, 'outlook_smtp'), kit.boundary(r, 'outlook_smtp')
    body_obj = Multipart('mixed', [
        Multipart('alternative', [text(body, 'plain', 'windows-1250', 'quoted-printable'),
                                  text(html, 'html', 'windows-1250', 'quoted-printable')], bnd_a),
        attachment(iso, 'Zapytanie_ofertowe_XI-2026.iso', 'application/octet-stream', 'outlook', r, plus(m.date, -300))], bnd_m,
        preamble='This is a multipart message in MIME format.')
    hdrs, conn, tmx, dkb = sy.homepl(m, m.date, client_style='outlook_smtp', client_ip='45.137.21.%d' % r.randrange(2, 250), server=86194)
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', dom), dkim=[('pass', dom, 'default', 2048, dkb)],
                                         dmarc=('pass', 'none', dom)), body_obj)
    m.fact('phones', '71 356 20 14')
    m.fact('other', 'ISO members: Zapytanie_ofertowe_XI-2026.pdf.lnk, hidden dane.dll (inert)')
    m.what = 'Malware loader: RFQ for an ESFR sprinkler system from the compromised mailbox of a Polish installer, with a disk image (ISO) containing a .pdf.lnk shortcut and a hidden DLL.'
    m.why = 'Legitimate domain and home.pl infrastructure (auth passes) but login from a foreign VPS IP; ISO container to bypass Mark-of-the-Web, double extension .pdf.lnk plus hidden DLL; "open by double-click" instruction. Compare the genuine RFQ in business/26 (PDF only).'
